/// Small numbers written as words, by language: what a translation may write for a number
/// of its source (`1 Folder` → « Un dossier », `5 characters` → « cinq caractères »,
/// `Got 0 lines` → « aucune ligne »).
enum NumberWords {
    /// The words for 0 to 12, 100 and 1000, by language and number, in lower case.
    static let words: [String: [String: Set<String>]] = [
        "fr": [
            "0": ["zéro", "aucun", "aucune", "nul", "nulle", "nuls", "nulles"], "1": ["un", "une"], "2": ["deux"],
            "3": ["trois"], "4": ["quatre"],
            "5": ["cinq"], "6": ["six"], "7": ["sept"], "8": ["huit"], "9": ["neuf"], "10": ["dix"], "11": ["onze"],
            "12": ["douze"], "100": ["cent"], "1000": ["mille"],
        ],
        "de": [
            "0": ["null", "nullen", "kein", "keine", "keinen"],
            "1": ["ein", "eine", "einen", "einem", "einer", "eins"],
            "2": ["zwei"], "3": ["drei"], "4": ["vier"], "5": ["fünf"], "6": ["sechs"], "7": ["sieben"],
            "8": ["acht"], "9": ["neun"], "10": ["zehn"], "11": ["elf"], "12": ["zwölf"], "100": ["hundert"],
            "1000": ["tausend"],
        ],
        "es": [
            "0": ["cero", "ningún", "ninguna", "ninguno"], "1": ["un", "uno", "una"], "2": ["dos"], "3": ["tres"],
            "4": ["cuatro"], "5": ["cinco"], "6": ["seis"], "7": ["siete"], "8": ["ocho"], "9": ["nueve"],
            "10": ["diez"], "11": ["once"], "12": ["doce"], "100": ["cien", "ciento"], "1000": ["mil"],
        ],
        "pt": [
            "0": ["zero", "nenhum", "nenhuma"], "1": ["um", "uma"], "2": ["dois", "duas"], "3": ["três"],
            "4": ["quatro"], "5": ["cinco"], "6": ["seis"], "7": ["sete"], "8": ["oito"], "9": ["nove"],
            "10": ["dez"], "11": ["onze"], "12": ["doze"], "100": ["cem"], "1000": ["mil"],
        ],
        "it": [
            "0": ["zero", "nessun", "nessuno", "nessuna"], "1": ["un", "uno", "una"], "2": ["due"], "3": ["tre"],
            "4": ["quattro"], "5": ["cinque"], "6": ["sei"], "7": ["sette"], "8": ["otto"], "9": ["nove"],
            "10": ["dieci"], "11": ["undici"], "12": ["dodici"], "100": ["cento"], "1000": ["mille"],
        ],
        "en": [
            "0": ["zero", "no", "none"], "1": ["one"], "2": ["two"], "3": ["three"], "4": ["four"], "5": ["five"],
            "6": ["six"], "7": ["seven"], "8": ["eight"], "9": ["nine"], "10": ["ten"], "11": ["eleven"],
            "12": ["twelve"], "100": ["hundred"], "1000": ["thousand"],
        ],
    ]

    /// The ordinals 1st to 10th, by language and number, in lower case (`1st Sat` → « Erster
    /// Samstag », `4th form` → « quatrième cas », `5th mouse button` → « cinquième bouton »).
    static let ordinals: [String: [String: Set<String>]] = [
        "fr": [
            "1": ["premier", "première"], "2": ["deuxième", "second", "seconde"], "3": ["troisième"],
            "4": ["quatrième"],
            "5": ["cinquième"], "6": ["sixième"], "7": ["septième"], "8": ["huitième"], "9": ["neuvième"],
            "10": ["dixième"],
        ],
        "de": [
            "1": ["erste", "erster", "ersten", "erstes", "erstem"], "2": ["zweite", "zweiter", "zweiten", "zweites"],
            "3": ["dritte", "dritter", "dritten", "drittes"], "4": ["vierte", "vierter", "vierten", "viertes"],
            "5": ["fünfte", "fünfter", "fünften", "fünftes"], "6": ["sechste", "sechster", "sechsten", "sechstes"],
            "7": ["siebte", "siebter", "siebten", "siebtes"], "8": ["achte", "achter", "achten", "achtes"],
            "9": ["neunte", "neunter", "neunten", "neuntes"], "10": ["zehnte", "zehnter", "zehnten", "zehntes"],
        ],
        "es": [
            "1": ["primer", "primero", "primera"], "2": ["segundo", "segunda"], "3": ["tercer", "tercero", "tercera"],
            "4": ["cuarto", "cuarta"],
            "5": ["quinto", "quinta"], "6": ["sexto", "sexta"], "7": ["séptimo", "séptima"],
            "8": ["octavo", "octava"], "9": ["noveno", "novena"], "10": ["décimo", "décima"],
        ],
        "pt": [
            "1": ["primeiro", "primeira"], "2": ["segundo", "segunda"], "3": ["terceiro", "terceira"],
            "4": ["quarto", "quarta"],
            "5": ["quinto", "quinta"], "6": ["sexto", "sexta"], "7": ["sétimo", "sétima"],
            "8": ["oitavo", "oitava"], "9": ["nono", "nona"], "10": ["décimo", "décima"],
        ],
        "it": [
            "1": ["primo", "prima"], "2": ["secondo", "seconda"], "3": ["terzo", "terza"], "4": ["quarto", "quarta"],
        ],
        "en": ["1": ["first"], "2": ["second"], "3": ["third"], "4": ["fourth"]],
    ]

    /// Whether `words` (lower case) hold a word of `language` for `number`, a normalised number:
    /// the number itself, or its ordinal. In German, a compound that starts with the number
    /// counts too (`power of 2` → « Zweierpotenz », `5 consecutive times` → « fünfmal »).
    static func spells(_ number: String, in words: Set<String>, language: String) -> Bool {
        for table in [Self.words, Self.ordinals] {
            if let forms = table[language]?[number], !forms.isDisjoint(with: words) { return true }
        }
        if language == "de", number != "1", let forms = Self.words["de"]?[number] {
            for form in forms where form.count >= 4 {
                if words.contains(where: { word in
                    ["mal", "fach", "er"].contains { word.hasPrefix(form + $0) }
                }) {
                    return true
                }
            }
        }
        return false
    }

    /// The words of a text lower-cased, as `spells(_:in:language:)` reads them: each word, and
    /// what follows an elided article or preposition (« d'une » → « une », « qu’un » → « un »).
    static func wordSet(_ words: [Substring]) -> Set<String> {
        var set = Set<String>()
        for word in words {
            let lower = word.lowercased()
            set.insert(lower)
            if let apostrophe = lower.lastIndex(where: { $0 == "'" || $0 == "’" }) {
                set.insert(String(lower[lower.index(after: apostrophe)...]))
            }
        }
        return set
    }
}
