import Foundation

/// A source document with each segment resolved against one locale's catalog: the content of
/// every edition of that document in that locale.
///
/// The document's structure (headings, paragraphs, lists, quotes, inline markup, everything in
/// its skeleton) comes from the source; only the sentences change. Built with the source's own
/// sentences as "translations", the Markdown edition is the source document, byte for byte.
struct TranslatedEdition: Sendable {
    /// The segmented source document.
    let document: Document
    /// The edition's language.
    let locale: LocaleTag
    /// The source document's language.
    let sourceLocale: LocaleTag
    /// One entry per segment of `document`, in document order.
    let segments: [EditionSegment]
    /// What is printed for segments without a translation.
    let fallback: FallbackPolicy

    /// The index in `segments` of the first segment of each block.
    private let blockOffsets: [Int]

    /// Resolves every segment of `document` in `catalog`: a translated, reviewed or final unit
    /// with the segment's text as its source (and no context) gives the printed translation.
    init(
        document: Document, catalog: Catalog, locale: LocaleTag, sourceLocale: LocaleTag,
        fallback: FallbackPolicy
    ) {
        var units: [String: TranslationUnit] = [:]
        for unit in catalog.units where !unit.isObsolete && unit.context == nil { units[unit.source] = unit }
        let segments = document.segments.map { segment -> EditionSegment in
            guard let unit = units[segment.text] else {
                return EditionSegment(source: segment.text, target: nil, status: .missing, location: segment.location)
            }
            let status: EditionSegment.Status =
                unit.state.isTranslated && !unit.target.isEmpty ? .translated : unit.state == .fuzzy ? .fuzzy : .missing
            return EditionSegment(
                source: segment.text, target: status == .translated ? unit.target : nil, status: status,
                isReviewed: unit.state >= .reviewed, location: segment.location, catalogLocation: unit.location)
        }
        self.init(
            document: document, locale: locale, sourceLocale: sourceLocale, segments: segments, fallback: fallback)
    }

    /// An edition from already resolved segments (one per segment of `document`).
    init(
        document: Document, locale: LocaleTag, sourceLocale: LocaleTag, segments: [EditionSegment],
        fallback: FallbackPolicy
    ) {
        self.document = document
        self.locale = locale
        self.sourceLocale = sourceLocale
        self.segments = segments
        self.fallback = fallback
        var offsets: [Int] = []
        var total = 0
        for block in document.blocks {
            offsets.append(total)
            total += block.segments.count
        }
        blockOffsets = offsets
    }

    /// The segments the edition cannot print in its language (fuzzy or missing).
    var untranslated: [EditionSegment] { segments.filter { $0.status != .translated } }

    /// The index in `segments` of a document segment.
    func index(of segment: Segment) -> Int { blockOffsets[segment.blockIndex] + segment.indexInBlock }

    /// The Markdown the edition prints for segment `index`: its translation, or the source
    /// sentence, which `.mark` wraps with `wrap(source)`.
    func printed(_ index: Int, wrapFallback wrap: (String) -> String) -> String {
        let segment = segments[index]
        if let target = segment.target, segment.status == .translated { return target }
        return fallback == .mark ? wrap(segment.source) : segment.source
    }

    /// The document in its own format (Markdown or plain text) with every sentence translated.
    ///
    /// `.mark` wraps a fallback sentence in `<mark lang="fr">…</mark>` (Markdown) or
    /// `[fr: …]` (plain text).
    func sourceFormatText() -> String {
        let language = sourceLocale.identifier
        return document.rebuilt { segment in
            printed(index(of: segment)) { source in
                document.format == .markdown
                    ? "<mark lang=\"\(language)\">\(source)</mark>" : "[\(language): \(source)]"
            }
        }
    }

    /// The edition as plain text: markup removed, headings underlined, list items bulleted,
    /// quotes indented, blocks separated by a blank line.
    func plainText() -> String {
        let language = sourceLocale.identifier
        var blocks: [String] = []
        for piece in document.pieces {
            guard case .block(let blockIndex) = piece else { continue }
            let block = document.blocks[blockIndex]
            let markdown = document.format == .markdown
            let text = block.text { segment in
                let index = index(of: segment)
                let plain = { (text: String) in
                    markdown ? InlineMarkup.readerText(text).replacingOccurrences(of: "\n", with: " ") : text
                }
                let printed = plain(printed(index) { $0 })
                return segments[index].status != .translated && fallback == .mark
                    ? "[\(language): \(printed)]" : printed
            }
            switch block.kind {
            case .heading(let level):
                let underline = level == 1 ? "=" : level == 2 ? "-" : nil
                blocks.append(underline.map { text + "\n" + String(repeating: $0, count: text.count) } ?? text)
            case .listItem: blocks.append("• " + text)
            case .quote: blocks.append("    " + text)
            case .paragraph: blocks.append(text)
            }
        }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    /// The edition's title: the text of its first heading, else the document's file name.
    var title: String { heading { printed($0) { $0 } } }

    /// The source document's title, found the same way.
    var sourceTitle: String { heading { segments[$0].source } }

    private func heading(_ text: (Int) -> String) -> String {
        let isHeading: (Block) -> Bool = { if case .heading = $0.kind { return true } else { return false } }
        if let heading = document.blocks.first(where: isHeading) {
            let markdown = heading.text { segment in text(index(of: segment)) }
            return InlineMarkup.readerText(markdown).trimmingCharacters(in: .whitespaces)
        }
        return ((document.path as NSString).lastPathComponent as NSString).deletingPathExtension
    }
}
