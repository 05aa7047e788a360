/// Flags line breaks, tabs and backslash escapes of the source that the translation does not
/// keep: pofilter's `tabs` and `escapes`, and its `newlines` inside the text (those that start
/// or end it are `newlines`', an error, as `msgfmt` refuses them).
///
/// - The lines inside the text may be rewrapped: translations run longer or shorter, and
///   translators rewrap prose and help texts alike (in Debian's catalogs, a third of the help
///   texts with several lines). But each line of a `--help` text that starts with an option is
///   kept: fewer such lines means an entry was lost or merged (grep's French `--help` once
///   lost its `--no-ignore-case` line this way).
/// - The tab before a menu item's keyboard shortcut (`&Open\tCtrl+O`, Qt's) is kept, and in a
///   text of one line, carriage returns (a progress line rewritten in place). Other tabs align
///   columns and indent: translators realign them with spaces, as bash's and coreutils'
///   catalogs do in most help texts, and that is no error.
/// - Backslash sequences left in the decoded text (`\n` printed as such, a shell's `\t`, a
///   lone `\` shown in quotes) are kept: a `\\` for a `\` prints two backslashes. A `\` that
///   continues a line of a usage text or escapes a quotation mark is layout: a translation that
///   wraps or quotes otherwise may drop it, but not add one. A lone `\` added elsewhere is
///   shown as such (« le caractère (\) »).
///
/// Catalog readers decode C escapes, so `\n` in a PO string is a line feed here.
struct EscapesCheck: UnitCheck {
    /// `escapes`.
    static let id = "escapes"
    /// A garbled layout or a stray character; the program still runs.
    static let defaultSeverity = Severity.warning
    /// The help line.
    static let summary =
        "The translation keeps the source's option lines, shortcut tabs and backslash escapes."

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
            let lines = (TextScanning.innerLineBreakCount(source), TextScanning.innerLineBreakCount(target))
            let options = (
                TextScanning.optionLineCount(source), TextScanning.optionLineCount(target, strict: false)
            )
            if options.1 < options.0 {
                let counts = "\(Self.count(options.0, "option line")) in the source, \(options.1) in the translation"
                add(counts + ": an entry is lost or merged")
            }
            if lines == (0, 0) {
                let returns = (TextScanning.count(of: "\r", in: source), TextScanning.count(of: "\r", in: target))
                if returns.0 != returns.1 {
                    add("\(Self.count(returns.0, "carriage return")) in the source, \(returns.1) in the translation")
                }
            }
            if Self.hasShortcutAfterTab(source), !target.utf8.contains(UInt8(ascii: "\t")) {
                add("the tab before the source's keyboard shortcut is lost")
            }
            let sourceAnalysis = form == 0 ? context.source(of: unit) : TextAnalysis(source)
            let targetAnalysis = form == 0 ? context.target(of: unit) : TextAnalysis(target, locale: context.locale)
            let expected = sourceAnalysis.backslashEscapes
            let found = targetAnalysis.backslashEscapes
            for missing in Self.unmatched(expected, in: found) where !missing.isLayout {
                add("escape \(missing.written) of the source is missing", sourceRange: missing.range)
            }
            // A lone `\` added is shown as such (« (\) »), unless it escapes a quote or a line break.
            for extra in Self.unmatched(found, in: expected) where extra.written != "\\" || extra.isLayout {
                add("escape \(extra.written) is not in the source", targetRange: extra.range)
            }
        }
        return findings
    }

    /// Whether `text` has a tab before a keyboard shortcut, as Qt's menu items write it
    /// (`&Open\tCtrl+O`, `Help\tF1`).
    static func hasShortcutAfterTab(_ text: String) -> Bool {
        text.split(separator: "\t", omittingEmptySubsequences: false).dropFirst().contains { after in
            let modifiers = ["Ctrl+", "Ctrl-", "Alt+", "Alt-", "Shift+", "Shift-", "Meta+", "Cmd+", "Super+"]
            if modifiers.contains(where: { after.hasPrefix($0) }) { return true }
            guard after.first == "F", let digit = after.dropFirst().first else { return false }
            return digit.isASCII && digit.isNumber
        }
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
