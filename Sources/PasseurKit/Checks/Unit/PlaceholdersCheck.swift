/// Flags a format placeholder of the source that the translation drops, adds or changes, in
/// units that gettext's flags mark as format strings (`#, c-format`, `python-format`,
/// `python-brace-format`, `java-format`, `qt-format`…), as `msgfmt -c` does.
///
/// - printf (c, objc, sh, php, perl, python, awk, boost…): `%s`, `%5.2f`, `%lu`, `%1$s`, `%.*s`,
///   `%3$.*2$s`, `%<PRId64>` (gettext's `<inttypes.h>` macros), `%(name)s`; `%%` is literal.
///   Placeholders are compared by the arguments they read and the types they read them as, not
///   by their spelling, as `msgfmt -c` compares them: flags, width and precision may change
///   (`%'u` → `%u`, `%.1f` → `%.0f`), and so may the spelling of one type (`%i` for `%d`, glibc's
///   `%Id` with the locale's digits, `%lf` for `%f`, `%Zu` for `%zu`); a dropped, added or
///   retyped argument is reported (`%lu` → `%u`, `%d` → `%s`). Numbered placeholders may change
///   order (`%1$s … %2$d` ↔ `%2$d … %1$s`), and a translation may number what the source does
///   not (`%s %d` ↔ `%2$d %1$s`, `%.*s` ↔ `%3$.*2$s`); it may not mix numbered and unnumbered
///   ones, nor skip an argument. Unnumbered ones may not change order, since their order is
///   their meaning; named ones (`%(name)s`) may. `%m` reads no argument and is compared as written.
/// - GCC's diagnostics (`gcc-internal-format`): as printf, with `q` (quoting) and `+` as flags,
///   so `%qs`, `%<%s%>` and `« %s »` read the same argument.
/// - braces (python-brace, java's MessageFormat, c#): `{}`, `{0}`, `{name}`, `{0,number}`,
///   `{0:>5}`, read as Python's `str.format` reads them (`{{` and `}}` are literal, a `{` inside a
///   field name breaks that field: in « {1] … {2} » only `{2}` is a placeholder); any order.
/// - Qt and KDE: `%1` … `%99`, `%L1`, and in `qt-plural-format` the count `%n`; any order.
///
/// Each form of a plural unit is compared with `msgid_plural`. A form that serves few numbers
/// (fewer than 5 of 0 to 1000, by the catalog's `Plural-Forms`) may leave out the last arguments,
/// as `msgfmt -c` allows: « un fichier » for `%d files` in French, whose form 0 serves 0 and 1,
/// or in a language whose form 0 is `n == 1`; a Russian form 0, which serves 1, 21, 31…, may not.
/// No form may add a placeholder. A `no-…-format` flag, or no format flag, turns the check off for
/// the unit: prose is never parsed as a format.
struct PlaceholdersCheck: UnitCheck {
    /// `placeholders`.
    static let id = "placeholders"
    /// A broken format string crashes or garbles the program that prints it.
    static let defaultSeverity = Severity.error
    /// The help line.
    static let summary = "Format strings (c-format, python-brace-format…) keep the source's placeholders."

    /// The families of placeholder syntax.
    enum Syntax {
        case printf, gcc, brace, qt, qtPlural
    }

    /// The syntax of each gettext format flag.
    static let flagSyntax: [String: Syntax] = [
        "c-format": .printf, "objc-format": .printf, "sh-format": .printf, "php-format": .printf,
        "perl-format": .printf, "python-format": .printf, "awk-format": .printf, "gcc-internal-format": .gcc,
        "gfc-internal-format": .gcc, "boost-format": .printf, "lua-format": .printf, "object-pascal-format": .printf,
        "python-brace-format": .brace, "java-format": .brace, "csharp-format": .brace, "javascript-format": .printf,
        "qt-format": .qt, "kde-format": .qt, "qt-plural-format": .qtPlural,
    ]

    /// One placeholder: as written, and what it is compared by.
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
        /// What it is compared by: printf, the type its argument is read as (`%lx` gives `lu`,
        /// `%(n)d` gives `n:d`); braces, the field (`{0:>5}` gives `0`); Qt, its number (`%L1` gives `%1`).
        var type: String = ""
        /// printf: `%(name)s`.
        var isNamed = false
        /// printf: whether it reads an argument (`%m` reads none).
        var readsArgument = true
        /// printf: whether in running text it is more likely prose than a directive (`% d` of
        /// « 50 % des », `%-e` of `%-encoding`).
        var looksLikeProse = false
        /// printf and Qt: where it starts, in Unicode scalars of the text.
        var offset = 0

        /// Whether it or one of its `*` carries an argument number.
        var isNumbered: Bool { argument != nil || starArguments.contains { $0 != nil } }
    }

    /// One argument a printf format string reads: its number, the type it reads it as, and the
    /// index of the placeholder that reads it (a `*` reads an `int` for its placeholder).
    struct Argument: Equatable {
        var number: Int
        var type: String
        var placeholder: Int
    }

    /// A finding per placeholder missing from, or added to, each translated form.
    func findings(in unit: TranslationUnit, context: CheckContext) -> [Finding] {
        guard let syntax = unit.flags.lazy.compactMap({ Self.flagSyntax[$0] }).first else { return [] }
        var findings: [Finding] = []
        // Every form of a plural unit is compared with the plural source, as msgfmt does.
        let source = unit.sourcePlural ?? unit.source
        let expected = Self.placeholders(in: source, syntax: syntax)
        let rule = unit.sourcePlural != nil && unit.targets.count > 1 ? context.pluralRule() : nil
        for (form, target) in unit.targets.enumerated() where !target.isEmpty {
            let label = unit.sourcePlural != nil ? " (plural form \(form))" : ""
            let found = Self.placeholders(in: target, syntax: syntax)
            // A form that serves few numbers may leave out the last arguments (« un fichier »).
            let lenient = rule?.mayLeaveOutArguments(form: form) ?? false
            let messages: [String]
            switch syntax {
            case .printf, .gcc: messages = Self.printfProblems(expected, found, lenient: lenient)
            case .brace, .qt, .qtPlural: messages = Self.unorderedProblems(expected, found, lenient: lenient)
            }
            findings += messages.map { context.finding(Self.self, unit, $0 + label) }
        }
        return findings
    }

    /// What is wrong with the placeholders `found` of a translation, against the source's
    /// `expected`, in any order: each placeholder by its `type` (field, number), counting repeats.
    static func unorderedProblems(_ expected: [Placeholder], _ found: [Placeholder], lenient: Bool) -> [String] {
        let missing = lenient ? [] : unmatched(expected, in: found)
        return missing.map { "placeholder \($0.written) is missing" }
            + unmatched(found, in: expected).map { "placeholder \($0.written) is not in the source" }
    }

    /// What is wrong with the printf placeholders `found` of a translation, against the
    /// source's `expected`: arguments compared by number and type, as `msgfmt -c` compares them.
    static func printfProblems(_ expected: [Placeholder], _ found: [Placeholder], lenient: Bool) -> [String] {
        var problems: [String] = []
        // `%m` reads no argument: compared as written, counting repeats.
        let (expectedOther, foundOther) = (expected.filter { !$0.readsArgument }, found.filter { !$0.readsArgument })
        let expectedNamed = expected.filter { $0.readsArgument && $0.isNamed }
        let foundNamed = found.filter { $0.readsArgument && $0.isNamed }
        if !expectedNamed.isEmpty || !foundNamed.isEmpty {
            // %(name)s: by name and type, in any order.
            problems += unorderedProblems(expectedNamed, foundNamed, lenient: lenient)
        }
        let expectedArguments = arguments(of: expected)
        let foundArguments = arguments(of: found)
        if let mixed = foundArguments.mixed {
            problems.append(
                "placeholders \(mixed.numbered) and \(mixed.unnumbered) mix numbered and unnumbered arguments")
        } else if expectedArguments.numbered || foundArguments.numbered {
            problems += numberedProblems(
                expected, expectedArguments.list, found, foundArguments.list, lenient: lenient)
        } else {
            problems += sequenceProblems(
                expected, expectedArguments.list, found, foundArguments.list, lenient: lenient)
        }
        let missingOther =
            lenient
            ? []
            : unmatched(expectedOther.map { $0.with(type: $0.spec) }, in: foundOther.map { $0.with(type: $0.spec) })
        return problems + missingOther.map { "placeholder \($0.written) is missing" }
            + unmatched(foundOther.map { $0.with(type: $0.spec) }, in: expectedOther.map { $0.with(type: $0.spec) }).map
        {
            "placeholder \($0.written) is not in the source"
        }
    }

    /// Unnumbered arguments on both sides: the types in order. The same types in another order
    /// are out of order; as many of other types differ where they differ; otherwise what one side
    /// has more of is missing or added. A lenient form may read only the first of the source's
    /// arguments.
    private static func sequenceProblems(
        _ expected: [Placeholder], _ expectedArguments: [Argument], _ found: [Placeholder],
        _ foundArguments: [Argument],
        lenient: Bool
    ) -> [String] {
        let (a, b) = (expectedArguments.map(\.type), foundArguments.map(\.type))
        if a == b || (lenient && b.count <= a.count && Array(a.prefix(b.count)) == b) { return [] }
        if a.count == b.count, TextFeatures.multiset(a) == TextFeatures.multiset(b) {
            let written = unique(foundArguments.map(\.placeholder)).map { found[$0].written }
            return ["placeholders \(written.joined(separator: " ")) are out of order; number them (%1$s) to reorder"]
        }
        if a.count == b.count {
            // As many arguments, some of another type: each one where it differs (`%qs` → `%qE`).
            let differing = a.indices.filter { a[$0] != b[$0] }
            return unique(differing.map { expectedArguments[$0].placeholder }).map {
                "placeholder \(expected[$0].written) is missing"
            }
                + unique(differing.map { foundArguments[$0].placeholder }).map {
                    "placeholder \(found[$0].written) is not in the source"
                }
        }
        var available = TextFeatures.multiset(b)
        var missing: [Int] = []
        for argument in expectedArguments {
            if let n = available[argument.type], n > 0 {
                available[argument.type] = n - 1
            } else {
                missing.append(argument.placeholder)
            }
        }
        available = TextFeatures.multiset(a)
        var added: [Int] = []
        for argument in foundArguments {
            if let n = available[argument.type], n > 0 {
                available[argument.type] = n - 1
            } else {
                added.append(argument.placeholder)
            }
        }
        return unique(missing).map { "placeholder \(expected[$0].written) is missing" }
            + unique(added).map { "placeholder \(found[$0].written) is not in the source" }
    }

    /// Numbered arguments on either side: argument by argument. An argument of the source that
    /// the translation does not read, or reads as another type, is missing (a lenient form may
    /// leave out those after the last it reads); one the source does not have is added.
    private static func numberedProblems(
        _ expected: [Placeholder], _ expectedArguments: [Argument], _ found: [Placeholder],
        _ foundArguments: [Argument],
        lenient: Bool
    ) -> [String] {
        var sourceTypes: [Int: String] = [:]
        for argument in expectedArguments where sourceTypes[argument.number] == nil {
            sourceTypes[argument.number] = argument.type
        }
        var targetTypes: [Int: Set<String>] = [:]
        for argument in foundArguments { targetTypes[argument.number, default: []].insert(argument.type) }
        let last = foundArguments.map(\.number).max() ?? 0
        var missing: [Int] = []
        for argument in expectedArguments where targetTypes[argument.number]?.contains(argument.type) != true {
            if lenient && argument.number > last { continue }
            missing.append(argument.placeholder)
        }
        let added = foundArguments.filter { sourceTypes[$0.number] != $0.type }.map(\.placeholder)
        return unique(missing).map { "placeholder \(expected[$0].written) is missing" }
            + unique(added).map { "placeholder \(found[$0].written) is not in the source" }
    }

    /// The arguments the printf placeholders read, in the order printf reads them: a numbered
    /// one by its number, an unnumbered one by its rank (each unnumbered `*` reading one first),
    /// so `%s %.*s` and `%1$s %3$.*2$s` read the same; whether any is numbered; and, when
    /// numbered and unnumbered ones are mixed (which printf does not allow), one of each.
    static func arguments(of placeholders: [Placeholder]) -> (
        list: [Argument], numbered: Bool, mixed: (numbered: String, unnumbered: String)?
    ) {
        var next = 1
        var list: [Argument] = []
        var numbered: String?
        var unnumbered: String?
        for (index, placeholder) in placeholders.enumerated() where placeholder.readsArgument && !placeholder.isNamed {
            for star in placeholder.starArguments {
                if let star {
                    list.append(Argument(number: star, type: "*", placeholder: index))
                } else {
                    list.append(Argument(number: next, type: "*", placeholder: index))
                    next += 1
                }
            }
            if let argument = placeholder.argument {
                list.append(Argument(number: argument, type: placeholder.type, placeholder: index))
            } else {
                list.append(Argument(number: next, type: placeholder.type, placeholder: index))
                next += 1
            }
            if placeholder.isNumbered { numbered = numbered ?? placeholder.written }
            if placeholder.argument == nil || placeholder.starArguments.contains(nil) {
                unnumbered = unnumbered ?? placeholder.written
            }
        }
        let mixed = numbered.flatMap { n in unnumbered.map { (numbered: n, unnumbered: $0) } }
        return (list, numbered != nil, mixed)
    }

    /// The placeholders of `a` whose `type` `b` lacks, counting repeats.
    static func unmatched(_ a: [Placeholder], in b: [Placeholder]) -> [Placeholder] {
        var available = TextFeatures.multiset(b.map(\.type))
        var result: [Placeholder] = []
        for placeholder in a {
            if let n = available[placeholder.type], n > 0 {
                available[placeholder.type] = n - 1
            } else {
                result.append(placeholder)
            }
        }
        return result
    }

    /// The indices in their first order, each once.
    private static func unique(_ indices: [Int]) -> [Int] {
        var seen = Set<Int>()
        return indices.filter { seen.insert($0).inserted }
    }
}

extension PlaceholdersCheck.Placeholder {
    /// The placeholder compared by `type` instead.
    func with(type: String) -> Self {
        var copy = self
        copy.type = type
        return copy
    }
}
