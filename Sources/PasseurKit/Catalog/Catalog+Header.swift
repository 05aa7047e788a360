extension Catalog {
    /// The header of a new catalog of project `project` for `locale`: no dates and no names, so
    /// extraction is deterministic; translators' tools fill them in.
    static func newHeader(project: String, locale: LocaleTag) -> [(name: String, value: String)] {
        [
            ("Project-Id-Version", project), ("PO-Revision-Date", ""), ("Last-Translator", ""),
            ("Language-Team", ""), ("Language", locale.gettextName), ("MIME-Version", "1.0"),
            ("Content-Type", "text/plain; charset=UTF-8"), ("Content-Transfer-Encoding", "8bit"),
            ("Plural-Forms", PluralForms.header(for: locale)), ("X-Generator", "Passeur"),
        ]
    }

    /// Makes sure the header declares what Passeur writes: UTF-8, the language and its plurals.
    /// A catalog without a header gets `newHeader`; otherwise only missing fields are added.
    mutating func normalizeHeader(locale: LocaleTag, newHeader: [(name: String, value: String)]) {
        if header.isEmpty { header = newHeader }
        if headerValue("Language")?.isEmpty ?? true { setHeader("Language", locale.gettextName) }
        if headerValue("MIME-Version") == nil { setHeader("MIME-Version", "1.0") }
        setHeader("Content-Type", "text/plain; charset=UTF-8")
        if headerValue("Content-Transfer-Encoding") == nil {
            setHeader("Content-Transfer-Encoding", "8bit")
        }
        if headerValue("Plural-Forms") == nil {
            setHeader("Plural-Forms", PluralForms.header(for: locale))
        }
    }
}
