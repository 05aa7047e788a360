/// Flags an acronym of the source (MMT, NFT) missing from the translation, unless the
/// glossary gives it another rendering in the target language (PNJ → NPC).
///
/// An acronym is found in the translation whatever is attached to it: an elision (« l’URL »,
/// « d’API »), a hyphen or dots (UTF8 ↔ UTF-8, EV ↔ E.V, « TFT- oder LCD-Monitor »), a
/// plural s (« las PCREs »), another case (OK ↔ Ok).
///
/// In a software message (plain text), a capitalised word whose lower case is a word of the
/// source language's Hunspell dictionary is a metavariable of a usage text or an emphasised
/// word, translated on purpose (FILE → FICHIER, PATTERN → MOTIF, WARNING → ATTENTION): it is not
/// an acronym. Digits after it count as its number (FILE1). PCRE, UTF8 or MOTD are no words:
/// they stay acronyms, unless the translation has capitals of its own that the source has not
/// (NUM → ANZAHL, OUTFILE → FICHIER_DE_SORTIE): a metavariable, translated.
///
/// Software translations render most technical acronyms with their language's own (CPU →
/// « processeur », OK → « Aceptar », FG/BG → « PP/AP », URI → « Adresse »): in a software
/// message, a missing acronym is reported only with a term base, which says which acronyms
/// stay (`passeur check … --glossary`); without one, a rendering cannot be told from a loss.
struct AcronymsCheck: UnitCheck {
    /// `acronyms`.
    static let id = "acronyms"
    /// Usually a dropped parenthesis.
    static let defaultSeverity = Severity.warning
    /// The help line.
    static let summary = "Acronyms of the source are kept, or rendered as the glossary says."

    /// The source language's dictionary, opened on first use.
    private let dictionaries = HunspellDictionaries()

    /// One finding per acronym the target lacks.
    func findings(in unit: TranslationUnit, context: CheckContext) -> [Finding] {
        let source = context.source(of: unit)
        let acronyms = source.acronyms
        guard !acronyms.isEmpty, source.markup != .plain || context.glossary != nil else { return [] }
        let rendered = Set(
            (context.glossary?.matches(inSource: unit.source) ?? []).filter { !$0.term.doNotTranslate }.map(\.text))
        let target = context.target(of: unit)
        let targetForms = Self.forms(in: target.readerText)
        let sourceLocale = context.sourceLocale ?? source.locale
        let plain = source.markup == .plain
        var seen = Set<String>()
        let missing = acronyms.filter { acronym in
            !rendered.contains(acronym) && !targetForms.contains(acronym.uppercased()) && seen.insert(acronym).inserted
                && !(plain && isWord(acronym, in: sourceLocale))
        }
        // Capitals of the translation's own: translated metavariables (NUM → ANZAHL).
        if plain, !missing.isEmpty {
            let sourceWords = Set(source.acronyms)
            if target.acronyms.contains(where: {
                $0.count >= 3 && !sourceWords.contains($0) && $0.contains(where: \.isLetter)
            }) {
                return []
            }
        }
        return missing.map { context.finding(Self.self, unit, "acronym \($0) of the source is missing") }
    }

    /// Whether `acronym`, less its final digits and in lower case, is a word of the dictionary
    /// of `locale` (FILE1 → « file »): false without a locale or a dictionary.
    private func isWord(_ acronym: String, in locale: LocaleTag?) -> Bool {
        guard let locale else { return false }
        var letters = Substring(acronym)
        while let last = letters.last, last.isNumber { letters = letters.dropLast() }
        guard letters.count >= 2, letters.allSatisfy(\.isLetter) else { return false }
        return dictionaries.knowsExactly(letters.lowercased(), in: locale) ?? false
    }

    /// The forms an acronym may take in `text`, in capitals: each run of letters, digits,
    /// hyphens and dots (split at apostrophes, so « l’URL » gives URL), its parts and its
    /// letters joined (UTF-8 gives UTF-8, UTF, 8 and UTF8; E.V gives EV), and each without a
    /// final s (PCREs gives PCRE).
    static func forms(in text: String) -> Set<String> {
        var forms = Set<String>()
        func insert(_ form: String) {
            let upper = form.uppercased()
            forms.insert(upper)
            if form.count > 2, form.last == "s" { forms.insert(String(upper.dropLast())) }
        }
        for token in text.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "-" || $0 == ".") }) {
            insert(String(token))
            let parts = token.split(whereSeparator: { $0 == "-" || $0 == "." })
            for part in parts { insert(String(part)) }
            if parts.count > 1 { insert(parts.joined()) }
        }
        return forms
    }
}
