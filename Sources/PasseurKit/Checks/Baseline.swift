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
        /// What is wrong, in one line.
        public var message: String {
            foundVersion.map {
                "baseline version \($0) is not supported (this Passeur reads version \(Baseline.version))"
            }
                ?? "not a Passeur baseline"
        }
        /// What the user can do about it.
        public var hint: String { "write it again with passeur check --update-baseline FILE" }
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
