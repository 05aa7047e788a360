import Foundation
import PasseurKit

/// `passeur-bench files --catalog FILE.po`: what a user runs, whole processes from start to exit.
///
/// `passeur check FILE --format json` (the release binary beside this one) next to Translate
/// Toolkit's `pofilter FILE -o OUT` on the same real catalog, each the best of `runs`, with peak
/// memory; then `passeur check` on the same catalog made `--scale` times larger (every unit
/// copied with a number added to its source and translation), for growth.
extension Benchmark {
    /// A whole process's wall-clock time, processor time (user and system) and peak resident memory.
    struct ProcessCost {
        var seconds: Double
        var cpuSeconds: Double
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
        let folder = NSTemporaryDirectory() + "passeur-bench-files-\(ProcessInfo.processInfo.processIdentifier)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer {
            do { try FileManager.default.removeItem(atPath: folder) } catch {
                print("cannot remove \(folder): \(error)")
            }
        }
        let errors = folder + "/stderr.txt"
        let ours = try bestRun(of: runs, passeur, ["check", catalog, "--format", "json"], errors: errors)
        print(
            String(
                format: "  passeur check --format json: %7.2f s  cpu %7.2f s  peak %6.0f MB  (exit %d)", ours.seconds,
                ours.cpuSeconds, ours.peakMB, ours.status))
        try expectRan(ours, errors: errors)
        if let pofilter = which("pofilter") {
            let theirs = try bestRun(
                of: runs, pofilter, ["--progress=none", catalog, "-o", folder + "/out.po"], errors: errors)
            print(
                String(
                    format: "  pofilter -o out.po:          %7.2f s  cpu %7.2f s  peak %6.0f MB", theirs.seconds,
                    theirs.cpuSeconds, theirs.peakMB))
            try expectRan(theirs, errors: errors)
            print(String(format: "  passeur / pofilter speed: %.1f×", theirs.seconds / ours.seconds))
        }
        guard scale > 1 else { return }
        // The copies' units are not the catalog's: each text is longer by ` (copy N)`, an English
        // word and a number that the checks read. The same catalog with every unit so marked
        // costs what a tenth of the larger one should: growth measured like for like. Timed
        // before the larger catalog is built: a child spawned from this process reports this
        // process's peak memory when it is the larger (the kernel keeps it across `exec`).
        let control = folder + "/control-" + (catalog as NSString).lastPathComponent
        try marked(catalog, copy: 1).write(to: control)
        let like = try bestRun(of: runs, passeur, ["check", control, "--format", "json"], errors: errors)
        try expectRan(like, errors: errors)
        // PASSEUR_BENCH_KEEP names a folder where the larger catalog stays, for profiling.
        let kept = ProcessInfo.processInfo.environment["PASSEUR_BENCH_KEEP"]
        let larger = (kept ?? folder) + "/" + (catalog as NSString).lastPathComponent
        try scaled(catalog, by: scale).write(to: larger)
        let big = try bestRun(of: 1, passeur, ["check", larger, "--format", "json"], errors: errors)
        print(
            String(
                format:
                    "  passeur check, %d× the units: %7.2f s  cpu %7.2f s  peak %6.0f MB  (%.1f× the time for %d× the units)",
                scale, big.seconds, big.cpuSeconds, big.peakMB, big.seconds / ours.seconds, scale))
        try expectRan(big, errors: errors)
        print(
            String(
                format:
                    "  passeur check, every unit marked (copy 1): %7.2f s  cpu %7.2f s  peak %6.0f MB  (%d× the units: %.1f× the time, %.1f× the cpu)",
                like.seconds, like.cpuSeconds, like.peakMB, scale, big.seconds / like.seconds,
                big.cpuSeconds / like.cpuSeconds))
    }

    /// The catalog at `path` with every unit's source and translation ending with `(copy N)`,
    /// as the copies of `scaled` do.
    static func marked(_ path: String, copy: Int) throws -> Catalog {
        var catalog = try Catalog.read(path: path)
        for i in catalog.units.indices {
            catalog.units[i].source += " (copy \(copy))"
            catalog.units[i].targets = catalog.units[i].targets.map { $0.isEmpty ? $0 : $0 + " (copy \(copy))" }
        }
        return catalog
    }

    /// Stops the benchmark with the first line of the run's error output when it did not check
    /// (exit status 2 or more: findings give 1), so that a failed run is never read as a fast one.
    static func expectRan(_ cost: ProcessCost, errors: String) throws {
        guard cost.status >= 2 else { return }
        let output = try String(contentsOfFile: errors, encoding: .utf8)
        let line = output.split(separator: "\n").first.map(String.init) ?? "no error output"
        print("  the run failed (exit \(cost.status)): \(line)")
        exit(2)
    }

    /// The catalog at `path` with every unit copied `factor` times, each copy's source and
    /// translation ending with `(copy N)`, so that every source stays distinct (a bare number
    /// would make `Type` + ` 1` collide with a real `Type 1`).
    static func scaled(_ path: String, by factor: Int) throws -> Catalog {
        var catalog = try Catalog.read(path: path)
        let units = catalog.units
        catalog.units = []
        catalog.units.reserveCapacity(units.count * factor)
        for copy in 0..<factor {
            for var unit in units {
                if copy > 0 {
                    unit.source += " (copy \(copy))"
                    unit.targets = unit.targets.map { $0.isEmpty ? $0 : $0 + " (copy \(copy))" }
                }
                catalog.units.append(unit)
            }
        }
        return catalog
    }

    /// The best of `runs` runs of `executable` with `arguments`, its output discarded.
    static func bestRun(of runs: Int, _ executable: String, _ arguments: [String], errors: String) throws
        -> ProcessCost
    {
        var best = ProcessCost(seconds: .infinity, cpuSeconds: 0, peakMB: 0, status: 0)
        for _ in 0..<max(1, runs) {
            let cost = try run(executable, arguments, errors: errors)
            if cost.seconds < best.seconds { best = cost }
        }
        return best
    }

    /// One run of `executable`, timed from spawn to exit, with its processor time and peak memory
    /// from `wait4`; its output is discarded and its error output written to `errors`.
    static func run(_ executable: String, _ arguments: [String], errors: String) throws -> ProcessCost {
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, errors, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
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
        let cpu = { (time: timeval) in Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        return ProcessCost(
            seconds: seconds, cpuSeconds: cpu(usage.ru_utime) + cpu(usage.ru_stime),
            peakMB: Double(usage.ru_maxrss) / 1024, status: (status >> 8) & 0xFF)
    }
}
