/// Reading the placeholders of a text, in each syntax.
extension PlaceholdersCheck {
    /// The placeholders of `text`, in order.
    static func placeholders(in text: String, syntax: Syntax) -> [Placeholder] {
        let scalars = Array(text.unicodeScalars)
        switch syntax {
        case .printf, .gcc: return printfPlaceholders(scalars, gcc: syntax == .gcc)
        case .brace: return bracePlaceholders(scalars)
        case .qt, .qtPlural: return qtPlaceholders(scalars, plural: syntax == .qtPlural)
        }
    }

    /// printf directives; `%%` is literal.
    private static func printfPlaceholders(_ scalars: [Unicode.Scalar], gcc: Bool) -> [Placeholder] {
        var result: [Placeholder] = []
        var i = 0
        while i < scalars.count {
            guard scalars[i] == "%" else {
                i += 1
                continue
            }
            guard i + 1 < scalars.count else { break }
            if scalars[i + 1] == "%" {
                i += 2
            } else if var directive = PrintfDirective(scalars: scalars, start: i, gcc: gcc).read() {
                directive.placeholder.offset = i
                result.append(directive.placeholder)
                i = directive.end
            } else {
                i += 1
            }
        }
        return result
    }

    /// Replacement fields, read as Python's `str.format` reads them: `{{` and `}}` are literal; a
    /// field runs to its `}`, past a `[index]` and through the nested fields of its format spec
    /// (`{0:>{width}}`); a `{` in a field name breaks the field (Python raises « unexpected '{'
    /// in field name »), so the scan starts again there: in « {1] … {2} » only `{2}` is one. A
    /// field named with spaces that does not start with a digit is prose (`{ x }`). Compared by
    /// field name: `{0}` and `{0:>5}` read the same argument.
    private static func bracePlaceholders(_ scalars: [Unicode.Scalar]) -> [Placeholder] {
        var result: [Placeholder] = []
        var i = 0
        func written(_ range: Range<Int>) -> String { String(String.UnicodeScalarView(scalars[range])) }
        while i < scalars.count {
            let c = scalars[i]
            if c == "}" {
                i += i + 1 < scalars.count && scalars[i + 1] == "}" ? 2 : 1
                continue
            }
            guard c == "{" else {
                i += 1
                continue
            }
            if i + 1 < scalars.count, scalars[i + 1] == "{" {
                i += 2
                continue
            }
            guard let field = bracedField(scalars, at: i) else {
                // A `{` in the field name: a broken field; read again from that `{`.
                i += 1
                while i < scalars.count, scalars[i] != "{", scalars[i] != "}" { i += 1 }
                continue
            }
            let name = written((i + 1)..<field.nameEnd)
            if !name.contains(" ") || name.first.map({ $0.isNumber }) == true {
                let key = name.prefix { $0 != "." && $0 != "[" && $0 != "," }
                result.append(
                    Placeholder(written: written(i..<field.end), spec: written(i..<field.end), type: "{\(key)}"))
            }
            i = field.end
        }
        return result
    }

    /// The field opened by the `{` at `start`: where its name ends (at `:`, `!` or its `}`) and
    /// the index after its `}`; nil when a `{` breaks its name or nothing closes it.
    private static func bracedField(_ scalars: [Unicode.Scalar], at start: Int) -> (nameEnd: Int, end: Int)? {
        var j = start + 1
        var inIndex = false
        var nameEnd: Int?
        var depth = 1
        while j < scalars.count {
            let c = scalars[j]
            if nameEnd == nil {
                if inIndex {
                    if c == "]" { inIndex = false }
                } else if c == "[" {
                    inIndex = true
                } else if c == "{" {
                    return nil
                } else if c == "}" {
                    return (j, j + 1)
                } else if c == ":" || c == "!" {
                    nameEnd = j
                }
            } else if c == "{" {
                depth += 1
            } else if c == "}" {
                depth -= 1
                if depth == 0, let nameEnd { return (nameEnd, j + 1) }
            }
            j += 1
        }
        return nil
    }

    /// Qt's `%1` … `%99` and `%L1`; in `qt-plural-format`, `%n` and `%Ln` too. Compared by number
    /// (`%L1` reads the argument of `%1`).
    private static func qtPlaceholders(_ scalars: [Unicode.Scalar], plural: Bool) -> [Placeholder] {
        var result: [Placeholder] = []
        var i = 0
        func isDigit(_ s: Unicode.Scalar) -> Bool { ("0"..."9").contains(s) }
        while i < scalars.count {
            guard scalars[i] == "%" else {
                i += 1
                continue
            }
            var j = i + 1
            if j < scalars.count, scalars[j] == "L" { j += 1 }
            let start = j
            // %1 to %99: no %0 (a printf message's `or%%0A` is none; Qt reads `%%3` as `%` and `%3`).
            while j < scalars.count, isDigit(scalars[j]), j - start < 2, j > start || scalars[j] != "0" { j += 1 }
            if j == start, plural, j < scalars.count, scalars[j] == "n" { j += 1 }
            if j > start {
                let written = String(String.UnicodeScalarView(scalars[i..<j]))
                let number = String(String.UnicodeScalarView(scalars[start..<j]))
                result.append(Placeholder(written: written, spec: written, type: "%" + number, offset: i))
                i = j
            } else {
                i += 1
            }
        }
        return result
    }
}
