import Foundation

/// Decoding of XML exchange files, which may be UTF-8 or UTF-16 (TMX 1.4 allows both).
enum XMLBytes {
    /// The file's text and UTF-8 bytes for the parser: UTF-16 with a byte order mark is
    /// converted, and its XML declaration made to say UTF-8; anything else must be valid UTF-8.
    ///
    /// - Throws: `FileError.invalidUTF8`.
    static func decode(_ bytes: [UInt8], file: String) throws -> (text: String, utf8: [UInt8]) {
        guard bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) else {
            let text = try TextFile.decodeUTF8(bytes, file: file)
            return (text, bytes)
        }
        let littleEndian = bytes[0] == 0xFF
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = 2
        while i + 1 < bytes.count {
            units.append(
                littleEndian
                    ? UInt16(bytes[i]) | UInt16(bytes[i + 1]) << 8 : UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1]))
            i += 2
        }
        var text = String(decoding: units, as: UTF16.self)
        if let declarationEnd = text.range(of: "?>"), text.hasPrefix("<?xml") {
            let declaration = text[..<declarationEnd.upperBound]
            let fixed = declaration.replacingOccurrences(of: "UTF-16", with: "UTF-8", options: .caseInsensitive)
            text = fixed + text[declarationEnd.upperBound...]
        }
        return (text, Array(text.utf8))
    }
}
