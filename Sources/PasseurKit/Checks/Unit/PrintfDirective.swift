/// One printf directive read from its `%`, as glibc's printf and gettext's `format-c.c` read it:
/// `%s`, `%-5.2lf`, `%2$s`, `%.*s`, `%3$.*2$s`, `%'u`, `%Id`, `%<PRId64>`, `%(name)s`; in GCC's
/// diagnostics (`gcc-internal-format`), `%qs`, `%q+D`, `%wd`.
///
/// What matters for a translation is the argument each directive reads and the type it reads it
/// as (`type`): `%i` is `%d`, `%x` and `%o` are `%u`, `%e`, `%g` and `%lf` are `%f`, `%Zu` is
/// `%zu`, `%S` is `%ls`, `%<PRIdMAX>` is `%jd`; flags, width and precision change only how it
/// is printed. `msgfmt -c` compares format strings the same way.
struct PrintfDirective {
    let scalars: [Unicode.Scalar]
    let start: Int
    /// Whether GCC's diagnostic syntax is read: `q` and `+` are flags there, `w` a size, and
    /// conversions are any letter (`%D`, `%E`, `%T` print trees).
    var gcc = false

    /// The placeholder and the index after it, or nil when the `%` starts none.
    func read() -> (placeholder: PlaceholdersCheck.Placeholder, end: Int)? {
        var j = start + 1
        guard j < scalars.count else { return nil }
        var spec = String.UnicodeScalarView(["%"])
        var argument: Int?
        var stars: [Int?] = []
        var name: String?
        if scalars[j] == "(" {
            // %(name)s
            let open = j
            while j < scalars.count, scalars[j] != ")" { j += 1 }
            guard j < scalars.count else { return nil }
            name = String(String.UnicodeScalarView(scalars[(open + 1)..<j]))
            j += 1
        } else if let numbered = argumentNumber(at: j) {
            argument = numbered.number
            j = numbered.after
        }
        var flags = String.UnicodeScalarView()
        let flagSet = gcc ? "-+ 0#'Iq" : "-+ 0#'I"
        while j < scalars.count, flagSet.unicodeScalars.contains(scalars[j]) {
            flags.append(scalars[j])
            spec.append(scalars[j])
            j += 1
        }
        let widthStart = j
        readWidth(&j, &spec, &stars)
        var hasWidthOrPrecision = j > widthStart
        if j < scalars.count, scalars[j] == "." {
            spec.append(".")
            j += 1
            readWidth(&j, &spec, &stars)
            hasWidthOrPrecision = true
        }
        var size = ""
        let sizes = gcc ? "hlLqjzZtw" : "hlLqjzZt"
        while j < scalars.count, sizes.unicodeScalars.contains(scalars[j]) {
            size.unicodeScalars.append(scalars[j])
            spec.append(scalars[j])
            j += 1
        }
        guard j < scalars.count else { return nil }
        var end = j + 1
        let conversion = scalars[j]
        let type: String
        if "diouxXeEfFgGaAcspnCSm".unicodeScalars.contains(conversion)
            || (gcc && conversion.isASCII && conversion.properties.isAlphabetic)
        {
            spec.append(conversion)
            type = Self.type(size: size, conversion: conversion)
        } else if !gcc, conversion == "<", let close = scalars[j...].firstIndex(of: ">"),
            let macro = Self.inttypesType(String(String.UnicodeScalarView(scalars[(j + 1)..<close])))
        {
            // gettext's <inttypes.h> directives: %<PRId64>, %<PRIuMAX>.
            spec.append(contentsOf: scalars[j...close])
            type = macro
            end = close + 1
        } else {
            return nil
        }
        let written = String(String.UnicodeScalarView(scalars[start..<end]))
        let next = end < scalars.count ? scalars[end] : nil
        // In running text, `%-encoding` or « 50 % des » are no directives: a flag but no width
        // or precision, and a letter right after the conversion; or a space flag.
        let prose =
            flags.contains(" ")
            || (!flags.isEmpty && !hasWidthOrPrecision && next.map { $0.properties.isAlphabetic } == true)
        return (
            PlaceholdersCheck.Placeholder(
                written: written, argument: argument, starArguments: stars,
                spec: name == nil ? String(spec) : written, type: name.map { "\($0):\(type)" } ?? type,
                isNamed: name != nil, readsArgument: conversion != "m", looksLikeProse: prose),
            end
        )
    }

    /// The type an argument is read as, from a directive's size and conversion, as gettext's
    /// `format-c.c` tells them apart.
    static func type(size: String, conversion: Unicode.Scalar) -> String {
        // `L` and `q` on an integer are `ll`; `Z` is glibc's old `z`.
        let integerSize: String
        switch size {
        case "L", "q", "ll", "qq": integerSize = "ll"
        case "Z": integerSize = "z"
        default: integerSize = size
        }
        switch conversion {
        case "d", "i": return integerSize + "d"
        case "o", "u", "x", "X": return integerSize + "u"
        case "e", "E", "f", "F", "g", "G", "a", "A": return size.contains("L") ? "Lf" : "f"
        case "c": return size.contains("l") ? "lc" : "c"
        case "C": return "lc"
        case "s": return size.contains("l") ? "ls" : "s"
        case "S": return "ls"
        case "p": return "p"
        case "n": return integerSize + "n"
        case "m": return "m"
        default: return integerSize + String(conversion)
        }
    }

    /// The type of an `<inttypes.h>` macro (`PRIdMAX` is `%jd`, `PRIu64` a 64-bit `%u`), nil for
    /// what is no such macro.
    static func inttypesType(_ macro: String) -> String? {
        guard macro.hasPrefix("PRI"), let letter = macro.dropFirst(3).first else { return nil }
        let suffix = String(macro.dropFirst(4))
        let size = suffix == "MAX" ? "j" : suffix == "PTR" ? "ptr" : suffix
        guard !suffix.isEmpty, suffix.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else { return nil }
        switch letter {
        case "d", "i": return size + "d"
        case "o", "u", "x", "X": return size + "u"
        default: return nil
        }
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
