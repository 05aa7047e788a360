import Testing

@testable import PasseurKit

/// `urls-emails` gives no range: its findings are asserted by message and count.
@Suite struct URLsCheckTests {
    @Test func addressesCarriedUnchangedHaveNoFinding() {
        assertFindings(
            URLsCheck(), source: "Écrivez à contact@example.org ou voyez https://bitcoin.org.",
            target: "Write to contact@example.org or see https://bitcoin.org.", expected: [])
        assertFindings(
            URLsCheck(), source: "Voyez (https://bitcoin.org/fr) ou « www.bitcoin.org ».",
            target: "See “www.bitcoin.org” or (https://bitcoin.org/fr).", expected: [])
    }

    @Test func aChangedURLIsReported() {
        assertFindings(
            URLsCheck(), source: "Voyez https://bitcoin.org.", target: "See https://bitcoin.com.",
            expected: [(nil, "https://bitcoin.org is missing or changed")])
    }

    @Test func aDroppedAddressIsReportedButNotAnFTPURL() {
        assertFindings(
            URLsCheck(), source: "Voyez www.bitcoin.org et ftp://x.y/z.", target: "See the site.",
            expected: [(nil, "www.bitcoin.org is missing or changed")])
    }

    @Test func aChangedEmailIsReported() {
        assertFindings(
            URLsCheck(), source: "Écrivez à contact@example.org.", target: "Write to contact@example.com.",
            expected: [(nil, "contact@example.org is missing or changed")])
    }

    @Test func anEmptyOrBlankTargetLacksEveryAddress() {
        for target in ["", "\t "] {
            assertFindings(
                URLsCheck(), source: "Voyez https://bitcoin.org et contact@example.org.", target: target,
                expected: [
                    (nil, "https://bitcoin.org is missing or changed"),
                    (nil, "contact@example.org is missing or changed"),
                ])
        }
    }

    @Test func combiningMarksAndEmojiAroundAddressesDoNotMatter() {
        assertFindings(
            URLsCheck(), source: "Voyez https://x.y/cafe\u{301} 🙂.", target: "See 🙂 https://x.y/cafe\u{301}.",
            expected: [])
    }

    @Test func aLongParagraphIsComparedWhole() {
        assertFindings(
            URLsCheck(), source: CheckFixtures.longText("Voyez https://bitcoin.org."),
            target: CheckFixtures.longText("See https://bitcoin.org."), expected: [])
    }
}
