import CICU
import Foundation
import PasseurKit

/// Throughput of Passeur's hot paths, each against its reference in the same run.
///
/// Usage: `swift run -c release passeur-bench [segmentation|glossary|all] [--size-mb 20] [--runs 5] [--source FILE]`
///
/// - segmentation: ICU's sentence iterator alone against Passeur's full segmenter;
/// - glossary: term matching with the project's term base against a synthetic
///   50,000-term base built from the corpus's own words (so the trie is walked deep);
/// - checks: every check (the glossary's included) over catalogs of `--units` units in each of
///   four locales, and a quarter of that, with peak memory; Translate Toolkit's `pofilter` on
///   `--pofilter-units` units of the same catalog, when it is installed (at the quarter size, both
///   take the best of three runs, or of `--runs` if fewer); with
///   `PASSEUR_BENCH_PER_CHECK=1`, each check alone as well (its cost over reading the catalogs);
/// - files: whole processes on a real catalog (`--catalog FILE.po`), `passeur check` next to
///   `pofilter`, and `passeur check` on the catalog made `--scale` times larger (see FilesBenchmark);
/// - exchange: export and import of a 100,000-unit catalog (XLIFF 2.1, end to end in a
///   temporary project) and translation-memory look-ups in a 100,000-unit memory,
///   against a linear scan of the same memory.
///
/// The corpus is the article's paragraphs, each sentence order rotated and
/// numbered per copy, repeated until it reaches the size asked for. Every
/// contender gets the same paragraphs; the best of `runs` is reported.
@main
struct Benchmark {
    static func main() throws {
        var sizeMB = 20.0
        var runs = 5
        var source = "Locales/fr/le-service-client-bitcoin.md"
        var glossaryPath = "Glossary/bitcoin.yaml"
        var which = "all"
        var units = 1_000_000
        var pofilterUnits = 20_000
        var catalog: String?
        var scale = 10
        var arguments = CommandLine.arguments.dropFirst().makeIterator()
        while let argument = arguments.next() {
            switch argument {
            case "segmentation", "glossary", "exchange", "checks", "files", "all": which = argument
            case "--catalog": catalog = arguments.next()
            case "--scale": scale = Int(arguments.next() ?? "") ?? scale
            case "--units": units = Int(arguments.next() ?? "") ?? units
            case "--pofilter-units": pofilterUnits = Int(arguments.next() ?? "") ?? pofilterUnits
            case "--glossary": glossaryPath = arguments.next() ?? glossaryPath
            case "--size-mb": sizeMB = Double(arguments.next() ?? "") ?? sizeMB
            case "--runs": runs = Int(arguments.next() ?? "") ?? runs
            case "--source": source = arguments.next() ?? source
            default:
                FileHandle.standardError.write(
                    Data("usage: passeur-bench [--size-mb N] [--runs N] [--source FILE]\n".utf8))
                exit(2)
            }
        }
        if which == "files" {
            guard let catalog else {
                FileHandle.standardError.write(Data("usage: passeur-bench files --catalog FILE.po [--scale 10]\n".utf8))
                exit(2)
            }
            return try files(catalog: catalog, scale: scale, runs: min(runs, 3))
        }
        let corpus = try Corpus.make(from: source, bytes: Int(sizeMB * 1_000_000))
        let megabytes = Double(corpus.utf8Bytes) / 1_000_000
        print(String(format: "corpus: %.1f MB of French, %d paragraphs", megabytes, corpus.paragraphs.count))

        let locale = try LocaleTag("fr", at: SourceLocation(file: "bench", line: 1, column: 1))
        if which == "segmentation" || which == "all" {
            try segmentation(corpus, megabytes: megabytes, runs: runs, locale: locale)
        }
        if which == "glossary" || which == "all" {
            try glossary(corpus, megabytes: megabytes, runs: runs, locale: locale, path: glossaryPath)
        }
        if which == "exchange" || which == "all" { try exchange(corpus) }
        if which == "checks" || which == "all" {
            // The quarter size, where Passeur and pofilter are compared, takes the best of three runs
            // (the machine's noise is as wide as the margins); the full size shows growth in one run.
            try checks(corpus, units: units / 4, pofilterUnits: pofilterUnits, runs: min(runs, 3))
            try checks(corpus, units: units, pofilterUnits: 0, runs: 1)
        }
    }

    static func segmentation(_ corpus: Corpus, megabytes: Double, runs: Int, locale: LocaleTag) throws {
        let icu = try ICUBreakIterator(.sentence, locale: "fr")
        let segmenter = try SentenceSegmenter(locale: locale)
        var icuSentences = 0
        let icuTime = best(of: runs) {
            icuSentences = 0
            for paragraph in corpus.paragraphs { icuSentences += icu.boundaries(paragraph).count }
        }
        var passeurSentences = 0
        let passeurTime = best(of: runs) {
            passeurSentences = 0
            for paragraph in corpus.paragraphs { passeurSentences += segmenter.sentenceRanges(in: paragraph).count }
        }
        print("segmentation")
        print(
            String(
                format: "  ICU sentence iterator:   %7.3f s  %7.1f MB/s  %d sentences", icuTime, megabytes / icuTime,
                icuSentences))
        print(
            String(
                format: "  Passeur full segmenter:  %7.3f s  %7.1f MB/s  %d sentences", passeurTime,
                megabytes / passeurTime, passeurSentences))
        print(String(format: "  ratio Passeur / ICU:     %.2fx (target: at most 1.50x)", passeurTime / icuTime))
    }

    static func glossary(_ corpus: Corpus, megabytes: Double, runs: Int, locale: LocaleTag, path: String) throws {
        let real = try Glossary.read(path: path)
        let synthetic = Corpus.syntheticGlossary(terms: 50_000, from: corpus, locale: locale)
        let texts = corpus.paragraphs.map { String(decoding: $0, as: UTF16.self) }
        print("glossary matching")
        var times: [Double] = []
        for (name, glossary) in [("project term base", real), ("synthetic term base", synthetic)] {
            let terms = glossary.concepts.reduce(0) { $0 + $1.terms(for: locale).reduce(0) { $0 + $1.forms.count } }
            let matcher = try GlossaryMatcher(glossary: glossary, locale: locale)
            var found = 0
            let time = best(of: runs) {
                found = 0
                for text in texts { found += matcher.matches(in: text).count }
            }
            times.append(time)
            print(
                String(
                    format: "  %@ (%6d French forms): %7.3f s  %6.1f MB/s  %d matches", name, terms, time,
                    megabytes / time, found))
        }
        print(String(format: "  synthetic / project speed: %.2f (target: at least 0.50)", times[0] / times[1]))
    }

    static func exchange(_ corpus: Corpus) throws {
        // 100,000 distinct sentences: the article's sentences with two words swapped for
        // others of the corpus, so the memory is as varied as a real one.
        let segmenter = try SentenceSegmenter(
            locale: try LocaleTag("fr", at: SourceLocation(file: "bench", line: 1, column: 1)))
        let sentences = corpus.paragraphs.prefix(200).flatMap { paragraph in
            segmenter.sentenceRanges(in: paragraph).map { String(decoding: paragraph[$0], as: UTF16.self) }
        }
        let vocabulary = Array(Set(sentences.flatMap { $0.split(separator: " ").map(String.init) })).sorted()
        var state: UInt64 = 42
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        var sources: [String] = []
        var seen = Set<String>()
        while sources.count < 100_000 {
            var words = sentences[next(sentences.count)].split(separator: " ").map(String.init)
            for _ in 0..<2 { words[next(words.count)] = vocabulary[next(vocabulary.count)] }
            let text = words.joined(separator: " ")
            if seen.insert(text).inserted { sources.append(text) }
        }
        let units = sources.enumerated().map { i, source in
            TranslationUnit(source: source, targets: ["EN " + source], state: i % 10 == 0 ? .fuzzy : .translated)
        }
        let folder = NSTemporaryDirectory() + "passeur-bench-\(ProcessInfo.processInfo.processIdentifier)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try TextFile.writeAtomically(
            "source-locale: fr\ntarget-locales: [en]\ndocuments: [bench.md]\n", to: folder + "/passeur.yaml")
        let catalog = Catalog(header: [("Language", "en")], units: units)
        var time = measure { try? catalog.write(to: folder + "/Locales/en/bench.po") }
        print("exchange (100,000 units)")
        print(String(format: "  PO write:             %7.3f s", time))
        time = measure { _ = try? Catalog.read(path: folder + "/Locales/en/bench.po") }
        print(String(format: "  PO read:              %7.3f s", time))
        let project = try Project(root: folder)
        let en = try LocaleTag("en", at: SourceLocation(file: "bench", line: 1, column: 1))
        var xliff = ""
        time = measure { xliff = (try? project.export(locale: en, document: "bench.md", format: .xliff)) ?? "" }
        print(
            String(
                format: "  XLIFF 2.1 export:     %7.3f s  (%.1f MB, includes reading the PO)", time,
                Double(xliff.utf8.count) / 1e6))
        try TextFile.writeAtomically(xliff, to: folder + "/bench.xliff")
        var report: Project.ImportReport?
        time = measure {
            do { report = try project.importTranslations(path: folder + "/bench.xliff") } catch {
                print("  import failed: \(error)")
            }
        }
        print(String(format: "  XLIFF 2.1 import:     %7.3f s  (%d unchanged)", time, report?.count(.unchanged) ?? -1))

        let entries = units.map { TranslationMemory.Entry(source: $0.source, target: $0.target, origin: "bench") }
        var memory: TranslationMemory?
        time = measure { memory = TranslationMemory(entries: entries) }
        print(String(format: "  memory index build:   %7.3f s", time))
        guard let memory else { return }
        // Queries: memory sentences with one word dropped, so every one has a fuzzy match.
        let queries = stride(from: 0, to: entries.count, by: 100).map { i -> String in
            var words = entries[i].source.split(separator: " ")
            if words.count > 3 { words.remove(at: words.count / 2) }
            return words.joined(separator: " ")
        }
        var hits = 0
        time = measure { hits = queries.reduce(0) { $0 + (memory.search($1, minScore: 75, limit: 1).isEmpty ? 0 : 1) } }
        print(
            String(
                format: "  fuzzy look-ups:       %7.3f ms each, %.0f per second (%d of %d found)",
                time * 1000 / Double(queries.count), Double(queries.count) / time, hits, queries.count))
        // The peer: scoring every entry, as a memory without an index does.
        let sample = Array(queries.prefix(10))
        time = measure {
            for query in sample {
                _ = entries.map { TextSimilarity.ratio($0.source, query, minimum: 0.75) }.max()
            }
        }
        print(String(format: "  linear scan (peer):   %7.3f ms each", time * 1000 / Double(sample.count)))
    }

    static func checks(_ corpus: Corpus, units count: Int, pofilterUnits: Int, runs: Int) throws {
        let locales = ["en", "es", "de", "pt-BR"]
        let sentences = corpus.paragraphs.prefix(300).map { String(decoding: $0, as: UTF16.self) }
        let folder = NSTemporaryDirectory() + "passeur-bench-checks-\(ProcessInfo.processInfo.processIdentifier)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try TextFile.writeAtomically(
            "source-locale: fr\ntarget-locales: [\(locales.joined(separator: ", "))]\nglossary: glossary.yaml\ndocuments: [bench.md]\n",
            to: folder + "/passeur.yaml")
        try TextFile.writeAtomically(try TextFile.readBytes("Glossary/bitcoin.yaml"), to: folder + "/glossary.yaml")
        // Units: corpus paragraphs cut to a sentence or two, numbered, with a little markup;
        // one in 50 targets carries a planted error so findings are produced.
        for (l, locale) in locales.enumerated() {
            var units: [TranslationUnit] = []
            units.reserveCapacity(count)
            for i in 0..<count {
                let base = sentences[i % sentences.count]
                let cut = String(base.prefix(160))
                let source = "\(cut) *\(i)*."
                var target = "\(locale.uppercased()) \(cut) *\(i)*."
                if (i + l) % 50 == 0 { target = target.replacingOccurrences(of: "\(i)", with: "\(i + 1)") }
                units.append(TranslationUnit(source: source, targets: [target], state: .translated))
            }
            try Catalog(header: [("Language", locale)], units: units).write(to: folder + "/Locales/\(locale)/bench.po")
        }
        let project = try Project(root: folder)
        var findings: [Finding] = []
        let before = peakMemoryMB()
        let allButSpelling = CheckRegistry.all.filter { $0.id != SpellingCheck.id }
        var (time, cpu) = (Double.infinity, 0.0)
        for _ in 0..<max(1, runs) {
            // The previous run's findings go first, so that peak memory is that of one run.
            findings = []
            let cpuBefore = cpuSeconds()
            let run = measure {
                findings = (try? project.check(locales: project.config.targetLocales, checks: allButSpelling)) ?? []
            }
            if run < time { (time, cpu) = (run, cpuSeconds() - cpuBefore) }
        }
        let total = count * locales.count
        print(String(format: "checks (%d units × %d locales, best of %d)", count, locales.count, max(1, runs)))
        if ProcessInfo.processInfo.environment["PASSEUR_BENCH_PER_CHECK"] != nil {
            let none = measure { _ = try? project.check(locales: project.config.targetLocales, checks: []) }
            print(String(format: "  reading the catalogs and walking the units: %7.2f s", none))
            for check in allButSpelling {
                let alone = measure { _ = try? project.check(locales: project.config.targetLocales, checks: [check]) }
                print(String(format: "  %-26@ %7.2f s", check.id as NSString, alone - none))
            }
        }
        print(
            String(
                format:
                    "  all but spelling:  %7.2f s  %9.0f units/s  %d findings  peak memory %.0f MB (before: %.0f MB)  CPU %.2f s",
                time, Double(total) / time, findings.count, peakMemoryMB(), before, cpu))
        if pofilterUnits > 0 {
            // Spelling needs text in the target language: the French corpus checked as French (fr-CA).
            var french: [TranslationUnit] = []
            for i in 0..<count {
                let text = String(sentences[i % sentences.count].prefix(160))
                french.append(TranslationUnit(source: text, targets: [text + " \(i)."], state: .translated))
            }
            try Catalog(header: [("Language", "fr_CA")], units: french).write(to: folder + "/Locales/fr-CA/bench.po")
            let yaml = try TextFile.read(folder + "/passeur.yaml")
            try TextFile.writeAtomically(
                yaml.replacingOccurrences(of: "target-locales: [", with: "target-locales: [fr-CA, "),
                to: folder + "/passeur.yaml")
            let frenchProject = try Project(root: folder)
            let fr = try LocaleTag("fr-CA", at: SourceLocation(file: "bench", line: 1, column: 1))
            let spelling = measure {
                findings = (try? frenchProject.check(locales: [fr], checks: [SpellingCheck.self])) ?? []
            }
            print(
                String(
                    format: "  spelling (Hunspell fr_CA, %d French units):  %7.2f s  %9.0f units/s  %d findings",
                    count, spelling, Double(count) / spelling, findings.count))
        }
        guard pofilterUnits > 0, let pofilter = which("pofilter") else { return }
        let sample = Array((try Catalog.read(path: folder + "/Locales/en/bench.po")).units.prefix(pofilterUnits))
        try Catalog(header: [("Language", "en"), ("Content-Type", "text/plain; charset=UTF-8")], units: sample)
            .write(to: folder + "/sample.po")
        let pofilterTime = best(of: runs) {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: pofilter)
            process.arguments = ["--progress=none", "-i", folder + "/sample.po", "-o", folder + "/pofilter.po"]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try? process.run()
            process.waitUntilExit()
        }
        print(
            String(
                format: "  pofilter (Translate Toolkit, %d units, one locale, best of %d): %7.2f s  %9.0f units/s",
                pofilterUnits, max(1, runs), pofilterTime, Double(pofilterUnits) / pofilterTime))
        print(
            String(
                format: "  Passeur / pofilter throughput: %.2f×",
                (Double(total) / time) / (Double(pofilterUnits) / pofilterTime)))
    }

    /// The processor time (user and system, every thread) the process has used so far, in seconds.
    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    /// The process's peak resident memory so far, in MB.
    static func peakMemoryMB() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }

    /// The path of an executable on the PATH.
    static func which(_ name: String) -> String? {
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            let path = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }

    /// The wall-clock time of one run of `body`, in seconds.
    static func measure(_ body: () -> Void) -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    /// The best wall-clock time of `runs` runs of `body`, in seconds.
    static func best(of runs: Int, _ body: () -> Void) -> Double {
        var best = Double.infinity
        for _ in 0..<max(1, runs) {
            let start = DispatchTime.now().uptimeNanoseconds
            body()
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        return best
    }
}

/// A French corpus built from the article's paragraphs.
struct Corpus {
    var paragraphs: [[UInt16]] = []
    var utf8Bytes = 0

    static func make(from path: String, bytes: Int) throws -> Corpus {
        let document = try DocumentReader.read(path: path)
        let locale = try LocaleTag("fr", at: SourceLocation(file: path, line: 1, column: 1))
        let sentences = document.segmented(with: try SentenceSegmenter(locale: locale)).blocks.map {
            $0.segments.map(\.text)
        }
        // Typography and abbreviations the article lacks, so every rule is exercised.
        let extras = [
            "M. Dupont et Mme Durand l’ont dit p. ex. au chap. 3 : « Amusez-vous à rester pauvre ! » Il riait.",
            "En 50 av. J.-C. les Romains n’avaient pas de bitcoins… mais ils avaient du sel. Voilà tout.",
            "« Quoi ? » dit-il. Le 23 décembre 1913, la Fed est née (cf. le Federal Reserve Act, etc.). Fin.",
        ]
        var corpus = Corpus()
        var copy = 0
        while corpus.utf8Bytes < bytes {
            for block in sentences + [extras] where !block.isEmpty {
                let rotation = copy % block.count
                let text = (Array(block[rotation...]) + Array(block[..<rotation])).joined(separator: " ") + " (\(copy))"
                corpus.paragraphs.append(Array(text.utf16))
                corpus.utf8Bytes += text.utf8.count
            }
            copy += 1
        }
        return corpus
    }

    /// A term base of `terms` French terms of one to three words drawn from the corpus's vocabulary,
    /// so that matching walks the trie as deep as real text allows.
    static func syntheticGlossary(terms: Int, from corpus: Corpus, locale: LocaleTag) -> Glossary {
        var vocabulary: [String] = []
        var seen = Set<String>()
        for paragraph in corpus.paragraphs.prefix(200) {
            for word in String(decoding: paragraph, as: UTF16.self).split(whereSeparator: { !$0.isLetter })
            where word.count > 2 {
                if seen.insert(String(word)).inserted { vocabulary.append(String(word)) }
            }
        }
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        var concepts: [Concept] = []
        var used = Set<String>()
        while concepts.count < terms {
            let length = 1 + next(3)
            let text = (0..<length).map { _ in vocabulary[next(vocabulary.count)] }.joined(separator: " ")
            guard used.insert(text).inserted else { continue }
            concepts.append(Concept(id: "t\(concepts.count)", terms: [locale.identifier: [Term(text)]]))
        }
        return Glossary(name: "synthetic", locales: [locale], concepts: concepts)
    }
}
