/// A catalog's plural rule, read from its `Plural-Forms` header (`nplurals=2; plural=(n > 1);`):
/// how many forms a plural unit has, and which form serves each number.
///
/// The expression is gettext's: C's integer arithmetic on `n` (`?:`, `||`, `&&`, `==`, `!=`, `<`,
/// `>`, `<=`, `>=`, `+`, `-`, `*`, `/`, `%`, `!`, parentheses), as `msgfmt` and `ngettext` read it.
struct PluralRule: Equatable, Sendable {
    /// `nplurals`: the number of forms.
    let count: Int
    /// For each form, whether it serves few numbers: fewer than 5 of 0 to 1000.
    ///
    /// `msgfmt -c` compares such a form with `msgid_plural` leniently: it may leave out the last
    /// arguments (French form 0, which serves 0 and 1: « un fichier »; a form for `n == 1`
    /// alone). A form that serves many numbers (Russian form 0: 1, 21, 31…) must keep them all.
    /// This is `msgl-check.c`'s distribution, computed the same way (5 uses of 0 to 1000 count
    /// as "infinitely often").
    let servesFewNumbers: [Bool]

    /// The rule of `header`, a `Plural-Forms` value; nil when it declares no valid rule (no
    /// `nplurals`, no `plural=`, an expression that does not parse, divides by zero, or gives
    /// a form beyond `nplurals` for a number from 0 to 1000).
    init?(header: String) {
        guard let countRange = header.firstRange(of: "nplurals="),
            let expressionStart = Self.expressionStart(in: header)
        else { return nil }
        let digits = header[countRange.upperBound...].drop(while: { $0 == " " }).prefix(while: {
            $0.isASCII && $0.isNumber
        })
        guard let count = Int(digits), (1...100).contains(count) else { return nil }
        let text = header[expressionStart...].prefix(while: { $0 != ";" })
        var parser = PluralExpressionParser(String(text))
        guard let expression = parser.parse() else { return nil }
        var uses = Array(repeating: 0, count: count)
        for n in 0...1000 {
            guard let form = expression.evaluate(n), form >= 0, form < count else { return nil }
            uses[form] += 1
        }
        self.init(count: count, servesFewNumbers: uses.map { $0 < 5 }, expression: expression)
    }

    /// The rule gettext assumes without a header: two forms, `n != 1`.
    static let germanic = PluralRule(
        count: 2, servesFewNumbers: [true, false], expression: .binary("!=", .n, .number(1)))

    private init(count: Int, servesFewNumbers: [Bool], expression: PluralExpression) {
        self.count = count
        self.servesFewNumbers = servesFewNumbers
        self.expression = expression
    }

    /// The form that serves `n`, nil when the expression divides by zero there.
    func form(for n: Int) -> Int? {
        expression.evaluate(n)
    }

    /// Whether form `index` may leave out the last arguments of `msgid_plural`, as `msgfmt -c`
    /// allows in a unit of two forms or more: the form serves few numbers.
    func mayLeaveOutArguments(form index: Int) -> Bool {
        index < servesFewNumbers.count && servesFewNumbers[index]
    }

    private let expression: PluralExpression

    /// Where the expression starts: after a `plural=` that is not the end of `nplurals=`.
    private static func expressionStart(in header: String) -> String.Index? {
        var searchStart = header.startIndex
        while let found = header[searchStart...].firstRange(of: "plural=") {
            if found.lowerBound == header.startIndex || header[header.index(before: found.lowerBound)] != "n" {
                return found.upperBound
            }
            searchStart = found.upperBound
        }
        return nil
    }
}

/// A parsed plural expression.
private indirect enum PluralExpression: Equatable, Sendable {
    case number(Int)
    case n
    case not(PluralExpression)
    case binary(String, PluralExpression, PluralExpression)
    case conditional(PluralExpression, PluralExpression, PluralExpression)

    /// The value for `n`, nil on a division by zero.
    func evaluate(_ n: Int) -> Int? {
        switch self {
        case .number(let value): return value
        case .n: return n
        case .not(let operand): return operand.evaluate(n).map { $0 == 0 ? 1 : 0 }
        case .conditional(let condition, let then, let otherwise):
            guard let test = condition.evaluate(n) else { return nil }
            return test != 0 ? then.evaluate(n) : otherwise.evaluate(n)
        case .binary(let op, let left, let right):
            guard let a = left.evaluate(n) else { return nil }
            // C's short-circuit: `n != 0 && 10 / n`.
            if op == "&&", a == 0 { return 0 }
            if op == "||", a != 0 { return 1 }
            guard let b = right.evaluate(n) else { return nil }
            switch op {
            case "&&", "||": return b != 0 ? 1 : 0
            case "==": return a == b ? 1 : 0
            case "!=": return a != b ? 1 : 0
            case "<": return a < b ? 1 : 0
            case ">": return a > b ? 1 : 0
            case "<=": return a <= b ? 1 : 0
            case ">=": return a >= b ? 1 : 0
            case "+": return a &+ b
            case "-": return a &- b
            case "*": return a &* b
            case "/": return b == 0 ? nil : a / b
            case "%": return b == 0 ? nil : a % b
            default: return nil
            }
        }
    }
}

/// A recursive-descent parser of gettext's plural expressions, by C's precedence.
private struct PluralExpressionParser {
    private var tokens: [String] = []
    private var position = 0

    init(_ text: String) {
        var scalars = Array(text.unicodeScalars)[...]
        while let first = scalars.first {
            if first.properties.isWhitespace {
                scalars.removeFirst()
            } else if ("0"..."9").contains(first) {
                let digits = scalars.prefix(while: { ("0"..."9").contains($0) })
                tokens.append(String(String.UnicodeScalarView(digits)))
                scalars.removeFirst(digits.count)
            } else {
                let two = String(String.UnicodeScalarView(scalars.prefix(2)))
                if ["==", "!=", "<=", ">=", "&&", "||"].contains(two) {
                    tokens.append(two)
                    scalars.removeFirst(2)
                } else {
                    tokens.append(String(first))
                    scalars.removeFirst()
                }
            }
        }
    }

    /// The expression, nil unless the whole text is one.
    mutating func parse() -> PluralExpression? {
        guard let expression = conditional(), position == tokens.count else { return nil }
        return expression
    }

    private var next: String? { position < tokens.count ? tokens[position] : nil }

    private mutating func take(_ token: String) -> Bool {
        guard next == token else { return false }
        position += 1
        return true
    }

    private mutating func conditional() -> PluralExpression? {
        guard let condition = binary(level: 0) else { return nil }
        guard take("?") else { return condition }
        guard let then = conditional(), take(":"), let otherwise = conditional() else { return nil }
        return .conditional(condition, then, otherwise)
    }

    /// The binary operators, loosest first.
    private static let levels: [[String]] = [
        ["||"], ["&&"], ["==", "!="], ["<", ">", "<=", ">="], ["+", "-"], ["*", "/", "%"],
    ]

    private mutating func binary(level: Int) -> PluralExpression? {
        guard level < Self.levels.count else { return unary() }
        guard var left = binary(level: level + 1) else { return nil }
        while let op = next, Self.levels[level].contains(op) {
            position += 1
            guard let right = binary(level: level + 1) else { return nil }
            left = .binary(op, left, right)
        }
        return left
    }

    private mutating func unary() -> PluralExpression? {
        if take("!") { return unary().map { .not($0) } }
        if take("(") {
            guard let inner = conditional(), take(")") else { return nil }
            return inner
        }
        guard let token = next else { return nil }
        position += 1
        if token == "n" { return .n }
        return Int(token).map { .number($0) }
    }
}
