import Foundation
import Testing

@testable import PasseurKit

/// What `passeur check` prints: one finding a line in text, valid URIs in SARIF.
@Suite struct FindingReportTests {
    /// sed's German catalog: two translations of one message, the other quoted with its breaks.
    let finding = Finding(
        checkID: "inconsistent-translation", severity: .warning, locale: "de",
        location: SourceLocation(file: "real/de/my sed.po", line: 267, column: 1),
        source: "Report bugs to: %s\n",
        message: "also translated « Melden Sie Fehler (auf Englisch, mit LC_ALL=C) an %s\n » at real/de/sed.po:12")

    @Test func aMessageQuotingLineBreaksStaysOnOneLine() {
        let text = FindingReport(findings: [finding]).render(.text)
        #expect(
            text == "real/de/my sed.po:267:1: warning: [inconsistent-translation] also translated "
                + "« Melden Sie Fehler (auf Englisch, mit LC_ALL=C) an %s\\n » at real/de/sed.po:12\n"
                + "0 errors, 1 warning, 0 infos\n")
        let coloured = FindingReport(findings: [finding]).render(.text, colour: true)
        #expect(coloured.split(separator: "\n").count == 2)
    }

    @Test func sarifURIsArePercentEncoded() throws {
        let log = try #require(
            try JSONSerialization.jsonObject(with: Data(SARIFReport(findings: [finding]).render().utf8))
                as? [String: Any])
        let result = try #require(((log["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])?.first)
        let location = (result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any]
        #expect((location?["artifactLocation"] as? [String: Any])?["uri"] as? String == "real/de/my%20sed.po")
        #expect(SARIFReport.uri("C:/po/fr.po") == "C%3A/po/fr.po")
        #expect(SARIFReport.uri("po/pt_BR/évolution.po") == "po/pt_BR/%C3%A9volution.po")
    }
}
