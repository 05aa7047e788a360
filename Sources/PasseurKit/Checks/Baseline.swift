import Foundation

/// Today's findings recorded so that a gate fails only on new ones, as linters' baselines do.
///
/// The file is JSON: `{"version": 1, "fingerprints": [...]}`, sorted, one line per fingerprint.
public struct Baseline: Equatable, Sendable {
    /// The fingerprints of the accepted findings.
    public var fingerprints: Set<String>

    /// Creates a baseline from findings.
    public init(findings: [Finding]) {
        fingerprints = Set(findings.map(\.fingerprint))
    }

    /// Why a baseline file was refused.
    public struct Error: LocatedError, Equatable {
        /// The file.
        public var location: SourceLocation
        /// What is wrong, in one line.
        public var message: String { "not a Passeur baseline" }
        /// What the user can do about it.
        public var hint: String { "write it again with passeur check --update-baseline FILE" }
    }

    /// Reads a baseline file.
    ///
    /// - Throws: `FileError`, `Baseline.Error`.
    public init(path: String) throws {
        let data = Data(try TextFile.readBytes(path))
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let list = object["fingerprints"] as? [String]
        else { throw Error(location: SourceLocation(file: path, line: 1, column: 1)) }
        fingerprints = Set(list)
    }

    /// The file's text. The same findings always give the same bytes.
    public var json: String {
        "{\n  \"version\": 1,\n  \"fingerprints\": [\n"
            + fingerprints.sorted().map { "    \"\($0)\"" }.joined(separator: ",\n")
            + "\n  ]\n}\n"
    }

    /// The findings not in the baseline.
    public func new(_ findings: [Finding]) -> [Finding] {
        findings.filter { !fingerprints.contains($0.fingerprint) }
    }
}
