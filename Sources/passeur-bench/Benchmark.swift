import CICU
import Foundation
import PasseurKit

/// Sentence segmentation throughput: ICU's iterator alone against Passeur's full segmenter.
///
/// Usage: `swift run -c release passeur-bench [--size-mb 20] [--runs 5] [--source FILE]`
///
/// The corpus is the article's paragraphs, each sentence order rotated and
/// numbered per copy, repeated until it reaches the size asked for. Both
/// contenders get the same UTF-16 paragraphs; the best of `runs` is reported.
@main
struct Benchmark {
    static func main() throws {
        var sizeMB = 20.0
        var runs = 5
        var source = "Locales/fr/le-service-client-bitcoin.md"
        var arguments = CommandLine.arguments.dropFirst().makeIterator()
        while let argument = arguments.next() {
            switch argument {
            case "--size-mb": sizeMB = Double(arguments.next() ?? "") ?? sizeMB
            case "--runs": runs = Int(arguments.next() ?? "") ?? runs
            case "--source": source = arguments.next() ?? source
            default:
                FileHandle.standardError.write(
                    Data("usage: passeur-bench [--size-mb N] [--runs N] [--source FILE]\n".utf8))
                exit(2)
            }
        }
        let corpus = try Corpus.make(from: source, bytes: Int(sizeMB * 1_000_000))
        let megabytes = Double(corpus.utf8Bytes) / 1_000_000
        print(String(format: "corpus: %.1f MB of French, %d paragraphs", megabytes, corpus.paragraphs.count))

        let locale = try LocaleTag("fr", at: SourceLocation(file: "bench", line: 1, column: 1))
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
        print(
            String(
                format: "ICU sentence iterator:   %7.3f s  %7.1f MB/s  %d sentences", icuTime, megabytes / icuTime,
                icuSentences))
        print(
            String(
                format: "Passeur full segmenter:  %7.3f s  %7.1f MB/s  %d sentences", passeurTime,
                megabytes / passeurTime, passeurSentences))
        print(String(format: "ratio Passeur / ICU:     %.2fx (target: at most 1.50x)", passeurTime / icuTime))
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
}
