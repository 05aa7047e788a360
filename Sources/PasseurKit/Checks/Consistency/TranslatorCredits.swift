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
        markers.contains(unit.source) || unit.context.map(markers.contains) == true
    }
}
