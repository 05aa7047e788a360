import Foundation
import PasseurTestSupport
import Testing

/// `Fixtures.run` and `Tool`, which every end-to-end test relies on.
@Suite struct TestSupportTests {
    /// 1 MB, far more than a pipe holds (64 KB on Linux).
    static let megabyte = 1 << 20

    @Test(.timeLimit(.minutes(1)))
    func aChildThatFillsStandardErrorFirstFinishes() throws {
        let result = try Fixtures.run(
            "/bin/sh", ["-c", "head -c \(Self.megabyte) /dev/zero | tr '\\0' e >&2; echo done"])
        #expect(result.status == 0)
        #expect(result.stdout == "done\n")
        #expect(result.stderr.utf8.count == Self.megabyte)
        #expect(result.stderr.utf8.allSatisfy { $0 == UInt8(ascii: "e") })
    }

    @Test(.timeLimit(.minutes(1)))
    func aChildThatInterleavesBothStreamsFinishes() throws {
        let script = """
            i=0; while [ $i -lt 64 ]; do head -c 32768 /dev/zero | tr '\\0' o; \
            head -c 32768 /dev/zero | tr '\\0' e >&2; i=$((i+1)); done; exit 3
            """
        let result = try Fixtures.run("/bin/sh", ["-c", script])
        #expect(result.status == 3)
        #expect(result.stdout.utf8.count == 64 * 32768 && result.stderr.utf8.count == 64 * 32768)
    }

    @Test func toolsAreFoundOnThePath() throws {
        #expect(Tool.isInstalled("sh"))
        #expect(!Tool.isInstalled("passeur-no-such-tool"))
        try Tool.require("sh")
    }
}
