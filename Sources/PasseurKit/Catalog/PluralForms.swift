/// gettext's `Plural-Forms` header for a language, from the gettext manual's table
/// and CLDR (French and Brazilian Portuguese count 0 and 1 as singular).
enum PluralForms {
    /// The header value for `locale`, e.g. `nplurals=2; plural=(n != 1);`.
    static func header(for locale: LocaleTag) -> String {
        header(language: locale.language, region: locale.region)
    }

    /// The header value for a language tag as a file writes it (`pt_BR`, `pt-BR`, `de`).
    static func header(forTag tag: String) -> String {
        let parts = tag.split(whereSeparator: { $0 == "-" || $0 == "_" }).map(String.init)
        return header(language: parts.first?.lowercased() ?? "", region: parts.count > 1 ? parts[1].uppercased() : nil)
    }

    /// The plural rule of `locale`'s usual header, for a catalog that declares none.
    static func rule(for locale: LocaleTag) -> PluralRule {
        rules[header(for: locale)] ?? .germanic
    }

    /// The rules of every header of the table, parsed once.
    private static let rules: [String: PluralRule] = Dictionary(
        ["fr", "ja", "ru", "pl", "cs", "ar", "en"].map(header(forTag:)).compactMap { header in
            PluralRule(header: header).map { (header, $0) }
        },
        uniquingKeysWith: { first, _ in first })

    private static func header(language: String, region: String?) -> String {
        switch language {
        case "fr", "hy", "kab": return "nplurals=2; plural=(n > 1);"
        case "pt" where region == "BR": return "nplurals=2; plural=(n > 1);"
        case "ja", "ko", "zh", "vi", "th", "id", "ms": return "nplurals=1; plural=0;"
        case "ru", "uk", "be", "sr", "hr", "bs":
            return
                "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);"
        case "pl":
            return "nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);"
        case "cs", "sk": return "nplurals=3; plural=(n==1) ? 0 : (n>=2 && n<=4) ? 1 : 2;"
        case "ar":
            return
                "nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5);"
        default: return "nplurals=2; plural=(n != 1);"
        }
    }
}
