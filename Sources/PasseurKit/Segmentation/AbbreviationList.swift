/// Abbreviations after which a period does not end a sentence, per language.
///
/// Two kinds, as in the typographic guides (Imprimerie nationale, Chicago):
/// - *prefixes* (titles, references: « M. », « cf. », « chap. ») are always
///   followed by what they introduce, so a period after them never ends a sentence;
/// - *closers* (« etc. », « env. ») can end a sentence: the period ends one
///   only when the next word does not start with a lower-case letter or a digit.
///
/// Matching is exact, but a capitalised form of a lower-case abbreviation
/// also counts (« Cf. » at the start of a sentence).
struct AbbreviationList: Sendable {
    /// Abbreviations never at the end of a sentence, with their final period.
    var prefixes: Set<String>
    /// Abbreviations that may end a sentence, with their final period.
    var closers: Set<String>
    /// Abbreviations after which initials such as « J.-C. » are an era, not a name.
    var eraMarkers: Set<String>

    /// Creates a list; every entry must end with a period.
    init(prefixes: Set<String>, closers: Set<String> = [], eraMarkers: Set<String> = []) {
        self.prefixes = prefixes
        self.closers = closers
        self.eraMarkers = eraMarkers
    }

    /// Adds abbreviations given by the project; they are treated as prefixes.
    mutating func add(prefixes extra: [String]) {
        for abbreviation in extra {
            prefixes.insert(abbreviation.hasSuffix(".") ? abbreviation : abbreviation + ".")
        }
    }

    /// The built-in list for a language subtag (`fr`, `en`, `es`, `de`, `pt`), empty for others.
    static func builtIn(for language: String) -> AbbreviationList {
        switch language {
        case "fr": return french
        case "en": return english
        case "es": return spanish
        case "de": return german
        case "pt": return portuguese
        default: return AbbreviationList(prefixes: [])
        }
    }

    private static let frenchMonths = [
        "janv.", "févr.", "fév.", "avr.", "juil.", "sept.", "oct.", "nov.", "déc.",
    ]

    /// French: titles, references and months from the Lexique des règles typographiques.
    static let french = AbbreviationList(
        prefixes: Set(
            [
                "M.", "MM.", "Mme.", "Mmes.", "Mlle.", "Mlles.", "Mgr.", "Dr.", "Pr.", "Me.", "St.", "Ste.",
                "cf.", "p.", "pp.", "ex.", "vol.", "chap.", "éd.", "art.", "fig.", "no.", "n°.", "réf.", "av.",
                "apr.", "resp.", "coll.", "dir.", "trad.", "t.", "ann.", "boul.", "bd.", "vs.", "Cie.", "Éts.",
            ] + frenchMonths),
        closers: ["etc.", "env.", "min.", "max.", "h.", "hab.", "suiv.", "ibid.", "op.", "cit."],
        eraMarkers: ["av.", "apr."]
    )

    /// English: titles and references (Chicago Manual of Style).
    static let english = AbbreviationList(
        prefixes: [
            "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "St.", "Sr.", "Jr.", "Rev.", "Gen.", "Sen.", "Rep.",
            "Gov.", "Capt.", "Lt.", "Col.", "Sgt.", "e.g.", "i.e.", "cf.", "vs.", "No.", "no.", "pp.", "p.",
            "vol.", "ch.", "fig.", "Jan.", "Feb.", "Mar.", "Apr.", "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec.",
            "approx.", "Mt.", "Ft.",
        ],
        closers: ["etc.", "Inc.", "Ltd.", "Co.", "Corp.", "a.m.", "p.m.", "B.C.", "A.D."]
    )

    /// Spanish: titles and references (Real Academia Española's list).
    static let spanish = AbbreviationList(
        prefixes: [
            "Sr.", "Sra.", "Srta.", "Sres.", "Dr.", "Dra.", "Lic.", "Ing.", "Prof.", "D.", "Dña.", "Ud.", "Uds.",
            "Vd.", "pág.", "págs.", "p.", "cap.", "vol.", "núm.", "n.º", "art.", "fig.", "cf.", "ej.", "p. ej.",
            "ene.", "feb.", "mar.", "abr.", "jun.", "jul.", "ago.", "sept.", "oct.", "nov.", "dic.", "a.", "d.",
        ],
        closers: ["etc.", "aprox.", "S.A.", "C.", "hrs."],
        eraMarkers: ["a.", "d."]
    )

    /// German: titles and references (Duden).
    static let german = AbbreviationList(
        prefixes: [
            "Hr.", "Fr.", "Dr.", "Prof.", "St.", "z.", "z.B.", "d.h.", "u.a.", "bzw.", "vgl.", "ca.", "Nr.", "S.",
            "Bd.", "Kap.", "Abb.", "Jan.", "Feb.", "Apr.", "Aug.", "Sept.", "Okt.", "Nov.", "Dez.", "v.", "n.",
            "sog.", "evtl.", "ggf.", "inkl.", "zzgl.", "Str.",
        ],
        closers: ["usw.", "etc.", "u.s.w.", "Chr.", "Jh.", "GmbH.", "Mio.", "Mrd."],
        eraMarkers: ["v.", "n."]
    )

    /// Portuguese (Brazilian usage).
    static let portuguese = AbbreviationList(
        prefixes: [
            "Sr.", "Sra.", "Srta.", "Dr.", "Dra.", "Prof.", "Profa.", "Exmo.", "V.", "p.", "pág.", "cap.", "vol.",
            "n.º", "art.", "fig.", "cf.", "ex.", "jan.", "fev.", "mar.", "abr.", "jun.", "jul.", "ago.",
            "set.", "out.", "nov.", "dez.", "a.", "d.",
        ],
        closers: ["etc.", "Ltda.", "S.A.", "aprox.", "C."],
        eraMarkers: ["a.", "d."]
    )
}
