extension Catalog {
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
