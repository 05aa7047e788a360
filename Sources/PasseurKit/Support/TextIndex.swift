/// Integers by text, the texts compared by their UTF-8 bytes (as msgfmt compares messages: no
/// Unicode normalisation), for tables of hundreds of thousands of messages.
///
/// The table is keyed by each text's hash, computed once: probing it compares integers that sit
/// in the table itself, where a `[TextKey: Int]` compares keys and so reads the bytes of every
/// text of the same length along the probe sequence, a cache miss each in a large catalog. A
/// text's bytes are read again only to confirm a match. Two texts with one hash (rare) go to a
/// small second table keyed by the texts themselves.
struct TextIndex {
    private var byHash: [Int: (text: String, value: Int)] = [:]
    private var collided: [TextKey: Int] = [:]
    private let hash: (String) -> Int

    /// An empty index; `hash` replaces the texts' hash (tests give one that collides).
    init(hash: @escaping (String) -> Int = TextIndex.hash) {
        self.hash = hash
    }

    /// Makes room for `count` texts.
    mutating func reserveCapacity(_ count: Int) {
        byHash.reserveCapacity(count)
    }

    /// The value recorded for `text`, if any.
    subscript(text: String) -> Int? {
        guard let slot = byHash[hash(text)] else { return nil }
        return TextKey.sameBytes(slot.text, text) ? slot.value : collided[TextKey(text)]
    }

    /// Records `value` for `text`, replacing the value recorded before, if any.
    mutating func set(_ value: Int, for text: String) {
        let key = hash(text)
        if let slot = byHash[key], !TextKey.sameBytes(slot.text, text) {
            collided[TextKey(text)] = value
        } else {
            byHash[key] = (text, value)
        }
    }

    /// The hash of `text`'s UTF-8 bytes.
    static func hash(_ text: String) -> Int {
        var hasher = Hasher()
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        return hasher.finalize()
    }
}
