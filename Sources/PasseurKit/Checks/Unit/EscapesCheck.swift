/// Flags line breaks, tabs and backslash escapes of the source that the translation does not
/// keep: pofilter's `newlines`, `tabs` and `escapes` in one check.
///
/// - A source that starts or ends with a line break needs a translation that does too
///   (`msgfmt -c` refuses the file otherwise). A translation that adds one is the whitespace
///   check's (leading or trailing white space).
/// - The line breaks inside the text are broadly kept: a translation may have more, as it
///   runs longer and is rewrapped at 80 columns (coreutils' French catalog does so in one help
///   text out of seven), but fewer means a line was lost or merged (grep's French `--help`
///   once lost its `--no-ignore-case` line this way).
/// - Tabs and carriage returns are kept in number: they align columns and end lines. A text
///   of several lines may be re-indented with a different number of tabs, as long as it keeps
///   some.
/// - Backslash sequences left in the decoded text (`\n` printed as such, a shell's `\t`, a
///   lone `\` shown in quotes) are kept: a `\\` for a `\` prints two backslashes.
///
/// Catalog readers decode C escapes, so `\n` in a PO string is a line feed here.
struct EscapesCheck: UnitCheck {
    /// `escapes`.
    static let id = "escapes"
    /// A garbled layout or a stray character; the program still runs.
    static let defaultSeverity = Severity.warning
    /// The help line.
    static let summary =
        "The translation keeps the source's leading and trailing line breaks, its lines, tabs and backslash escapes."

    /// A finding per kind of difference, in each translated form.
    func findings(in unit: TranslationUnit, context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        for (form, target) in unit.targets.enumerated() where !target.isEmpty {
            let source = form == 0 ? unit.source : unit.sourcePlural ?? unit.source
            guard TextScanning.mayHoldEscapes(source) || TextScanning.mayHoldEscapes(target) else { continue }
            let label = unit.sourcePlural == nil ? "" : " (plural form \(form))"
            func add(_ message: String, sourceRange: Range<Int>? = nil, targetRange: Range<Int>? = nil) {
                // Ranges point into the unit's source and first form, what reports show.
                findings.append(
                    context.finding(
                        Self.self, unit, message + label, sourceRange: form == 0 ? sourceRange : nil,
                        targetRange: form == 0 ? targetRange : nil))
            }
            if source.hasPrefix("\n"), !target.hasPrefix("\n") {
                add("the source starts with a line break, the translation does not")
            }
            if source.hasSuffix("\n"), !target.hasSuffix("\n") {
                add("the source ends with a line break, the translation does not")
            }
            let lines = (TextScanning.innerLineBreakCount(source), TextScanning.innerLineBreakCount(target))
            if lines.1 < lines.0 {
                let counts = "\(Self.count(lines.0, "line break")) in the source, \(lines.1) in the translation"
                add(counts + ": a line is lost or merged")
            }
            for (scalar, name) in [(Unicode.Scalar("\t"), "tab"), ("\r", "carriage return")] {
                let counts = (TextScanning.count(of: scalar, in: source), TextScanning.count(of: scalar, in: target))
                // A help text of several lines may be re-indented, tabs for spaces or the reverse
                // (bash's French catalog does so in 26 texts): there, only tabs all dropped or all
                // added are lost alignment.
                let reindented = scalar == "\t" && lines.0 > 0 && counts.0 > 0 && counts.1 > 0
                if counts.0 != counts.1, !reindented {
                    add("\(Self.count(counts.0, name)) in the source, \(counts.1) in the translation")
                }
            }
            let sourceAnalysis = form == 0 ? context.source(of: unit) : TextAnalysis(source)
            let targetAnalysis = form == 0 ? context.target(of: unit) : TextAnalysis(target, locale: context.locale)
            let expected = sourceAnalysis.backslashEscapes
            let found = targetAnalysis.backslashEscapes
            for missing in Self.unmatched(expected, in: found) {
                add("escape \(missing.written) of the source is missing", sourceRange: missing.range)
            }
            for extra in Self.unmatched(found, in: expected) {
                add("escape \(extra.written) is not in the source", targetRange: extra.range)
            }
        }
        return findings
    }

    /// `1 tab`, `3 tabs`.
    static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

    /// The escapes of `a` that `b` lacks, counting repeats, each at its place in `a`.
    static func unmatched(
        _ a: [TextScanning.BackslashEscape], in b: [TextScanning.BackslashEscape]
    ) -> [TextScanning.BackslashEscape] {
        if a.map(\.written) == b.map(\.written) { return [] }
        var available = TextFeatures.multiset(b.map(\.written))
        return a.filter { escape in
            guard let n = available[escape.written], n > 0 else { return true }
            available[escape.written] = n - 1
            return false
        }
    }
}
