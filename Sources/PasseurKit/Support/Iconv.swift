#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Legacy charsets (KOI8-R, windows-1251, ISO-8859-x…) with the C library's iconv.
enum Iconv {
    /// `bytes` converted from `charset` to a string, or nil when the charset is
    /// unknown or the bytes are not valid in it.
    static func decode(_ bytes: [UInt8], from charset: String) -> String? {
        convert(bytes, from: charset, to: "UTF-8").map { String(decoding: $0, as: UTF8.self) }
    }

    /// `text` converted from UTF-8 to `charset`, or nil when it cannot be represented.
    static func encode(_ text: String, to charset: String) -> [UInt8]? {
        convert(Array(text.utf8), from: "UTF-8", to: charset)
    }

    /// `bytes` converted between two charsets, or nil when iconv cannot.
    private static func convert(_ bytes: [UInt8], from source: String, to target: String) -> [UInt8]? {
        let handle = iconv_open(target, source)
        guard let handle, Int(bitPattern: handle) != -1 else { return nil }
        defer { iconv_close(handle) }
        var input = bytes.map { CChar(bitPattern: $0) }
        var output = [CChar](repeating: 0, count: bytes.count * 4 + 16)
        let converted: Int? = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer: UnsafeMutablePointer<CChar>? = inBuffer.baseAddress
                var inLeft = inBuffer.count
                var outPointer: UnsafeMutablePointer<CChar>? = outBuffer.baseAddress
                var outLeft = outBuffer.count
                let result = iconv(handle, &inPointer, &inLeft, &outPointer, &outLeft)
                return result == -1 || inLeft != 0 ? nil : outBuffer.count - outLeft
            }
        }
        return converted.map { output[0..<$0].map { UInt8(bitPattern: $0) } }
    }
}
