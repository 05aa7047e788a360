extension String {
    /// The text's UTF-16 code units, transcoded from its UTF-8 in one pass.
    ///
    /// Equal to `Array(utf16)`, which first counts the units through the string's
    /// breadcrumbs: a second walk over every non-ASCII text, and an allocation.
    var utf16CodeUnits: [UInt16] {
        transcodedToUTF16(utf8Offsets: nil)
    }

    /// The UTF-16 code units and, for each UTF-16 offset up to the count included, its UTF-8
    /// offset: pieces cut at UTF-16 offsets are then copied from the UTF-8 bytes.
    func utf16CodeUnitsAndUTF8Offsets() -> (units: [UInt16], utf8Offsets: [Int]) {
        var units: [UInt16] = []
        let offsets = [Int](unsafeUninitializedCapacity: utf8.count + 1) { buffer, count in
            units = transcodedToUTF16(utf8Offsets: buffer.baseAddress)
            count = units.count + 1
        }
        return (units, offsets)
    }

    /// The piece between two UTF-8 offsets on scalar boundaries.
    func piece(utf8 range: Range<Int>) -> String {
        var text = self
        return text.withUTF8 { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }
    }

    /// The UTF-16 units; with `utf8Offsets`, the UTF-8 offset of each UTF-16 offset is written
    /// there too (room for one more than the UTF-8 count is needed).
    private func transcodedToUTF16(utf8Offsets: UnsafeMutablePointer<Int>?) -> [UInt16] {
        var text = self
        return text.withUTF8 { bytes in
            // UTF-16 never needs more units than UTF-8 has bytes.
            [UInt16](unsafeUninitializedCapacity: bytes.count) { out, count in
                var (i, n) = (0, 0)
                while i < bytes.count {
                    let lead = UInt32(bytes[i])
                    utf8Offsets?[n] = i
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
                        utf8Offsets?[n + 1] = i
                        let v = scalar - 0x10000
                        out[n] = 0xD800 | UInt16(v >> 10)
                        out[n + 1] = 0xDC00 | UInt16(v & 0x3FF)
                        n += 2
                    }
                    i += width
                }
                utf8Offsets?[n] = bytes.count
                count = n
            }
        }
    }
}

extension String {
    /// A string from UTF-16 units, encoded to UTF-8 by hand: `String(decoding:as: UTF16.self)`
    /// goes through unspecialised generic code. A lone surrogate becomes U+FFFD, as there.
    init(utf16CodeUnits units: UnsafeBufferPointer<UInt16>) {
        // Three bytes per unit at most: a surrogate pair (two units) takes four.
        self.init(unsafeUninitializedCapacity: units.count * 3) { out in
            var (i, n) = (0, 0)
            while i < units.count {
                var scalar = UInt32(units[i])
                i += 1
                if scalar < 0x80 {
                    out[n] = UInt8(scalar)
                    n += 1
                    continue
                }
                if scalar & 0xFC00 == 0xD800, i < units.count, units[i] & 0xFC00 == 0xDC00 {
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (UInt32(units[i]) - 0xDC00)
                    i += 1
                } else if scalar & 0xF800 == 0xD800 {
                    scalar = 0xFFFD
                }
                if scalar < 0x800 {
                    out[n] = UInt8(0xC0 | scalar >> 6)
                    out[n + 1] = UInt8(0x80 | scalar & 0x3F)
                    n += 2
                } else if scalar < 0x10000 {
                    out[n] = UInt8(0xE0 | scalar >> 12)
                    out[n + 1] = UInt8(0x80 | (scalar >> 6) & 0x3F)
                    out[n + 2] = UInt8(0x80 | scalar & 0x3F)
                    n += 3
                } else {
                    out[n] = UInt8(0xF0 | scalar >> 18)
                    out[n + 1] = UInt8(0x80 | (scalar >> 12) & 0x3F)
                    out[n + 2] = UInt8(0x80 | (scalar >> 6) & 0x3F)
                    out[n + 3] = UInt8(0x80 | scalar & 0x3F)
                    n += 4
                }
            }
            return n
        }
    }
}
