extension String {
    /// The text's UTF-16 code units, transcoded from its UTF-8 in one pass.
    ///
    /// Equal to `Array(utf16)`, which first counts the units through the string's
    /// breadcrumbs: a second walk over every non-ASCII text, and an allocation.
    public var utf16CodeUnits: [UInt16] {
        var text = self
        return text.withUTF8 { bytes in
            // UTF-16 never needs more units than UTF-8 has bytes.
            [UInt16](unsafeUninitializedCapacity: bytes.count) { out, count in
                var (i, n) = (0, 0)
                while i < bytes.count {
                    let lead = UInt32(bytes[i])
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
                    i += width
                    if scalar < 0x10000 {
                        out[n] = UInt16(scalar)
                        n += 1
                    } else {
                        let v = scalar - 0x10000
                        out[n] = 0xD800 | UInt16(v >> 10)
                        out[n + 1] = 0xDC00 | UInt16(v & 0x3FF)
                        n += 2
                    }
                }
                count = n
            }
        }
    }
}
