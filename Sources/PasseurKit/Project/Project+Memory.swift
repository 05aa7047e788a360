import Foundation

/// The project's translation memory: every catalog's translations and the TMX files imported into it.
extension Project {
    /// Where imported TMX memories are kept, relative to the project folder.
    static let memoryFolder = "Locales/memory"

    /// The memory for `locale`: translated units (translated, reviewed, final) of every
    /// catalog of the locale, then every imported TMX's units that have the source and this locale.
    ///
    /// The built memory is stored in `build/tm/<locale>.tm` and read back, index included,
    /// while the catalogs and imported memories keep their size and modification time.
    ///
    /// - Throws: `FileError`, `POReader.Error`, `ExchangeError`.
    public func memory(for locale: LocaleTag) throws -> TranslationMemory {
        try memory(for: locale, workspace: nil)
    }

    /// The memory for `locale`, from `workspace`'s catalogs when they are loaded.
    func memory(for locale: LocaleTag, workspace: Workspace?) throws -> TranslationMemory {
        let inputs = config.documents.map { catalogPath(document: $0, locale: locale) } + importedMemories()
        let fingerprint = FileCache.fingerprint(of: inputs, at: path)
        return try FileCache.value(
            at: path("build/tm/\(locale.identifier).tm"),
            decode: { TranslationMemory.load($0, fingerprint: fingerprint) },
            encode: { $0.stored(fingerprint: fingerprint) },
            build: {
                let catalogs = try workspace ?? load(.catalogs, locales: [locale])
                let memories = try importedMemories().map { file in
                    try TMXReader.read(
                        TextFile.readBytes(path(file)), file: file, sourceLocale: config.sourceLocale.identifier,
                        targetLocale: locale.identifier)
                }
                return TranslationMemory(
                    catalogs: config.documents.compactMap { catalogs.catalog(document: $0, locale: locale) }.map {
                        ($0.path, $0.catalog)
                    },
                    memories: memories, sourceLocale: config.sourceLocale)
            })
    }

    /// The imported TMX files, sorted.
    func importedMemories() -> [String] {
        let folder = path(Self.memoryFolder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.lowercased().hasSuffix(".tmx") }.sorted().map { "\(Self.memoryFolder)/\($0)" }
    }

    /// Adds a TMX file's units to the project's memory (`Locales/memory/<name>.tmx`), merged
    /// with what an earlier import of the same name brought; nothing is removed. Units with
    /// no text in their source language are left out: nothing could ever match them.
    ///
    /// - Returns: the stored file and how many units it holds.
    /// - Throws: `FileError`, `ExchangeError`.
    public func importMemory(_ file: String) throws -> (stored: String, units: Int) {
        let source = config.sourceLocale.identifier
        let incoming = try TMXReader.read(path: file, sourceLocale: source, targetLocale: nil)
        guard !incoming.units.isEmpty else {
            throw ExchangeError.noUnits(at: SourceLocation(file: file, line: 1, column: 1))
        }
        let name = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
        let stored = "\(Self.memoryFolder)/\(name).tmx"
        var merged = ExchangeFile(
            sourceLocale: incoming.sourceLocale ?? source, targetLocale: nil, original: nil, units: [])
        if FileManager.default.fileExists(atPath: path(stored)) {
            merged = try TMXReader.read(path: path(stored), sourceLocale: source, targetLocale: nil)
        }
        merged = merged.memoryMerged(with: incoming)
        try TextFile.writeAtomically(TMXWriter.write(merged), to: path(stored))
        return (stored, merged.units.count)
    }
}
