import Foundation

/// A value kept in a file to spare building it again, read back while the files it was built
/// from keep their size and modification time.
enum FileCache {
    /// What a value built from `inputs` is tagged with: each input's name (as given) with the
    /// size and modification time of its file (at `path(input)`).
    static func fingerprint(of inputs: [String], at path: (String) -> String) -> String {
        inputs.map { input -> String in
            let attributes = try? FileManager.default.attributesOfItem(atPath: path(input))
            let size = (attributes?[.size] as? NSNumber)?.intValue ?? -1
            let modified = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            return "\(input):\(size):\(modified)"
        }.joined(separator: "|")
    }

    /// The value `decode` reads from the file at `cache`; when there is none, or `decode`
    /// refuses it, the one `build` makes, written there by `encode` for the next time.
    static func value<Value>(
        at cache: String, decode: ([UInt8]) -> Value?, encode: (Value) -> [UInt8], build: () throws -> Value
    ) rethrows -> Value {
        if let bytes = FileManager.default.contents(atPath: cache), let stored = decode([UInt8](bytes)) {
            return stored
        }
        let value = try build()
        do {
            try TextFile.writeAtomically(encode(value), to: cache)
        } catch {
            // The stored value only saves time: a read-only checkout still gets its value.
        }
        return value
    }
}
