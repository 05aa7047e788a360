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
        /// A catalog that declares no target language, and none was given.
        case noLanguage(String)
        /// A language declared in a file that is no language tag.
        case invalidLanguage(String, at: SourceLocation)

        /// Where the problem is.
        public var location: SourceLocation {
            switch self {
            case .missingPath(let path), .noCatalog(let path), .notACatalog(let path), .noLanguage(let path):
                return SourceLocation(file: path, line: 1, column: 1)
            case .invalidLanguage(_, let at):
                return at
            }
        }

        /// What is wrong, in one line.
        public var message: String {
            switch self {
            case .missingPath: return "no such file or folder"
            case .noCatalog: return "no catalog in this folder (.po, .pot, .xlf, .xliff files, searched recursively)"
            case .notACatalog: return "not a PO or XLIFF catalog"
            case .noLanguage:
                return "the catalog declares no target language (no Language header, no target-language)"
            case .invalidLanguage(let value, _): return "'\(value)' is not a language tag"
            }
        }

        /// What the user can do about it.
        public var hint: String {
            switch self {
            case .missingPath: return "check the path"
            case .noCatalog: return "give PO or XLIFF files, or a folder that holds some"
            case .notACatalog: return "give .po or .xlf files; others are not checked"
            case .noLanguage: return "add a 'Language: fr' header, name the file fr.po, or pass --locale"
            case .invalidLanguage: return "write a language such as fr, pt_BR or sr@latin, or pass --locale"
            }
        }
    }
}
