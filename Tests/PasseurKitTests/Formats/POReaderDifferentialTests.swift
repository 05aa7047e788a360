import Foundation
import PasseurTestSupport
import Testing

@testable import PasseurKit

/// The PO reader against GNU `msgfmt -c` on mutants of real catalogs: whenever msgfmt refuses a
/// mutant for its syntax, Passeur refuses it too, at a line and column of the file; whenever
/// msgfmt accepts one, Passeur reads it.
///
/// Documented differences: Passeur keeps a translator's work that msgfmt refuses in an obsolete
/// entry with the same source as an active one (Weblate writes these; msgmerge drops the
/// obsolete one) and after a UTF-8 byte-order mark (Weblate and Translate Toolkit accept it);
/// it refuses bytes that are not UTF-8 in a file that declares no charset, which msgfmt copies
/// blindly.
@Suite struct POReaderDifferentialTests {
    static let catalogs = Fixtures.files(in: "po", extensions: ["po", "pot"]) + Fixtures.projectCatalogs
    static let mutantsPerCatalog = 300

    /// What msgfmt reports as malformed PO, as opposed to header, charset or format-string checks.
    static let syntaxMessages = [
        "syntax error", "missing 'msgstr", "missing 'msgid_plural'", "duplicate message definition",
        "inconsistent use of #~", "plural form has wrong index", "first plural form has nonzero index",
        "end-of-line within string", "end-of-file within string", "invalid control sequence",
        "keyword", "but some messages have", "invalid multibyte sequence",
        "msgid_plural", "msgctxt",
    ]

    @Test(arguments: catalogs)
    func passeurRefusesWhatMsgfmtRefuses(_ catalog: String) throws {
        try #require(Fixtures.hasTool("msgfmt"), "msgfmt (Debian package gettext) is needed: run .ci/install")
        let original = try Fixtures.bytes(catalog)
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var random = SplitMix64(seed: UInt64(truncatingIfNeeded: catalog.utf8.reduce(5381) { $0 &* 33 &+ Int($1) }))
        var refused = 0
        for index in 0..<Self.mutantsPerCatalog {
            let mutant = POMutation.mutate(original, random: &random)
            let path = folder + "/mutant-\(index).po"
            try Data(mutant.bytes).write(to: URL(fileURLWithPath: path))
            let msgfmt = try Fixtures.runTool("msgfmt", ["-c", "-o", "/dev/null", path])
            let errors = msgfmt.stderr.split(separator: "\n").filter { !$0.contains("warning") }
            let syntax = errors.first { line in Self.syntaxMessages.contains { line.contains($0) } }
            let label = "\(catalog) mutant \(index) (\(mutant.description))"
            do {
                let read = try POReader.read(mutant.bytes, file: path)
                if msgfmt.status != 0, let syntax {
                    let keptDuplicate = read.hasObsoleteDuplicate && msgfmt.stderr.contains("duplicate message")
                    let bom = mutant.bytes.starts(with: [0xEF, 0xBB, 0xBF])
                    #expect(keptDuplicate || bom, "msgfmt refuses \(label) but Passeur reads it: \(syntax)")
                }
            } catch FileError.invalidUTF8 where !mutant.bytes.contains(subsequence: Array("charset=".utf8)) {
                // Bytes that are not UTF-8 and no charset to say what they are: msgfmt passes them
                // through as they are, Passeur cannot know what text they are.
                refused += 1
            } catch let error as any LocatedError {
                refused += 1
                #expect(error.location.file == path, "\(label): \(error)")
                #expect(error.location.line >= 1 && error.location.column >= 1, "\(label): \(error)")
                #expect(!error.description.contains("\n"), "\(label): \(error)")
                #expect(
                    msgfmt.status != 0 || original.starts(with: [0xEF, 0xBB, 0xBF]),
                    "msgfmt accepts \(label) but Passeur refuses it: \(error)")
            }
        }
        // The mutations must reach the reader's error paths, or the test proves nothing.
        #expect(refused > Self.mutantsPerCatalog / 5, "only \(refused) mutants of \(catalog) were refused")
    }
}

extension POFile {
    /// Whether an obsolete entry repeats the context and source of an active one.
    fileprivate var hasObsoleteDuplicate: Bool {
        let active = Set(entries.filter { !$0.isObsolete }.map { ($0.context ?? "\u{4}") + "\u{0}" + $0.id })
        return entries.contains { $0.isObsolete && active.contains(($0.context ?? "\u{4}") + "\u{0}" + $0.id) }
    }
}

/// Line-level mutations of a PO file: the mistakes of hand edits, bad merges and truncated copies.
enum POMutation {
    static let keywords = [
        "msgid \"x\"", "msgstr \"y\"", "msgctxt \"c\"", "msgid_plural \"xs\"", "msgstr[0] \"a\"", "msgstr[1] \"b\"",
        "msgstr[2] \"c\"", "#~ msgid \"o\"", "#~ msgstr \"p\"", "#| msgid \"q\"", "\"continued\"", "msgid", "msgstr",
        "#, fuzzy", "", "msgstr[+1] \"d\"", "#~| msgid \"r\"", "#~ \"s\"", "#| \"t\"",
    ]

    /// One to three mutations of `bytes`, and what they were.
    static func mutate<R: RandomNumberGenerator>(_ bytes: [UInt8], random: inout R) -> (
        bytes: [UInt8], description: String
    ) {
        var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
        var done: [String] = []
        for _ in 0..<Int.random(in: 1...3, using: &random) {
            guard !lines.isEmpty else { break }
            let i = Int.random(in: 0..<lines.count, using: &random)
            switch Int.random(in: 0..<9, using: &random) {
            case 0:
                lines.remove(at: i)
                done.append("delete line \(i + 1)")
            case 1:
                lines.insert(lines[i], at: i)
                done.append("repeat line \(i + 1)")
            case 2 where i + 1 < lines.count:
                lines.swapAt(i, i + 1)
                done.append("swap lines \(i + 1), \(i + 2)")
            case 3:
                let keyword = keywords.randomElement(using: &random) ?? ""
                lines.insert(Array(keyword.utf8), at: i)
                done.append("insert '\(keyword)' at line \(i + 1)")
            case 4:
                let keyword = keywords.randomElement(using: &random) ?? ""
                lines[i] = Array(keyword.utf8)
                done.append("replace line \(i + 1) with '\(keyword)'")
            case 5:
                lines.removeSubrange(i...)
                done.append("truncate after line \(i)")
            case 6:
                if lines[i].starts(with: Array("#~ ".utf8)) {
                    lines[i].removeFirst(3)
                    done.append("revive line \(i + 1)")
                } else {
                    lines[i].insert(contentsOf: Array("#~ ".utf8), at: 0)
                    done.append("obsolete line \(i + 1)")
                }
            case 7:
                // A keyword swapped for another on a line that has one.
                let swaps: [(String, String)] = [
                    ("msgstr[0]", "msgstr"), ("msgstr[1]", "msgstr[2]"), ("msgstr ", "msgstr[0] "),
                    ("msgid ", "msgstr "), ("msgstr ", "msgid "), ("msgid_plural", "msgid"), ("msgctxt", "msgid"),
                ]
                let text = String(decoding: lines[i], as: UTF8.self)
                if let (from, to) = swaps.shuffled(using: &random).first(where: { text.contains($0.0) }),
                    let range = text.range(of: from)
                {
                    lines[i] = Array(text.replacingCharacters(in: range, with: to).utf8)
                    done.append("'\(from)' → '\(to)' on line \(i + 1)")
                }
            default:
                // A string left open, or given an escape gettext does not know.
                if let quote = lines[i].lastIndex(of: 0x22), quote > 0 {
                    if random.next() % 2 == 0 {
                        lines[i].remove(at: quote)
                        done.append("unclose the string on line \(i + 1)")
                    } else {
                        lines[i].insert(contentsOf: Array("\\q".utf8), at: quote)
                        done.append("unknown escape on line \(i + 1)")
                    }
                }
            }
        }
        return (Array(lines.joined(separator: [0x0A])), done.joined(separator: "; "))
    }
}

extension Array where Element == UInt8 {
    fileprivate func contains(subsequence needle: [UInt8]) -> Bool {
        guard needle.count <= count else { return false }
        return (0...(count - needle.count)).contains { self[$0..<($0 + needle.count)].elementsEqual(needle) }
    }
}
