import Foundation

/// The project's translation memory: every catalog's translations and the TMX files imported into it.
extension Project {
    /// Where imported TMX memories are kept, relative to the project folder.
    public static let memoryFolder = "Locales/memory"

    /// The memory for `locale`: translated units (translated, reviewed, final) of every
    /// catalog of the locale, then every imported TMX's units that have the source and this locale.
    ///
    /// The built memory is stored in `build/tm/<locale>.tm` and read back, index included,
    /// while the catalogs and imported memories keep their size and modification time.
    ///
    /// - Throws: `FileError`, `POReader.Error`, `ExchangeError`.
    public func memory(for locale: LocaleTag) throws -> TranslationMemory {
        // The memory is stored under build/tm/ and used again while its inputs are unchanged.
        let inputs = config.documents.map { catalogPath(document: $0, locale: locale) } + importedMemories()
        let fingerprint = inputs.map { input -> String in
            let attributes = try? FileManager.default.attributesOfItem(atPath: path(input))
            let size = (attributes?[.size] as? NSNumber)?.intValue ?? -1
            let modified = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            return "\(input):\(size):\(modified)"
        }.joined(separator: "|")
        let cache = path("build/tm/\(locale.identifier).tm")
        if let bytes = FileManager.default.contents(atPath: cache),
            let stored = TranslationMemory.load([UInt8](bytes), fingerprint: fingerprint)
        {
            return stored
        }
        let memory = try buildMemory(for: locale)
        do {
            try TextFile.writeAtomically(memory.stored(fingerprint: fingerprint), to: cache)
        } catch {
            // The stored memory only saves time: a read-only checkout still gets its memory.
        }
        return memory
    }

    private func buildMemory(for locale: LocaleTag) throws -> TranslationMemory {
        var entries: [TranslationMemory.Entry] = []
        for document in config.documents {
            let relative = catalogPath(document: document, locale: locale)
            guard FileManager.default.fileExists(atPath: path(relative)) else { continue }
            let catalog = Catalog(try POReader.read(TextFile.readBytes(path(relative)), file: relative))
            for unit in catalog.units where unit.state.isTranslated && unit.hasTarget {
                entries.append(TranslationMemory.Entry(source: unit.source, target: unit.target, origin: relative))
            }
        }
        for file in importedMemories() {
            let (sourceLocale, tmx) = try TMXReader.read(path: path(file))
            for entry in tmx {
                let declared = entry.sourceLocale ?? sourceLocale ?? config.sourceLocale.identifier
                guard let source = entry.texts.first(where: { Self.sameLanguage($0.locale, declared) }),
                    Self.sameLanguage(source.locale, config.sourceLocale.identifier),
                    let target = entry.texts.first(where: { Self.sameLanguage($0.locale, locale.identifier) })
                else { continue }
                entries.append(TranslationMemory.Entry(source: source.text, target: target.text, origin: file))
            }
        }
        return TranslationMemory(entries: entries)
    }

    /// The imported TMX files, sorted.
    public func importedMemories() -> [String] {
        let folder = path(Self.memoryFolder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.lowercased().hasSuffix(".tmx") }.sorted().map { "\(Self.memoryFolder)/\($0)" }
    }

    /// Adds a TMX file's units to the project's memory (`Locales/memory/<name>.tmx`), merged
    /// with what an earlier import of the same name brought; nothing is removed.
    ///
    /// - Returns: the stored file and how many units it holds.
    /// - Throws: `FileError`, `ExchangeError`.
    public func importMemory(_ file: String) throws -> (stored: String, units: Int) {
        let (sourceLocale, incoming) = try TMXReader.read(path: file)
        guard !incoming.isEmpty else { throw ExchangeError.noUnits(at: SourceLocation(file: file, line: 1, column: 1)) }
        let name = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
        let stored = "\(Self.memoryFolder)/\(name).tmx"
        var entries: [TMXWriter.Entry] = []
        if FileManager.default.fileExists(atPath: path(stored)) {
            entries = try TMXReader.read(path: path(stored)).entries
        }
        for entry in incoming where !entries.contains(entry) { entries.append(entry) }
        try TextFile.writeAtomically(
            TMXWriter.write(entries, sourceLocale: sourceLocale ?? config.sourceLocale.identifier), to: path(stored))
        return (stored, entries.count)
    }

    /// Whether two language tags name the same language and, when both have one, the same region.
    static func sameLanguage(_ a: String, _ b: String) -> Bool {
        let x = a.lowercased().replacingOccurrences(of: "_", with: "-").split(separator: "-")
        let y = b.lowercased().replacingOccurrences(of: "_", with: "-").split(separator: "-")
        guard x.first == y.first else { return false }
        return x.count < 2 || y.count < 2 || x[1] == y[1]
    }
}
