import CICU

/// An ICU call failed for a reason that is not the user's input (missing
/// data, memory). Errors the user can fix are reported as `LocatedError`s.
public struct ICUError: Error, CustomStringConvertible, Equatable {
    /// The ICU status code.
    var status: Int32
    /// What was being done.
    var operation: String

    /// ICU's own name for the status, e.g. `U_MISSING_RESOURCE_ERROR`.
    var name: String { String(cString: passeur_error_name(status)) }

    /// What failed, with ICU's name for the status.
    public var description: String { "ICU \(operation) failed: \(name)" }
}
