/// Flags white space the source does not have: at the start or end of the translation (a line
/// break there is `newlines`'), or doubled inside it.
///
/// Spaces that open a line of the translation indent it (a continued line of a terminal
/// message, `\n            n'est pas sûr`): they are not doubled spaces.
///
/// On the source itself (`passeur check --source`), flags a doubled space inside the text.
struct WhitespaceCheck: UnitCheck {
    /// `whitespace`.
    static let id = "whitespace"
    /// A typing slip.
    static let defaultSeverity = Severity.warning
    /// The help line.
    static let summary = "No leading, trailing or doubled spaces that the source does not have."

    /// What the check reads.
    enum Mode: Sendable {
        /// A translation, compared with its source.
        case translation
        /// The source alone (a unit whose target is its source): doubled spaces only.
        case source
    }

    /// What the check reads: translations unless told otherwise.
    var mode = Mode.translation

    /// Creates the check for translations.
    init() {}

    /// Creates the check for `mode`.
    init(mode: Mode) {
        self.mode = mode
    }

    /// A finding per kind of stray space.
    func findings(in unit: TranslationUnit, context: CheckContext) -> [Finding] {
        if mode == .source {
            // A doubled space before a line break is a Markdown hard break.
            guard let range = TextScanning.doubledSpace(in: unit.source),
                !unit.source[range.upperBound...].hasPrefix("\n")
            else { return [] }
            return [context.finding(Self.self, unit, "doubled space")]
        }
        var findings: [Finding] = []
        let t = unit.target
        let s = unit.source
        // A line break added at either end is `newlines`'.
        if t.first?.isWhitespace == true, s.first?.isWhitespace != true, t.unicodeScalars.first != "\n" {
            findings.append(context.finding(Self.self, unit, "leading white space"))
        }
        if t.last?.isWhitespace == true, s.last?.isWhitespace != true, t.unicodeScalars.last != "\n" {
            findings.append(context.finding(Self.self, unit, "trailing white space"))
        }
        if let range = TextScanning.doubledSpace(in: t, afterText: true), TextScanning.doubledSpace(in: s) == nil,
            !t[range.upperBound...].hasPrefix("\n")
        {
            let offset = t.utf16.distance(from: t.startIndex, to: range.lowerBound)
            findings.append(context.finding(Self.self, unit, "doubled space", targetRange: offset..<(offset + 2)))
        }
        return findings
    }
}
