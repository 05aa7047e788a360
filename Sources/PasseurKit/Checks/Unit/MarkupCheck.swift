/// Flags inline Markdown that the translation lost, added or changed: emphasis,
/// strong, links (same URL), code spans (same code), images (same file), HTML, breaks.
///
/// The order of codes may change, as sentences reorder; a link's text may not be empty.
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
        let source = Self.codes(unit.source)
        let target = Self.codes(unit.target)
        var findings = TextFeatures.missing(source, from: target).map {
            context.finding(Self.self, unit, "inline code \($0) of the source is missing")
        }
        findings += TextFeatures.missing(target, from: source).map {
            context.finding(Self.self, unit, "inline code \($0) is not in the source")
        }
        return findings
    }

    /// Each code as a comparable description: kind and what must stay identical.
    static func codes(_ markdown: String) -> [String] {
        recentCodes.value(for: markdown, computeCodes)
    }

    private static let recentCodes = RecentResults<[String]>()

    private static func computeCodes(_ markdown: String) -> [String] {
        InlineContent.codes(of: markdown).map { code in
            if code.paired {
                if case .link(let url, _) = code.kind { return "link(\(url))" }
                return code.kind.name
            }
            switch code.kind {
            case .code, .html: return "\(code.kind.name)(\(code.markup))"
            case .image(let url, _), .link(let url, _): return "\(code.kind.name)(\(url))"
            default: return code.kind.name
            }
        }
    }
}
