import CICU

/// A BCP 47 language tag (`fr`, `en`, `pt-BR`), checked against ICU's languages.
///
/// The tag is kept as written (canonical case: language lower, region upper);
/// `icuIdentifier` and `gettextName` give the spellings other systems want.
public struct LocaleTag: Hashable, Sendable, Comparable, CustomStringConvertible, Codable {
    /// The tag in BCP 47 form with canonical case, e.g. `pt-BR`.
    public let identifier: String
    /// The language subtag, e.g. `pt`.
    public let language: String
    /// The region subtag, e.g. `BR`, if any.
    let region: String?

    /// Why a tag was refused.
    public struct Error: LocatedError, Equatable {
        /// The tag as given.
        public var tag: String
        /// Where it was given.
        public var location: SourceLocation
        /// True when the tag is well formed but names no language ICU knows.
        var unknownLanguage: Bool

        /// What is wrong, in one line.
        public var message: String {
            unknownLanguage
                ? "unknown language in locale '\(tag.quotedForMessage())'"
                : "malformed locale '\(tag.quotedForMessage())' (not a BCP 47 tag)"
        }
        /// What the user can do about it.
        public var hint: String { "write a BCP 47 tag such as fr, en, de, es or pt-BR" }
    }

    /// Parses and checks `tag`; `location` says where it came from, for errors.
    ///
    /// - Throws: `LocaleTag.Error`.
    public init(_ tag: String, at location: SourceLocation) throws {
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard let first = parts.first, Self.isLanguage(first) else {
            throw Error(tag: tag, location: location, unknownLanguage: false)
        }
        var region: String?
        var canonical = [first.lowercased()]
        var index = 1
        if index < parts.count, parts[index].count == 4, parts[index].allSatisfy(\.isASCIILetter) {
            canonical.append(parts[index].prefix(1).uppercased() + parts[index].dropFirst().lowercased())
            index += 1
        }
        if index < parts.count, Self.isRegion(parts[index]) {
            region = parts[index].uppercased()
            canonical.append(parts[index].uppercased())
            index += 1
        }
        while index < parts.count {
            let variant = parts[index]
            let isVariant =
                (5...8).contains(variant.count) && variant.allSatisfy(\.isASCIIAlphanumeric)
                || (variant.count == 4 && variant.first?.isNumber == true && variant.allSatisfy(\.isASCIIAlphanumeric))
            guard isVariant else { throw Error(tag: tag, location: location, unknownLanguage: false) }
            canonical.append(variant.lowercased())
            index += 1
        }
        let language = first.lowercased()
        guard passeur_language_is_known(language) == 1 else {
            throw Error(tag: tag, location: location, unknownLanguage: true)
        }
        self.language = language
        self.region = region
        self.identifier = canonical.joined(separator: "-")
    }

    private static func isLanguage(_ s: String) -> Bool {
        (2...3).contains(s.count) && s.allSatisfy(\.isASCIILetter)
    }

    private static func isRegion(_ s: String) -> Bool {
        (s.count == 2 && s.allSatisfy(\.isASCIILetter)) || (s.count == 3 && s.allSatisfy(\.isASCIIDigit))
    }

    /// The ICU locale id: `pt_BR`.
    var icuIdentifier: String { identifier.replacingOccurrences(of: "-", with: "_") }

    /// The gettext `Language:` header value: `pt_BR`.
    var gettextName: String { icuIdentifier }

    /// The tag, e.g. `pt-BR`.
    public var description: String { identifier }

    /// The order used for sorting.
    public static func < (a: LocaleTag, b: LocaleTag) -> Bool { a.identifier < b.identifier }

    /// Decodes a tag from a string, checking it.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let raw = try container.decode(String.self)
        try self.init(raw, at: SourceLocation(file: "<decoded>", line: 1, column: 1))
    }

    /// Encodes the tag as its string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(identifier)
    }
}

extension Character {
    var isASCIILetter: Bool { isASCII && isLetter }
    var isASCIIDigit: Bool { isASCII && isNumber }
    var isASCIIAlphanumeric: Bool { isASCII && (isLetter || isNumber) }
}

extension LocaleTag {
    /// Whether two language tags as files write them (`fr`, `fr-FR`, `pt_BR`) name the same
    /// language and, when both have one, the same region.
    static func sameLanguage(_ a: String, _ b: String) -> Bool {
        let x = a.lowercased().replacingOccurrences(of: "_", with: "-").split(separator: "-")
        let y = b.lowercased().replacingOccurrences(of: "_", with: "-").split(separator: "-")
        guard x.first == y.first else { return false }
        return x.count < 2 || y.count < 2 || x[1] == y[1]
    }
}
