/// Findings as one self-contained HTML page for reviewers: source and translation side by
/// side, the span each finding is about highlighted, filters by check, locale and severity.
///
/// No external file, script or font: the page opens from a CI artefact or an e-mail.
/// The same findings give the same bytes.
struct HTMLReport {
    /// The findings.
    let findings: [Finding]
    /// The page's title.
    let title: String

    /// Creates a report.
    init(findings: [Finding], title: String = "Passeur check") {
        self.findings = findings
        self.title = title
    }

    /// The page.
    func render() -> String {
        let checks = Array(Set(findings.map(\.checkID))).sorted()
        let locales = Array(Set(findings.map(\.locale))).sorted()
        let counts = Severity.allCases.reversed().map { severity in
            "\(findings.filter { $0.severity == severity }.count) \(severity.rawValue)\(findings.filter { $0.severity == severity }.count == 1 ? "" : "s")"
        }.joined(separator: ", ")
        var out = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(Self.escape(title))</title>
            <style>
            body { font: 15px/1.45 system-ui, sans-serif; margin: 1.5rem; color: #1d1d1f; background: #fafafa; }
            h1 { font-size: 1.4rem; margin: 0 0 .3rem; }
            .summary { color: #555; margin-bottom: 1rem; }
            .filters { display: flex; gap: .8rem; flex-wrap: wrap; margin-bottom: 1rem; }
            select { font: inherit; padding: .2rem .4rem; }
            .finding { background: #fff; border: 1px solid #ddd; border-left: 5px solid #999; border-radius: 6px; padding: .6rem .8rem; margin: .6rem 0; }
            .finding.error { border-left-color: #c62828; }
            .finding.warning { border-left-color: #ef8f00; }
            .finding.info { border-left-color: #1565c0; }
            .meta { font-size: .85rem; color: #555; }
            .meta code { font-size: .85rem; }
            .message { margin: .3rem 0 .5rem; font-weight: 600; }
            .pair { display: grid; grid-template-columns: 1fr 1fr; gap: .8rem; }
            .pair div { background: #f4f4f6; border-radius: 4px; padding: .4rem .6rem; white-space: pre-wrap; }
            .pair .label { font-size: .75rem; text-transform: uppercase; color: #777; display: block; }
            mark { background: #ffe082; border-radius: 2px; }
            @media (max-width: 640px) { .pair { grid-template-columns: 1fr; } body { margin: .8rem; } }
            </style>
            </head>
            <body>
            <h1>\(Self.escape(title))</h1>
            <p class="summary">\(counts)</p>
            <div class="filters">
            <label>Check <select id="check"><option value="">all</option>\(checks.map { "<option>\(Self.escape($0))</option>" }.joined())</select></label>
            <label>Locale <select id="locale"><option value="">all</option>\(locales.map { "<option>\(Self.escape($0))</option>" }.joined())</select></label>
            <label>Severity <select id="severity"><option value="">all</option><option>error</option><option>warning</option><option>info</option></select></label>
            </div>

            """
        for finding in findings {
            out += """
                <div class="finding \(finding.severity.rawValue)" data-check="\(Self.escape(finding.checkID))" data-locale="\(Self.escape(finding.locale))" data-severity="\(finding.severity.rawValue)">
                <div class="meta"><code>\(Self.escape(finding.location.description))</code> · \(finding.severity.rawValue) · \(Self.escape(finding.checkID)) · \(Self.escape(finding.locale))</div>
                <div class="message">\(Self.escape(finding.message))</div>
                <div class="pair"><div><span class="label">source</span>\(Self.highlight(finding.source, finding.sourceRange))</div><div><span class="label">translation</span>\(Self.highlight(finding.target, finding.targetRange))</div></div>
                </div>

                """
        }
        out += """
            <script>
            const filters = ["check", "locale", "severity"].map(id => document.getElementById(id));
            function apply() {
              for (const item of document.querySelectorAll("div.finding")) {
                item.hidden = filters.some(f => f.value && item.dataset[f.id] !== f.value);
              }
            }
            filters.forEach(f => f.addEventListener("change", apply));
            </script>
            </body>
            </html>

            """
        return out
    }

    /// `text` escaped, with the UTF-16 `range` in `<mark>`.
    static func highlight(_ text: String, _ range: Range<Int>?) -> String {
        let units = text.utf16CodeUnits
        guard let range, range.lowerBound >= 0, range.upperBound <= units.count else { return escape(text) }
        func part(_ r: Range<Int>) -> String { escape(String(decoding: units[r], as: UTF16.self)) }
        return part(0..<range.lowerBound) + "<mark>" + part(range) + "</mark>" + part(range.upperBound..<units.count)
    }

    static func escape(_ text: String) -> String { XMLText.escape(text) }
}
