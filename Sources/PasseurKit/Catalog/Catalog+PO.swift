/// The mapping between the PO syntax (`POFile`) and the catalog's meaning.
extension Catalog {
    /// The state flags Passeur adds to gettext's `fuzzy`.
    static let stateFlags: [String: TranslationUnit.State] = ["fuzzy": .fuzzy, "reviewed": .reviewed, "final": .final]

    /// Reads a catalog from a PO file's entries.
    public init(_ file: consuming POFile) {
        self.init()
        let headerFields = file.headerFields
        // Entries are moved out of the file, last first, rather than copied: a large catalog's
        // strings are then neither retained here nor released with the file.
        var entries = file.entries
        file = POFile(entries: [])
        units.reserveCapacity(entries.count)
        while let entry = entries.popLast() {
            if entry.isHeader {
                header = headerFields
                headerComments = entry.translatorComments
                headerFlags = entry.flags
                continue
            }
            let stateFlags = entry.flags.compactMap { Self.stateFlags[$0] }
            let hasTarget = entry.strings.contains { !$0.isEmpty }
            let state: TranslationUnit.State
            if stateFlags.contains(.fuzzy) {
                state = .fuzzy
            } else if !hasTarget {
                state = .new
            } else {
                state = stateFlags.max() ?? .translated
            }
            units.append(
                TranslationUnit(
                    context: entry.context, source: entry.id, sourcePlural: entry.idPlural, targets: entry.strings,
                    state: state, previousContext: entry.previousContext, previousSource: entry.previousID,
                    previousSourcePlural: entry.previousIDPlural, translatorComments: entry.translatorComments,
                    extractedComments: entry.extractedComments,
                    references: entry.references.flatMap { $0.split(separator: " ").map(String.init) },
                    flags: entry.flags.filter { Self.stateFlags[$0] == nil }, isObsolete: entry.isObsolete,
                    location: entry.stringLocation))
            if let line = entry.suppressionLine { units[units.count - 1].suppressionLine = line }
        }
        units.reverse()
    }

    /// The catalog as PO entries: header first, then the units in order.
    var poFile: POFile {
        var entries: [POEntry] = []
        if !header.isEmpty {
            var entry = POEntry()
            entry.translatorComments = headerComments
            entry.flags = headerFlags
            entry.strings = [header.map { "\($0.name): \($0.value)\n" }.joined()]
            entries.append(entry)
        }
        for unit in units {
            var entry = POEntry()
            entry.translatorComments = unit.translatorComments
            entry.extractedComments = unit.extractedComments
            entry.references = Self.referenceLines(unit.references)
            switch unit.state {
            case .fuzzy: entry.flags = ["fuzzy"] + unit.flags
            case .reviewed: entry.flags = unit.flags + ["reviewed"]
            case .final: entry.flags = unit.flags + ["final"]
            case .new, .translated: entry.flags = unit.flags
            }
            entry.previousContext = unit.previousContext
            entry.previousID = unit.previousSource
            entry.previousIDPlural = unit.previousSourcePlural
            entry.context = unit.context
            entry.id = unit.source
            entry.idPlural = unit.sourcePlural
            entry.strings = unit.targets.isEmpty ? [""] : unit.targets
            entry.isObsolete = unit.isObsolete
            entries.append(entry)
        }
        return POFile(entries: entries)
    }

    /// References packed on `#:` lines no wider than gettext's 79 columns.
    static func referenceLines(_ references: [String]) -> [String] {
        var lines: [String] = []
        var current = ""
        for reference in references {
            if current.isEmpty {
                current = reference
            } else if current.count + 1 + reference.count + 3 <= POWriter.width {
                current += " " + reference
            } else {
                lines.append(current)
                current = reference
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    /// Reads the catalog at `path`.
    ///
    /// - Throws: `FileError`, `POReader.Error`.
    public static func read(path: String) throws -> Catalog {
        Catalog(try POReader.read(path: path))
    }

    /// The catalog as PO text: the same catalog always gives the same bytes.
    ///
    /// - Throws: `ICUError` (see `POWriter.write`).
    var poText: String { get throws { try POWriter.write(poFile) } }

    /// Writes the catalog to `path` atomically.
    ///
    /// - Throws: `FileError.unwritable`.
    public func write(to path: String) throws {
        try TextFile.writeAtomically(try poText, to: path)
    }
}
