import Foundation
import PasseurKit
import Testing

/// Test fixtures under `Tests/Fixtures`, golden files, temporary folders.
public enum Fixtures {
    /// The repository's root folder.
    public static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `Tests/Fixtures`.
    public static let root = repositoryRoot.appendingPathComponent("Tests/Fixtures")

    /// The path of a fixture, e.g. `path("po/edge-cases.po")`.
    public static func path(_ relative: String) -> String {
        root.appendingPathComponent(relative).path
    }

    /// The article, `Locales/fr/le-service-client-bitcoin.md`.
    public static var articlePath: String {
        repositoryRoot.appendingPathComponent("Locales/fr/le-service-client-bitcoin.md").path
    }

    /// The fixture files in a folder with one of the extensions, sorted by name.
    public static func files(in folder: String, extensions: [String]) -> [String] {
        let directory = root.appendingPathComponent(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { name in extensions.contains { name.hasSuffix(".\($0)") } }.sorted()
            .map { "\(folder)/\($0)" }
    }

    /// The article's four catalogs, as paths relative to `Tests/Fixtures` for `bytes(_:)`.
    public static let projectCatalogs = ["en", "es", "de", "pt-BR"].map {
        "../../Locales/\($0)/le-service-client-bitcoin.po"
    }

    /// The bytes of a fixture.
    public static func bytes(_ relative: String) throws -> [UInt8] {
        try TextFile.readBytes(path(relative))
    }

    /// Compares `actual` with `golden/<name>`; `PASSEUR_RECORD=1` rewrites the file and fails the test.
    public static func expectGolden(
        _ actual: String, _ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        let file = path("golden/\(name)")
        if ProcessInfo.processInfo.environment["PASSEUR_RECORD"] != nil {
            try? TextFile.writeAtomically(actual, to: file)
            Issue.record(
                "recorded golden file \(name); run again without PASSEUR_RECORD", sourceLocation: sourceLocation)
            return
        }
        let expected = (try? TextFile.read(file)) ?? ""
        #expect(
            actual == expected, "output differs from golden/\(name) (PASSEUR_RECORD=1 rewrites it)",
            sourceLocation: sourceLocation)
    }

    /// A new empty temporary folder, inside the test process's own folder (`temporaryRoot`),
    /// which is removed when the process exits, unless `PASSEUR_KEEP_TEST_FOLDERS` is set (to
    /// look at what a failing test wrote).
    public static func temporaryFolder() throws -> String {
        let url = URL(fileURLWithPath: temporaryRoot).appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    /// The folder of this test process's temporary folders, made on first use.
    static let temporaryRoot: String = {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("passeur-tests-\(UUID().uuidString)")
        if ProcessInfo.processInfo.environment["PASSEUR_KEEP_TEST_FOLDERS"] == nil {
            atexit {
                do { try FileManager.default.removeItem(atPath: Fixtures.temporaryRoot) } catch {
                    FileHandle.standardError.write(
                        Data("test folders left in \(Fixtures.temporaryRoot): \(error)\n".utf8))
                }
            }
        }
        return root.path
    }()

    /// The French locale tag.
    public static let french: LocaleTag = {
        do { return try LocaleTag("fr", at: PasseurKit.SourceLocation(file: "test", line: 1, column: 1)) } catch {
            fatalError("fr is a valid locale")
        }
    }()

    /// A locale tag known to be valid.
    public static func locale(_ tag: String) -> LocaleTag {
        do { return try LocaleTag(tag, at: PasseurKit.SourceLocation(file: "test", line: 1, column: 1)) } catch {
            fatalError("\(tag) is not a valid locale: \(error)")
        }
    }

    /// Whether an executable is on the PATH (for tests that use gettext or xmllint).
    public static func hasTool(_ name: String) -> Bool { Tool.isInstalled(name) }

    /// The built `passeur` executable, beside the test bundle.
    public static var passeurExecutable: String {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent(
            "passeur")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside.path }
        return repositoryRoot.appendingPathComponent(".build/debug/passeur").path
    }

    /// Runs `passeur` with `arguments` in `folder`.
    @discardableResult
    public static func passeur(_ arguments: [String], in folder: String? = nil) throws -> (
        status: Int32, stdout: String, stderr: String
    ) {
        try run(passeurExecutable, arguments, in: folder)
    }

    /// A temporary copy of this repository's project: `passeur.yaml`, the French article and the term base.
    public static func projectCopy() throws -> String {
        let folder = try temporaryFolder()
        for file in ["passeur.yaml", "Locales/fr/le-service-client-bitcoin.md", "Glossary/bitcoin.yaml"] {
            try TextFile.writeAtomically(
                try TextFile.readBytes(repositoryRoot.appendingPathComponent(file).path), to: folder + "/" + file)
        }
        return folder
    }

    /// Fills the article's catalog of `locale` in a project copy: each source found in
    /// `translations` gets that target, state translated.
    public static func translate(_ folder: String, locale: String = "en", _ translations: [String: String]) throws {
        let path = folder + "/Locales/\(locale)/le-service-client-bitcoin.po"
        var catalog = try Catalog.read(path: path)
        for i in catalog.units.indices {
            if let target = translations[catalog.units[i].source] {
                catalog.units[i].target = target
                catalog.units[i].state = .translated
            }
        }
        try catalog.write(to: path)
    }

    /// Runs a program and returns its exit status, standard output and standard error.
    ///
    /// Both pipes are read at once, each on its own thread: a child that fills one pipe while
    /// the other is not being read would otherwise wait for ever, and so would the test.
    @discardableResult
    public static func run(_ executable: String, _ arguments: [String], in folder: String? = nil) throws -> (
        status: Int32, stdout: String, stderr: String
    ) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = URL(fileURLWithPath: folder) }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outReader = PipeReader(out.fileHandleForReading)
        let errReader = PipeReader(err.fileHandleForReading)
        let outData = outReader.data()
        let errData = errReader.data()
        process.waitUntilExit()
        return (
            process.terminationStatus, String(decoding: outData, as: UTF8.self),
            String(decoding: errData, as: UTF8.self)
        )
    }

    /// Runs a tool found on the PATH; a missing tool fails the test with what to install.
    ///
    /// CI installs every tool the tests use (`.ci/install`), so a missing one is a broken
    /// machine, never a reason to skip.
    @discardableResult
    public static func runTool(
        _ name: String, _ arguments: [String], in folder: String? = nil,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws -> (status: Int32, stdout: String, stderr: String) {
        try Tool.require(name, sourceLocation: sourceLocation)
        return try run("/usr/bin/env", [name] + arguments, in: folder)
    }
}

/// The external programs some tests run (msgfmt, xmllint, java for epubcheck, chromium,
/// Translate Toolkit's po2xliff…), all installed by `.ci/install`.
public enum Tool {
    /// Whether an executable named `name` is on the PATH.
    public static func isInstalled(_ name: String) -> Bool {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        return paths.contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(name)") }
    }

    /// Fails the test, saying what to install, when `name` is not on the PATH.
    public static func require(_ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        try #require(
            isInstalled(name), "\(name) is not on the PATH: install it (see .ci/install)",
            sourceLocation: sourceLocation)
    }
}

/// Reads a pipe to its end on a thread of its own.
private final class PipeReader: @unchecked Sendable {
    private let finished = DispatchSemaphore(value: 0)
    private var bytes = Data()

    /// Starts reading `handle`.
    init(_ handle: FileHandle) {
        let thread = Thread { [self] in
            bytes = handle.readDataToEndOfFile()
            finished.signal()
        }
        thread.start()
    }

    /// Everything the pipe held, once the writer has closed it.
    func data() -> Data {
        finished.wait()
        return bytes
    }
}
