extension String {
    /// The text's UTF-16 code units, transcoded from its UTF-8 in one pass.
    ///
    /// Equal to `Array(utf16)`, which first counts the units through the string's
    /// breadcrumbs: a second walk over every non-ASCII text, and an allocation.
    public var utf16CodeUnits: [UInt16] {
        var offsets: [Int]?
        return transcodedToUTF16(utf8Offsets: &offsets)
    }

    /// The UTF-16 code units and, for each UTF-16 offset up to the count included, its UTF-8
    /// offset: pieces cut at UTF-16 offsets are then copied from the UTF-8 bytes.
    public func utf16CodeUnitsAndUTF8Offsets() -> (units: [UInt16], utf8Offsets: [Int]) {
        var offsets: [Int]? = []
        let units = transcodedToUTF16(utf8Offsets: &offsets)
        return (units, offsets ?? [])
    }

    /// The piece between two UTF-8 offsets on scalar boundaries.
    public func piece(utf8 range: Range<Int>) -> String {
        var text = self
        return text.withUTF8 { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }
    }

    private func transcodedToUTF16(utf8Offsets: inout [Int]?) -> [UInt16] {
        var text = self
        let recording = utf8Offsets != nil
        return text.withUTF8 { bytes in
            if recording { utf8Offsets?.reserveCapacity(bytes.count + 1) }
            // UTF-16 never needs more units than UTF-8 has bytes.
            return [UInt16](unsafeUninitializedCapacity: bytes.count) { out, count in
                var (i, n) = (0, 0)
                while i < bytes.count {
                    let lead = UInt32(bytes[i])
                    if recording { utf8Offsets?.append(i) }
                    if lead < 0x80 {
                        out[n] = UInt16(lead)
                        (i, n) = (i + 1, n + 1)
                        continue
                    }
                    let scalar: UInt32
                    let width: Int
                    if lead < 0xE0 {
                        scalar = (lead & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                        width = 2
                    } else if lead < 0xF0 {
                        scalar = (lead & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                        width = 3
                    } else {
                        scalar =
                            (lead & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
                            | UInt32(bytes[i + 3] & 0x3F)
                        width = 4
                    }
                    if scalar < 0x10000 {
                        out[n] = UInt16(scalar)
                        n += 1
                    } else {
                        // The low surrogate sits inside the scalar: it maps to the scalar's start.
                        if recording { utf8Offsets?.append(i) }
                        let v = scalar - 0x10000
                        out[n] = 0xD800 | UInt16(v >> 10)
                        out[n + 1] = 0xDC00 | UInt16(v & 0x3FF)
                        n += 2
                    }
                    i += width
                }
                if recording { utf8Offsets?.append(bytes.count) }
                count = n
            }
        }
    }
}
