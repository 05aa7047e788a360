import Foundation
import PasseurKit

#if PASSEUR_FUZZING
    /// The target every input goes through, from `PASSEUR_FUZZ_TARGET`.
    private let selectedTarget: FuzzTarget = {
        let name = ProcessInfo.processInfo.environment["PASSEUR_FUZZ_TARGET"] ?? ""
        guard let target = FuzzTarget(rawValue: name) else {
            let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: " ")
            fatalError("set PASSEUR_FUZZ_TARGET to one of: \(names) (got \"\(name)\")")
        }
        return target
    }()

    /// libFuzzer's entry point: runs one input and stops the process on a contract violation,
    /// so that libFuzzer saves the input.
    @_cdecl("LLVMFuzzerTestOneInput")
    public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
        let bytes = Array(UnsafeBufferPointer(start: data, count: size))
        if case .violation(let violation) = selectedTarget.outcome(for: bytes) {
            fatalError("\(selectedTarget.rawValue): \(violation)")
        }
        return 0
    }

    /// libFuzzer's driver (`int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*)(const uint8_t *, size_t))`),
    /// from `libclang_rt.fuzzer`.
    @_silgen_name("LLVMFuzzerRunDriver")
    private func runFuzzerDriver(
        _ argc: UnsafeMutablePointer<CInt>,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
        _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
    ) -> CInt

    /// The fuzzer's `main`. SwiftPM links an executable with `main` aliased to the module's entry
    /// point (`--defsym main=passeur_fuzz_main`), so libFuzzer's own `main` never links in: this
    /// entry point hands the command line to libFuzzer's driver instead.
    @main
    enum FuzzerMain {
        static func main() {
            var argc = CommandLine.argc
            var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
            let status = runFuzzerDriver(&argc, &argv) { data, size in
                guard let data else { return 0 }
                return fuzz(data, size)
            }
            exit(status)
        }
    }
#else
    /// Replays saved inputs through a fuzz target: `passeur-fuzz TARGET FILE|DIR…`.
    ///
    /// Exits 1 when an input breaks the contract (an error that is not located, or not on one
    /// line, or an input that takes more than `slowSeconds`), 2 on bad usage.
    @main
    enum Replay {
        /// An input that takes longer than this is reported as a hang.
        static let slowSeconds = 10.0

        static func main() {
            let arguments = Array(CommandLine.arguments.dropFirst())
            let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: "|")
            guard let name = arguments.first, let target = FuzzTarget(rawValue: name), arguments.count >= 2 else {
                FileHandle.standardError.write(Data("usage: passeur-fuzz \(names) FILE|DIR…\n".utf8))
                exit(2)
            }
            var files: [String] = []
            for path in arguments.dropFirst() {
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                    FileHandle.standardError.write(Data("passeur-fuzz: \(path): no such file or directory\n".utf8))
                    exit(2)
                }
                if isDirectory.boolValue {
                    let entries = FileManager.default.enumerator(atPath: path)?.compactMap { $0 as? String } ?? []
                    for entry in entries.sorted() {
                        let full = (path as NSString).appendingPathComponent(entry)
                        var entryIsDirectory: ObjCBool = false
                        if FileManager.default.fileExists(atPath: full, isDirectory: &entryIsDirectory),
                            !entryIsDirectory.boolValue
                        {
                            files.append(full)
                        }
                    }
                } else {
                    files.append(path)
                }
            }
            var failures = 0
            for file in files {
                guard let data = FileManager.default.contents(atPath: file) else {
                    FileHandle.standardError.write(Data("passeur-fuzz: \(file): cannot read\n".utf8))
                    exit(2)
                }
                let start = Date()
                let outcome = target.outcome(for: Array(data))
                let seconds = Date().timeIntervalSince(start)
                let time = String(format: "%.2f s", seconds)
                switch outcome {
                case .violation(let violation):
                    failures += 1
                    print("FAIL \(file) (\(time)): \(violation)")
                case _ where seconds > slowSeconds:
                    failures += 1
                    print("FAIL \(file): took \(time) (over \(slowSeconds) s)")
                case .accepted:
                    print("ok   \(file) (\(time)): accepted")
                case .refused(let description):
                    print("ok   \(file) (\(time)): \(description)")
                }
            }
            print("\(name): \(files.count) inputs, \(failures) failing")
            exit(failures == 0 ? 0 : 1)
        }
    }
#endif
