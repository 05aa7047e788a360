import Foundation

extension String {
    /// Whether any UTF-8 byte of the text satisfies `predicate`: one loop over the string's
    /// storage, where `utf8.contains(where:)` steps through the view an index at a time.
    func containsByte(where predicate: (UInt8) -> Bool) -> Bool {
        if let found = utf8.withContiguousStorageIfAvailable({ $0.contains(where: predicate) }) { return found }
        return utf8.contains(where: predicate)
    }

    /// Whether `other` occurs in the text byte for byte (no Unicode equivalence).
    func containsBytes(of other: String) -> Bool {
        var (text, other) = (self, other)
        return text.withUTF8 { haystack in other.withUTF8 { Self.find($0, in: haystack) } }
    }

    /// Whether `needle` occurs in `haystack`: `memchr` to each candidate first byte, `memcmp` there.
    private static func find(_ needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let n = needle.baseAddress else { return true }
        guard needle.count <= haystack.count, let h = haystack.baseAddress else { return false }
        let lastStart = h + (haystack.count - needle.count)
        var p = h
        while p <= lastStart {
            guard let hit = memchr(p, Int32(n.pointee), lastStart - p + 1) else { return false }
            let candidate = hit.assumingMemoryBound(to: UInt8.self)
            if memcmp(candidate, n, needle.count) == 0 { return true }
            p = UnsafePointer(candidate) + 1
        }
        return false
    }
}
