/// Flags a format placeholder of the source that the translation drops, adds or changes, in
/// units that gettext's flags mark as format strings (`#, c-format`, `python-format`,
/// `python-brace-format`, `java-format`, `qt-format`…), as `msgfmt -c` and Weblate do.
///
/// - printf (c, objc, sh, php, perl, python, awk, gcc-internal, boost): `%s`, `%5.2f`, `%lu`,
///   `%1$s`, `%(name)s`; `%%` is literal. Numbered placeholders may change order
///   (`%1$s … %2$d` ↔ `%2$d … %1$s`); unnumbered ones may not, since their order is their
///   meaning.
/// - braces (python-brace, java's MessageFormat, c#): `{}`, `{0}`, `{name}`, `{0,number}`;
///   `{{` and `}}` are literal; any order.
/// - Qt and KDE: `%1` … `%99`, `%L1`; any order.
///
/// Each form of a plural unit is compared with `msgid_plural`; a form other than the last may
/// leave out the count (`%d files` → `un fichier`), as `msgfmt` allows, but may not add a
/// placeholder. A `no-…-format` flag,
/// or no format flag, turns the check off for the unit: prose is never parsed as a format.
struct PlaceholdersCheck: UnitCheck {
    /// `placeholders`.
    static let id = "placeholders"
    /// A broken format string crashes or garbles the program that prints it.
    static let defaultSeverity = Severity.error
    /// The help line.
    static let summary = "Format strings (c-format, python-brace-format…) keep the source's placeholders."

    /// The families of placeholder syntax.
    enum Syntax {
        case printf, brace, qt
    }

    /// The syntax of each gettext format flag.
    static let flagSyntax: [String: Syntax] = [
        "c-format": .printf, "objc-format": .printf, "sh-format": .printf, "php-format": .printf,
        "perl-format": .printf, "python-format": .printf, "awk-format": .printf, "gcc-internal-format": .printf,
        "gfc-internal-format": .printf, "boost-format": .printf, "lua-format": .printf, "object-pascal-format": .printf,
        "python-brace-format": .brace, "java-format": .brace, "csharp-format": .brace, "javascript-format": .printf,
        "qt-format": .qt, "kde-format": .qt, "qt-plural-format": .qt,
    ]

    /// A finding per placeholder missing from, or added to, each translated form.
    func findings(in unit: TranslationUnit, context: CheckContext) -> [Finding] {
        guard let syntax = unit.flags.lazy.compactMap({ Self.flagSyntax[$0] }).first else { return [] }
        var findings: [Finding] = []
        for (form, target) in unit.targets.enumerated() where !target.isEmpty {
            let isPlural = unit.sourcePlural != nil
            // Every form of a plural unit is compared with the plural source, as msgfmt does:
            // French form 0 covers 0 and 1, so « %d fichier » answers « one file ».
            let source = unit.sourcePlural ?? unit.source
            let expected = Self.placeholders(in: source, syntax: syntax)
            let found = Self.placeholders(in: target, syntax: syntax)
            let ordered = syntax == .printf && !expected.contains { $0.contains("$") }
            let label = isPlural ? " (plural form \(form))" : ""
            if ordered, expected.count == found.count, expected != found, Set(expected) == Set(found) {
                findings.append(
                    context.finding(
                        Self.self, unit,
                        "placeholders \(found.joined(separator: " ")) are out of order\(label); "
                            + "number them (%1$s) to reorder"))
                continue
            }
            // A plural form other than the last may leave the count out ("un fichier").
            let mayDrop = isPlural && form < unit.targets.count - 1
            if !mayDrop {
                for missing in TextFeatures.missing(expected, from: found) {
                    findings.append(context.finding(Self.self, unit, "placeholder \(missing) is missing\(label)"))
                }
            }
            for extra in TextFeatures.missing(found, from: expected) {
                findings.append(context.finding(Self.self, unit, "placeholder \(extra) is not in the source\(label)"))
            }
        }
        return findings
    }

    /// The placeholders of `text`, in order.
    static func placeholders(in text: String, syntax: Syntax) -> [String] {
        let scalars = Array(text.unicodeScalars)
        var result: [String] = []
        var i = 0
        func isDigit(_ s: Unicode.Scalar) -> Bool { ("0"..."9").contains(s) }
        while i < scalars.count {
            let c = scalars[i]
            switch syntax {
            case .printf where c == "%":
                guard i + 1 < scalars.count else { return result }
                if scalars[i + 1] == "%" {
                    i += 2
                    continue
                }
                var j = i + 1
                if scalars[j] == "(" {
                    // %(name)s
                    while j < scalars.count, scalars[j] != ")" { j += 1 }
                    j += 1
                } else {
                    var k = j
                    while k < scalars.count, isDigit(scalars[k]) { k += 1 }
                    if k < scalars.count, k > j, scalars[k] == "$" { j = k + 1 }
                }
                while j < scalars.count, "-+ 0#'".unicodeScalars.contains(scalars[j]) { j += 1 }
                while j < scalars.count, isDigit(scalars[j]) || scalars[j] == "*" { j += 1 }
                if j < scalars.count, scalars[j] == "." {
                    j += 1
                    while j < scalars.count, isDigit(scalars[j]) || scalars[j] == "*" { j += 1 }
                }
                while j < scalars.count, "hlLqjzZtI".unicodeScalars.contains(scalars[j]) { j += 1 }
                if j < scalars.count, "diouxXeEfFgGaAcspnCSm".unicodeScalars.contains(scalars[j]) {
                    result.append(String(String.UnicodeScalarView(scalars[i...j])))
                    i = j + 1
                } else {
                    i += 1
                }
            case .brace where c == "{":
                if i + 1 < scalars.count, scalars[i + 1] == "{" {
                    i += 2
                    continue
                }
                guard let end = scalars[i...].firstIndex(of: "}") else { return result }
                let inner = scalars[(i + 1)..<end]
                if !inner.contains("{"), !inner.contains(" ") || inner.first.map(isDigit) == true {
                    result.append(String(String.UnicodeScalarView(scalars[i...end])))
                }
                i = end + 1
            case .brace where c == "}" && i + 1 < scalars.count && scalars[i + 1] == "}":
                i += 2
            case .qt where c == "%":
                var j = i + 1
                if j < scalars.count, scalars[j] == "L" { j += 1 }
                let start = j
                while j < scalars.count, isDigit(scalars[j]), j - start < 2 { j += 1 }
                if j > start {
                    result.append(String(String.UnicodeScalarView(scalars[i..<j])))
                    i = j
                } else {
                    i += 1
                }
            default:
                i += 1
            }
        }
        return result
    }
}
