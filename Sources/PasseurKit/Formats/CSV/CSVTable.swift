/// RFC 4180 CSV: records of fields, quoted with `"` where needed, lines ended by CRLF or LF.
///
/// Passeur parses CSV itself (about fifty lines) to report errors with the
/// line and column where they are, which the CSV packages at hand do not.
struct CSVTable: Equatable, Sendable {
    /// The first record, naming the columns.
    var header: [String]
    /// The other records.
    var rows: [[String]]
    /// The line each row starts on (1-based), for errors.
    var rowLines: [Int]
    /// Where each field of each row starts, for errors about one field.
    var fieldLocations: [[SourceLocation]]

    /// Creates a table.
    init(header: [String], rows: [[String]]) {
        self.header = header
        self.rows = rows
        self.rowLines = rows.indices.map { $0 + 2 }
        self.fieldLocations = rows.indices.map { index in
            rows[index].indices.map { SourceLocation(file: "", line: index + 2, column: $0 + 1) }
        }
    }

    /// Why a CSV file was refused.
    enum Error: LocatedError, Equatable {
        /// A quoted field that never closes.
        case unterminatedQuote(at: SourceLocation)
        /// Text after a closing quote, before the separator.
        case textAfterQuote(at: SourceLocation)
        /// A record with another number of fields than the header.
        case wrongFieldCount(expected: Int, found: Int, at: SourceLocation)
        /// No header record.
        case empty(at: SourceLocation)
        /// A control character (NUL, vertical tab, escape…) that no spreadsheet writes.
        case controlCharacter(UInt32, at: SourceLocation)

        /// Where the problem is.
        var location: SourceLocation {
            switch self {
            case .unterminatedQuote(let at), .textAfterQuote(let at), .wrongFieldCount(_, _, let at), .empty(let at),
                .controlCharacter(_, let at):
                return at
            }
        }

        /// What is wrong, in one line.
        var message: String {
            switch self {
            case .unterminatedQuote: return "quoted field is not closed"
            case .textAfterQuote: return "text after a closing quote"
            case .wrongFieldCount(let expected, let found, _): return "\(found) fields where the header has \(expected)"
            case .empty: return "no header line"
            case .controlCharacter(let value, _):
                return "control character U+\(String(value, radix: 16, uppercase: true).leftPadded(to: 4))"
            }
        }

        /// What the user can do about it.
        var hint: String {
            switch self {
            case .unterminatedQuote, .textAfterQuote: return "double every quote inside a quoted field (\"\")"
            case .wrongFieldCount: return "quote fields that contain commas"
            case .empty: return "start the file with the column names"
            case .controlCharacter: return "remove it: the file is damaged or not CSV text"
            }
        }
    }

    /// Parses CSV text; `file` names it in errors.
    ///
    /// - Throws: `CSVTable.Error`.
    init(parsing text: String, file: String) throws {
        var records: [[String]] = []
        var lines: [Int] = []
        var starts: [[SourceLocation]] = []
        var recordStarts: [SourceLocation] = []
        var fieldStart = SourceLocation(file: file, line: 1, column: 1)
        var record: [String] = []
        var field = ""
        var line = 1
        var column = 0
        var recordLine = 1
        var quoted = false
        var afterQuote = false
        var quoteStart = SourceLocation(file: file, line: 1, column: 1)
        var scalars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = scalars.next()
        if pending == "\u{FEFF}" { pending = scalars.next() }
        func endRecord() {
            record.append(field)
            recordStarts.append(fieldStart)
            if !(record.count == 1 && record[0].isEmpty) {
                records.append(record)
                lines.append(recordLine)
                starts.append(recordStarts)
            }
            record = []
            recordStarts = []
            field = ""
        }
        while let c = pending {
            pending = scalars.next()
            column += 1
            if c.value < 0x20 && c != "\t" && c != "\n" && c != "\r" || c.value == 0x7F {
                throw Error.controlCharacter(c.value, at: SourceLocation(file: file, line: line, column: column))
            }
            if quoted {
                if c == "\"" {
                    if pending == "\"" {
                        field.unicodeScalars.append("\"")
                        pending = scalars.next()
                        column += 1
                    } else {
                        quoted = false
                        afterQuote = true
                    }
                } else {
                    if c == "\n" {
                        line += 1
                        column = 0
                    }
                    field.unicodeScalars.append(c)
                }
                continue
            }
            switch c {
            case ",":
                record.append(field)
                recordStarts.append(fieldStart)
                fieldStart = SourceLocation(file: file, line: line, column: column + 1)
                field = ""
                afterQuote = false
            case "\r" where pending == "\n":
                continue
            case "\n":
                endRecord()
                afterQuote = false
                line += 1
                column = 0
                recordLine = line
                fieldStart = SourceLocation(file: file, line: line, column: 1)
            case "\"" where field.isEmpty && !afterQuote:
                quoted = true
                quoteStart = SourceLocation(file: file, line: line, column: column)
            default:
                if afterQuote { throw Error.textAfterQuote(at: SourceLocation(file: file, line: line, column: column)) }
                field.unicodeScalars.append(c)
            }
        }
        if quoted { throw Error.unterminatedQuote(at: quoteStart) }
        if !field.isEmpty || !record.isEmpty { endRecord() }
        guard let header = records.first else { throw Error.empty(at: SourceLocation(file: file, line: 1, column: 1)) }
        for (record, recordLine) in zip(records, lines).dropFirst() where record.count != header.count {
            throw Error.wrongFieldCount(
                expected: header.count, found: record.count, at: SourceLocation(file: file, line: recordLine, column: 1)
            )
        }
        self.header = header
        self.rows = Array(records.dropFirst())
        self.rowLines = Array(lines.dropFirst())
        self.fieldLocations = Array(starts.dropFirst())
    }

    /// The table as CSV text with LF line ends; a field is quoted when it holds a comma, a quote or a line end.
    var text: String {
        ([header] + rows).map { $0.map(Self.quote).joined(separator: ",") + "\n" }.joined()
    }

    private static func quote(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) || field.hasPrefix(" ")
        else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
