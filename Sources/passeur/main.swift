import PasseurKit
let doc = try MarkdownReader.read(path: CommandLine.arguments[1])
let seg = try SentenceSegmenter(locale: LocaleTag("fr", at: SourceLocation(file: "x", line: 1, column: 1)))
let s = doc.segmented(with: seg)
print(s.dump())
print(s.rebuilt { _ in nil } == (try TextFile.read(CommandLine.arguments[1])))
