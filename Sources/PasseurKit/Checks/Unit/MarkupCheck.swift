/// Flags inline Markdown that the translation lost, added or changed: emphasis,
/// strong, links (same URL), code spans (same code), images (same file), HTML, breaks.
///
/// The order of codes may change, as sentences reorder; a link's text may not be empty.
/// Raw HTML tags that the source or the translation shows to be markup (`<b>…</b>`, `<br>`)
/// are the xml-tags check's, which compares their attributes; other raw HTML (comments,
/// `<placeholder>`s) stays here.
struct MarkupCheck: UnitCheck {
    /// `markup`.
    static let id = "markup"
    /// Broken markup breaks the edition.
    static let defaultSeverity = Severity.error
    /// The help line.
    static let summary =
        "The translation has the same inline codes as the source: emphasis, links, code, images."

    /// The codes missing from, or added to, the target.
    func findings(in unit: TranslationUnit, context: CheckContext) -> [Finding] {
        let (sourceAnalysis, targetAnalysis) = (context.source(of: unit), context.target(of: unit))
        var source = sourceAnalysis.inlineCodes
        var target = targetAnalysis.inlineCodes
        // Most texts have no raw HTML: no tag to hand over.
        if source.contains(where: Self.isHTML) || target.contains(where: Self.isHTML) {
            let tags = sourceAnalysis.xmlMarkupNames.union(targetAnalysis.xmlMarkupNames)
            source.removeAll { Self.isTag($0, named: tags) }
            target.removeAll { Self.isTag($0, named: tags) }
        }
        var findings = TextFeatures.missing(source, from: target).map {
            context.finding(Self.self, unit, "inline code \($0) of the source is missing")
        }
        findings += TextFeatures.missing(target, from: source).map {
            context.finding(Self.self, unit, "inline code \($0) is not in the source")
        }
        return findings
    }

    /// Whether a code's description is raw HTML: `html(<b>)`.
    static func isHTML(_ code: String) -> Bool { code.hasPrefix("html(<") }

    /// Whether a code is a raw HTML tag whose name is in `names`.
    static func isTag(_ code: String, named names: Set<String>) -> Bool {
        guard isHTML(code), !names.isEmpty else { return false }
        let tags = TextScanning.xmlTags(in: String(code.dropFirst("html(".count).dropLast()))
        return tags.count == 1 && names.contains(tags[0].name)
    }
}
