/// A set of short UTF-16 strings that answers membership for a range of a
/// buffer without allocating: the segmenter asks it once per candidate boundary.
struct TokenSet: Sendable {
    private var buckets: [UInt64: [[UInt16]]] = [:]
    /// The length of the longest member, in UTF-16 units.
    private(set) var maxLength = 0

    init<S: Sequence>(_ members: S) where S.Element == String {
        for member in members { insert(member) }
    }

    mutating func insert(_ member: String) {
        let units = member.utf16CodeUnits
        let key = Self.hash(units[...])
        if buckets[key]?.contains(units) == true { return }
        buckets[key, default: []].append(units)
        maxLength = max(maxLength, units.count)
    }

    func contains(_ text: UnsafeBufferPointer<UInt16>, _ range: Range<Int>) -> Bool {
        guard range.count <= maxLength, !range.isEmpty else { return false }
        guard let bucket = buckets[Self.hash(text[range])] else { return false }
        return bucket.contains { $0.elementsEqual(text[range]) }
    }

    /// FNV-1a over the code units, one step per unit.
    private static func hash<C: Collection>(_ units: C) -> UInt64 where C.Element == UInt16 {
        var hasher = FNV1a()
        for u in units { hasher.combine(unit: UInt64(u)) }
        return hasher.value
    }
}
