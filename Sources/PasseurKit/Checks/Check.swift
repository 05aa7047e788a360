/// A quality check: an id, a default severity, a one-line summary.
///
/// A new check is one small type in `Checks/` and one line in `CheckRegistry.all`.
public protocol Check {
    /// A kebab-case id, used in reports, suppressions and settings.
    static var id: String { get }
    /// The severity of its findings unless the project says otherwise.
    static var defaultSeverity: Severity { get }
    /// One sentence: what it verifies (the help line and the README's table entry).
    static var summary: String { get }

    /// Creates the check with its default settings.
    init()
}

/// A check of one translation unit, in the context of its catalog and the term base.
public protocol UnitCheck: Check {
    /// Whether the check also looks at units with no translation (most do not).
    static var checksUntranslated: Bool { get }

    /// The findings for `unit`; empty when all is well.
    func findings(in unit: TranslationUnit, context: CheckContext) -> [Finding]
}

extension UnitCheck {
    /// Most checks look at translated units only.
    public static var checksUntranslated: Bool { false }
}

/// A check of all the units of one locale at once (every document): the same source
/// translated differently, different sources translated the same.
public protocol CatalogCheck: Check {
    /// The findings among `units`, the active units of `context.locale`.
    func findings(in units: [TranslationUnit], context: CheckContext) -> [Finding]
}

/// A check of one segment in every target locale at once: what the other locales
/// carry and this one lacks.
public protocol ParallelCheck: Check {
    /// The findings for one source segment, given its unit in each locale that has one.
    func findings(source: String, units: [(locale: LocaleTag, unit: TranslationUnit)], context: CheckContext)
        -> [Finding]
}

/// What a check may look at besides the unit: the locale, the term base, the project's
/// settings, and the analyses of the texts being checked.
public struct CheckContext {
    /// The target locale.
    public var locale: LocaleTag
    /// The catalog's path, for locations when a unit has none.
    public var catalogPath: String
    /// The term base, with its matchers for the source and target locales.
    public var glossary: GlossaryIndex?
    /// What the project sets for this locale.
    public var settings: LocaleCheckSettings
    /// The language of the sources, when known: set by `CheckRunner`, `nil` for a check called
    /// on its own unless the caller says.
    var sourceLocale: LocaleTag?
    /// How the texts mark themselves up: Markdown in a project's catalogs, plain in software
    /// catalogs checked on their own. Set by `CheckRunner` from its settings.
    var markup = TextAnalysis.Markup.markdown
    /// The analysis of the source being checked, shared by the segment's units in every
    /// locale: set by `CheckRunner` for each segment, `nil` for a check called on its own.
    var sourceAnalysis: TextAnalysis?
    /// The analysis of the target of the unit being checked: set by `CheckRunner` for each
    /// unit, `nil` for a check called on its own.
    var targetAnalysis: TextAnalysis?
    /// The analyses of the targets of a parallel check's units, in the order of its units:
    /// set by `CheckRunner` for each segment, empty for a check called on its own.
    var targetAnalyses: [TextAnalysis] = []
    /// The analyses of the targets of every locale's unit of the segment, the unit's own at
    /// `segmentIndex`: set by `CheckRunner` for a unit check in a document of several languages,
    /// empty otherwise. A check asks `otherTranslations` what the other languages did.
    var segmentTargets: [TextAnalysis] = []
    /// The position of the unit being checked in `segmentTargets`.
    var segmentIndex = 0
    /// The dictionaries, word lists and verdicts that the run's spelling look-ups share: set by
    /// `CheckRunner` for the whole run, `nil` for a check called on its own (which then uses
    /// its own).
    var spelling: SpellingSession?
    /// What the header of the unit's catalog declares (plural rule, accelerator marker): set by
    /// `CheckRunner` from each catalog, none for a check called on its own unless the caller says.
    var conventions = CatalogConventions()
    /// A parallel check's catalogs' conventions, by locale: set by `CheckRunner` for each
    /// document, empty for a check called on its own.
    var localeConventions: [LocaleTag: CatalogConventions] = [:]

    /// Creates a context.
    init(
        locale: LocaleTag, catalogPath: String, glossary: GlossaryIndex?, settings: LocaleCheckSettings = .init(),
        sourceLocale: LocaleTag? = nil
    ) {
        self.locale = locale
        self.catalogPath = catalogPath
        self.glossary = glossary
        self.settings = settings
        self.sourceLocale = sourceLocale
    }

    /// The analysis of `unit`'s source: the runner's, or a new one for a check called on its own.
    public func source(of unit: TranslationUnit) -> TextAnalysis {
        sourceAnalysis ?? TextAnalysis(unit.source, locale: sourceLocale, markup: markup)
    }

    /// The analysis of `unit`'s target: the runner's, or a new one for a check called on its own.
    public func target(of unit: TranslationUnit) -> TextAnalysis {
        targetAnalysis ?? TextAnalysis(unit.target, locale: locale, markup: markup)
    }

    /// The analyses of the other languages' translations of the unit's source, those not empty:
    /// none for a check called on its own or a document of one language.
    var otherTranslations: [TextAnalysis] {
        segmentTargets.indices.compactMap { i in
            i == segmentIndex || segmentTargets[i].text.isEmpty ? nil : segmentTargets[i]
        }
    }

    /// The analysis of the target of `units[index]`, a parallel check's units: the runner's, or
    /// a new one for a check called on its own.
    public func target(of units: [(locale: LocaleTag, unit: TranslationUnit)], at index: Int) -> TextAnalysis {
        index < targetAnalyses.count
            ? targetAnalyses[index]
            : TextAnalysis(units[index].unit.target, locale: units[index].locale, markup: markup)
    }

    /// The plural rule of the catalog of `locale` (the context's own locale unless given): its
    /// header's, else the language's usual one (`PluralForms`).
    func pluralRule(for locale: LocaleTag? = nil) -> PluralRule {
        guard let locale else { return conventions.pluralRule ?? PluralForms.rule(for: self.locale) }
        return localeConventions[locale]?.pluralRule ?? PluralForms.rule(for: locale)
    }

    /// A finding of check `C` on `unit`, at the unit's `msgstr` line.
    public func finding<C: Check>(
        _ check: C.Type, _ unit: TranslationUnit, _ message: String, sourceRange: Range<Int>? = nil,
        targetRange: Range<Int>? = nil, locale: LocaleTag? = nil
    ) -> Finding {
        Finding(
            checkID: C.id, severity: C.defaultSeverity, locale: (locale ?? self.locale).identifier,
            location: unit.location ?? SourceLocation(file: catalogPath, line: 1, column: 1), source: unit.source,
            message: message, sourceRange: sourceRange, targetRange: targetRange, target: unit.target)
    }
}
