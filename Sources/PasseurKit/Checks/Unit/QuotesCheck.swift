/// Flags unbalanced quotation marks in the translation: « », “ ”, „ “ and straight double quotes.
///
/// Not when the source's own quotation marks do not pair up: a message that is one quotation
/// mark (`'` → « » »), that names one (`lacks closing "`, `\"  double quote`), or that opens a
/// quotation another message closes (`Please run `resize2fs %s %s`) is translated as it is.
struct QuotesCheck: UnitCheck {
    /// `quotes`.
    static let id = "quotes"
    /// Usually a typing slip.
    static let defaultSeverity = Severity.warning
    /// The help line.
    static let summary = "Quotation marks open and close in pairs in the translation."

    private static let marks: [Unicode.Scalar] = ["«", "»", "„", "“", "”", "\""]

    /// A finding per kind of quotation mark left unbalanced.
    func findings(in unit: TranslationUnit, context: CheckContext) -> [Finding] {
        // On the source itself (`passeur check --source`) the source is the text checked.
        let checkingSource = context.sourceAnalysis != nil && context.sourceAnalysis === context.targetAnalysis
        if !checkingSource, Self.hasUnpairedQuotes(unit.source) { return [] }
        let text = context.target(of: unit).readerText
        // One pass over the scalars counts every mark.
        var counts = [Int](repeating: 0, count: Self.marks.count)
        for scalar in text.unicodeScalars {
            if let i = Self.marks.firstIndex(of: scalar) { counts[i] += 1 }
        }
        func count(_ c: Unicode.Scalar) -> Int { Self.marks.firstIndex(of: c).map { counts[$0] } ?? 0 }
        var findings: [Finding] = []
        if count("«") != count("»") { findings.append(context.finding(Self.self, unit, "unbalanced « »")) }
        // German opens with „ and closes with “; English opens with “ and closes with ”. One
        // style per text: with a „, every “ closes; without, every “ opens.
        let german = count("„") > 0
        let curlyOpen = german ? count("„") : count("“")
        let curlyClose = german ? count("“") : count("”")
        if curlyOpen != curlyClose {
            findings.append(
                context.finding(
                    Self.self, unit, "unbalanced curly quotes (\(curlyOpen) opening, \(curlyClose) closing)"))
        }
        if count("\"") % 2 == 1 {
            findings.append(context.finding(Self.self, unit, "odd number of straight double quotes"))
        }
        return findings
    }

    /// Whether `text` has an odd number of quotation marks of any kind, single ones included
    /// (an apostrophe between letters is none).
    static func hasUnpairedQuotes(_ text: String) -> Bool {
        // Scalars, not Characters: every mark is one scalar, and grapheme breaking is slow.
        var count = 0
        var previous: Unicode.Scalar?
        var iterator = text.unicodeScalars.makeIterator()
        var current = iterator.next()
        while let c = current {
            let next = iterator.next()
            switch c {
            case "«", "»", "„", "“", "”", "\"", "`", "‘": count += 1
            case "'", "’":
                let between = previous?.properties.isAlphabetic == true && next?.properties.isAlphabetic == true
                if !between { count += 1 }
            default: break
            }
            (previous, current) = (c, next)
        }
        return count % 2 == 1
    }
}
