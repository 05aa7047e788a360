import Foundation
import PasseurKit

/// A reader reachable from the command line, run over one input the way the command runs it.
enum FuzzTarget: String, CaseIterable {
    case po
    case xliff
    case tmx
    case csv
    case tbx
    case glossaryYAML = "glossary-yaml"
    case config
    case srx
    case markdown
    case text

    /// The name the input is reported under in errors.
    private static let file = "fuzz-input"

    /// A French paragraph of the article, segmented with SRX rules read from the input.
    static let frenchParagraph =
        "Juste pour peindre une image, imaginez-vous appeler une ligne d’assistance à la clientèle, leur "
        + "disant que vous ne comprenez pas le produit, et le représentant répond en vous disant de « amusez-vous "
        + "à rester pauvre ». Peut-être apprécieriez-vous cette franchise, mais je peux vous assurer qu’une "
        + "entreprise fonctionnant de cette façon ne survivrait pas longtemps. En comparaison, les Bitcoiners se "
        + "battent avec des shitcoiners, des no-coiners, des sympathisants fiat et même entre eux. M. Dupont "
        + "cite J.-C. Decaux… Nous avons créé un mosh pit intellectuel ! « Quoi ? » dit-il. Fin."

    /// French, the article's language.
    private static func french() throws -> LocaleTag {
        try LocaleTag("fr", at: SourceLocation(file: file, line: 1, column: 1))
    }

    /// A French segmenter without SRX rules, made once: opening ICU's iterator costs more than
    /// most inputs. Fuzzing runs one input at a time, on one thread.
    nonisolated(unsafe) private static var plainSegmenter: SentenceSegmenter?

    private static func frenchSegmenter() throws -> SentenceSegmenter {
        if let plainSegmenter { return plainSegmenter }
        let made = try SentenceSegmenter(locale: french())
        plainSegmenter = made
        return made
    }

    /// Runs the reader over `bytes`; returns normally or throws what the reader throws.
    func run(_ bytes: [UInt8]) throws {
        let file = Self.file
        switch self {
        case .po:
            _ = try POReader.read(bytes, file: file)
        case .xliff:
            _ = try XLIFFReader.read(bytes, file: file)
        case .tmx:
            _ = try TMXReader.read(bytes, file: file, sourceLocale: "fr", targetLocale: nil)
        case .csv:
            let text = try TextFile.decodeUTF8(bytes, file: file)
            // Both readers see every input: a failure of the first must not hide the second.
            var first: (any Error)?
            do { _ = try CatalogCSV.read(text, file: file) } catch { first = error }
            _ = try Glossary(csv: text, file: file)
            if let first { throw first }
        case .tbx:
            _ = try Glossary.readTBX(bytes, file: file)
        case .glossaryYAML:
            _ = try Glossary(yaml: try TextFile.decodeUTF8(bytes, file: file), file: file)
        case .config:
            _ = try ProjectConfig(yaml: try TextFile.decodeUTF8(bytes, file: file), file: file)
        case .srx:
            let rules = try SRXReader.read(bytes, file: file)
            let segmenter = try SentenceSegmenter(locale: Self.french(), srx: rules)
            _ = segmenter.sentences(in: Self.frenchParagraph)
            try segmenter.throwIfRuleFailed()
        case .markdown:
            let text = try TextFile.decodeUTF8(bytes, file: file)
            _ = MarkdownReader.read(text, path: file).segmented(with: try Self.frenchSegmenter())
        case .text:
            let text = try TextFile.decodeUTF8(bytes, file: file)
            _ = PlainTextReader.read(text, path: file).segmented(with: try Self.frenchSegmenter())
        }
    }

    /// What one input gave.
    enum Outcome {
        /// The reader accepted the input.
        case accepted
        /// The reader refused it with a located error that keeps the contract: its description.
        case refused(String)
        /// The contract is broken: what is wrong.
        case violation(String)
    }

    /// Runs `bytes` through the target and checks the contract: success, or a `LocatedError`
    /// with a one-line description of at most `maximumDescriptionLength` characters and a
    /// location at line ≥ 1, column ≥ 1.
    func outcome(for bytes: [UInt8]) -> Outcome {
        do {
            try run(bytes)
            return .accepted
        } catch let error as any LocatedError {
            if let violation = Self.violation(of: error) { return .violation(violation) }
            return .refused(error.description)
        } catch {
            return .violation("error does not conform to LocatedError: \(type(of: error)): \(Self.quoted("\(error)"))")
        }
    }

    /// The longest description a located error may have: 400 characters, or
    /// `PASSEUR_FUZZ_MAX_DESCRIPTION` (to look past a known long message).
    static let maximumDescriptionLength =
        ProcessInfo.processInfo.environment["PASSEUR_FUZZ_MAX_DESCRIPTION"].flatMap { Int($0) } ?? 400

    /// What is wrong with a located error's rendering, or nil.
    static func violation(of error: any LocatedError) -> String? {
        let description = error.description
        let forbidden: Set<Unicode.Scalar> = ["\r", "\n", "\0", "\u{1B}", "\u{2028}", "\u{2029}", "\u{85}"]
        if description.unicodeScalars.contains(where: { forbidden.contains($0) }) {
            return "located error is not one line: \(quoted(description))"
        }
        if description.count > maximumDescriptionLength {
            return "located error is \(description.count) characters long: \(quoted(String(description.prefix(200))))…"
        }
        if error.location.line < 1 || error.location.column < 1 {
            return
                "located error at line \(error.location.line), column \(error.location.column): \(quoted(description))"
        }
        return nil
    }

    /// `text` with control characters escaped, to print on one line.
    static func quoted(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value)
                || scalar == "\u{2028}" || scalar == "\u{2029}"
            {
                out += scalar.escaped(asASCII: true)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
