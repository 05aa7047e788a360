/// Flags a keyboard accelerator of the source that the translation drops or doubles, and one
/// it adds: `_File` (GNOME, GTK, and LibreOffice's dialogs), `&File` (KDE, Qt, Mozilla, wx),
/// `~File` (LibreOffice's older strings).
///
/// How the marker is known. pofilter takes it from the project's style (`--gnome` gives `_`,
/// `--kde`, `--mozilla` and `--wx` give `&`, `--openoffice` and `--libreoffice` give `~`); its
/// default style has none, and then its `accelerators` check finds nothing. `msgfmt
/// --check-accelerators=CHAR` takes it from the user, and checks only a `msgid` with exactly
/// one marker. Passeur checks any catalog given on the command line, with no style to go by, so
/// it reads each unit the way `msgfmt` does, for each of the three markers:
///
/// - only a short label counts: a source of one line and at most 80 characters, as menu items,
///   buttons and field labels are (a sentence with `_` or `&` is prose or an identifier);
/// - in the source, a marker is an accelerator before a letter or digit, when nothing says it is
///   something else (`TextScanning.accelerators(in:marker:reading:)`: not doubled, not
///   `&amp;`, `R&D`, `snake_case`, `KP_Begin`, `%s_%d`, `~/.config`, `_emphasis_`). A source
///   with a marker that may be either (`KP_Begin`, `call_handler`) is left alone: a false alarm
///   on every such identifier would cost more than the rare accelerator missed;
/// - a source with exactly one accelerator needs exactly one in the translation, anywhere in
///   a word (`É&mettre`, `Ou_vrir`, `(_F)`), unless the translation writes it as a word
///   (`major&minor`, « principale & secondaire »); a source with none needs none, and then
///   only markers that cannot be anything else count (an `_` only at the start of a word),
///   less words kept from the source (`nom_fichier` from `filename`, LibreOffice Calc's
///   `Longueur_min` are translated identifiers, not accelerators); a source with two or more
///   is not a label (`msgfmt` leaves it too).
///
/// So a GNOME catalog's `Tom & Jerry` or a KDE catalog's `snake_case` raise nothing. What it
/// cannot tell: a keysym written like a label (GTK's `Multi_key`, translated « Touche multi »),
/// which `msgfmt --check-accelerators=_` reports as well, or an ampersand inside a word of a
/// catalog whose marker is another (`major&minor`, unless the translation writes ` & `) — unless
/// the catalog names its marker: KDE's catalogs declare `X-Accelerator-Marker: &` in their header,
/// and then `&` alone is read (`CheckContext.conventions`), so an `_` or a `~` of theirs is text,
/// and an `&` before a capital is their accelerator (`Open&GL`), not an ampersand.
struct AcceleratorsCheck: UnitCheck {
    /// `accelerators`.
    static let id = "accelerators"
    /// A lost accelerator takes a keyboard shortcut away; the program still works.
    static let defaultSeverity = Severity.warning
    /// The help line.
    static let summary =
        "A short label's keyboard accelerator (_File, &File, ~File) is kept once, and none is added."

    /// The dictionaries that tell a label's word from an identifier's.
    private let dictionaries = HunspellDictionaries()

    /// The markers looked for: GTK's, KDE's and Qt's, LibreOffice's.
    static let markers: [Unicode.Scalar] = ["_", "&", "~"]
    /// The longest source read as a label, in Unicode scalars.
    static let maximumLabelLength = 80

    /// A finding per accelerator missing, repeated or added, in each translated form.
    func findings(in unit: TranslationUnit, context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        // The catalog's declared marker when its header names one, else all three.
        let markers = context.conventions.acceleratorMarker.map { [$0] } ?? Self.markers
        let declared = context.conventions.acceleratorMarker != nil
        for (form, target) in unit.targets.enumerated() where !target.isEmpty {
            let source = form == 0 ? unit.source : unit.sourcePlural ?? unit.source
            guard TextScanning.mayHoldAccelerator(source) || TextScanning.mayHoldAccelerator(target),
                Self.isLabel(source)
            else { continue }
            // Ranges point into the unit's source and first form, what reports show.
            let ranged = form == 0
            let label = unit.sourcePlural == nil ? "" : " (plural form \(form))"
            for marker in markers
            where source.unicodeScalars.contains(marker) || target.unicodeScalars.contains(marker) {
                let inSource = TextScanning.accelerators(
                    in: source, marker: marker, reading: .source, declared: declared)
                guard inSource.ambiguous == 0 else { continue }
                switch inSource.found.count {
                case 0:
                    let added = TextScanning.accelerators(
                        in: target, marker: marker, reading: .added, declared: declared
                    ).found
                    for accelerator in added where !source.contains(accelerator.word) {
                        findings.append(
                            context.finding(
                                Self.self, unit, "accelerator \(accelerator.written) is not in the source\(label)",
                                targetRange: ranged ? accelerator.range : nil))
                    }
                case 1:
                    let expected = inSource.found[0]
                    if isIdentifier(expected, marker: marker, sourceLocale: context.sourceLocale) { continue }
                    let found = TextScanning.accelerators(
                        in: target, marker: marker, reading: .loose, declared: declared
                    ).found
                    // A translation that writes it as a word read it as an ampersand
                    // (LibreOffice's `major&minor`, « principale & secondaire »).
                    if found.isEmpty, marker == "&", target.contains(" & ") { continue }
                    if found.isEmpty {
                        findings.append(
                            context.finding(
                                Self.self, unit, "accelerator \(expected.written) of the source is missing\(label)",
                                sourceRange: ranged ? expected.range : nil))
                    } else if found.count > 1 {
                        findings.append(
                            context.finding(
                                Self.self, unit,
                                "accelerator marker \(marker) appears \(found.count) times; the source has one "
                                    + "(\(expected.written))\(label)",
                                targetRange: ranged ? found[1].range : nil))
                    }
                default:
                    continue
                }
            }
        }
        return findings
    }

    /// Whether an `_` inside a word of the source joins the words of an identifier rather than
    /// marks a letter: the word without it is no word of the source language (`test_pattern`,
    /// `job_spec`, GTK's keysym `Multi_key`), where a label's is one (`Numbe_r`, `Fi_ll`,
    /// `hard_ware`). Without a dictionary for the language, it is taken for an accelerator.
    func isIdentifier(_ accelerator: TextScanning.Accelerator, marker: Unicode.Scalar, sourceLocale: LocaleTag?) -> Bool
    {
        guard marker == "_", accelerator.word.unicodeScalars.first != marker else { return false }
        let word = String(
            accelerator.word.unicodeScalars.filter { $0 != marker && $0.properties.isAlphabetic }.map(Character.init))
        guard word.count > 1 else { return false }
        let locale = sourceLocale ?? LocaleTag(uncheckedLanguage: "en")
        return dictionaries.knows(word, in: locale) == false
    }

    /// Whether `source` may be a label: one line, short.
    static func isLabel(_ source: String) -> Bool {
        !source.unicodeScalars.contains("\n") && TextScanning.scalarCount(source) <= maximumLabelLength
    }
}
