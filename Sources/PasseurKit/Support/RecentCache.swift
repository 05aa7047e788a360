/// The last few results of a function of a string, kept by the object that computes them
/// (`GlossaryIndex`, for one thread): a handful of slots replaced in turn, so memory stays
/// bounded however many texts go by.
struct RecentCache<Value> {
    private var keys: [String?]
    /// The UTF-8 length of each key, -1 for a free slot: most slots differ there, and are
    /// passed over without touching (retaining) their string.
    private var lengths: [Int]
    private var values: [Value?]
    private var next = 0

    init(capacity: Int = 16) {
        keys = Array(repeating: nil, count: capacity)
        lengths = Array(repeating: -1, count: capacity)
        values = Array(repeating: nil, count: capacity)
    }

    /// The value for `key`, computed by `compute` unless a recent call gave the same bytes
    /// (`String`'s `==` would compare canonical equivalence, slow on every miss).
    mutating func value(for key: String, _ compute: (String) -> Value) -> Value {
        let length = key.utf8.count
        for i in lengths.indices where lengths[i] == length {
            if let candidate = keys[i], TextKey.sameBytes(candidate, key), let value = values[i] { return value }
        }
        let value = compute(key)
        keys[next] = key
        lengths[next] = length
        values[next] = value
        next = (next + 1) % keys.count
        return value
    }
}
