import PasseurKit
import Testing

@testable import passeur

/// What each kind of error becomes: the line on standard error and the exit code.
@Suite struct ErrorRendererTests {
    struct Located: LocatedError {
        var location = PasseurKit.SourceLocation(file: "a.po", line: 3, column: 7)
        var message = "unterminated string"
        var hint = "close the string with \""
    }

    struct Unexpected: Error, CustomStringConvertible {
        var description: String { "first line\nsecond line" }
    }

    @Test func aLocatedErrorIsItsLocationMessageAndHint() {
        #expect(
            ErrorRenderer.outcome(for: Located(), root: Passeur.self)
                == .line("a.po:3:7: error: unterminated string; close the string with \"", exitCode: 2))
    }

    @Test func aCommandFailureIsItsMessageAndCode() {
        let failure = CommandFailure(message: "no concept has the id or term 'x'", exitCode: .init(1))
        #expect(
            ErrorRenderer.outcome(for: failure, root: Passeur.self)
                == .line("no concept has the id or term 'x'", exitCode: 1))
    }

    @Test func anyOtherErrorIsOneLineAndExitsWithTwo() {
        #expect(
            ErrorRenderer.outcome(for: Unexpected(), root: Passeur.self)
                == .line("error: first line second line", exitCode: 2))
    }

    @Test func usageErrorsSayToSeeHelp() {
        do {
            _ = try Passeur.parseAsRoot(["segment", "--frobnicate"])
            Issue.record("an unknown option was accepted")
        } catch {
            guard case .line(let line, let code) = ErrorRenderer.outcome(for: error, root: Passeur.self) else {
                Issue.record("a usage error was left to the parser: \(error)")
                return
            }
            #expect(line.hasPrefix("error: ") && line.hasSuffix(" (see --help)"), "\(line)")
            #expect(code == 2)
        }
    }

    @Test func helpAndVersionAreLeftToTheParser() throws {
        // `--help` parses as the parser's help command, whose run asks for a clean exit.
        var help = try Passeur.parseAsRoot(["--help"])
        let clean = #expect(throws: (any Error).self) { try help.run() }
        #expect(clean.map { ErrorRenderer.outcome(for: $0, root: Passeur.self) } == .parser)
        let version = #expect(throws: (any Error).self) { try Passeur.parseAsRoot(["--version"]) }
        #expect(version.map { ErrorRenderer.outcome(for: $0, root: Passeur.self) } == .parser)
    }
}
