import Foundation

/// A string as a dictionary key compared and hashed by its UTF-8 bytes.
///
/// `String`'s own hashing puts non-ASCII text in NFC first, which dominates the cost of
/// keying millions of sentences; catalogs hold text as written, so comparing the bytes
/// finds the same duplicates in practice (two spellings of « é », composed and decomposed,
/// count as different texts).
struct TextKey: Hashable, Sendable {
    /// The text.
    let text: String

    init(_ text: String) {
        var text = text
        text.makeContiguousUTF8()
        self.text = text
    }

    static func == (a: TextKey, b: TextKey) -> Bool {
        sameBytes(a.text, b.text)
    }

    /// Whether two strings have the same UTF-8 bytes.
    static func sameBytes(_ a: String, _ b: String) -> Bool {
        guard a.utf8.count == b.utf8.count else { return false }
        if let equal = a.utf8.withContiguousStorageIfAvailable({ x in
            b.utf8.withContiguousStorageIfAvailable { y in
                guard let p = x.baseAddress, let q = y.baseAddress else { return true }
                return memcmp(p, q, x.count) == 0
            }
        }), let equal {
            return equal
        }
        return a.utf8.elementsEqual(b.utf8)
    }

    func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
