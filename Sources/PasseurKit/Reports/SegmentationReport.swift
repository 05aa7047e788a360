import Foundation

/// The segments of a document, printed for people (`text`), programs (`json`) or tables (`tsv`).
public struct SegmentationReport {
    /// The segmented document.
    let document: Document

    /// Creates a report.
    public init(document: Document) {
        self.document = document
    }

    /// The formats of `passeur segment --format`.
    public enum Format: String, CaseIterable, Sendable {
        /// A segment per line, a blank line between blocks.
        case text
        /// An array of objects: block, segment, kind, line, column, text.
        case json
        /// Block number, segment number and escaped text, tab-separated.
        case tsv
    }

    /// One row per segment.
    struct Row: Encodable {
        var block: Int
        var segment: Int
        var kind: String
        var line: Int
        var column: Int
        var text: String
    }

    var rows: [Row] {
        document.segments.map { s in
            Row(
                block: s.blockIndex + 1, segment: s.indexInBlock + 1, kind: document.blocks[s.blockIndex].kind.name,
                line: s.location.line, column: s.location.column, text: s.text)
        }
    }

    /// The report in `format`: `text` (a segment per line, a blank line between
    /// blocks), `json` (an array of objects) or `tsv` (block, segment, escaped text).
    public func render(_ format: Format) -> String {
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            return String(decoding: (try? encoder.encode(rows)) ?? Data(), as: UTF8.self) + "\n"
        case .tsv:
            return rows.map { "\($0.block)\t\($0.segment)\t\(Self.escapeTSV($0.text))\n" }.joined()
        case .text:
            var out = ""
            var previousBlock = 0
            for row in rows {
                if previousBlock != 0, row.block != previousBlock { out += "\n" }
                out += row.text + "\n"
                previousBlock = row.block
            }
            return out
        }
    }

    /// Tab, newline and backslash as `\t`, `\n`, `\\`.
    static func escapeTSV(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\t": out += "\\t"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
