/// Flags an XML or HTML tag of the source that the translation drops, breaks or changes, and
/// one it adds: Pango markup (`<b>`, `<span weight="bold">`), HTML in help texts and
/// about boxes (`<a href="%s">`), GLib's schema errors (`<alias value='%s'/>`).
///
/// Tags may be reordered, as sentences are. A tag is compared by its name and the attributes
/// whose value must stay (`href`, `src`, `value`, `weight`…), in any order; the values of
/// `title`, `alt`, `label`, `placeholder`, `summary`, `aria-label`, `lang` and `dir` are text to
/// translate.
///
/// Usage texts write placeholders in angle brackets (`cp <source> <dest>`, git's `<path>`,
/// dpkg's `<link>`) that translators translate (`<chemin>`, `<lien>`). pofilter's `xmltags`
/// counts them as tags, and reports every such translation. Here a tag of the source counts
/// only when the text shows it to be markup (`TextScanning.XMLTag.isMarkup`): it closes, is
/// self-closing, has an attribute value, has an HTML or Pango name, or opens an element the
/// text closes. A comparison (`a < b`) is no tag: a tag's name follows `<` at once. In the
/// translation, a tag whose name the source uses as markup counts too, so that a `<b>` left
/// unclosed shows as a missing `</b>`. As pofilter does, a source that is one tag without
/// attributes (`<Error>`) is a word in brackets, not markup.
///
/// The markup check leaves to this one the tags it finds in Markdown (raw HTML), so that a lost
/// tag is reported once.
struct XMLTagsCheck: UnitCheck {
    /// `xml-tags`.
    static let id = "xml-tags"
    /// Broken markup shows as text, or hides the rest of the string.
    static let defaultSeverity = Severity.error
    /// The help line.
    static let summary =
        "The translation has the source's XML and HTML tags, with the same untranslatable attributes, in any order."

    /// A finding per tag missing, broken or added, in each translated form.
    func findings(in unit: TranslationUnit, context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        for (form, target) in unit.targets.enumerated() where !target.isEmpty {
            let source = form == 0 ? unit.source : unit.sourcePlural ?? unit.source
            guard TextScanning.mayHoldXMLTag(source) || TextScanning.mayHoldXMLTag(target) else { continue }
            let sourceAnalysis = form == 0 ? context.source(of: unit) : TextAnalysis(source)
            let targetAnalysis = form == 0 ? context.target(of: unit) : TextAnalysis(target, locale: context.locale)
            let label = unit.sourcePlural == nil ? "" : " (plural form \(form))"
            // Ranges point into the unit's source and first form, what reports show.
            let ranged = form == 0
            let sourceTags = sourceAnalysis.xmlTags
            if sourceTags.count == 1, let only = sourceTags.first, !only.hasAttributeValue,
                Self.visibleCount(source) == Self.visibleCount(only.written)
            {
                continue
            }
            let expected = sourceTags.filter(\.isMarkup)
            let names = sourceAnalysis.xmlMarkupNames
            let found = targetAnalysis.xmlTags.filter { $0.isMarkup || names.contains($0.name) }
            for missing in Self.unmatched(expected, in: found) {
                if let broken = TextScanning.brokenXMLTag(named: missing.name, in: target) {
                    let written = String(target.utf16[Self.indices(broken, in: target)]) ?? missing.name
                    findings.append(
                        context.finding(
                            Self.self, unit,
                            "tag \(missing.written) of the source is broken in the translation: \(written)\(label)",
                            targetRange: ranged ? broken : nil))
                } else {
                    findings.append(
                        context.finding(
                            Self.self, unit, "tag \(missing.written) of the source is missing\(label)",
                            sourceRange: ranged ? missing.range : nil))
                }
            }
            for extra in Self.unmatched(found, in: expected) {
                findings.append(
                    context.finding(
                        Self.self, unit, "tag \(extra.written) is not in the source\(label)",
                        targetRange: ranged ? extra.range : nil))
            }
        }
        return findings
    }

    /// The tags of `a` that `b` lacks, compared by key, counting repeats, each at its place in `a`.
    static func unmatched(_ a: [TextScanning.XMLTag], in b: [TextScanning.XMLTag]) -> [TextScanning.XMLTag] {
        if a.map(\.key) == b.map(\.key) { return [] }
        var available = TextFeatures.multiset(b.map(\.key))
        return a.filter { tag in
            guard let n = available[tag.key], n > 0 else { return true }
            available[tag.key] = n - 1
            return false
        }
    }

    /// The scalars of `text` other than white space.
    static func visibleCount(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + ($1.properties.isWhitespace ? 0 : 1) }
    }

    /// The UTF-16 indices of an offset range of `text`.
    static func indices(_ range: Range<Int>, in text: String) -> Range<String.UTF16View.Index> {
        let start = text.utf16.index(text.utf16.startIndex, offsetBy: range.lowerBound)
        return start..<text.utf16.index(start, offsetBy: range.count)
    }
}
