import PasseurTestSupport
import Testing

@testable import PasseurKit

@Suite struct InlineContentTests {
    @Test func markersAreWrittenBackAsXLIFF12Tags() {
        let bold = InlineCodeMarkers.opening("1") + "Save" + InlineCodeMarkers.closing("1")
        #expect(InlineCodeMarkers.tags("Click \(bold) now") == "Click <g id=\"1\">Save</g> now")
        #expect(
            InlineCodeMarkers.tags("Hello " + InlineCodeMarkers.opening("a\"b") + "!") == "Hello <x id=\"a&quot;b\"/>!")
        // A marker left open stays as it is, and the text before it is kept once.
        #expect(InlineCodeMarkers.tags("Hello \u{E000}name") == "Hello \u{E000}name")
        #expect(InlineCodeMarkers.tags("no marker") == "no marker")
    }

    static let samples = [
        "Le service client Bitcoin",
        "Voir [le *guide*](https://bitcoin.org \"Bitcoin\") et `ubrk_open` ![une image](img.png).",
        "**Attention :** le _HODL_ n’est pas une <abbr>stratégie</abbr>, dit <https://x.y>.",
        "Une ligne\\\nune autre, [un renvoi][ref].",
        "1. Ceci n’est pas une liste *ici*.",
    ]

    @Test(arguments: samples)
    func markdownComesBackUnchanged(_ text: String) {
        #expect(InlineContent(markdown: text).markdown == text)
    }

    @Test(arguments: samples + ["![*alt* `x`](a.png) *fin*", "[![logo](l.png)](https://x.y) et **gras**"])
    func codesAndPlainTextWithoutRunsAgreeWithTheRuns(_ text: String) {
        let content = InlineContent(markdown: text)
        #expect(InlineContent.textWithoutCodes(of: text) == content.textWithoutCodes)
        let fromRuns: [String] = content.runs.compactMap { run in
            switch run {
            case .open(_, let kind, _): return "\(kind)"
            case .placeholder(_, let kind, let markup): return "\(kind) \(markup)"
            default: return nil
            }
        }
        #expect(InlineContent.codes(of: text).map { $0.paired ? "\($0.kind)" : "\($0.kind) \($0.markup)" } == fromRuns)
    }

    @Test func codesArePairedOrPlaceholders() {
        let content = InlineContent(markdown: Self.samples[1])
        #expect(
            content.runs == [
                .text("Voir "),
                .open(id: 1, kind: .link(url: "https://bitcoin.org", title: "Bitcoin"), markup: "["),
                .text("le "), .open(id: 2, kind: .emphasis, markup: "*"), .text("guide"), .close(id: 2, markup: "*"),
                .close(id: 1, markup: "](https://bitcoin.org \"Bitcoin\")"),
                .text(" et "), .placeholder(id: 3, kind: .code, markup: "`ubrk_open`"), .text(" "),
                .placeholder(id: 4, kind: .image(url: "img.png", title: ""), markup: "![une image](img.png)"),
                .text("."),
            ])
        #expect(content.textWithoutCodes == "Voir le guide et  .")
    }

    @Test func aTargetTakesTheIDsOfTheSameCodesInTheSource() {
        let source = InlineContent(markdown: "Lisez `a` puis *b*.")
        let target = InlineContent(markdown: "Read *b* after `a`.").numbered(like: source)
        #expect(
            target.runs == [
                .text("Read "), .open(id: 2, kind: .emphasis, markup: "*"), .text("b"), .close(id: 2, markup: "*"),
                .text(" after "), .placeholder(id: 1, kind: .code, markup: "`a`"), .text("."),
            ])
    }

    @Test func markersResolveAgainstTheSourceCodes() {
        let source = InlineContent(markdown: "Voir [le guide](https://x.y).")
        let marked = "See " + InlineCodeMarkers.opening("1") + "the guide" + InlineCodeMarkers.closing("1") + "."
        #expect(InlineCodeMarkers.resolve(marked, against: source) == "See [the guide](https://x.y).")
        #expect(InlineCodeMarkers.resolve("See " + InlineCodeMarkers.opening("7"), against: source) == nil)
    }
}
