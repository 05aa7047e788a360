import Foundation

/// Findings as SARIF 2.1.0, the format code-scanning services (GitHub, GitLab, Azure DevOps) read.
///
/// One run; every check of the registry is a rule with its summary and default level;
/// each finding a result with its level (`error`, `warning`, `note` for info), the PO
/// file, line and column, the locale, and its fingerprint as `partialFingerprints`.
public struct SARIFReport {
    /// The findings.
    let findings: [Finding]

    /// Creates a report.
    public init(findings: [Finding]) {
        self.findings = findings
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .info: return "note"
        }
    }

    /// `path` as the URI reference SARIF asks for: spaces and other characters a URI may not
    /// hold percent-encoded (`my app.po` → `my%20app.po`), and colons too, so that no part of a
    /// relative path reads as a scheme.
    static func uri(_ path: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(":")
        return path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
    }

    /// The SARIF log as JSON with sorted keys: the same findings give the same bytes.
    public func render() -> String {
        let rules: [[String: Any]] = CheckRegistry.all.map { check in
            [
                "id": check.id, "shortDescription": ["text": check.summary],
                "defaultConfiguration": ["level": Self.level(check.defaultSeverity)],
            ]
        }
        let results: [[String: Any]] = findings.map { finding in
            [
                "ruleId": finding.checkID, "level": Self.level(finding.severity), "message": ["text": finding.message],
                "locations": [
                    [
                        "physicalLocation": [
                            "artifactLocation": ["uri": Self.uri(finding.location.file)],
                            "region": ["startLine": finding.location.line, "startColumn": finding.location.column],
                        ]
                    ]
                ],
                "partialFingerprints": ["passeur/v1": finding.fingerprint],
                "properties": ["locale": finding.locale, "source": finding.source],
            ]
        }
        let log: [String: Any] = [
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json", "version": "2.1.0",
            "runs": [
                [
                    "tool": ["driver": ["name": "Passeur", "version": "0.1.0", "rules": rules]],
                    "results": results,
                ]
            ],
        ]
        let data =
            (try? JSONSerialization.data(
                withJSONObject: log, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
