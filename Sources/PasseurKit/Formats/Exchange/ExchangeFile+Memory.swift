extension ExchangeFile {
    /// This memory with the units of `other` it lacks appended; nothing is removed. Every
    /// language of both is kept: each unit's target goes among its other texts, since the files
    /// may each have a different only language.
    func memoryMerged(with other: ExchangeFile) -> ExchangeFile {
        var merged = allTextsAsOthers()
        func key(_ unit: Unit) -> [String] {
            [unit.id, unit.sourceLocale ?? "", unit.source, unit.state?.rawValue ?? ""] + unit.notes
                + unit.otherTexts.flatMap { [$0.locale, $0.text] }
        }
        var known = Set(merged.units.map(key))
        for unit in other.allTextsAsOthers().units where known.insert(key(unit)).inserted { merged.units.append(unit) }
        return merged
    }

    /// The file with each unit's target moved to the front of its other texts, and no target language.
    func allTextsAsOthers() -> ExchangeFile {
        var file = self
        for i in file.units.indices {
            if let target = file.units[i].target {
                file.units[i].otherTexts.insert(.init(locale: file.targetLocale ?? "", text: target), at: 0)
                file.units[i].target = nil
            }
        }
        file.targetLocale = nil
        return file
    }
}
