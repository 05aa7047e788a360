import PasseurTestSupport
import Testing

@testable import PasseurKit

// The one place where the check tests invoke checks: how a check is called (its context)
// may change, and then only this file needs adapting.

/// A text with position markers (`1️⃣` … `9️⃣`, keycap emoji) where findings' ranges start.
///
/// `MarkedText("the 1️⃣the")` has `text == "the the"` and `markers == ["1️⃣": 4]`: the
/// markers are removed and each is recorded at the UTF-16 offset of what follows it.
struct MarkedText {
    /// The text without its markers.
    let text: String
    /// Each marker and its UTF-16 offset in `text`.
    let markers: [String: Int]

    /// Strips the markers of `marked`: a digit followed by U+FE0F U+20E3.
    init(_ marked: String) {
        let scalars = Array(marked.unicodeScalars)
        var out = String.UnicodeScalarView()
        var utf16 = 0
        var markers: [String: Int] = [:]
        var i = 0
        while i < scalars.count {
            if i + 2 < scalars.count, ("1"..."9").contains(scalars[i]), scalars[i + 1] == "\u{FE0F}",
                scalars[i + 2] == "\u{20E3}"
            {
                let name = String(String.UnicodeScalarView(scalars[i...(i + 2)]))
                precondition(markers[name] == nil, "marker \(name) is used twice")
                markers[name] = utf16
                i += 3
                continue
            }
            out.append(scalars[i])
            utf16 += scalars[i].utf16.count
            i += 1
        }
        self.text = String(out)
        self.markers = markers
    }
}

/// The term base a check runs with.
enum TermBase {
    /// The project's, `Glossary/bitcoin.yaml`.
    case project
    /// None, as in a project without a glossary.
    case none
}

/// What the check tests share: the project's term base, contexts, units.
enum CheckFixtures {
    /// The project's term base (`Glossary/bitcoin.yaml`), read once.
    static let glossary: Result<Glossary, any Error> = Result {
        try Glossary.read(path: Fixtures.repositoryRoot.appendingPathComponent("Glossary/bitcoin.yaml").path)
    }

    /// The project's term base indexed for French and the target locales, or nil after recording
    /// why it could not be read. A new index each time: an index caches matches, unlocked, and
    /// tests run in parallel.
    static var projectGlossary: GlossaryIndex? {
        do {
            return try GlossaryIndex(
                glossary: glossary.get(), sourceLocale: Fixtures.french,
                targetLocales: ["en", "es", "de", "pt-BR", "it"].map(Fixtures.locale))
        } catch {
            Issue.record("Glossary/bitcoin.yaml: \(error)")
            return nil
        }
    }

    /// The catalog path of every test unit.
    static let catalogPath = "x.po"
    /// The line of a unit built by `assertFindings(_:source:target:…)`.
    static let unitLine = 3

    /// A context for `locale`, with the project's term base unless told otherwise. Sources are
    /// in `sourceLocale`: French (the project's) unless told otherwise, or English in a plain
    /// context (`markup: .plain`), a software catalog's, whose texts are read as plain text.
    static func context(
        _ locale: String, termBase: TermBase = .project, settings: LocaleCheckSettings = .init(),
        markup: TextAnalysis.Markup = .markdown, sourceLocale: String? = nil
    ) -> CheckContext {
        var context = CheckContext(
            locale: Fixtures.locale(locale), catalogPath: catalogPath,
            glossary: termBase == .project ? projectGlossary : nil, settings: settings,
            sourceLocale: Fixtures.locale(sourceLocale ?? (markup == .plain ? "en" : "fr")))
        context.markup = markup
        return context
    }

    /// `base` written `times` times, separated by spaces: a very long segment (some 60,000
    /// UTF-16 code units for a sentence of 30 characters).
    static func longText(_ base: String, times: Int = 2_000) -> String {
        Array(repeating: base, count: times).joined(separator: " ")
    }
}

/// A unit translated in a catalog, at `line` of `file` (`x.po` unless told otherwise).
func translatedUnit(
    _ source: String, _ target: String?, line: Int = CheckFixtures.unitLine,
    state: TranslationUnit.State = .translated, context: String? = nil, file: String = CheckFixtures.catalogPath
) -> TranslationUnit {
    TranslationUnit(
        context: context, source: source, targets: [target ?? ""], state: target == nil ? .new : state,
        location: PasseurKit.SourceLocation(file: file, line: line, column: 1))
}

/// What one expected finding says, and where its range starts (nil: the finding has no range).
typealias ExpectedFinding = (marker: String?, message: String)

// MARK: - Running checks

/// The findings of a unit check on `unit`, in a context for `locale` (the project's term base
/// unless `termBase` says otherwise). The check is called as is, even on a unit the runner
/// would skip (no target, for a check whose `checksUntranslated` is false).
///
/// `markup` sets how the texts mark themselves up (`.plain` for software messages) and
/// `sourceLocale` their source language; `spelling`, a session the spelling look-ups share, as a run's would (with
/// its word lists; the check then leaves suggestions to the run).
func runCheck(
    _ check: some UnitCheck, on unit: TranslationUnit, locale: String = "en", termBase: TermBase = .project,
    settings: LocaleCheckSettings = .init(), markup: TextAnalysis.Markup = .markdown, sourceLocale: String? = nil,
    spelling: SpellingSession? = nil, conventions: CatalogConventions = .init()
) -> [Finding] {
    var context = CheckFixtures.context(
        locale, termBase: termBase, settings: settings, markup: markup, sourceLocale: sourceLocale)
    (context.spelling, context.conventions) = (spelling, conventions)
    return check.findings(in: unit, context: context)
}

/// The findings of a catalog check on `units`, all of `locale`.
func runCheck(
    _ check: some CatalogCheck, on units: [TranslationUnit], locale: String = "en",
    markup: TextAnalysis.Markup = .markdown
) -> [Finding] {
    check.findings(in: units, context: CheckFixtures.context(locale, termBase: .none, markup: markup))
}

/// The findings of a parallel check on one segment: `translations` gives each locale's target,
/// nil for a locale with no translation yet.
func runCheck(
    _ check: some ParallelCheck, source: String, translations: [(locale: String, target: String?)],
    markup: TextAnalysis.Markup = .markdown
) -> [Finding] {
    let units = translations.map { entry in
        (locale: Fixtures.locale(entry.locale), unit: translatedUnit(source, entry.target))
    }
    return check.findings(
        source: source, units: units, context: CheckFixtures.context("fr", termBase: .none, markup: markup))
}

// MARK: - Asserting findings

/// Asserts that `check` finds exactly `expected` in a translated unit, in order.
///
/// `source` and `target` may carry markers (`1️⃣`…); they are removed before the check runs.
/// An expected finding with a marker must have its `targetRange` (marker in the target) or
/// `sourceRange` (marker in the source) start at the marker; one without a marker must have
/// neither range. Each message must be exact, each finding of the check's id and at the unit's line.
func assertFindings<C: UnitCheck>(
    _ check: C, source: String, target: String, locale: String = "en", state: TranslationUnit.State = .translated,
    flags: [String] = [], termBase: TermBase = .project, settings: LocaleCheckSettings = .init(),
    markup: TextAnalysis.Markup = .markdown, sourceLocale: String? = nil, spelling: SpellingSession? = nil,
    expected: [ExpectedFinding],
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
    let (markedSource, markedTarget) = (MarkedText(source), MarkedText(target))
    let unit = TranslationUnit(
        source: markedSource.text, targets: [markedTarget.text], state: state, flags: flags,
        location: PasseurKit.SourceLocation(file: CheckFixtures.catalogPath, line: CheckFixtures.unitLine, column: 1))
    let findings = runCheck(
        check, on: unit, locale: locale, termBase: termBase, settings: settings, markup: markup,
        sourceLocale: sourceLocale, spelling: spelling)
    expectFindings(
        findings, of: C.self, source: markedSource, target: markedTarget, expected: expected,
        sourceLocation: sourceLocation)
}

/// Asserts that `check` finds exactly `expected` in `unit`, whose source and targets may carry
/// markers (a plural unit, a fuzzy one, one with flags). Messages, ranges and lines as in
/// `assertFindings(_:source:target:…)`; the unit's line is kept when it has a location.
func assertFindings<C: UnitCheck>(
    _ check: C, unit marked: TranslationUnit, locale: String = "en", termBase: TermBase = .project,
    settings: LocaleCheckSettings = .init(), conventions: CatalogConventions = .init(), expected: [ExpectedFinding],
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
    var unit = marked
    let source = MarkedText(marked.source)
    let targets = marked.targets.map(MarkedText.init)
    unit.source = source.text
    unit.targets = targets.map(\.text)
    if unit.location == nil {
        unit.location = PasseurKit.SourceLocation(
            file: CheckFixtures.catalogPath, line: CheckFixtures.unitLine, column: 1)
    }
    let findings = runCheck(
        check, on: unit, locale: locale, termBase: termBase, settings: settings, conventions: conventions)
    expectFindings(
        findings, of: C.self, source: source, target: targets.first ?? MarkedText(""), expected: expected,
        line: unit.location?.line ?? CheckFixtures.unitLine, sourceLocation: sourceLocation)
}

/// Asserts that a catalog check finds exactly `expected` among `units`: each finding's line
/// (the unit it is on) and exact message, in order. Catalog checks give no range: each finding
/// must have none.
func assertFindings<C: CatalogCheck>(
    _ check: C, units: [TranslationUnit], locale: String = "en", markup: TextAnalysis.Markup = .markdown,
    expected: [(line: Int, message: String)], sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
    let findings = runCheck(check, on: units, locale: locale, markup: markup)
    let actual = findings.map { "line \($0.location.line): \($0.message)" }
    #expect(actual == expected.map { "line \($0.line): \($0.message)" }, sourceLocation: sourceLocation)
    for finding in findings {
        #expect(finding.checkID == C.id, sourceLocation: sourceLocation)
        #expect(finding.locale == locale, sourceLocation: sourceLocation)
        #expect(finding.sourceRange == nil && finding.targetRange == nil, sourceLocation: sourceLocation)
    }
}

/// Asserts that a parallel check finds exactly `expected` for one segment: each finding's
/// locale and exact message, in order. Parallel checks give no range: each finding must have none.
func assertFindings<C: ParallelCheck>(
    _ check: C, source: String, translations: [(locale: String, target: String?)],
    markup: TextAnalysis.Markup = .markdown, expected: [(locale: String, message: String)],
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
    let findings = runCheck(check, source: source, translations: translations, markup: markup)
    let actual = findings.map { "\($0.locale): \($0.message)" }
    #expect(actual == expected.map { "\($0.locale): \($0.message)" }, sourceLocation: sourceLocation)
    for finding in findings {
        #expect(finding.checkID == C.id, sourceLocation: sourceLocation)
        #expect(finding.source == source, sourceLocation: sourceLocation)
        #expect(finding.sourceRange == nil && finding.targetRange == nil, sourceLocation: sourceLocation)
    }
}

/// Asserts that a parallel check finds exactly `expected` among units given whole (plural units,
/// each locale's catalog conventions): each finding's locale and exact message, in order.
func assertFindings<C: ParallelCheck>(
    _ check: C, source: String, units: [(locale: String, unit: TranslationUnit)],
    localeConventions: [String: CatalogConventions] = [:], expected: [(locale: String, message: String)],
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
    var context = CheckFixtures.context("en", termBase: .none, markup: .plain)
    context.localeConventions = Dictionary(
        localeConventions.map { (Fixtures.locale($0.key), $0.value) }, uniquingKeysWith: { first, _ in first })
    let findings = check.findings(
        source: source, units: units.map { (locale: Fixtures.locale($0.locale), unit: $0.unit) }, context: context)
    let actual = findings.map { "\($0.locale): \($0.message)" }
    #expect(actual == expected.map { "\($0.locale): \($0.message)" }, sourceLocation: sourceLocation)
    for finding in findings {
        #expect(finding.checkID == C.id, sourceLocation: sourceLocation)
    }
}

/// Compares findings with expectations, each rendered as `marker message` so that a failure
/// shows every finding at once.
private func expectFindings<C: Check>(
    _ findings: [Finding], of check: C.Type, source: MarkedText, target: MarkedText, expected: [ExpectedFinding],
    line: Int = CheckFixtures.unitLine, sourceLocation: Testing.SourceLocation
) {
    func name(_ offset: Int, in marked: MarkedText, side: String) -> String {
        marked.markers.first { $0.value == offset }.map { "\($0.key) (\(side))" } ?? "\(side) offset \(offset)"
    }
    let actual = findings.map { finding -> String in
        var at = "no range"
        if let range = finding.targetRange {
            at = name(range.lowerBound, in: target, side: "target")
            #expect(
                range.upperBound <= target.text.utf16.count && !range.isEmpty,
                "target range \(range) out of \(target.text.utf16.count) UTF-16 units", sourceLocation: sourceLocation)
        } else if let range = finding.sourceRange {
            at = name(range.lowerBound, in: source, side: "source")
            #expect(
                range.upperBound <= source.text.utf16.count && !range.isEmpty,
                "source range \(range) out of \(source.text.utf16.count) UTF-16 units", sourceLocation: sourceLocation)
        }
        return "\(at): \(finding.message)"
    }
    let wanted = expected.map { expectation -> String in
        guard let marker = expectation.marker else { return "no range: \(expectation.message)" }
        if target.markers[marker] != nil { return "\(marker) (target): \(expectation.message)" }
        if source.markers[marker] != nil { return "\(marker) (source): \(expectation.message)" }
        Issue.record("marker \(marker) is in neither the source nor the target", sourceLocation: sourceLocation)
        return "\(marker): \(expectation.message)"
    }
    #expect(actual == wanted, sourceLocation: sourceLocation)
    for finding in findings {
        #expect(finding.checkID == C.id, sourceLocation: sourceLocation)
        #expect(finding.severity == C.defaultSeverity, sourceLocation: sourceLocation)
        #expect(finding.location.line == line, sourceLocation: sourceLocation)
    }
}

// MARK: - The helper's own tests

@Suite struct MarkedTextTests {
    @Test func markersAreRemovedAndTheirUTF16OffsetsKept() {
        let marked = MarkedText("1️⃣The 🙂 cafe\u{301}2️⃣  is 1913 3️⃣")
        #expect(marked.text == "The 🙂 cafe\u{301}  is 1913 ")
        #expect(marked.markers == ["1️⃣": 0, "2️⃣": 12, "3️⃣": 22])
    }

    @Test func aTextWithoutMarkersIsKeptAsIs() {
        let marked = MarkedText("Le 23 décembre 1913 : 1 + 1 = 2.")
        #expect(marked.text == "Le 23 décembre 1913 : 1 + 1 = 2.")
        #expect(marked.markers.isEmpty)
    }
}
