/// The translations of one document into one locale: a header and units.
///
/// Stored as PO (`Locales/<locale>/<document>.po`); see `Catalog+PO.swift`.
public struct Catalog: Equatable, Sendable {
    /// The header fields (`Language`, `Plural-Forms`…), in order.
    public var header: [(name: String, value: String)]
    /// Comments above the header (often a copyright notice).
    var headerComments: [String]
    /// Flags of the header entry (`fuzzy` on templates).
    var headerFlags: [String]
    /// The units: active ones in document order, obsolete ones after them.
    public var units: [TranslationUnit]

    /// Creates a catalog.
    public init(
        header: [(name: String, value: String)] = [], headerComments: [String] = [], headerFlags: [String] = [],
        units: [TranslationUnit] = []
    ) {
        self.header = header
        self.headerComments = headerComments
        self.headerFlags = headerFlags
        self.units = units
    }

    /// The units still in the source.
    var activeUnits: [TranslationUnit] { units.filter { !$0.isObsolete } }

    /// The value of a header field.
    func headerValue(_ name: String) -> String? {
        header.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }

    /// Sets a header field, in place when present, at the end otherwise.
    mutating func setHeader(_ name: String, _ value: String) {
        if let index = header.firstIndex(where: { $0.name.caseInsensitiveCompare(name) == .orderedSame }) {
            header[index].value = value
        } else {
            header.append((name, value))
        }
    }

    /// Whether the two are equal; where they were read from does not count.
    public static func == (a: Catalog, b: Catalog) -> Bool {
        a.header.map(\.name) == b.header.map(\.name) && a.header.map(\.value) == b.header.map(\.value)
            && a.headerComments == b.headerComments && a.headerFlags == b.headerFlags && a.units == b.units
    }
}
