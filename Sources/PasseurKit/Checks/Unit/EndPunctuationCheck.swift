/// Flags a translation whose end does not match the source's: a question stays a question,
/// an exclamation an exclamation, an ellipsis an ellipsis, a sentence ends with a stop.
///
/// Closing quotes and brackets after the mark are ignored; a Spanish ¿…? or ¡…! is expected
/// whole by the typography check.
struct EndPunctuationCheck: UnitCheck {
    /// `end-punctuation`.
    static let id = "end-punctuation"
    /// Usually a changed sentence type.
    static let defaultSeverity = Severity.warning
    /// The help line.
    static let summary = "The translation ends with the same kind of punctuation as the source."

    /// A finding when the final marks differ in kind.
    func findings(in unit: TranslationUnit, context: CheckContext) -> [Finding] {
        let source = Self.ending(readerText: context.source(of: unit).readerText)
        let target = Self.ending(readerText: context.target(of: unit).readerText)
        guard source != target else { return [] }
        return [
            context.finding(
                Self.self, unit, "the source ends with \(source.rawValue), the translation with \(target.rawValue)")
        ]
    }

    enum Ending: String {
        case question = "a question mark"
        case exclamation = "an exclamation mark"
        case ellipsis = "an ellipsis"
        case stop = "a full stop"
        case colon = "a colon"
        case none = "no punctuation"
    }

    /// How a text ends, read from what a reader sees.
    static func ending(readerText: String) -> Ending {
        // Scalars from the end: every closer and mark is one scalar, and grapheme breaking is slow.
        let text = readerText.unicodeScalars
        let marks = text.reversed().lazy.filter { !isCloser($0) }
        guard let last = marks.first else { return .none }
        switch last {
        case "?": return .question
        case "!": return .exclamation
        case "…": return .ellipsis
        case ".":
            let dots = marks.prefix(3)
            return dots.count == 3 && dots.allSatisfy { $0 == "." } ? .ellipsis : .stop
        case ":": return .colon
        default: return .none
        }
    }

    /// Closing marks, spaces and emphasis markers that may follow the final punctuation.
    static func isCloser(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case " ", "\u{A0}", "\u{202F}", "»", "”", "“", "’", "\"", ")", "]", "*", "_": return true
        default: return false
        }
    }
}
