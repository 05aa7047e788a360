/// A translated document as one standalone HTML5 page: `lang`, title, metadata, the
/// locale's typography, a colophon with the source, translators, date and license.
///
/// Everything is in the page (no external stylesheet, script or font).
struct HTMLEditionWriter: Sendable {
    /// The rendered document.
    var body: EditionHTMLRenderer.Output
    /// What the page says about itself.
    var metadata: EditionMetadata

    /// The page.
    func render() -> String {
        let m = metadata
        var head = [
            "<meta charset=\"utf-8\">",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
            "<title>\(XMLText.escape(m.title))</title>",
        ]
        if let author = m.author { head.append("<meta name=\"author\" content=\"\(XMLText.escape(author))\">") }
        if !m.translators.isEmpty {
            head.append(
                "<meta name=\"translator\" content=\"\(XMLText.escape(m.translators.joined(separator: ", ")))\">")
        }
        if let date = m.date { head.append("<meta name=\"date\" content=\"\(date)\">") }
        if let license = m.license { head.append("<meta name=\"rights\" content=\"\(XMLText.escape(license))\">") }
        head.append("<meta name=\"source\" content=\"\(XMLText.escape(m.sourceDocument))\">")
        head.append("<meta name=\"generator\" content=\"\(XMLText.escape(m.generator))\">")
        return """
            <!DOCTYPE html>
            <html lang="\(m.locale.identifier)">
            <head>
            \(head.joined(separator: "\n"))
            <style>
            \(EditionStylesheet.reading)
            </style>
            </head>
            <body>
            <main>
            <article>
            \(body.html)</article>
            </main>
            <footer class="colophon" lang="en">
            \(m.colophonHTML)
            </footer>
            </body>
            </html>

            """
    }
}
