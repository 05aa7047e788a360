import CICU

/// A compiled ICU regular expression (`uregex`), whose syntax is Java's, as SRX files use.
///
/// Not thread-safe: it holds the text being searched.
final class ICURegex {
    /// Why a pattern did not compile: ICU's status name and where in the pattern.
    struct CompileError: Error, Equatable {
        /// ICU's name for the error, e.g. `U_REGEX_MISSING_CLOSE_BRACKET`.
        var name: String
        /// 1-based line within the pattern (patterns are usually one line).
        var line: Int
        /// 0-based offset within that line, as ICU reports it.
        var offset: Int
    }

    /// Why a search gave up before it knew whether the pattern matches.
    enum MatchError: Error, Equatable {
        /// The search ran over the time limit or out of backtracking stack: the pattern
        /// backtracks too much on this text (`(a+)+$`).
        case tooComplex
        /// ICU failed for another reason.
        case failed
    }

    /// Options, as ICU's `URegexpFlag`.
    struct Options: OptionSet, Sendable {
        /// The `URegexpFlag` bits.
        let rawValue: UInt32
        /// Case-insensitive matching.
        static let caseInsensitive = Options(rawValue: UInt32(PASSEUR_REGEX_CASE_INSENSITIVE))
    }

    private let handle: OpaquePointer
    /// The pattern as written.
    let pattern: String

    /// Compiles `pattern`.
    ///
    /// - Parameters:
    ///   - pattern: the expression, in ICU's (Java's) syntax.
    ///   - options: matching options.
    ///   - timeLimit: the most work one search may do, in steps of ICU's match engine
    ///     (`uregex_setTimeLimit`, about a millisecond each); 0 for no limit. A search over
    ///     the limit throws `MatchError.tooComplex`.
    /// - Throws: `CompileError`.
    init(_ pattern: String, options: Options = [], timeLimit: Int32 = 0) throws {
        self.pattern = pattern
        let units = pattern.utf16CodeUnits
        var status: Int32 = 0
        var line: Int32 = 0
        var offset: Int32 = 0
        let h = units.withUnsafeBufferPointer {
            passeur_regex_open($0.baseAddress, Int32($0.count), options.rawValue, &status, &line, &offset)
        }
        guard let h else {
            throw CompileError(name: String(cString: passeur_error_name(status)), line: Int(line), offset: Int(offset))
        }
        handle = h
        if timeLimit > 0 { passeur_regex_set_time_limit(h, timeLimit) }
    }

    deinit { passeur_regex_close(handle) }

    /// Sets the text that `find(from:)` searches.
    func setText(_ text: UnsafeBufferPointer<UInt16>) {
        _ = passeur_regex_set_text(handle, text.baseAddress, Int32(text.count))
    }

    /// The first match at or after UTF-16 offset `start` in the text set last.
    ///
    /// - Throws: `MatchError.tooComplex` when the search runs over the time limit.
    func find(from start: Int) throws(MatchError) -> Range<Int>? {
        var s: Int32 = 0
        var e: Int32 = 0
        switch passeur_regex_find(handle, Int32(start), &s, &e) {
        case Int32(PASSEUR_REGEX_FOUND): return Int(s)..<Int(e)
        case Int32(PASSEUR_REGEX_NOT_FOUND): return nil
        case Int32(PASSEUR_REGEX_TOO_COMPLEX): throw .tooComplex
        default: throw .failed
        }
    }

    /// Whether the pattern matches the whole of `text`.
    func matches(_ text: String) -> Bool {
        let units = text.utf16CodeUnits
        return units.withUnsafeBufferPointer { passeur_regex_matches(handle, $0.baseAddress, Int32($0.count)) == 1 }
    }
}
