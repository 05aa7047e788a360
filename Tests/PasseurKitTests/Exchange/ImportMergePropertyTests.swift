import Foundation
import PasseurTestSupport
import Testing

@testable import PasseurKit

/// The import merge under random edits of an exported file, as a translator's tool or a
/// careless hand might make them: whatever the edit, an import without `--force` never
/// lowers or changes a reviewed (or final) translation, never empties a translation, and
/// either succeeds or leaves the catalog byte for byte as it was.
@Suite struct ImportMergePropertyTests {
    static let editsPerFormat = 80
    static let formats: [Project.ExchangeFormat] = [.xliff, .xliff12, .csv, .po, .tmx]

    /// Words that name states in one format or another, swapped for each other.
    static let stateWords = [
        "translated", "reviewed", "final", "fuzzy", "new", "initial", "needs-translation", "signed-off",
        "approved=\"yes\"", "approved=\"no\"", "needs-review-translation",
    ]

    @Test(arguments: formats)
    func reviewedWorkSurvivesAnyEditOfAnExport(_ format: Project.ExchangeFormat) throws {
        let (project, folder) = try ExchangeTests.project()
        let catalogPath = folder + "/Locales/en/article.po"
        let original = try TextFile.readBytes(catalogPath)
        let before = Catalog(try POReader.read(original, file: "before.po"))
        let exported = try project.export(locale: ExchangeTests.en, document: "doc/article.md", format: format)
        let file = folder + "/edited." + (format == .xliff12 || format == .xliff ? "xlf" : format.rawValue)
        var random = SplitMix64(seed: UInt64(format.rawValue.utf8.reduce(7) { $0 &* 31 &+ Int($1) }))
        var imported = 0
        for index in 0..<Self.editsPerFormat {
            try TextFile.writeAtomically(original, to: catalogPath)
            let (edited, description) = Self.edit(exported, random: &random)
            try TextFile.writeAtomically(edited, to: file)
            let label = "\(format) edit \(index): \(description)"
            do {
                _ = try project.importTranslations(path: file, format: format, locale: "en")
                imported += 1
            } catch is any LocatedError {
                #expect(try TextFile.readBytes(catalogPath) == original, "\(label): a refused import wrote")
                continue
            }
            let after = try Catalog.read(path: catalogPath)
            #expect(after.units.count == before.units.count, "\(label)")
            for (old, new) in zip(before.units, after.units) {
                #expect(old.source == new.source, "\(label)")
                if old.hasTarget { #expect(new.hasTarget, "\(label): '\(old.source)' lost its translation") }
                if old.state >= .reviewed {
                    #expect(new.target == old.target, "\(label): reviewed '\(old.source)' changed")
                    #expect(new.state >= old.state, "\(label): reviewed '\(old.source)' lowered to \(new.state)")
                }
            }
        }
        // The edits must mostly leave an importable file, or the merge is never exercised.
        #expect(imported > Self.editsPerFormat / 3, "only \(imported) edited \(format) files imported")
        try TextFile.writeAtomically(original, to: catalogPath)
        try TextFile.writeAtomically(exported, to: file)
        _ = try project.importTranslations(path: file, format: format, locale: "en")
        #expect(try TextFile.readBytes(catalogPath) == original, "an untouched \(format) export changed the catalog")
    }

    /// One to three edits of the text: a target rewritten, a state word swapped, a line
    /// deleted or repeated, the file cut short.
    static func edit<R: RandomNumberGenerator>(_ text: String, random: inout R) -> (String, String) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var done: [String] = []
        for _ in 0..<Int.random(in: 1...3, using: &random) {
            let i = Int.random(in: 0..<lines.count, using: &random)
            switch Int.random(in: 0..<6, using: &random) {
            case 0, 1:
                let words = stateWords.filter { lines[i].contains($0) }
                if let from = words.randomElement(using: &random),
                    let to = stateWords.randomElement(using: &random),
                    let range = lines[i].range(of: from)
                {
                    lines[i].replaceSubrange(range, with: to)
                    done.append("'\(from)' → '\(to)' on line \(i + 1)")
                }
            case 2:
                for (from, to) in [("The ", "A "), ("the ", "this "), ("despair", "hope"), ("guide", "map")]
                where lines[i].contains(from) {
                    lines[i] = lines[i].replacingOccurrences(of: from, with: to)
                    done.append("rewrite line \(i + 1)")
                    break
                }
            case 3:
                lines.remove(at: i)
                done.append("delete line \(i + 1)")
            case 4:
                lines.insert(lines[i], at: i)
                done.append("repeat line \(i + 1)")
            default:
                if random.next() % 4 == 0 {
                    lines.removeSubrange(i...)
                    done.append("cut after line \(i)")
                }
            }
            if lines.isEmpty { break }
        }
        return (lines.joined(separator: "\n"), done.joined(separator: "; "))
    }
}
