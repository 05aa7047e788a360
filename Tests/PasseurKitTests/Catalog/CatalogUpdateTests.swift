import PasseurTestSupport
import Testing

@testable import PasseurKit

@Suite struct CatalogUpdateTests {
    typealias Segment = CatalogUpdate.SourceSegment

    static let first = [
        Segment(text: "Le service client Bitcoin", reference: "a.md:1", comment: "type: heading1"),
        Segment(text: "Cependant, Bitcoin a un problème de service client.", reference: "a.md:5"),
        Segment(text: "Le désespoir est double.", reference: "a.md:7"),
    ]

    func translated(_ catalog: Catalog) -> Catalog {
        var copy = catalog
        let english = [
            "Le service client Bitcoin": "Bitcoin Customer Service",
            "Cependant, Bitcoin a un problème de service client.": "However, Bitcoin has a customer service problem.",
            "Le désespoir est double.": "The despair is twofold.",
        ]
        for i in copy.units.indices {
            copy.units[i].target = english[copy.units[i].source] ?? ""
            copy.units[i].state = .translated
        }
        return copy
    }

    @Test func aNewCatalogHasEverySegmentUntranslatedInDocumentOrder() throws {
        let (catalog, summary) = CatalogUpdate().update(Catalog(), with: Self.first)
        #expect(catalog.units.map(\.source) == Self.first.map(\.text))
        #expect(catalog.units.allSatisfy { $0.state == .new && !$0.hasTarget })
        #expect(catalog.units[0].extractedComments == ["type: heading1"])
        #expect(summary.added == 3)
    }

    @Test func repeatedSegmentsBecomeOneUnitWithEveryReference() throws {
        let segments = Self.first + [Segment(text: "Le désespoir est double.", reference: "a.md:9")]
        let (catalog, _) = CatalogUpdate().update(Catalog(), with: segments)
        #expect(catalog.units.count == 3)
        #expect(catalog.units[2].references == ["a.md:7", "a.md:9"])
    }

    @Test func aChangedSourceKeepsItsTranslationAsFuzzyWithThePreviousSource() throws {
        let (start, _) = CatalogUpdate().update(Catalog(), with: Self.first)
        let before = translated(start)
        var changed = Self.first
        changed[1].text = "Cependant, Bitcoin a un gros problème de service client."
        let (after, summary) = CatalogUpdate().update(before, with: changed)
        let unit = after.units[1]
        #expect(unit.source == changed[1].text)
        #expect(unit.state == .fuzzy)
        #expect(unit.previousSource == "Cependant, Bitcoin a un problème de service client.")
        #expect(unit.target == "However, Bitcoin has a customer service problem.")
        #expect(summary.fuzzy == 1 && summary.kept == 2 && summary.obsoleted == 0)
        #expect((try after.poText).contains("#| msgid \"Cependant, Bitcoin a un problème de service client.\""))
    }

    @Test func aRemovedSegmentBecomesObsoleteAndComesBackWhenRestored() throws {
        let (start, _) = CatalogUpdate().update(Catalog(), with: Self.first)
        let before = translated(start)
        let (removed, summary) = CatalogUpdate().update(before, with: Array(Self.first.prefix(2)))
        #expect(summary.obsoleted == 1)
        let obsolete = removed.units.last
        #expect(obsolete?.isObsolete == true)
        #expect(obsolete?.target == "The despair is twofold.")
        #expect((try removed.poText).contains("#~ msgstr \"The despair is twofold.\""))
        let (restored, again) = CatalogUpdate().update(removed, with: Self.first)
        #expect(again.revived == 1)
        #expect(restored.units.filter(\.isObsolete).isEmpty)
        #expect(restored.units[2].state == .translated)
    }

    @Test func untranslatedUnitsOfRemovedSegmentsAreDropped() throws {
        let (start, _) = CatalogUpdate().update(Catalog(), with: Self.first)
        let (after, _) = CatalogUpdate().update(start, with: Array(Self.first.prefix(1)))
        #expect(after.units.count == 1)
    }

    @Test func reviewedStateAndCommentsSurviveAnUpdate() throws {
        let (start, _) = CatalogUpdate().update(Catalog(), with: Self.first)
        var before = translated(start)
        before.units[0].state = .reviewed
        before.units[0].translatorComments = ["Titre validé par la relectrice."]
        let (after, _) = CatalogUpdate().update(before, with: Self.first)
        #expect(after.units[0].state == .reviewed)
        #expect(after.units[0].translatorComments == ["Titre validé par la relectrice."])
        let reread = Catalog(try POReader.read(Array((try after.poText).utf8), file: "x.po"))
        #expect(reread.units[0].state == .reviewed)
    }

    @Test func updatingTwiceIsStableAndDeterministic() throws {
        let (once, _) = CatalogUpdate().update(
            translated(CatalogUpdate().update(Catalog(), with: Self.first).0), with: Self.first)
        let (twice, summary) = CatalogUpdate().update(once, with: Self.first)
        #expect((try twice.poText) == (try once.poText))
        #expect(summary.kept == 3)
    }

    @Test func unrelatedNewSegmentsAreNotFuzzyMatched() throws {
        let (start, _) = CatalogUpdate().update(Catalog(), with: Self.first)
        let before = translated(start)
        let other = [Segment(text: "Nos futurs clients vous remercieront.", reference: "a.md:3")]
        let (after, summary) = CatalogUpdate().update(before, with: other)
        #expect(summary.added == 1 && summary.fuzzy == 0 && summary.obsoleted == 3)
        #expect(after.units[0].state == .new)
    }
}
