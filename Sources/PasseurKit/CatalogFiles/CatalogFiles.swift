import Foundation
import Synchronization

/// Catalogs given as files, outside any project (`passeur check po/fr.po po/de.po`): the PO and
/// XLIFF files found in the paths given (folders searched recursively), each read with its
/// languages and its domain, grouped for `CheckRunner`.
///
/// - A file's **target language** is its `Language:` header (XLIFF: `trgLang`,
///   `target-language`), else its name (`fr.po`, `…/fr/LC_MESSAGES/tar.po`, `fr/tar.po`),
///   unless one is given.
/// - Its **source language** is its `X-Source-Language:` header (XLIFF: `srcLang`,
///   `source-language`), else English, the language of gettext's msgids, unless one is given.
/// - Its **domain**, the set of messages it translates, is its name without the language
///   (`tar.po`, `messages.fr.xlf` → `messages`), or its folder when the name is only the language
///   (`po/fr.po` → `po`). The files of one domain in several languages are checked across
///   languages; every file of one language is checked for consistency with the others.
/// - Its texts are **plain** (a software message is not Markdown), but for the catalogs
///   Passeur wrote itself (`X-Generator: Passeur`), whose texts are Markdown.
///
/// Like `Project`, this is a loader: it reads files, and the engines below take its values.
public struct CatalogFiles {
    /// One catalog file, read.
    public struct File: Sendable {
        /// The path, as found (relative when given relative).
        public var path: String
        /// The language of its sources.
        public var sourceLocale: LocaleTag
        /// The language of its translations.
        public var locale: LocaleTag
        /// The messages it translates: its name without the language, or its folder.
        public var domain: String
        /// How its texts mark themselves up.
        public var markup: TextAnalysis.Markup
        /// Its units.
        public var catalog: Catalog
        /// What the reading noticed and the check goes on with: a declared language replaced.
        public var warnings: [Warning] = []
    }

    /// The files, in path order.
    public var files: [File]

    /// Creates a set of files read before.
    public init(files: [File]) {
        self.files = files
    }

    /// The findings of `checks` on every file, sorted by file, line, column, check and message.
    ///
    /// Files of one source language and markup are checked together: catalog checks across
    /// every file of a language, cross-locale checks across the languages of each domain.
    /// `settings`' source language and markup are replaced by each group's.
    ///
    /// - Throws: `GlossaryError`, `ICUError` (the term base's matchers).
    public func check(
        settings: CheckRunner.Settings, glossary: Glossary?, checks: [any Check.Type] = CheckRegistry.all
    ) throws -> [Finding] {
        var findings: [Finding] = []
        // One spelling session for every group: each dictionary opened once, each word looked up once.
        let session = SpellingSession(wordLists: settings.wordLists)
        for group in groups {
            var runSettings = settings
            (runSettings.sourceLocale, runSettings.markup) = (group.sourceLocale, group.markup)
            var runner = CheckRunner(settings: runSettings, glossary: glossary, checks: checks)
            runner.spelling = session
            findings += try runner.run(group.documents, locales: group.locales)
        }
        return CheckRunner.sortedByLocation(findings)
    }

    /// What the reading noticed in the files, in path order: each a line for standard error.
    public var warnings: [Warning] { files.flatMap(\.warnings) }

    /// The target languages of the files, sorted.
    public var locales: [LocaleTag] { Array(Set(files.map(\.locale))).sorted() }

    /// Files of one source language and markup, by domain: each domain's files in as few
    /// documents as hold one file per language.
    struct Group {
        var sourceLocale: LocaleTag
        var markup: TextAnalysis.Markup
        var documents: [CheckRunner.DocumentCatalogs] = []
        var locales: [LocaleTag] = []
    }

    /// The groups the files are checked in, in the order of their first file.
    var groups: [Group] {
        var groups: [Group] = []
        for file in files {
            var g = groups.firstIndex { $0.sourceLocale == file.sourceLocale && $0.markup == file.markup }
            if g == nil {
                groups.append(Group(sourceLocale: file.sourceLocale, markup: file.markup))
                g = groups.count - 1
            }
            guard let g else { continue }
            if !groups[g].locales.contains(file.locale) { groups[g].locales.append(file.locale) }
            let entry = (locale: file.locale, path: file.path, catalog: file.catalog)
            if let d = groups[g].documents.firstIndex(where: {
                $0.document == file.domain && !$0.catalogs.contains { $0.locale == file.locale }
            }) {
                groups[g].documents[d].catalogs.append(entry)
            } else {
                groups[g].documents.append(.init(document: file.domain, catalogs: [entry]))
            }
        }
        for g in groups.indices {
            groups[g].locales.sort()
            for d in groups[g].documents.indices { groups[g].documents[d].catalogs.sort { $0.locale < $1.locale } }
        }
        return groups
    }
}
