import Foundation

/// Whether standard output is a terminal that wants colours (see https://no-color.org).
enum Terminal {
    static var wantsColour: Bool {
        isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
            && ProcessInfo.processInfo.environment["TERM"] != "dumb"
    }
}
