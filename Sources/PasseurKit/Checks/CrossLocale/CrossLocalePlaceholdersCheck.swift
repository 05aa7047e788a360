/// Flags a placeholder of the source (`%s`, `%1$d`, `%(name)s`, `{0}`, `{name}`, `%1`) that every
/// other locale's translation keeps and this one drops, whatever the unit's flags say.
///
/// `placeholders` compares a unit with its source only when a gettext flag marks it as a format
/// string; a catalog converted back from a `.mo` file (`msgunfmt`) has lost those flags. Here
/// the other translations are the evidence: when two or more of them all keep a placeholder the
/// source has, it is one.
///
/// Placeholders are compared as `placeholders` and `msgfmt -c` compare them, by the argument
/// type they read, not by their spelling: a numbered one is its unnumbered self (`%3$.*2$s` is
/// `%.*s`), `%i` and glibc's `%Id` are `%d`, `%.1lf` is `%.1f`, GCC's `%qs` is `%s`, and flags,
/// width and precision may change (`%'u` → `%u`, `%.250s` → `%.255s`). A message is read as
/// Qt's (`%1x%2` is `%1`, an x, `%2`) when its source has a Qt placeholder that is no printf
/// directive; a list in braces (`{ascii,ebcdic,ibm}`) is none; a directive that prose makes
/// (« 50 % des », `%-encoding`) is none; a message that is only a named field (`{Country}`) is
/// the field's label, which catalogs translate; and a date format (`%e %B %Y`, `%-e %b %H:%M`,
/// `${Year}-${Month}-${Day}`) is one each language writes its own way: it is not compared. The singular of a
/// plural message may leave out the count its other forms keep where that form serves few
/// numbers, by its catalog's `Plural-Forms` (`n == 1`; French `n <= 1`), as `msgfmt -c` allows.
struct CrossLocalePlaceholdersCheck: ParallelCheck {
    /// `cross-locale-placeholders`.
    static let id = "cross-locale-placeholders"
    /// A dropped placeholder garbles or crashes the program that prints the message.
    static let defaultSeverity = Severity.error
    /// The help line.
    static let summary = "A placeholder of the source that every other translation keeps is kept here too."

    /// One placeholder of a text: what it is compared by, and how it is written.
    struct Item: Equatable {
        /// The argument type it reads (`s`, `lu`, `*` for a `*` width), its field (`{name}`),
        /// or its number (`%1`).
        var key: String
        /// As written.
        var written: String
    }

    /// A finding per placeholder this locale drops.
    func findings(source: String, units: [(locale: LocaleTag, unit: TranslationUnit)], context: CheckContext)
        -> [Finding]
    {
        guard source.contains("%") || source.contains("{"), !Self.isDateFormat(source) else { return [] }
        let sourceText = units.first?.unit.sourcePlural ?? source
        let qt = Self.readsAsQt(sourceText)
        // Each key written as the source writes it first: the findings show the source's spelling.
        var written: [String: String] = [:]
        for item in Self.items(in: sourceText, qt: qt, isSource: true) where written[item.key] == nil {
            written[item.key] = item.written
        }
        // A message that is one named field and nothing else (digikam's `{LAU1}`, `{Country}`)
        // is the field's label, there to be translated (« {Land} »), not a format.
        if let only = Self.items(in: sourceText, qt: qt, isSource: true).first, written.count == 1,
            only.written == sourceText, only.written.hasPrefix("{"), only.written.dropFirst().first?.isNumber == false
        {
            return []
        }
        guard !written.isEmpty else { return [] }
        let keyOf = Dictionary(written.map { ($0.value, $0.key) }, uniquingKeysWith: { first, _ in first })
        func shown(_ text: String) -> [String] {
            Self.items(in: text, qt: qt, isSource: false).compactMap { written[$0.key] }
        }
        return CrossLocaleAgreement.findings(
            Self.self, units: units, context: context, noun: "placeholder",
            features: { target in shown(target.text) },
            accepts: { placeholder, _, entry in
                // The singular of a plural message may leave out its count where that form
                // serves few numbers (« Eine Datei », « un fichier »), as msgfmt -c allows.
                let forms = entry.unit.targets.dropFirst()
                guard !forms.isEmpty, keyOf[placeholder] != nil,
                    context.pluralRule(for: entry.locale).mayLeaveOutArguments(form: 0)
                else { return false }
                return forms.contains { shown($0).contains(placeholder) }
            })
    }

    /// The placeholders of `text` in every syntax: printf (or Qt's, when `qt`), braces. In a
    /// source, a directive that looks like prose (« 50 % des », `%-encoding`) is none; in a
    /// translation it is kept, as printf reads it (« % s » is `%s`).
    static func items(in text: String, qt: Bool, isSource: Bool) -> [Item] {
        var found: [Item] = []
        if text.contains("%") {
            if qt {
                found += PlaceholdersCheck.placeholders(in: text, syntax: .qt).map {
                    Item(key: $0.type, written: $0.written)
                }
            } else {
                for placeholder in PlaceholdersCheck.placeholders(in: text, syntax: .printf)
                where !(isSource && placeholder.looksLikeProse) {
                    if !placeholder.starArguments.isEmpty {
                        found.append(Item(key: "*", written: placeholder.written))
                    }
                    let key = placeholder.readsArgument ? placeholder.type : placeholder.spec
                    found.append(Item(key: key, written: placeholder.written))
                }
            }
        }
        if text.contains("{") {
            // A list in braces (`--{shell,fast}`, `{ascii,ebcdic,ibm}`) is no placeholder.
            found += PlaceholdersCheck.placeholders(in: text, syntax: .brace).filter { brace in
                !(brace.written.contains(",") && brace.written.dropFirst().first.map { !$0.isNumber } ?? false)
            }
            .map { Item(key: $0.type, written: $0.written) }
        }
        return found
    }

    /// Whether a text's `%` placeholders are Qt's: it has a Qt placeholder where no printf
    /// directive starts (`%1 of %2`, the second `%1` of `%1x%1`), rather than only printf's
    /// (`%9s`, `%1$s`).
    static func readsAsQt(_ text: String) -> Bool {
        guard text.contains("%") else { return false }
        let printf = Set(PlaceholdersCheck.placeholders(in: text, syntax: .printf).map(\.offset))
        return PlaceholdersCheck.placeholders(in: text, syntax: .qt).contains { !printf.contains($0.offset) }
    }

    /// Conversions of strftime that printf does not have: a text with one is a date format.
    static let dateConversions: Set<Character> = ["Y", "y", "B", "b", "H", "M", "T"]

    /// Fields of a date template in braces (evolution's `${Year}-${Month}-${Day}`): each
    /// language picks and orders them its own way, as with strftime's.
    static let dateFields: [String] = ["{Year}", "{Month}", "{Day}", "{Hour}", "{24Hour}", "{12Hour}", "{Minute}"]

    /// Whether `text` is a date format: a `%` followed, after an optional `-`, `_` or `0`, by a
    /// conversion only strftime has; or a template with two of the date fields in braces.
    static func isDateFormat(_ text: String) -> Bool {
        if text.contains("{"), dateFields.filter({ text.contains($0) }).count >= 2 { return true }
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
