/// Segmentation rules in SRX 2.0 (Segmentation Rules eXchange), as OmegaT,
/// Okapi and LanguageTool write them.
///
/// A rule set has named language rules (ordered break / no-break rules, each
/// a `beforebreak` and an `afterbreak` regular expression in Java syntax) and
/// a map from language patterns to rule names. With `cascade` on, every
/// language rule whose pattern matches the language applies, in map order;
/// otherwise only the first. At each position the first rule that matches
/// decides. ICU's `uregex` runs the expressions: its syntax is Java's.
public struct SRXRuleSet: Sendable, Equatable {
    /// One break or no-break rule.
    struct Rule: Sendable, Equatable {
        /// True for `break="yes"` (the default), false for `break="no"`.
        var isBreak: Bool
        /// The expression that must match just before the position (may be empty).
        var beforeBreak: String
        /// The expression that must match just after it (may be empty).
        var afterBreak: String
        /// Where the rule is written, for errors.
        var location: SourceLocation
    }

    /// One entry of the `maprules`: a language pattern and the rules it selects.
    struct LanguageMap: Sendable, Equatable {
        /// A regular expression matched against the language tag, case-insensitively.
        var pattern: String
        /// The `languagerulename` it selects.
        var ruleName: String
        /// Where the map is written.
        var location: SourceLocation
    }

    /// Whether every matching language map applies (`cascade="yes"`) or the first only.
    var cascade: Bool
    /// The `segmentsubflows` header attribute (defaults to yes, as OmegaT's files omit it).
    var segmentSubflows: Bool
    /// Rules by `languagerulename`, in file order.
    var languageRules: [(name: String, rules: [Rule])]
    /// The language maps in file order.
    var maps: [LanguageMap]

    /// Whether the two are equal; where they were read from does not count.
    public static func == (a: SRXRuleSet, b: SRXRuleSet) -> Bool {
        a.cascade == b.cascade && a.segmentSubflows == b.segmentSubflows && a.maps == b.maps
            && a.languageRules.map(\.name) == b.languageRules.map(\.name)
            && a.languageRules.map(\.rules) == b.languageRules.map(\.rules)
    }

    /// A rule with its expression compiled.
    struct CompiledRule {
        /// True for a break rule.
        let isBreak: Bool
        let regex: ICURegex
        let beforeIsEmpty: Bool
        /// Where the rule is written, for errors.
        let location: SourceLocation
    }

    /// The most work one search of a rule may do, in steps of ICU's match engine (about a
    /// millisecond each): a rule that backtracks without bound (`(a+)+$`) stops there with
    /// `Error.ruleTooComplex` instead of running for hours.
    static let ruleTimeLimit: Int32 = 1000

    /// The rules that apply to `locale`, in the order they are tried.
    ///
    /// - Throws: `SRXRuleSet.Error.invalidExpression` with the rule's location.
    func rules(for locale: LocaleTag) throws -> [Rule] {
        var result: [Rule] = []
        for map in maps {
            let pattern: ICURegex
            do {
                pattern = try ICURegex(map.pattern, options: .caseInsensitive, timeLimit: Self.ruleTimeLimit)
            } catch let error as ICURegex.CompileError {
                throw Error.invalidExpression(map.pattern, reason: error.name, at: map.location)
            }
            guard
                pattern.matches(locale.identifier) || pattern.matches(locale.language)
                    || pattern.matches(locale.icuIdentifier)
            else { continue }
            if let entry = languageRules.first(where: { $0.name == map.ruleName }) {
                result += entry.rules
            }
            if !cascade { break }
        }
        return result
    }

    /// The rules for `locale`, compiled into one expression each: `(?:before)(?=after)`.
    ///
    /// - Throws: `SRXRuleSet.Error.invalidExpression`.
    func compiledRules(for locale: LocaleTag) throws -> [CompiledRule] {
        try rules(for: locale).map { rule in
            let before = rule.beforeBreak.isEmpty ? "" : "(?:\(rule.beforeBreak))"
            let after = rule.afterBreak.isEmpty ? "" : "(?=\(rule.afterBreak))"
            do {
                let regex = try ICURegex(before + after, timeLimit: Self.ruleTimeLimit)
                return CompiledRule(
                    isBreak: rule.isBreak, regex: regex, beforeIsEmpty: rule.beforeBreak.isEmpty,
                    location: rule.location)
            } catch let error as ICURegex.CompileError {
                throw Error.invalidExpression(before + after, reason: error.name, at: rule.location)
            }
        }
    }

    /// Applies compiled rules to the boundaries that ICU and the built-in
    /// rules found: the first rule matching at a position decides there.
    ///
    /// Positions are normalised to the start of what follows (after white
    /// space), the convention of the segmenter's boundaries.
    ///
    /// - Throws: `Error.ruleTooComplex` when a rule's search runs over `ruleTimeLimit`.
    static func apply(
        _ rules: [CompiledRule],
        to text: UnsafeBufferPointer<UInt16>,
        boundaries: [Int],
        isSpace: (UInt16) -> Bool
    ) throws(Error) -> [Int] {
        var decided: [Int: Bool] = [:]
        for rule in rules {
            rule.regex.setText(text)
            var start = 0
            while start <= text.count {
                let found: Range<Int>?
                do {
                    found = try rule.regex.find(from: start)
                } catch {
                    throw error == .tooComplex
                        ? .ruleTooComplex(rule.regex.pattern, at: rule.location)
                        : .invalidExpression(rule.regex.pattern, reason: "ICU failed to search", at: rule.location)
                }
                guard let match = found else { break }
                let position = match.upperBound
                if position > 0, position < text.count, decided[position] == nil {
                    decided[position] = rule.isBreak
                }
                start = match.isEmpty || rule.beforeIsEmpty ? match.upperBound + 1 : match.lowerBound + 1
            }
        }
        var result = Set(boundaries)
        for position in decided.keys.sorted() {
            var p = position
            while p < text.count, isSpace(text[p]) { p += 1 }
            guard p < text.count else { continue }
            if decided[position] == true { result.insert(p) } else { result.remove(p) }
        }
        return result.sorted()
    }
}
