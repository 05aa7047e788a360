/// What an export puts beside each unit: where it comes from, glossary terms, memory matches.
public struct XLIFFExport {
    /// A glossary entry for a unit: the source term and its renderings.
    public struct GlossaryEntry: Equatable, Sendable {
        /// The term as found in the source.
        public var term: String
        /// The preferred and admitted terms of the target locale.
        public var translations: [String]
        /// The concept's definition (English).
        public var definition: String?
    }

    /// A translation candidate from the memory.
    public struct Candidate: Equatable, Sendable {
        /// The memory's source.
        public var source: String
        /// The memory's target.
        public var target: String
        /// The similarity, 0–100.
        public var score: Int
        /// Where it comes from (catalog or TMX file).
        public var origin: String
    }

    /// The source locale.
    public var sourceLocale: LocaleTag
    /// The target locale.
    public var targetLocale: LocaleTag
    /// The source document, as `original`.
    public var document: String
    /// The units to export (obsolete ones are left out).
    public var units: [TranslationUnit]
    /// Glossary entries per unit source.
    public var glossary: (String) -> [GlossaryEntry]
    /// Memory candidates per unit source.
    public var candidates: (String) -> [Candidate]

    /// Creates an export.
    public init(
        sourceLocale: LocaleTag, targetLocale: LocaleTag, document: String, units: [TranslationUnit],
        glossary: @escaping (String) -> [GlossaryEntry] = { _ in [] },
        candidates: @escaping (String) -> [Candidate] = { _ in [] }
    ) {
        self.sourceLocale = sourceLocale
        self.targetLocale = targetLocale
        self.document = document
        self.units = units.filter { !$0.isObsolete }
        self.glossary = glossary
        self.candidates = candidates
    }
}

/// XML text escaping shared by the XML writers.
enum XMLWriting {
    /// Text content: `&`, `<`, `>` escaped; characters XML forbids as `<cp hex="…"/>` when `cp` is allowed.
    static func text(_ value: String, codePoints: Bool = true) -> String {
        var out = ""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            default:
                if scalar.value < 0x20, scalar != "\t", scalar != "\n", scalar != "\r" || !codePoints {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    out += codePoints ? "<cp hex=\"\(String(repeating: "0", count: 4 - hex.count) + hex)\"/>" : ""
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// An attribute value: text escaping plus `"`, and line ends as character references.
    static func attribute(_ value: String) -> String {
        text(value, codePoints: false).replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "\n", with: "&#10;").replacingOccurrences(of: "\t", with: "&#9;")
    }
}
