/// Brings a catalog in line with its source document, as msgmerge and
/// po4a-updatepo do, without ever losing what a translator wrote.
///
/// - A segment already in the catalog keeps its translation and state; its
///   references and extracted comments follow the document.
/// - A new segment is added untranslated, unless an old unit is similar
///   enough (≥ `fuzzyThreshold`): then it takes that translation, marked
///   `fuzzy`, with the old source in `#| msgid`.
/// - An obsolete unit whose source comes back is revived as it was.
/// - A unit whose segment is gone becomes obsolete (`#~`); only units with no
///   translation and no comment are dropped, since nothing was written there.
public struct CatalogUpdate {
    /// A segment of the source document to put in the catalog.
    public struct SourceSegment: Sendable, Equatable {
        /// The segment text.
        public var text: String
        /// `path:line` of the segment.
        public var reference: String
        /// A note for translators (`#.`), such as the block type.
        public var comment: String?

        /// Creates a source segment.
        public init(text: String, reference: String, comment: String? = nil) {
            self.text = text
            self.reference = reference
            self.comment = comment
        }
    }

    /// What an update did, for the command's report.
    public struct Summary: Equatable, Sendable {
        /// Units added untranslated.
        public var added = 0
        /// Units whose source was already there.
        public var kept = 0
        /// Units that took a similar old translation, marked fuzzy.
        public var fuzzy = 0
        /// Obsolete units brought back.
        public var revived = 0
        /// Units made obsolete.
        public var obsoleted = 0

        /// Creates an empty summary.
        init() {}
    }

    /// The minimum similarity for a fuzzy match (msgmerge uses 0.6 as well).
    public var fuzzyThreshold = 0.6

    /// Creates an update.
    public init() {}

    /// The catalog `existing` updated to `segments`.
    ///
    /// - Complexity: linear in the units for exact matches; each unmatched
    ///   segment is compared with the five old units that share most words with it.
    public func update(_ existing: Catalog, with segments: [SourceSegment]) -> (Catalog, Summary) {
        var summary = Summary()
        // Occurrences grouped by text, in first-occurrence order.
        var order: [String] = []
        var occurrences: [String: [SourceSegment]] = [:]
        for segment in segments {
            if occurrences[segment.text] == nil { order.append(segment.text) }
            occurrences[segment.text, default: []].append(segment)
        }
        var activeBySource: [String: [Int]] = [:]
        var obsoleteBySource: [String: Int] = [:]
        for (index, unit) in existing.units.enumerated() {
            if unit.isObsolete {
                if obsoleteBySource[unit.source] == nil { obsoleteBySource[unit.source] = index }
            } else {
                activeBySource[unit.source, default: []].append(index)
            }
        }
        var used = Set<Int>()
        var result: [TranslationUnit?] = Array(repeating: nil, count: order.count)
        var unmatched: [Int] = []
        for (position, text) in order.enumerated() {
            let found = occurrences[text] ?? []
            if let indices = activeBySource[text] {
                // Keep the first; units with a msgctxt for the same source stay too.
                result[position] = refreshed(existing.units[indices[0]], found)
                used.formUnion(indices)
                summary.kept += 1
            } else if let index = obsoleteBySource[text] {
                var unit = refreshed(existing.units[index], found)
                unit.isObsolete = false
                result[position] = unit
                used.insert(index)
                summary.revived += 1
            } else {
                unmatched.append(position)
            }
        }
        var extraActive: [TranslationUnit] = []
        for (i, unit) in existing.units.enumerated() where !unit.isObsolete && unit.context != nil {
            if let first = activeBySource[unit.source]?.first, first != i { extraActive.append(unit) }
        }
        // Fuzzy matches for what is left, from translated units not kept.
        let candidates = existing.units.indices.filter { !used.contains($0) && existing.units[$0].hasTarget }
        var index: [Substring: [Int]] = [:]
        for c in candidates {
            for word in Set(TextSimilarity.words(existing.units[c].source.lowercased())) {
                index[word, default: []].append(c)
            }
        }
        for position in unmatched {
            let text = order[position]
            let found = occurrences[text] ?? []
            var shared: [Int: Int] = [:]
            for word in Set(TextSimilarity.words(text.lowercased())) {
                for c in index[word] ?? [] where !used.contains(c) { shared[c, default: 0] += 1 }
            }
            let shortlist = shared.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(5).map(\.key)
            var best: (index: Int, score: Double)?
            for c in shortlist {
                let score = TextSimilarity.ratio(existing.units[c].source, text, minimum: fuzzyThreshold)
                if score >= fuzzyThreshold, score > (best?.score ?? 0) { best = (c, score) }
            }
            if let best {
                let old = existing.units[best.index]
                var unit = refreshed(old, found)
                unit.source = text
                unit.isObsolete = false
                unit.state = .fuzzy
                unit.previousSource = old.source
                unit.previousContext = old.context
                unit.context = nil
                result[position] = unit
                used.insert(best.index)
                summary.fuzzy += 1
            } else {
                result[position] = refreshed(TranslationUnit(source: text), found)
                summary.added += 1
            }
        }
        var obsolete: [TranslationUnit] = []
        for (i, unit) in existing.units.enumerated() where !used.contains(i) {
            guard unit.hasTarget || !unit.translatorComments.isEmpty else { continue }
            if !unit.isObsolete { summary.obsoleted += 1 }
            var gone = unit
            gone.isObsolete = true
            obsolete.append(gone)
        }
        var catalog = existing
        catalog.units = result.compactMap { $0 } + extraActive + obsolete
        return (catalog, summary)
    }

    /// A unit with its references and extracted comments taken from the document.
    private func refreshed(_ unit: TranslationUnit, _ occurrences: [SourceSegment]) -> TranslationUnit {
        var copy = unit
        copy.references = occurrences.map(\.reference)
        let comments = occurrences.compactMap(\.comment)
        copy.extractedComments = Array(Set(comments)).sorted()
        copy.location = nil
        return copy
    }
}
