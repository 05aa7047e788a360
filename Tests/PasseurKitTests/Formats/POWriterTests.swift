import Foundation
import PasseurTestSupport
import Testing

@testable import PasseurKit

@Suite struct POWriterTests {
    @Test func longStringsWrapAfterSpacesWithinSeventyNineColumns() throws {
        var entry = POEntry()
        entry.id = String(repeating: "Bitcoin a un problème de service client. ", count: 4)
        entry.strings = ["ligne un\nligne deux"]
        let text = try POWriter.write(POFile(entries: [entry]))
        for line in text.split(separator: "\n") { #expect(line.count <= 79) }
        #expect(text.hasPrefix("msgid \"\"\n\"Bitcoin a un problème de service client. Bitcoin a un problème de "))
        #expect(text.hasSuffix("msgstr \"\"\n\"ligne un\\n\"\n\"ligne deux\"\n"))
    }

    @Test func obsoleteAndPreviousFieldsUseTheirPrefixes() throws {
        var entry = POEntry()
        entry.flags = ["fuzzy"]
        entry.previousID = "ancien"
        entry.id = "nouveau"
        entry.strings = ["new"]
        entry.isObsolete = true
        #expect(
            try POWriter.write(POFile(entries: [entry]))
                == "#, fuzzy\n#~| msgid \"ancien\"\n#~ msgid \"nouveau\"\n#~ msgstr \"new\"\n")
    }

    @Test func msgcatLeavesOurOutputUnchanged() throws {
        try #require(Fixtures.hasTool("msgcat"), "msgcat is needed: run .ci/install")
        let folder = try Fixtures.temporaryFolder()
        for file in ["po/po4a-bin-fr.po", "po/gnome-clocks-fr.po", "po/tt-af-pootle.po"] {
            let ours = try POWriter.write(try POReader.read(path: Fixtures.path(file)))
            let path = folder + "/ours.po"
            try TextFile.writeAtomically(ours, to: path)
            let wrapped = try Fixtures.runTool("msgcat", [path, "-o", folder + "/msgcat.po"])
            #expect(wrapped.status == 0, "\(wrapped.stderr)")
            let back = try TextFile.read(folder + "/msgcat.po")
            // msgcat rewraps with libunistring; the entries must be the same.
            #expect(
                try POReader.read(Array(back.utf8), file: "msgcat.po")
                    == POReader.read(Array(ours.utf8), file: "ours.po"))
        }
    }
}
