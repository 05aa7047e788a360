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

    /// FNV-1a over the code units.
    private static func hash<C: Collection>(_ units: C) -> UInt64 where C.Element == UInt16 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for u in units {
            h = (h ^ UInt64(u)) &* 0x100_0000_01b3
        }
        return h
    }
}
