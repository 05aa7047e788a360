import Foundation

/// What an edition says about itself: title, languages, author, translators, date, license.
///
/// The author, license and source line come from `passeur.yaml`'s `editions:` settings, the
/// translators from the catalog's `Last-Translator` and `Language-Team` headers. No date is
/// printed unless the build is given one, so the same inputs give the same bytes.
struct EditionMetadata: Sendable, Equatable {
    /// The edition's title (its first heading).
    var title: String
    /// The source document's title.
    var sourceTitle: String
    /// The edition's language.
    var locale: LocaleTag
    /// The source's language.
    var sourceLocale: LocaleTag
    /// The source document, as the project names it.
    var sourceDocument: String
    /// The author of the source.
    var author: String?
    /// Who translated it.
    var translators: [String]
    /// The publication date (`YYYY-MM-DD`), when the build is given one.
    var date: String?
    /// The license or rights line.
    var license: String?
    /// Where the original was published.
    var original: String?
    /// `Passeur <version>`.
    var generator: String

    /// Creates metadata.
    init(
        title: String, sourceTitle: String, locale: LocaleTag, sourceLocale: LocaleTag, sourceDocument: String,
        author: String? = nil, translators: [String] = [], date: String? = nil, license: String? = nil,
        original: String? = nil, generator: String = "Passeur \(PasseurVersion.current)"
    ) {
        self.title = title
        self.sourceTitle = sourceTitle
        self.locale = locale
        self.sourceLocale = sourceLocale
        self.sourceDocument = sourceDocument
        self.author = author
        self.translators = translators
        self.date = date
        self.license = license
        self.original = original
        self.generator = generator
    }

    /// The colophon's lines, in English (the edition's language is not assumed to be known
    /// to the toolkit): source, translators, date, license.
    var colophon: [String] {
        var lines: [String] = []
        var origin = "Translated from \(LanguageNames.english(sourceLocale)) (\(sourceTitle)"
        if let original { origin += ", \(original)" }
        origin += ")"
        if !translators.isEmpty { origin += " by \(translators.joined(separator: ", "))" }
        lines.append(origin + ".")
        if let author { lines.append("Author: \(author).") }
        if let date { lines.append("Published \(date).") }
        if let license { lines.append(license) }
        lines.append("Built with \(generator) from \(sourceDocument).")
        return lines
    }

    /// The colophon as HTML paragraphs, one line each.
    var colophonHTML: String { colophon.map { "<p>\(XMLText.escape($0))</p>" }.joined(separator: "\n") }
}

/// English names of languages, for colophons and title pages.
enum LanguageNames {
    /// "French", "Brazilian Portuguese"… (the English display name, the tag itself when unknown).
    static func english(_ locale: LocaleTag) -> String {
        if locale.identifier == "pt-BR" { return "Brazilian Portuguese" }
        return Locale(identifier: "en").localizedString(forLanguageCode: locale.language) ?? locale.identifier
    }
}
