/// One source segment and its translation in one locale, with its state and history.
public struct TranslationUnit: Equatable, Sendable {
    /// Where a translation stands, from nothing to signed off.
    ///
    /// PO keeps `fuzzy` as gettext's flag, and `reviewed` / `final` as flags of
    /// their own (`#, reviewed`), which gettext tools carry along untouched.
    public enum State: String, Sendable, Comparable, CaseIterable, Codable {
        /// No translation yet.
        case new
        /// A translation that needs checking: its source changed, or it came from a fuzzy match.
        case fuzzy
        /// Translated, not yet reviewed.
        case translated
        /// Read again by a second person.
        case reviewed
        /// Signed off for publication.
        case final

        private var rank: Int {
            switch self {
            case .new: return 0
            case .fuzzy: return 1
            case .translated: return 2
            case .reviewed: return 3
            case .final: return 4
            }
        }
        /// The order used for sorting.
        public static func < (a: State, b: State) -> Bool { a.rank < b.rank }

        /// Whether the target counts as done (translated or better).
        var isTranslated: Bool { self >= .translated }
    }

    /// `msgctxt`: set only where the same source must be translated differently.
    var context: String?
    /// The source segment, with its inline Markdown.
    public var source: String
    /// The plural source, for catalogs from software (`msgid_plural`).
    var sourcePlural: String?
    /// The translations: one, or one per plural form.
    public var targets: [String]
    /// Where the translation stands.
    public var state: State
    /// The context before the source changed (`#| msgctxt`).
    var previousContext: String?
    /// The source before it changed (`#| msgid`).
    var previousSource: String?
    /// The plural source before it changed.
    var previousSourcePlural: String?
    /// Comments by translators and reviewers (`# `).
    var translatorComments: [String]
    /// Notes for translators from the extraction (`#.`).
    var extractedComments: [String]
    /// Where the segment is in the source documents (`path:line`).
    var references: [String]
    /// Flags other than the state (`c-format`, `passeur-ignore:…`), in order.
    var flags: [String]
    /// Whether the segment is gone from the source (`#~`); kept so no translation is lost.
    var isObsolete: Bool
    /// Where the translation is in the catalog file (its `msgstr` line), when read from one.
    public var location: SourceLocation?
    /// The line of the `#, passeur-ignore:…` comment in the catalog file, when read from one.
    var suppressionLine: Int?

    /// Creates a unit.
    public init(
        context: String? = nil, source: String, sourcePlural: String? = nil, targets: [String] = [""],
        state: State = .new, previousContext: String? = nil, previousSource: String? = nil,
        previousSourcePlural: String? = nil, translatorComments: [String] = [], extractedComments: [String] = [],
        references: [String] = [], flags: [String] = [], isObsolete: Bool = false, location: SourceLocation? = nil
    ) {
        self.context = context
        self.source = source
        self.sourcePlural = sourcePlural
        self.targets = targets
        self.state = state
        self.previousContext = previousContext
        self.previousSource = previousSource
        self.previousSourcePlural = previousSourcePlural
        self.translatorComments = translatorComments
        self.extractedComments = extractedComments
        self.references = references
        self.flags = flags
        self.isObsolete = isObsolete
        self.location = location
    }

    /// The translation (the first plural form for plural units).
    public var target: String {
        get { targets.first ?? "" }
        set {
            if targets.isEmpty { targets = [newValue] } else { targets[0] = newValue }
        }
    }

    /// Whether any translation text is present, whatever the state.
    var hasTarget: Bool { targets.contains { !$0.isEmpty } }

    /// Whether the two are equal; where they were read from does not count.
    public static func == (a: TranslationUnit, b: TranslationUnit) -> Bool {
        a.context == b.context && a.source == b.source && a.sourcePlural == b.sourcePlural && a.targets == b.targets
            && a.state == b.state && a.previousContext == b.previousContext && a.previousSource == b.previousSource
            && a.previousSourcePlural == b.previousSourcePlural && a.translatorComments == b.translatorComments
            && a.extractedComments == b.extractedComments && a.references == b.references && a.flags == b.flags
            && a.isObsolete == b.isObsolete
    }
}
