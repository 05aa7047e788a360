/// The 64-bit FNV-1a hash: small, fast, and stable across runs, platforms and Swift versions
/// (unlike `Hasher`, which is seeded per process), so it may name what is stored on disk:
/// exchange-file unit ids, baseline fingerprints, translation-memory word hashes.
///
/// Each step XORs one unit into the state, then multiplies by the FNV prime. Over bytes this
/// is the standard FNV-1a 64 (`""` → `0xcbf29ce484222325`, `"a"` → `0xaf63dc4c8601ec8c`).
struct FNV1a {
    /// The FNV-1a 64 offset basis: the hash of no bytes.
    static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    /// The FNV-1a 64 prime.
    static let prime: UInt64 = 0x100_0000_01b3

    /// The hash of what has been combined so far.
    private(set) var value: UInt64 = offsetBasis

    /// A hash of nothing yet.
    init() {}

    /// Mixes in one byte.
    @inline(__always)
    mutating func combine(_ byte: UInt8) {
        combine(unit: UInt64(byte))
    }

    /// Mixes in bytes, in order.
    @inline(__always)
    mutating func combine(_ bytes: some Sequence<UInt8>) {
        for byte in bytes { combine(unit: UInt64(byte)) }
    }

    /// Mixes in one wider unit (a UTF-16 code unit, a scalar value) in a single step, as the
    /// hashes of words over code units and scalars have always done: not the bytes of the
    /// unit one by one, so not standard FNV-1a over the text's bytes.
    @inline(__always)
    mutating func combine(unit: UInt64) {
        value = (value ^ unit) &* Self.prime
    }

    /// The FNV-1a 64 hash of `bytes`.
    static func hash(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var hasher = FNV1a()
        hasher.combine(bytes)
        return hasher.value
    }
}
