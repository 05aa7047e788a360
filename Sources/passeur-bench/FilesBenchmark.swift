import Foundation
import PasseurKit

/// `passeur-bench files --catalog FILE.po`: what a user runs, whole processes from start to exit.
///
/// `passeur check FILE --format json` (the release binary beside this one) next to Translate
/// Toolkit's `pofilter FILE -o OUT` on the same real catalog, each the best of `runs`, with peak
/// memory; then `passeur check` on the same catalog made `--scale` times larger (every unit
/// copied with a number added to its source and translation), for growth.
extension Benchmark {
    /// A whole process's wall-clock time and peak resident memory.
    struct ProcessCost {
        var seconds: Double
        var peakMB: Double
        var status: Int32
    }

    static func files(catalog: String, scale: Int, runs: Int) throws {
        let passeur = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("passeur").path
        guard FileManager.default.isExecutableFile(atPath: passeur) else {
            print("files: no passeur binary at \(passeur); run swift build -c release first")
            return
        }
        let units = try Catalog.read(path: catalog).units.count
        print("files: \(catalog), \(units) units; whole processes, best of \(max(1, runs))")
        let ours = try bestRun(of: runs, passeur, ["check", catalog, "--format", "json"])
        print(
            String(
                format: "  passeur check --format json: %7.2f s  peak %6.0f MB  (exit %d)", ours.seconds, ours.peakMB,
                ours.status))
        let folder = NSTemporaryDirectory() + "passeur-bench-files-\(ProcessInfo.processInfo.processIdentifier)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer {
            do { try FileManager.default.removeItem(atPath: folder) } catch {
                print("cannot remove \(folder): \(error)")
            }
        }
        if let pofilter = which("pofilter") {
            let theirs = try bestRun(of: runs, pofilter, ["--progress=none", catalog, "-o", folder + "/out.po"])
            print(
                String(format: "  pofilter -o out.po:          %7.2f s  peak %6.0f MB", theirs.seconds, theirs.peakMB))
            print(String(format: "  passeur / pofilter speed: %.1f×", theirs.seconds / ours.seconds))
        }
        guard scale > 1 else { return }
        let larger = folder + "/" + (catalog as NSString).lastPathComponent
        try scaled(catalog, by: scale).write(to: larger)
        let big = try bestRun(of: 1, passeur, ["check", larger, "--format", "json"])
        print(
            String(
                format: "  passeur check, %d× the units: %7.2f s  peak %6.0f MB  (%.1f× the time for %d× the units)",
                scale, big.seconds, big.peakMB, big.seconds / ours.seconds, scale))
    }

    /// The catalog at `path` with every unit copied `factor` times, each copy's source and
    /// translation ending with its number, so that every source stays distinct.
    static func scaled(_ path: String, by factor: Int) throws -> Catalog {
        var catalog = try Catalog.read(path: path)
        let units = catalog.units
        catalog.units = []
        catalog.units.reserveCapacity(units.count * factor)
        for copy in 0..<factor {
            for var unit in units {
                if copy > 0 {
                    unit.source += " \(copy)"
                    unit.targets = unit.targets.map { $0.isEmpty ? $0 : $0 + " \(copy)" }
                }
                catalog.units.append(unit)
            }
        }
        return catalog
    }

    /// The best of `runs` runs of `executable` with `arguments`, its output discarded.
    static func bestRun(of runs: Int, _ executable: String, _ arguments: [String]) throws -> ProcessCost {
        var best = ProcessCost(seconds: .infinity, peakMB: 0, status: 0)
        for _ in 0..<max(1, runs) {
            let cost = try run(executable, arguments)
            if cost.seconds < best.seconds { best = cost }
        }
        return best
    }

    /// One run of `executable`, timed from spawn to exit, with its peak memory from `wait4`.
    static func run(_ executable: String, _ arguments: [String]) throws -> ProcessCost {
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for argument in argv { free(argument) } }
        var pid: pid_t = 0
        let start = DispatchTime.now().uptimeNanoseconds
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
        guard spawned == 0 else {
            throw FileError.unreadable(path: executable, reason: "cannot start it (error \(spawned))")
        }
        var status: Int32 = 0
        var usage = rusage()
        wait4(pid, &status, 0, &usage)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return ProcessCost(seconds: seconds, peakMB: Double(usage.ru_maxrss) / 1024, status: (status >> 8) & 0xFF)
    }
}
