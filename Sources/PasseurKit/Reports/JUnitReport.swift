/// Findings as JUnit XML, which every CI system shows as test results: one test suite per
/// locale, one test case per check, failing with the findings of that check.
public struct JUnitReport {
    /// The findings.
    let findings: [Finding]
    /// The locales checked (a locale without findings still appears, passing).
    let locales: [String]

    /// Creates a report.
    public init(findings: [Finding], locales: [String]) {
        self.findings = findings
        self.locales = locales
    }

    /// The XML. The same findings give the same bytes.
    public func render() -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        let failing = Set(findings.map { "\($0.locale)\u{1}\($0.checkID)" })
        out +=
            "<testsuites name=\"passeur check\" tests=\"\(locales.count * CheckRegistry.all.count)\" failures=\"\(failing.count)\">\n"
        for locale in locales {
            let mine = findings.filter { $0.locale == locale }
            let failures = Set(mine.map(\.checkID)).count
            out +=
                "  <testsuite name=\"\(XMLText.escape(locale))\" tests=\"\(CheckRegistry.all.count)\" failures=\"\(failures)\">\n"
            for check in CheckRegistry.all {
                let found = mine.filter { $0.checkID == check.id }
                out += "    <testcase classname=\"passeur.\(XMLText.escape(locale))\" name=\"\(check.id)\""
                if found.isEmpty {
                    out += "/>\n"
                    continue
                }
                let text = found.map(\.description).joined(separator: "\n")
                out +=
                    ">\n      <failure message=\"\(found.count) finding\(found.count == 1 ? "" : "s")\" type=\"\(found.map(\.severity).max()?.rawValue ?? "warning")\">"
                out += XMLText.escape(text) + "</failure>\n    </testcase>\n"
            }
            out += "  </testsuite>\n"
        }
        return out + "</testsuites>\n"
    }
}
