extension SRXRuleSet {
    /// Why an SRX file was refused.
    public enum Error: LocatedError, Equatable {
        /// The XML is not well formed.
        case malformedXML(String, at: SourceLocation)
        /// The root element is not `<srx>`.
        case notSRX(root: String, at: SourceLocation)
        /// A language map names a rule set that does not exist.
        case unknownLanguageRule(String, at: SourceLocation)
        /// A regular expression does not compile.
        case invalidExpression(String, reason: String, at: SourceLocation)
        /// The file declares a DOCTYPE or entities, which Passeur never expands.
        case doctypeNotAllowed(at: SourceLocation)
        /// A rule backtracked past `SRXRuleSet.ruleTimeLimit` on the text being segmented.
        case ruleTooComplex(String, at: SourceLocation)

        /// Where the problem is.
        public var location: SourceLocation {
            switch self {
            case .malformedXML(_, let at), .notSRX(_, let at), .unknownLanguageRule(_, let at),
                .invalidExpression(_, _, let at), .doctypeNotAllowed(let at), .ruleTooComplex(_, let at):
                return at
            }
        }

        /// What is wrong, in one line.
        public var message: String {
            switch self {
            case .malformedXML(let reason, _): return reason
            case .notSRX(let root, _): return "root element is <\(root.quotedForMessage())>, not <srx>"
            case .unknownLanguageRule(let name, _):
                return "language map refers to unknown languagerule '\(name.quotedForMessage())'"
            case .invalidExpression(let pattern, let reason, _):
                return "invalid regular expression \(pattern.quotedForMessage(limit: 120)): \(reason)"
            case .doctypeNotAllowed: return "DOCTYPE and entity declarations are not allowed"
            case .ruleTooComplex(let pattern, _):
                return "rule \(pattern.quotedForMessage(limit: 120)) backtracks too much (over ICU's time limit)"
            }
        }

        /// What the user can do about it.
        public var hint: String {
            switch self {
            case .malformedXML, .notSRX: return "give an SRX 2.0 file (http://www.lisa.org/srx20)"
            case .unknownLanguageRule: return "add the <languagerule> or fix the languagerulename"
            case .invalidExpression: return "fix the expression (ICU/Java regular expression syntax)"
            case .doctypeNotAllowed: return "remove the DOCTYPE from the file"
            case .ruleTooComplex:
                return "simplify the rule: no nested repetition such as (a+)+, and anchor it near the break"
            }
        }
    }
}
