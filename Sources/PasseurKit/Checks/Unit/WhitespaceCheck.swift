/// Flags white space the source does not have: at the start or end of the translation, or doubled inside it.
struct WhitespaceCheck: UnitCheck {
    /// `whitespace`.
    static let id = "whitespace"
    /// A typing slip.
    static let defaultSeverity = Severity.warning
    /// The help line.
    static let summary = "No leading, trailing or doubled spaces that the source does not have."

    /// A finding per kind of stray space.
    func findings(in unit: TranslationUnit, context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        let t = unit.target
        let s = unit.source
        if t.first?.isWhitespace == true, s.first?.isWhitespace != true {
            findings.append(context.finding(Self.self, unit, "leading white space"))
        }
        if t.last?.isWhitespace == true, s.last?.isWhitespace != true, !t.hasSuffix("  \n") {
            findings.append(context.finding(Self.self, unit, "trailing white space"))
        }
        if let range = Self.doubledSpace(in: t), Self.doubledSpace(in: s) == nil,
            !t[range.upperBound...].hasPrefix("\n")
        {
            let offset = t.utf16.distance(from: t.startIndex, to: range.lowerBound)
            findings.append(context.finding(Self.self, unit, "doubled space", targetRange: offset..<(offset + 2)))
        }
        return findings
    }

    /// The first two spaces in a row: a byte scan.
    static func doubledSpace(in text: String) -> Range<String.Index>? {
        let bytes = text.utf8
        var previous = bytes.endIndex
        for i in bytes.indices {
            if bytes[i] == 0x20 {
                if previous != bytes.endIndex { return previous..<bytes.index(after: i) }
                previous = i
            } else {
                previous = bytes.endIndex
            }
        }
        return nil
    }
}
