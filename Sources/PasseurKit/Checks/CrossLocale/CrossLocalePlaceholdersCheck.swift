/// Flags a placeholder of the source (`%s`, `%1$d`, `%(name)s`, `{0}`, `{name}`, `%1`) that every
/// other locale's translation keeps and this one drops, whatever the unit's flags say.
///
/// `placeholders` compares a unit with its source only when a gettext flag marks it as a format
/// string; a catalog converted back from a `.mo` file (`msgunfmt`) has lost those flags. Here
/// the other translations are the evidence: when two or more of them all keep a placeholder the
/// source has, it is one. A placeholder with a space flag (`% d`, as in « 50 % des ») is prose.
///
/// Placeholders are compared as printf reads them: a numbered one is its unnumbered self
/// (`%2$llx` is `%llx`, as translations reorder), `%i` and glibc's `%Id` are `%d`, and `%1x`
/// in `%1x%2` is Qt's `%1` followed by an x; a list in braces (`{ascii,ebcdic,ibm}`) is none. A date format (`%e %B %Y`, `%-e %b %H:%M`) is strftime's, which each
/// language writes its own way: it is not compared. The singular of a plural message may leave
/// out the count its other forms keep, unless that form also serves 0 (French, Brazilian
/// Portuguese: « Une page » for 0 pages).
struct CrossLocalePlaceholdersCheck: ParallelCheck {
    /// `cross-locale-placeholders`.
    static let id = "cross-locale-placeholders"
    /// A dropped placeholder garbles or crashes the program that prints the message.
    static let defaultSeverity = Severity.error
    /// The help line.
    static let summary = "A placeholder of the source that every other translation keeps is kept here too."

    /// A finding per placeholder this locale drops.
    func findings(source: String, units: [(locale: LocaleTag, unit: TranslationUnit)], context: CheckContext)
        -> [Finding]
    {
        guard source.contains("%") || source.contains("{"), !Self.isDateFormat(source) else { return [] }
        let inSource = Set(Self.placeholders(in: units.first?.unit.sourcePlural ?? source))
        guard !inSource.isEmpty else { return [] }
        return CrossLocaleAgreement.findings(
            Self.self, units: units, context: context, noun: "placeholder",
            features: { target in Self.placeholders(in: target.text).filter(inSource.contains) },
            accepts: { placeholder, _, entry in
                // The singular of a plural message may leave out its count (« Eine Datei »)
                // where that form serves 1 alone, not where it serves 0 too (French, Brazilian).
                let forms = entry.unit.targets.dropFirst()
                return !forms.isEmpty && !Self.singularServesZero(entry.locale)
                    && forms.contains { Self.placeholders(in: $0).contains(placeholder) }
            })
    }

    /// The placeholders of `text` in every syntax: printf (without the space flag, numbered ones
    /// without their number, `%i` as `%d`, none that is a Qt placeholder and a letter), braces, Qt.
    static func placeholders(in text: String) -> [String] {
        var found: [String] = []
        if text.contains("%") {
            let qt = PlaceholdersCheck.placeholders(in: text, syntax: .qt).map(\.written)
            found += PlaceholdersCheck.placeholders(in: text, syntax: .printf).map(\.written).filter { printf in
                !printf.contains(" ") && !(!printf.contains("$") && qt.contains { printf.hasPrefix($0) })
            }
            .map(Self.unnumbered)
            found += qt
        }
        if text.contains("{") {
            // A list in braces (`--{shell,fast}`, `{ascii,ebcdic,ibm}`) is no placeholder.
            found += PlaceholdersCheck.placeholders(in: text, syntax: .brace).map(\.written).filter { brace in
                !(brace.contains(",") && brace.dropFirst().first.map { !$0.isNumber } ?? false)
            }
        }
        return found
    }

    /// A printf placeholder as any position reads it: `%2$llx` → `%llx`, `%3$.*2$s` → `%.*s`,
    /// `%i` → `%d`.
    static func unnumbered(_ placeholder: String) -> String {
        var result = ""
        var digits = ""
        for character in placeholder {
            if character.isNumber {
                digits.append(character)
            } else if character == "$" {
                digits = ""
            } else if character == "I", result == "%" {
                // glibc's flag for the locale's digits: the same conversion.
                continue
            } else {
                result += digits
                digits = ""
                result.append(character)
            }
        }
        result += digits
        return result.hasSuffix("i") ? String(result.dropLast()) + "d" : result
    }

    /// Whether the first plural form of `locale` serves 0 as well as 1 (CLDR's « one »: French,
    /// Brazilian Portuguese), so that it must keep the count.
    static func singularServesZero(_ locale: LocaleTag) -> Bool {
        locale.language == "fr" || locale.identifier == "pt-BR"
    }

    /// Conversions of strftime that printf does not have: a text with one is a date format.
    static let dateConversions: Set<Character> = ["Y", "y", "B", "b", "H", "M", "T"]

    /// Whether `text` is a date format: a `%` followed, after an optional `-`, `_` or `0`, by a
    /// conversion only strftime has.
    static func isDateFormat(_ text: String) -> Bool {
        var previous: Character?
        var afterPercent = false
        for character in text {
            if afterPercent {
                if character == "-" || character == "_" || character == "0" {
                    previous = character
                    continue
                }
                if dateConversions.contains(character) { return true }
                afterPercent = false
            }
            if character == "%", previous != "%" { afterPercent = true }
            previous = character
        }
        return false
    }
}
