/// Flags a format placeholder of the source that the translation drops, adds or changes, in
/// units that gettext's flags mark as format strings (`#, c-format`, `python-format`,
/// `python-brace-format`, `java-format`, `qt-format`…), as `msgfmt -c` and Weblate do.
///
/// - printf (c, objc, sh, php, perl, python, awk, gcc-internal, boost): `%s`, `%5.2f`, `%lu`,
///   `%1$s`, `%.*s`, `%3$.*2$s`, `%<PRId64>` (gettext's `<inttypes.h>` macros), `%(name)s`;
///   `%%` is literal. Numbered placeholders may change order (`%1$s … %2$d` ↔ `%2$d … %1$s`),
///   and a translation may number what the source does not (`%s %d` ↔ `%2$d %1$s`, as
///   `msgfmt` allows): then placeholders are compared argument by argument. Unnumbered ones
///   may not change order, since their order is their meaning; named ones (`%(name)s`) may.
/// - braces (python-brace, java's MessageFormat, c#): `{}`, `{0}`, `{name}`, `{0,number}`;
///   `{{` and `}}` are literal; any order.
/// - Qt and KDE: `%1` … `%99`, `%L1`, and in `qt-plural-format` the count `%n`, `%Ln`; any order.
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
        case printf, brace, qt, qtPlural
    }

    /// The syntax of each gettext format flag.
    static let flagSyntax: [String: Syntax] = [
        "c-format": .printf, "objc-format": .printf, "sh-format": .printf, "php-format": .printf,
        "perl-format": .printf, "python-format": .printf, "awk-format": .printf, "gcc-internal-format": .printf,
        "gfc-internal-format": .printf, "boost-format": .printf, "lua-format": .printf, "object-pascal-format": .printf,
        "python-brace-format": .brace, "java-format": .brace, "csharp-format": .brace, "javascript-format": .printf,
        "qt-format": .qt, "kde-format": .qt, "qt-plural-format": .qtPlural,
    ]

    /// One placeholder: as written, and what printf placeholders are compared by.
    struct Placeholder: Equatable {
        /// As written: `%2$d`, `{name}`, `%L1`.
        var written: String
        /// printf: the argument number written in it (`%2$d` gives 2), nil when unnumbered.
        var argument: Int?
        /// printf: the argument numbers written in its `*` width and precision, nil for each
        /// unnumbered `*`.
        var starArguments: [Int?] = []
        /// printf: written without its argument numbers (`%3$.*2$s` gives `%.*s`).
        var spec: String
        /// printf: `%(name)s`.
        var isNamed = false
        /// printf: whether it reads an argument (`%m` reads none).
        var readsArgument = true

        /// Whether it or one of its `*` carries an argument number.
        var isNumbered: Bool { argument != nil || starArguments.contains { $0 != nil } }
    }

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
            // Compared by argument when numbers say which argument each reads.
            let byArgument = syntax == .printf && (expected + found).contains(where: \.isNumbered)
            var keys = (expected.map(\.written), found.map(\.written))
            if byArgument { keys = (Self.argumentKeys(expected), Self.argumentKeys(found)) }
            let ordered = syntax == .printf && !byArgument && !expected.contains(where: \.isNamed)
            let label = isPlural ? " (plural form \(form))" : ""
            if ordered, keys.0.count == keys.1.count, keys.0 != keys.1, Set(keys.0) == Set(keys.1) {
                findings.append(
                    context.finding(
                        Self.self, unit,
                        "placeholders \(keys.1.joined(separator: " ")) are out of order\(label); "
                            + "number them (%1$s) to reorder"))
                continue
            }
            // A plural form other than the last may leave the count out ("un fichier").
            let mayDrop = isPlural && form < unit.targets.count - 1
            if !mayDrop {
                for missing in Self.unmatched(expected, keys.0, in: keys.1) {
                    findings.append(context.finding(Self.self, unit, "placeholder \(missing) is missing\(label)"))
                }
            }
            for extra in Self.unmatched(found, keys.1, in: keys.0) {
                findings.append(context.finding(Self.self, unit, "placeholder \(extra) is not in the source\(label)"))
            }
        }
        return findings
    }

    /// The placeholders of `a` (with their keys) whose key `b` lacks, counting repeats, as written.
    static func unmatched(_ a: [Placeholder], _ aKeys: [String], in b: [String]) -> [String] {
        if aKeys == b { return [] }
        var available = TextFeatures.multiset(b)
        var result: [String] = []
        for (placeholder, key) in zip(a, aKeys) {
            if let n = available[key], n > 0 { available[key] = n - 1 } else { result.append(placeholder.written) }
        }
        return result
    }

    /// printf placeholders keyed by the argument each reads, as the C library reads them: a
    /// numbered one by its number, an unnumbered one by its rank among the arguments (each
    /// unnumbered `*` reading one first): `%s %.*s` and `%1$s %3$.*2$s` give the same keys.
    static func argumentKeys(_ placeholders: [Placeholder]) -> [String] {
        var next = 1
        return placeholders.map { placeholder in
            if placeholder.isNamed { return placeholder.written }
            guard placeholder.readsArgument else { return placeholder.spec }
            var stars: [Int] = []
            for star in placeholder.starArguments {
                stars.append(star ?? next)
                if star == nil { next += 1 }
            }
            let argument = placeholder.argument ?? next
            if placeholder.argument == nil { next += 1 }
            let starList = stars.isEmpty ? "" : " (* \(stars.map(String.init).joined(separator: ",")))"
            return "\(argument): \(placeholder.spec)\(starList)"
        }
    }

    /// The placeholders of `text`, in order.
    static func placeholders(in text: String, syntax: Syntax) -> [Placeholder] {
        let scalars = Array(text.unicodeScalars)
        var result: [Placeholder] = []
        var i = 0
        func isDigit(_ s: Unicode.Scalar) -> Bool { ("0"..."9").contains(s) }
        func written(_ range: Range<Int>) -> String { String(String.UnicodeScalarView(scalars[range])) }
        while i < scalars.count {
            let c = scalars[i]
            switch syntax {
            case .printf where c == "%":
                guard i + 1 < scalars.count else { return result }
                if scalars[i + 1] == "%" {
                    i += 2
                    continue
                }
                if let placeholder = PrintfDirective(scalars: scalars, start: i).read() {
                    result.append(placeholder.placeholder)
                    i = placeholder.end
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
                    result.append(Placeholder(written: written(i..<(end + 1)), spec: written(i..<(end + 1))))
                }
                i = end + 1
            case .brace where c == "}" && i + 1 < scalars.count && scalars[i + 1] == "}":
                i += 2
            case .qt where c == "%", .qtPlural where c == "%":
                var j = i + 1
                if j < scalars.count, scalars[j] == "L" { j += 1 }
                let start = j
                while j < scalars.count, isDigit(scalars[j]), j - start < 2 { j += 1 }
                if j == start, syntax == .qtPlural, j < scalars.count, scalars[j] == "n" { j += 1 }
                if j > start {
                    result.append(Placeholder(written: written(i..<j), spec: written(i..<j)))
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

/// One printf directive read from its `%`: `%s`, `%-5.2lf`, `%2$s`, `%.*s`, `%3$.*2$s`,
/// `%<PRId64>`, `%(name)s`.
private struct PrintfDirective {
    let scalars: [Unicode.Scalar]
    let start: Int

    /// The placeholder and the index after it, or nil when the `%` starts none.
    func read() -> (placeholder: PlaceholdersCheck.Placeholder, end: Int)? {
        var j = start + 1
        var spec = String.UnicodeScalarView(["%"])
        var argument: Int?
        var stars: [Int?] = []
        var isNamed = false
        if scalars[j] == "(" {
            // %(name)s
            while j < scalars.count, scalars[j] != ")" { j += 1 }
            j += 1
            isNamed = true
        } else if let numbered = argumentNumber(at: j) {
            argument = numbered.number
            j = numbered.after
        }
        while j < scalars.count, "-+ 0#'".unicodeScalars.contains(scalars[j]) {
            spec.append(scalars[j])
            j += 1
        }
        readWidth(&j, &spec, &stars)
        if j < scalars.count, scalars[j] == "." {
            spec.append(".")
            j += 1
            readWidth(&j, &spec, &stars)
        }
        while j < scalars.count, "hlLqjzZtI".unicodeScalars.contains(scalars[j]) {
            spec.append(scalars[j])
            j += 1
        }
        guard j < scalars.count else { return nil }
        var end = j + 1
        if "diouxXeEfFgGaAcspnCSm".unicodeScalars.contains(scalars[j]) {
            spec.append(scalars[j])
        } else if scalars[j] == "<", let close = scalars[j...].firstIndex(of: ">"),
            String(String.UnicodeScalarView(scalars[(j + 1)..<close])).hasPrefix("PRI")
        {
            // gettext's <inttypes.h> directives: %<PRId64>, %<PRIuMAX>.
            spec.append(contentsOf: scalars[j...close])
            end = close + 1
        } else {
            return nil
        }
        let written = String(String.UnicodeScalarView(scalars[start..<end]))
        return (
            PlaceholdersCheck.Placeholder(
                written: written, argument: argument, starArguments: stars, spec: isNamed ? written : String(spec),
                isNamed: isNamed, readsArgument: scalars[j] != "m"),
            end
        )
    }

    /// `N$` at `j`: the argument number and the index after the `$`.
    private func argumentNumber(at j: Int) -> (number: Int, after: Int)? {
        var k = j
        while k < scalars.count, ("0"..."9").contains(scalars[k]) { k += 1 }
        guard k > j, k < scalars.count, scalars[k] == "$", k - j <= 4 else { return nil }
        return Int(String(String.UnicodeScalarView(scalars[j..<k]))).map { (number: $0, after: k + 1) }
    }

    /// A width or precision: digits, or `*` with or without an argument number (`*2$`).
    private func readWidth(_ j: inout Int, _ spec: inout String.UnicodeScalarView, _ stars: inout [Int?]) {
        if j < scalars.count, scalars[j] == "*" {
            spec.append("*")
            j += 1
            if let numbered = argumentNumber(at: j) {
                stars.append(numbered.number)
                j = numbered.after
            } else {
                stars.append(nil)
            }
            return
        }
        while j < scalars.count, ("0"..."9").contains(scalars[j]) {
            spec.append(scalars[j])
            j += 1
        }
    }
}
