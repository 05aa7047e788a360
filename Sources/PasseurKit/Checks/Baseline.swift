import Foundation

/// Today's findings recorded so that a gate fails only on new ones, as linters' baselines do.
///
/// The file is JSON: `{"version": 2, "fingerprints": [...]}`, sorted, one line per fingerprint.
/// Version 2 fingerprints name no line anywhere (version 1 hashed messages that named the line
/// of another unit); a file of another version is refused rather than silently matching nothing.
public struct Baseline: Equatable, Sendable {
    /// The fingerprints of the accepted findings.
    var fingerprints: Set<String>

    /// Creates a baseline from findings.
    public init(findings: [Finding]) {
        fingerprints = Set(findings.map(\.fingerprint))
    }

    /// The version this code writes and reads.
    static let version = 2

    /// Why a baseline file was refused.
    public struct Error: LocatedError, Equatable {
        /// The file.
        public var location: SourceLocation
        /// The version the file declares, when it is a baseline of another version.
        var foundVersion: Int?
        /// Whether the file was to be replaced by a new baseline.
        var replacing = false
        /// What is wrong, in one line.
        public var message: String {
            if replacing { return "not a Passeur baseline: left as it is" }
            return foundVersion.map {
                "baseline version \($0) is not supported (this Passeur reads version \(Baseline.version))"
            }
                ?? "not a Passeur baseline"
        }
        /// What the user can do about it.
        public var hint: String {
            replacing
                ? "give --update-baseline a new file name or an existing baseline (baseline.json)"
                : "write it again with passeur check --update-baseline FILE"
        }
    }

    /// Reads a baseline file.
    ///
    /// - Throws: `FileError`, `Baseline.Error`.
    public init(path: String) throws {
        let data = Data(try TextFile.readBytes(path))
        let here = SourceLocation(file: path, line: 1, column: 1)
        let parsed: Any
        do { parsed = try JSONSerialization.jsonObject(with: data) } catch { throw Error(location: here) }
        guard let object = parsed as? [String: Any], let list = object["fingerprints"] as? [String],
            let version = object["version"] as? Int
        else { throw Error(location: here) }
        guard version == Self.version else { throw Error(location: here, foundVersion: version) }
        fingerprints = Set(list)
    }

    /// Writes the baseline to `path`, atomically, replacing only a baseline: a file there that
    /// is not one (a catalog given by mistake: `--update-baseline fr.po`) is left as it is, and
    /// so is a missing folder.
    ///
    /// - Throws: `Baseline.Error` when `path` holds something else, `FileError.unwritable` when
    ///   its folder does not exist or cannot be written.
    public func write(to path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        var isFolder: ObjCBool = false
        if !folder.isEmpty,
            !FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) || !isFolder.boolValue
        {
            throw FileError.unwritable(path: path, reason: "no folder \(folder)")
        }
        if FileManager.default.fileExists(atPath: path) {
            let here = SourceLocation(file: path, line: 1, column: 1)
            let data = Data(try TextFile.readBytes(path))
            let parsed: Any
            do { parsed = try JSONSerialization.jsonObject(with: data) } catch {
                throw Error(location: here, replacing: true)
            }
            guard let object = parsed as? [String: Any], object["fingerprints"] is [Any] else {
                throw Error(location: here, replacing: true)
            }
        }
        try TextFile.writeAtomically(json, to: path)
    }

    /// The file's text. The same findings always give the same bytes.
    public var json: String {
        "{\n  \"version\": \(Self.version),\n  \"fingerprints\": [\n"
            + fingerprints.sorted().map { "    \"\($0)\"" }.joined(separator: ",\n")
            + "\n  ]\n}\n"
    }

    /// The findings not in the baseline.
    public func new(_ findings: [Finding]) -> [Finding] {
        findings.filter { !fingerprints.contains($0.fingerprint) }
    }
}
