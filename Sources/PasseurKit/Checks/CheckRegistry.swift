/// Every check Passeur runs, in the order reports list them.
public enum CheckRegistry {
    /// The unit checks.
    public static let all: [any UnitCheck.Type] = [
        GlossaryMissingCheck.self,
        GlossaryForbiddenCheck.self,
        GlossaryDNTCheck.self,
    ]

    /// The checks whose id starts with `glossary-`.
    public static var glossaryChecks: [any UnitCheck.Type] { all.filter { $0.id.hasPrefix("glossary-") } }
}
