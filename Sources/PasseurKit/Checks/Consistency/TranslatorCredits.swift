/// The units where a catalog names its translators, which differ from catalog to catalog by
/// design: KDE's `Your names` / `Your emails` (context `NAME OF TRANSLATORS` / `EMAIL OF
/// TRANSLATORS`) and GNOME's `translator-credits`.
enum TranslatorCredits {
    /// The sources and contexts that mark translator credits.
    static let markers: Set<String> = [
        "Your names", "Your emails", "NAME OF TRANSLATORS", "EMAIL OF TRANSLATORS", "translator-credits",
        "translator_credits", "TRANSLATOR-CREDITS",
    ]

    /// Whether `unit` lists the catalog's translators.
    static func isCredits(_ unit: TranslationUnit) -> Bool {
        isMarker(unit.source) || unit.context.map(isMarker) == true
    }

    /// Whether `text` is one of the markers; the length is compared first, as hashing every
    /// source of a catalog would cost more than the check.
    private static func isMarker(_ text: String) -> Bool {
        (10...20).contains(text.utf8.count) && markers.contains(text)
    }
}
