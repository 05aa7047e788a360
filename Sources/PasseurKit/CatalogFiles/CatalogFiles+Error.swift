/// Why catalogs given as files cannot be checked.
extension CatalogFiles {
    /// A path, a file or a language that `CatalogFiles.read` refuses.
    public enum Error: LocatedError, Equatable {
        /// A path given that does not exist.
        case missingPath(String)
        /// A folder that holds no PO or XLIFF file, searched recursively.
        case noCatalog(folder: String)
        /// A file that is neither PO nor XLIFF, by its extension or its first bytes.
        case notACatalog(String)
        /// A file named as XLIFF (`.xlf`, `.xliff`) that is not: `isPO` when it reads as PO text.
        case notXLIFF(String, isPO: Bool)
        /// A gettext template (`.pot`) given by name: it has no translation to check.
        case template(String)
        /// A PO file with nothing in it, not even a header.
        case emptyFile(String)
        /// A catalog that declares no target language, and none was given; `xliff` for an XLIFF file.
        case noLanguage(String, xliff: Bool)
        /// A language declared in a file that is no language tag.
        case invalidLanguage(String, at: SourceLocation)
        /// A target language that is the source language, declared or given.
        case targetIsSource(String, at: SourceLocation)
        /// Neither catalogs given nor a project here (`passeur check` without arguments, outside a project).
        case nothingToCheck(at: SourceLocation)

        /// Where the problem is.
        public var location: SourceLocation {
            switch self {
            case .missingPath(let path), .noCatalog(let path), .notACatalog(let path), .notXLIFF(let path, _),
                .template(let path), .emptyFile(let path), .noLanguage(let path, _):
                return SourceLocation(file: path, line: 1, column: 1)
            case .invalidLanguage(_, let at), .targetIsSource(_, let at), .nothingToCheck(let at):
                return at
            }
        }

        /// What is wrong, in one line.
        public var message: String {
            switch self {
            case .missingPath: return "no such file or folder"
            case .noCatalog:
                return
                    "no catalog in this folder (.po, .xlf, .xliff files, searched recursively; .pot templates skipped)"
            case .notACatalog: return "not a PO or XLIFF catalog"
            case .notXLIFF(_, let isPO): return isPO ? "not XLIFF but a PO catalog" : "not XLIFF: no <xliff> element"
            case .template: return "a .pot template has no translations to check"
            case .emptyFile: return "the catalog is empty: no entry, not even a header"
            case .noLanguage(_, let xliff):
                return xliff
                    ? "the catalog declares no target language (no trgLang, no target-language)"
                    : "the catalog declares no target language (no Language header)"
            case .invalidLanguage(let value, _): return "'\(value.quotedForMessage())' is not a language tag"
            case .targetIsSource(let language, _):
                return "the target language '\(language)' is the source language"
            case .nothingToCheck: return "no catalog given and no passeur.yaml here"
            }
        }

        /// What the user can do about it.
        public var hint: String {
            switch self {
            case .missingPath: return "check the path"
            case .noCatalog: return "give PO or XLIFF files, or a folder that holds some"
            case .notACatalog:
                return
                    "passeur check reads PO (.po) and XLIFF 1.2/2.x (.xlf, .xliff) catalogs; TMX and CSV are not checked"
            case .notXLIFF(_, let isPO):
                return isPO
                    ? "rename it with .po"
                    : "passeur check reads PO (.po) and XLIFF 1.2/2.x (.xlf, .xliff) catalogs; TMX and CSV are not checked"
            case .template:
                return "give the .po files translated from it, or their folder (.pot files are skipped there)"
            case .emptyFile: return "give a catalog with translations, or remove the file"
            case .noLanguage(_, let xliff):
                return xliff
                    ? "add trgLang (XLIFF 2) or target-language (XLIFF 1.2) to the file, or pass --locale"
                    : "add a 'Language: fr' header, name the file fr.po, or pass --locale"
            case .invalidLanguage: return "write a language such as fr, pt_BR or sr@latin, or pass --locale"
            case .targetIsSource:
                return
                    "a catalog is not checked against its own language: fix --source-locale or --locale, or the file's header"
            case .nothingToCheck:
                return
                    "give catalog files or folders (passeur check po/), or run inside a project (where passeur.yaml is)"
            }
        }
    }

    /// Something to know about a file that does not stop the check, printed as
    /// `file:line:column: warning: message`.
    public struct Warning: Sendable, Equatable, CustomStringConvertible {
        /// Where it is.
        public var location: SourceLocation
        /// What happened, in one line.
        public var message: String

        /// The one-line rendering: `file:line:column: warning: message`.
        public var description: String { "\(location): warning: \(message)".escapedForOneLine }
    }
}
