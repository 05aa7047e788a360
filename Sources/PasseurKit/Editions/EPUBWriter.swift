import Foundation
import ZIPFoundation

/// A translated document as an EPUB 3 e-book: a title page, the text, a navigation
/// document built from its headings, and the package metadata (identifier, title, language,
/// author, translators with the MARC `trl` role, rights, source).
///
/// The container follows OCF: `mimetype` first and stored, then `META-INF/container.xml`
/// and the `EPUB/` folder. Entries carry a fixed date (the build's `--date`, else
/// 2000-01-01), and the identifier is a UUID derived from the inputs, so the same inputs
/// give the same bytes. `dcterms:modified`, which EPUB requires, is that same date.
///
/// Images of the source are not bundled: an EPUB may not point at remote images, so a
/// document with images needs them copied into the book first (not done yet).
struct EPUBWriter: Sendable {
    /// The rendered document.
    var body: EditionHTMLRenderer.Output
    /// What the book says about itself.
    var metadata: EditionMetadata
    /// A stable identifier for the book (any string; hashed into a UUID).
    var identitySeed: String

    /// Creates a writer.
    init(body: EditionHTMLRenderer.Output, metadata: EditionMetadata, identitySeed: String) {
        self.body = body
        self.metadata = metadata
        self.identitySeed = identitySeed
    }

    /// Why a book could not be written.
    struct Error: LocatedError, Equatable {
        /// ZIPFoundation's description.
        var reason: String
        /// The edition being written, as the build names it.
        var file = "edition.epub"
        /// The edition file.
        var location: SourceLocation { SourceLocation(file: file, line: 1, column: 1) }
        /// What is wrong, in one line.
        var message: String { "cannot assemble the EPUB container: \(reason)" }
        /// What the user can do about it.
        var hint: String { "build the other formats with --format md,txt,html,bilingual and report this" }
    }

    /// The `.epub` file's bytes.
    ///
    /// - Throws: `EPUBWriter.Error` when the ZIP container cannot be assembled.
    func render() throws -> [UInt8] {
        let date = Self.zipDate(metadata.date)
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            let files: [(String, String, CompressionMethod)] = [
                ("mimetype", "application/epub+zip", .none),
                ("META-INF/container.xml", container, .deflate),
                ("EPUB/package.opf", package, .deflate),
                ("EPUB/nav.xhtml", navigation, .deflate),
                ("EPUB/title.xhtml", titlePage, .deflate),
                ("EPUB/text.xhtml", text, .deflate),
                ("EPUB/style.css", EditionStylesheet.reading + "\n", .deflate),
            ]
            for (path, content, method) in files {
                let data = Data(content.utf8)
                try archive.addEntry(
                    with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: date,
                    permissions: 0o644, compressionMethod: method
                ) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            guard let bytes = archive.data else { throw Error(reason: "the in-memory archive has no data") }
            return [UInt8](bytes)
        } catch let error as Error {
            throw error
        } catch {
            throw Error(reason: "\(error)")
        }
    }

    private var language: String { metadata.locale.identifier }

    private var container: String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
          <rootfiles>
            <rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/>
          </rootfiles>
        </container>

        """
    }

    /// A UUID (version 4 layout) from the SHA-256 of the seed.
    var identifier: String {
        var bytes = Array(ContentHash.sha256(Array(identitySeed.utf8)).prefix(16))
        bytes[6] = (bytes[6] & 0x0F) | 0x40
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        let hex = bytes.map { String(format: "%02x", $0) }.joined()
        let parts = [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { range in
            String(hex.dropFirst(range.lowerBound).prefix(range.count))
        }
        return "urn:uuid:" + parts.joined(separator: "-")
    }

    private var package: String {
        let m = metadata
        var meta = [
            "<dc:identifier id=\"pub-id\">\(identifier)</dc:identifier>",
            "<dc:title>\(XMLText.escape(m.title))</dc:title>",
            "<dc:language>\(language)</dc:language>",
        ]
        if let author = m.author { meta.append("<dc:creator id=\"author\">\(XMLText.escape(author))</dc:creator>") }
        for (i, translator) in m.translators.enumerated() {
            meta.append("<dc:contributor id=\"trl\(i + 1)\">\(XMLText.escape(translator))</dc:contributor>")
            meta.append("<meta refines=\"#trl\(i + 1)\" property=\"role\" scheme=\"marc:relators\">trl</meta>")
        }
        if let license = m.license { meta.append("<dc:rights>\(XMLText.escape(license))</dc:rights>") }
        let source = [m.sourceTitle, m.original].compactMap { $0 }.joined(separator: ", ")
        meta.append("<dc:source>\(XMLText.escape(source))</dc:source>")
        if let date = m.date { meta.append("<dc:date>\(date)</dc:date>") }
        meta.append("<meta property=\"dcterms:modified\">\(Self.modified(m.date))</meta>")
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="pub-id" xml:lang="\(language)">
              <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
                \(meta.joined(separator: "\n    "))
              </metadata>
              <manifest>
                <item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
                <item id="title" href="title.xhtml" media-type="application/xhtml+xml"/>
                <item id="text" href="text.xhtml" media-type="application/xhtml+xml"/>
                <item id="css" href="style.css" media-type="text/css"/>
              </manifest>
              <spine>
                <itemref idref="title"/>
                <itemref idref="text"/>
              </spine>
            </package>

            """
    }

    private func page(title: String, body: String, bodyType: String? = nil) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE html>
        <html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="\(language)" \
        xml:lang="\(language)">
        <head>
        <meta charset="utf-8"/>
        <title>\(XMLText.escape(title))</title>
        <link rel="stylesheet" type="text/css" href="style.css"/>
        </head>
        <body\(bodyType.map { " epub:type=\"\($0)\"" } ?? "")>
        \(body)</body>
        </html>

        """
    }

    private var navigation: String {
        var items = ""
        var levels: [Int] = []
        // Nested lists: a deeper heading opens a sub-list inside the item before it.
        for heading in body.headings {
            if let last = levels.last {
                if heading.level > last {
                    items += "<ol>"
                    levels.append(heading.level)
                } else {
                    items += "</li>"
                    while levels.count > 1, let deepest = levels.last, heading.level < deepest {
                        items += "</ol></li>"
                        levels.removeLast()
                    }
                }
            } else {
                levels.append(heading.level)
            }
            items += "<li><a href=\"text.xhtml#\(heading.id)\">\(heading.text)</a>"
        }
        if !levels.isEmpty { items += "</li>" + String(repeating: "</ol></li>", count: levels.count - 1) }
        if items.isEmpty { items = "<li><a href=\"text.xhtml\">\(XMLText.escape(metadata.title))</a></li>" }
        let toc = """
            <nav epub:type="toc" id="toc">
            <h1>\(XMLText.escape(metadata.title))</h1>
            <ol>
            \(items)
            </ol>
            </nav>
            <nav epub:type="landmarks" id="landmarks" hidden="hidden">
            <ol>
            <li><a epub:type="titlepage" href="title.xhtml">\(XMLText.escape(metadata.title))</a></li>
            <li><a epub:type="bodymatter" href="text.xhtml">\(XMLText.escape(metadata.title))</a></li>
            </ol>
            </nav>

            """
        return page(title: metadata.title, body: toc)
    }

    private var titlePage: String {
        let m = metadata
        var lines = ["<section class=\"title-page\" epub:type=\"titlepage\">", "<h1>\(XMLText.escape(m.title))</h1>"]
        if let author = m.author { lines.append("<p class=\"author\">\(XMLText.escape(author))</p>") }
        lines.append("</section>")
        lines.append("<section class=\"colophon\" lang=\"en\" xml:lang=\"en\">")
        lines.append(m.colophonHTML)
        lines.append("</section>")
        return page(title: m.title, body: lines.joined(separator: "\n") + "\n")
    }

    private var text: String {
        page(title: metadata.title, body: "<main>\n\(body.html)</main>\n", bodyType: "bodymatter")
    }

    /// The entries' date: the build's date at noon UTC, else 2000-01-01.
    static func zipDate(_ date: String?) -> Date {
        let seconds = date.flatMap(EditionDate.secondsSince1970) ?? 946_684_800
        return Date(timeIntervalSince1970: TimeInterval(seconds + 43_200))
    }

    /// `dcterms:modified`: the build's date, else 2000-01-01, at midnight UTC.
    static func modified(_ date: String?) -> String { "\(date ?? "2000-01-01")T00:00:00Z" }
}
