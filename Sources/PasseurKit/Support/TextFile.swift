import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The system's `read(2)`, which `TextFile.read` hides.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
        Glibc.read(descriptor, buffer, count)
    #else
        Darwin.read(descriptor, buffer, count)
    #endif
}

/// Reading and writing text files: strict UTF-8 in, atomic writes out.
public enum TextFile {
    /// Reads a file's bytes.
    ///
    /// - Throws: `FileError.unreadable`.
    public static func readBytes(_ path: String) throws -> [UInt8] {
        // A regular file is read straight into the array: through `Data`, a large catalog was
        // held twice, and copied once more.
        if let bytes = readRegularFile(path) { return bytes }
        guard let data = FileManager.default.contents(atPath: path) else {
            let reason =
                FileManager.default.fileExists(atPath: path) ? "permission denied or not a file" : "no such file"
            throw FileError.unreadable(path: path, reason: reason)
        }
        return [UInt8](data)
    }

    /// The bytes of the regular file at `path`, read with one allocation; nil for anything else
    /// (a pipe, a folder) and at any error, which `FileManager` then meets and names.
    private static func readRegularFile(_ path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        // One byte more than the size, to see the end of a file that grew meanwhile.
        let capacity = Int(status.st_size) + 1
        var failed = false
        let bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
            count = 0
            guard let base = buffer.baseAddress else {
                failed = true
                return
            }
            while count < capacity {
                let got = systemRead(descriptor, base + count, capacity - count)
                if got > 0 {
                    count += got
                } else if got == 0 {
                    return
                } else if errno != EINTR {
                    failed = true
                    return
                }
            }
            failed = true  // Larger than its size said: read it the general way.
        }
        return failed ? nil : bytes
    }

    /// Reads a file as UTF-8 text, refusing invalid sequences; a leading BOM is dropped.
    ///
    /// - Throws: `FileError.unreadable`, or `FileError.invalidUTF8` with the
    ///   line and column of the first bad byte.
    public static func read(_ path: String) throws -> String {
        try decodeUTF8(readBytes(path), file: path)
    }

    /// Decodes bytes as strict UTF-8; `file` names them in errors.
    ///
    /// - Throws: `FileError.invalidUTF8`.
    public static func decodeUTF8(_ bytes: [UInt8], file: String) throws -> String {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        // The standard library validates in one fast pass; the slow scan only locates the error.
        if let text = String(validating: body, as: UTF8.self) { return text }
        let offset = firstInvalidUTF8Offset(body) ?? 0
        throw FileError.invalidUTF8(at: location(ofByte: offset, in: body, file: file))
    }

    /// The offset (from `bytes.startIndex`) of the first byte that is not part of valid UTF-8.
    static func firstInvalidUTF8Offset(_ bytes: ArraySlice<UInt8>) -> Int? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        var consumed = 0
        // Count bytes as the decoder goes by re-encoding each scalar's length.
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                consumed += UTF8.width(scalar)
                offset = consumed
            case .emptyInput:
                return nil
            case .error:
                return offset
            }
        }
    }

    /// The 1-based line and column (in scalars) of a byte offset.
    static func location(ofByte offset: Int, in bytes: ArraySlice<UInt8>, file: String) -> SourceLocation {
        var line = 1
        var lineStart = bytes.startIndex
        let end = bytes.startIndex + offset
        var i = bytes.startIndex
        while i < end {
            if bytes[i] == 0x0A {
                line += 1
                lineStart = i + 1
            }
            i += 1
        }
        let prefix = bytes[lineStart..<end]
        let column = String(decoding: prefix, as: UTF8.self).unicodeScalars.count + 1
        return SourceLocation(file: file, line: line, column: column)
    }

    /// Writes `bytes` atomically: into a temporary file beside `path`, then a rename.
    /// An interrupted write leaves the old file whole.
    ///
    /// - Throws: `FileError.unwritable`.
    public static func writeAtomically(_ bytes: [UInt8], to path: String) throws {
        try StagedWrites.write([(path, bytes)])
    }

    /// Writes a string as UTF-8, atomically.
    ///
    /// - Throws: `FileError.unwritable`.
    public static func writeAtomically(_ text: String, to path: String) throws {
        try writeAtomically(Array(text.utf8), to: path)
    }
}
