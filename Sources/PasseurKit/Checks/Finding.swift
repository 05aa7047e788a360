/// Something a check found wrong in one translation unit.
public struct Finding: Sendable, Equatable, Codable {
    /// The check that found it (`glossary-forbidden`).
    public var checkID: String
    /// How serious it is.
    public var severity: Severity
    /// The target locale.
    public var locale: String
    /// The unit's `msgstr` in its catalog (`Locales/en/x.po:123:1`).
    public var location: SourceLocation
    /// The unit's source text, which identifies it.
    public var source: String
    /// What is wrong, in one line.
    public var message: String
    /// The source range (UTF-16 offsets) the finding is about, if any.
    public var sourceRange: Range<Int>?
    /// The target range (UTF-16 offsets) the finding is about, if any.
    public var targetRange: Range<Int>?
    /// The unit's translation when the finding was made, for reports that show it.
    public var target: String = ""
    /// The message without what changes when other units change, when it has any: the places
    /// it names (`file:line` of another unit), a spelling finding's suggestions (the first words
    /// of a run get them). The fingerprint uses it, so a baseline survives lines moving anywhere.
    var placeFreeMessage: String?
    /// The words a `spelling` finding reports, as written, in text order: for the suggestions
    /// added once the run's findings are sorted, and for word lists. Not encoded.
    var unknownWords: [String] = []

    private enum CodingKeys: String, CodingKey {
        case checkID, severity, locale, location, source, message, sourceRange, targetRange, target
    }

    /// Creates a finding.
    init(
        checkID: String, severity: Severity, locale: String, location: SourceLocation, source: String,
        message: String, sourceRange: Range<Int>? = nil, targetRange: Range<Int>? = nil, target: String = ""
    ) {
        self.checkID = checkID
        self.severity = severity
        self.locale = locale
        self.location = location
        self.source = source
        self.message = message
        self.sourceRange = sourceRange
        self.targetRange = targetRange
        self.target = target
    }

    /// What identifies the finding across runs, whatever its line: check, locale, message
    /// (without the places it names) and a hash of the unit's source, so a baseline survives
    /// edits elsewhere in the file.
    var fingerprint: String {
        let hash = FNV1a.hash(
            (checkID + "\u{1}" + locale + "\u{1}" + source + "\u{1}" + (placeFreeMessage ?? message)).utf8)
        return "\(checkID):\(locale):" + String(hash, radix: 16)
    }

    /// The compiler-style line: `file:line:column: warning: [check-id] message`.
    public var description: String { "\(location): \(severity.rawValue): [\(checkID)] \(message)" }
}

extension SourceLocation: Codable {
    enum CodingKeys: String, CodingKey { case file, line, column }

    /// Decodes a location from `{file, line, column}`.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            file: try c.decode(String.self, forKey: .file), line: try c.decode(Int.self, forKey: .line),
            column: try c.decode(Int.self, forKey: .column))
    }

    /// Encodes the location as `{file, line, column}`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(file, forKey: .file)
        try c.encode(line, forKey: .line)
        try c.encode(column, forKey: .column)
    }
}
