/// Flags a translation whose end does not match the source's: a question stays a question,
/// an exclamation an exclamation, an ellipsis an ellipsis, a sentence ends with a stop.
///
/// Closing quotes and brackets after the mark are ignored; a Spanish ¿…? or ¡…! is expected
/// whole by the typography check. A mark quoted or bracketed on its own (« . », '.', "...",
/// `(:)`) is named, not used: the text ends with no punctuation. A full stop after an
/// abbreviation where the other text has none is the abbreviation's (« etc. », « UTIL. » for
/// `USER`, « mer. » for `Wed`, « 1. » for `1st`, `_Misc Ops.` for « _Opt. diverses »): an abbreviation is
/// « etc. » or its kin, or a word of at most four letters ending a text of at most three
/// words. A name of the source that ends with its own mark (`Yahoo!`) is no exclamation.
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
        let targetText = context.target(of: unit).readerText
        let target = Self.ending(readerText: targetText)
        let sourceText = context.source(of: unit).readerText
        guard source != target, !(source == .none && target == .stop && Self.endsWithAbbreviation(targetText)),
            !(source == .stop && target == .none && Self.endsWithAbbreviation(sourceText)),
            !(source == .ellipsis && target == .stop && Self.endsWithClosingAbbreviation(targetText)),
            !Self.endsWithName(targetText, of: sourceText)
        else { return [] }
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
        guard let lastIndex = text.lastIndex(where: { !isCloser($0) }) else { return .none }
        let last = text[lastIndex]
        // A mark between quotes or brackets is named, not used: « . », '.', "...", (:).
        var markStart = lastIndex
        while markStart > text.startIndex, text[text.index(before: markStart)] == last {
            markStart = text.index(before: markStart)
        }
        if let closer = text[text.index(after: lastIndex)...].first(where: { $0 != " " && $0 != "\u{A0}" }),
            closer != "*", closer != "_", isQuoted(text[..<markStart])
        {
            return .none
        }
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

    /// Whether `before`, what precedes a final mark, ends with an opening quotation mark and
    /// spaces: the mark is quoted on its own.
    static func isQuoted(_ before: Substring.UnicodeScalarView) -> Bool {
        guard let opening = before.reversed().first(where: { $0 != " " && $0 != "\u{A0}" && $0 != "\u{202F}" })
        else { return false }
        return opening == "«" || opening == "“" || opening == "„" || opening == "‘" || opening == "'"
            || opening == "\"" || opening == "("
    }

    /// Abbreviations that end a list or a sentence with their own full stop.
    static let closingAbbreviations: Set<String> = ["etc", "usw", "bzw", "ecc", "etcétera"]

    /// Whether `text` ends with an abbreviation and its full stop (see the type's documentation).
    static func endsWithAbbreviation(_ text: String) -> Bool {
        let trimmed = text.unicodeScalars.reversed().drop(while: isCloser)
        guard trimmed.first == "." else { return false }
        let word = String(
            String.UnicodeScalarView(
                trimmed.dropFirst().prefix(while: { $0.properties.isAlphabetic || $0.properties.numericType != nil })
                    .reversed()))
        if closingAbbreviations.contains(word.lowercased()) { return true }
        let words = text.split(whereSeparator: { $0.isWhitespace }).count
        // An ordinal (« 1. » for `1st`) is a text of its own; a number ending a sentence is not.
        if word.allSatisfy(\.isNumber) { return !word.isEmpty && words == 1 }
        return word.count <= 4 && words <= 3
    }

    /// Whether `text` ends with « etc. » or its kin, which an ellipsis may become (`20,20...` →
    /// « 20,20 usw.) »).
    static func endsWithClosingAbbreviation(_ text: String) -> Bool {
        let trimmed = text.unicodeScalars.reversed().drop(while: isCloser)
        guard trimmed.first == "." else { return false }
        let word = String(
            String.UnicodeScalarView(trimmed.dropFirst().prefix(while: \.properties.isAlphabetic).reversed()))
        return closingAbbreviations.contains(word.lowercased())
    }

    /// Whether `text` ends with a name of `source` that carries its own mark (`Yahoo!`).
    static func endsWithName(_ text: String, of source: String) -> Bool {
        guard let last = text.split(whereSeparator: \.isWhitespace).last, last.count > 1,
            last.last == "!" || last.last == "?"
        else { return false }
        return source.contains(last)
    }

    /// Closing marks, spaces and emphasis markers that may follow the final punctuation.
    static func isCloser(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case " ", "\u{A0}", "\u{202F}", "»", "”", "“", "’", "\"", ")", "]", "*", "_": return true
        default: return false
        }
    }
}
