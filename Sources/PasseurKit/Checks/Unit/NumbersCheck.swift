/// Flags a number of the source missing from the translation.
///
/// Numbers are read by each language's conventions (`NumberToken`): locale formatting counts
/// as the same number (« 1 000,5 » ↔ "1,000.5", `9,999.00` ↔ « 9.999'00 »), equal values as
/// one (`2.0` ↔ `2`), a date or a time as a whole in any notation (`01/11/2009` ↔ « 01.11.2009 »),
/// and a number the translation writes another way that one of its readings accounts for
/// (`100K` ↔ « 100 000 », `(0,1)` ↔ « [0 ; 1] »). A date's numbers may move (« 23 décembre
/// 1913 » ↔ "December 23, 1913"). Dates and times of day are examples or formats: where the
/// translation writes some, those it replaces or leaves out were written for its readers
/// (`e.g. 12/31/99` → « z. B. 18.11.2005 »), and so are the numbers a source gives as examples
/// (after « e.g. » or « example » on their line) that the translation replaces with others. `3rd-party` is no number, nor are the values of a
/// unit whose context says they are samples (GnuCash's `sample`).
/// A small number spelled out in the target (0 to 12, 100, 1000: `1 Folder` → « Un dossier »,
/// `5 characters` → « cinq caractères », `Got 0 lines` → « aucune ligne », `more than 1 row`
/// → « plus d'une ligne ») counts as there, in the languages `NumberWords` knows; other
/// numbers in words are flagged. So does a 1 that the translation shows with the placeholder
/// `%1` (KDE's singular forms: `1 file` → « %1 fichier »). A setting that each language's
/// catalog sets (`calendar:week_start:0`) is not compared. In software messages checked with
/// other languages of the same messages, a number another language leaves out too is not
/// reported: localised examples and values written out differ from the source in several
/// languages, a typo in one.
struct NumbersCheck: UnitCheck {
    /// `numbers`.
    static let id = "numbers"
    /// A wrong number changes the facts.
    static let defaultSeverity = Severity.error
    /// The help line.
    static let summary = "Every number of the source appears in the translation."

    /// One finding per number of the source the target lacks; one for the unit when the
    /// translation has other numbers instead (a number changed: « 1913 » → « 1931 »).
    func findings(in unit: TranslationUnit, context: CheckContext) -> [Finding] {
        let target = context.target(of: unit)
        let (source, targetTokens) = (context.source(of: unit).numberTokens, target.numberTokens)
        // Most texts carry none, or the same in the same order.
        if source.isEmpty || source.map(\.key) == targetTokens.map(\.key) { return [] }
        // A setting, or sample values (GnuCash's context `sample`): the translator's to choose.
        if Self.isSetting(unit.source) || unit.context.map(Self.marksExamples) == true { return [] }
        // A message to translators (gnupg's `22 translator: see certreg-ui.c`), answered with a number.
        if unit.source.range(of: "translator:", options: .caseInsensitive) != nil { return [] }
        var unmatched = Self.unmatched(source, targetTokens)
        // A lone comma between digits, read by the other text's conventions: a translation that
        // keeps the English `0,0` (two numbers) reads it as a decimal.
        let sourceAnalysis = context.source(of: unit)
        let commas = [sourceAnalysis.locale?.language, target.locale?.language].map {
            NumberToken.commaIsDecimal(language: $0)
        }
        if !unmatched.missing.isEmpty, commas[0] != commas[1] {
            for other in [
                Self.unmatched(source, target.readNumbers(commaIsDecimal: commas[0])),
                Self.unmatched(sourceAnalysis.readNumbers(commaIsDecimal: commas[1]), targetTokens),
            ] where other.missing.count < unmatched.missing.count {
                unmatched = other
            }
        }
        var missing = unmatched.missing
        let extra = unmatched.extra
        guard !missing.isEmpty else { return [] }
        // Dates and times are examples, or formats: where the translation writes some, those it
        // left out or replaced were written for its readers.
        for kind in [NumberToken.Kind.date, .time] where targetTokens.contains(where: { $0.kind == kind }) {
            missing.removeAll { $0.kind == kind }
        }
        // Examples the translation replaced with its own (`e.g., -0400` → « z. B. +0100 »).
        if !extra.isEmpty { missing.removeAll { Self.isExample($0, in: sourceAnalysis.text) } }
        // Another reading of the source's number or of the target's (groups, decimal mark, 100K).
        let (readings, extraKeys) = (Set(extra.flatMap { [$0.key] + $0.alternatives }), Set(extra.map(\.key)))
        missing.removeAll { token in
            readings.contains(token.key) || token.alternatives.contains(where: extraKeys.contains)
        }
        if !missing.isEmpty {
            let words = NumberWords.wordSet(target.words)
            let language = context.locale.language
            missing.removeAll { token in
                NumberWords.spells(token.key, in: words, language: language)
                    || (token.key == "1" && target.text.contains("%1") && !sourceAnalysis.text.contains("%1"))
                    || (token.key == "3" && Self.thirdParty(sourceAnalysis.text))
            }
        }
        // In software messages, a number another language leaves out too was left out on purpose
        // (an example localised, a value spelled out); a typo is one language's.
        if !missing.isEmpty, context.markup == .plain {
            let others = context.otherTranslations
            missing.removeAll { token in
                others.contains { other in
                    !other.numberTokens.contains {
                        $0.key == token.key || $0.alternatives.contains(token.key)
                            || token.alternatives.contains($0.key)
                    }
                }
            }
        }
        guard !missing.isEmpty else { return [] }
        guard !extra.isEmpty else {
            return missing.map { context.finding(Self.self, unit, "number \($0.written) of the source is missing") }
        }
        // Numbers changed: one finding that shows both sides.
        let lost = missing.map(\.written).joined(separator: ", ")
        let found = extra.map(\.written).joined(separator: ", ")
        let message =
            missing.count == 1
            ? "number \(lost) of the source is missing; the translation has \(found)"
            : "numbers \(lost) of the source are missing; the translation has \(found)"
        return [context.finding(Self.self, unit, message)]
    }

    /// Whether `source` gives `token` as an example: after « e.g. », « example » or « for
    /// instance » on its line (`numeric time zone (e.g., -0400)`, `Example: Mon, 14 Aug 2006`).
    static func isExample(_ token: NumberToken, in source: String) -> Bool {
        guard let at = source.range(of: token.written) else { return false }
        let line = source[..<at.lowerBound].lastIndex(of: "\n").map { source.index(after: $0) } ?? source.startIndex
        let before = source[line..<at.lowerBound].lowercased()
        return ["e.g.", "eg.", "example", "for instance"].contains { before.contains($0) }
    }

    /// Whether a unit's context says its text is a sample or an example (`sample`).
    static func marksExamples(_ context: String) -> Bool {
        let lower = context.lowercased()
        return lower.contains("sample") || lower.contains("example")
    }

    /// Whether a text says `3rd-party` or `3rd party`: English's third party, no count.
    static func thirdParty(_ text: String) -> Bool {
        text.contains("3rd-party") || text.contains("3rd party") || text.contains("3rd-Party")
    }

    /// Whether a source is a setting that each language's catalog gives its own value, as GTK
    /// asks of translators: `calendar:week_start:0` (the first day of the week) becomes
    /// `calendar:week_start:1` in French. Words and underscores, colons, and a number last.
    static func isSetting(_ source: String) -> Bool {
        guard let colon = source.lastIndex(of: ":"), source[..<colon].contains(where: \.isLetter) else { return false }
        let (name, value) = (source[..<colon], source[source.index(after: colon)...])
        return !value.isEmpty && value.allSatisfy(\.isASCII) && value.allSatisfy(\.isNumber)
            && name.allSatisfy { $0.isASCII && ($0.isLetter || $0 == "_" || $0 == ":") }
    }

    /// The tokens of `source` that `target` lacks and those of `target` that `source` lacks,
    /// compared by key, counting repeats, each in its text's order.
    static func unmatched(_ source: [NumberToken], _ target: [NumberToken]) -> (
        missing: [NumberToken], extra: [NumberToken]
    ) {
        var available = TextFeatures.multiset(target.map(\.key))
        var missing: [NumberToken] = []
        for token in source {
            if let n = available[token.key], n > 0 { available[token.key] = n - 1 } else { missing.append(token) }
        }
        var expected = TextFeatures.multiset(source.map(\.key))
        var extra: [NumberToken] = []
        for token in target {
            if let n = expected[token.key], n > 0 { expected[token.key] = n - 1 } else { extra.append(token) }
        }
        return (missing, extra)
    }
}
