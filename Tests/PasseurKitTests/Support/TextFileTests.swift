import Foundation
import PasseurTestSupport
import Testing

@testable import PasseurKit

@Suite struct TextFileTests {
    @Test func invalidUTF8IsReportedAtItsLineAndColumn() {
        let bytes: [UInt8] = Array("Première ligne\nAï".utf8) + [0xFF] + Array("e".utf8)
        let error = #expect(throws: FileError.self) { try TextFile.decodeUTF8(bytes, file: "f.txt") }
        #expect(error == .invalidUTF8(at: PasseurKit.SourceLocation(file: "f.txt", line: 2, column: 3)))
    }

    @Test func aByteOrderMarkIsDropped() throws {
        #expect(try TextFile.decodeUTF8([0xEF, 0xBB, 0xBF, 0x61], file: "f") == "a")
    }

    @Test func atomicWritesReplaceWholeFilesAndLeaveNoTemporaryFile() throws {
        let folder = try Fixtures.temporaryFolder()
        let path = folder + "/sub/x.po"
        try TextFile.writeAtomically("un", to: path)
        try TextFile.writeAtomically("deux", to: path)
        #expect(try TextFile.read(path) == "deux")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/sub") == ["x.po"])
    }

    @Test func writingIntoAFileInsteadOfAFolderFailsCleanly() throws {
        let folder = try Fixtures.temporaryFolder()
        try TextFile.writeAtomically("x", to: folder + "/file")
        #expect(throws: FileError.self) { try TextFile.writeAtomically("y", to: folder + "/file/child.po") }
        #expect(try TextFile.read(folder + "/file") == "x")
    }
}
