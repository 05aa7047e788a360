import Foundation
import PasseurTestSupport
import Testing

@testable import PasseurKit

@Suite struct CheckRegistryTests {
    @Test func registryIdsAreUniqueKebabCaseAndSummariesAreOneSentence() {
        let ids: [String] = CheckRegistry.all.map { $0.id }
        let summaries: [String] = CheckRegistry.all.map { $0.summary }
        #expect(Set(ids).count == ids.count)
        for (id, summary) in zip(ids, summaries) {
            let kebab = id.allSatisfy { $0.isLowercase || $0 == "-" }
            let oneSentence = summary.hasSuffix(".") && !summary.dropLast().contains(". ")
            #expect(kebab, "\(id)")
            #expect(oneSentence, "\(id): \(summary)")
        }
    }

    @Test func everyRegisteredCheckHasATestFileOfItsOwn() {
        let folder = Fixtures.repositoryRoot.appendingPathComponent("Tests/PasseurKitTests/Checks")
        for check in CheckRegistry.all {
            let file = folder.appendingPathComponent("\(check)Tests.swift").path
            #expect(FileManager.default.fileExists(atPath: file), "\(file)")
        }
    }
}
