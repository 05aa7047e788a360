/// Keyboard accelerators (`_File`, `&File`, `~File`) read in the text of one unit.
///
/// A marker is an accelerator only before a letter or digit, and never doubled (`__`, `&&`
/// and `~~` are the literal character in GTK, Qt and LibreOffice). What else it may be
/// depends on the marker: `&` starts an entity (`&amp;`) or joins capitals (`R&D`); `_` joins
/// the words of an identifier (`snake_case`, `KP_Begin`, `%s_%d`), opens Markdown emphasis
/// (`_word_`) or starts a path part (`/usr/lib/_x`); `~` starts a home folder (`~/.config`,
/// `~bob/`) or an approximation (`~5`). A marker that may be either is *ambiguous*: the
/// accelerators check leaves a unit alone when its source has one.
extension TextScanning {
    /// How strictly a marker is taken for an accelerator.
    enum AcceleratorReading: Sendable {
        /// A source: a marker at the start of a word, or inside a word that starts with a
        /// capital (`E_xit`), or between small letters in a label with spaces or capitals
        /// (`Use hard_ware acceleration`); a lone lower-case identifier (`call_handler`), or one
        /// in a message that quotes or formats (`in pixmap_path: "%s"`), is ambiguous.
        case source
        /// A translation whose source has none: only markers that cannot be anything else, and
        /// for `_` only at the start of a word, so a translated identifier (`nom_fichier`,
        /// `Longueur_min`) is not taken for an added accelerator.
        case added
        /// A translation whose source has one: any marker before a letter or digit, wherever
        /// it is in the word (`Ou_vrir`, `Vertical_Auto`, `A_ucun(e)`).
        case loose
    }

    /// One accelerator found in a text.
    struct Accelerator: Equatable, Sendable {
        /// The marker and the character it marks, as written (`_F`).
        var written: String
        /// The word the marker is in, marker included (`_Fichier`, `Ou_vrir`).
        var word: String
        /// Where the marker and its character are, in UTF-16 offsets of the text.
        var range: Range<Int>
    }

    /// Whether the text has an `_`, `&` or `~`: most sentences have none, and are spared the
    /// other scans.
    static func mayHoldAccelerator(_ text: String) -> Bool {
        text.containsByte { $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "~") }
    }

    /// The accelerators `marker` makes in `text`, and how many of its other occurrences may
    /// or may not be accelerators.
    ///
    /// - Parameters:
    ///   - text: A unit's source or one of its translations.
    ///   - marker: `_`, `&` or `~`.
    ///   - reading: How strictly a marker is taken for an accelerator.
    ///   - declared: Whether the catalog declares `marker` as its accelerator marker
    ///     (`X-Accelerator-Marker: &`): then an `&` between a letter and a capital (`Open&GL`,
    ///     `U&RL`) is an accelerator, as the toolkit reads it, not an ampersand.
    /// - Returns: The accelerators, in order, and the count of ambiguous markers.
    static func accelerators(
        in text: String, marker: Unicode.Scalar, reading: AcceleratorReading, declared: Bool = false
    ) -> (found: [Accelerator], ambiguous: Int) {
        guard text.unicodeScalars.contains(marker) else { return ([], 0) }
        let (scalars, offsets) = scalarsWithUTF16Offsets(text)
        var found: [Accelerator] = []
        var ambiguous = 0
        for i in scalars.indices where scalars[i] == marker {
            let reader = AcceleratorReader(scalars: scalars, marker: marker, at: i, declared: declared)
            switch reader.kind(reading: reading) {
            case .accelerator:
                let word = reader.word
                found.append(
                    Accelerator(
                        written: String(String.UnicodeScalarView(scalars[i...(i + 1)])),
                        word: String(String.UnicodeScalarView(scalars[word])),
                        range: offsets[i]..<offsets[i + 2]))
            case .ambiguous: ambiguous += 1
            case .literal: continue
            }
        }
        return (found, ambiguous)
    }
}

/// What one marker in a text is, read with its neighbours.
private struct AcceleratorReader {
    /// What a marker may be.
    enum Kind {
        case accelerator, ambiguous, literal
    }

    let scalars: [Unicode.Scalar]
    let marker: Unicode.Scalar
    /// The marker's index in `scalars`.
    let index: Int
    /// Whether the catalog declares the marker as its own.
    let declared: Bool

    init(scalars: [Unicode.Scalar], marker: Unicode.Scalar, at index: Int, declared: Bool) {
        self.scalars = scalars
        self.marker = marker
        self.index = index
        self.declared = declared
    }

    /// The scalar before the marker, if any.
    var previous: Unicode.Scalar? { index > 0 ? scalars[index - 1] : nil }
    /// The scalar after the marker, if any.
    var next: Unicode.Scalar? { index + 1 < scalars.count ? scalars[index + 1] : nil }

    /// The word around the marker: letters, digits and markers on either side.
    var word: Range<Int> {
        var start = index
        while start > 0, Self.isWordPart(scalars[start - 1], marker: marker) { start -= 1 }
        var end = index + 1
        while end < scalars.count, Self.isWordPart(scalars[end], marker: marker) { end += 1 }
        return start..<end
    }

    /// What the marker is, read as `reading` says.
    func kind(reading: TextScanning.AcceleratorReading) -> Kind {
        guard let next, next != marker, previous != marker, Self.isLetterOrDigit(next) else { return .literal }
        switch marker {
        case "&": return ampersand(next: next, reading: reading)
        case "~": return tilde(next: next, reading: reading)
        default: return underscore(next: next, reading: reading)
        }
    }

    /// `&`: an entity (`&amp;`, `&#38;`) is text; between a letter and a capital (`R&D`, `AT&T`)
    /// it is an ampersand, unless the source has shown the unit to have an accelerator or the
    /// catalog declares `&` its marker (KDE's `Open&GL`, where Qt underlines the G).
    private func ampersand(next: Unicode.Scalar, reading: TextScanning.AcceleratorReading) -> Kind {
        if startsEntity { return .literal }
        if !declared, let previous, Self.isLetterOrDigit(previous), next.properties.isUppercase {
            return reading == .source ? .ambiguous : .literal
        }
        return .accelerator
    }

    /// `~`: before a digit it means "about" (`~5 min`); a word ending in `/` is a home folder (`~bob/`).
    private func tilde(next: Unicode.Scalar, reading: TextScanning.AcceleratorReading) -> Kind {
        guard next.properties.isAlphabetic else { return .literal }
        if reading != .loose, word.upperBound < scalars.count, scalars[word.upperBound] == "/" { return .ambiguous }
        return .accelerator
    }

    /// `_`: see `TextScanning.AcceleratorReading` for what each reading takes.
    private func underscore(next: Unicode.Scalar, reading: TextScanning.AcceleratorReading) -> Kind {
        if let previous, "%${\\".unicodeScalars.contains(previous) { return .literal }
        if reading == .loose { return .accelerator }
        let word = self.word
        let before = word.lowerBound > 0 ? scalars[word.lowerBound - 1] : nil
        let after = word.upperBound < scalars.count ? scalars[word.upperBound] : nil
        let afterNext = word.upperBound + 1 < scalars.count ? scalars[word.upperBound + 1] : nil
        // Another marker in the word: an identifier (`a_b_c`, `__init__`).
        if scalars[word].filter({ $0 == marker }).count > 1 { return .ambiguous }
        // A path, option, variable, placeholder or attribute (`/x_y`, `--a_b`, `$X_Y`, `{a_b}`).
        if let before, "/.\\{$@%#=<:-".unicodeScalars.contains(before) { return .ambiguous }
        // A call, assignment, placeholder or file name (`get_value(`, `a_b=`, `{a_b}`, `_config.yml`).
        if let after, "(=}".unicodeScalars.contains(after) { return .ambiguous }
        if after == ".", let afterNext, Self.isLetterOrDigit(afterNext) { return .ambiguous }
        guard let previous, Self.isLetterOrDigit(previous) else {
            // At the start of a word, unless it opens Markdown emphasis (`_word_`).
            return closesEmphasis ? .literal : .accelerator
        }
        // Inside a word, a marker the source does not have is more likely a translated
        // identifier (LibreOffice Calc's `Longueur_min`, `Type_barrière`) than an accelerator.
        if reading == .added || after == "/" || next.properties.isUppercase { return .ambiguous }
        if previous.properties.isLowercase, next.properties.isLowercase,
            !(scalars[word.lowerBound].properties.isUppercase)
        {
            // A label with spaces or capitals (`Use hard_ware acceleration`), not a message that
            // quotes or formats an identifier (`in pixmap_path: "%s"`).
            let labelLike =
                scalars.contains { $0.properties.isWhitespace || $0.properties.isUppercase }
                && !scalars.contains { "%\"'“”«»`".unicodeScalars.contains($0) }
            return labelLike ? .accelerator : .ambiguous
        }
        return .accelerator
    }

    /// Whether the `&` starts an entity: `&name;`, `&#123;` or `&#x1F;`.
    private var startsEntity: Bool {
        var j = index + 1
        if j < scalars.count, scalars[j] == "#" {
            j += 1
            if j < scalars.count, scalars[j] == "x" || scalars[j] == "X" { j += 1 }
        }
        let start = j
        while j < scalars.count, scalars[j].isASCII, Self.isLetterOrDigit(scalars[j]) { j += 1 }
        return j > start && j < scalars.count && scalars[j] == ";"
    }

    /// Whether a later `_` closes an emphasis this one opens: not after a space, not before a letter.
    private var closesEmphasis: Bool {
        var j = index + 2
        while j < scalars.count {
            if scalars[j] == marker, !scalars[j - 1].properties.isWhitespace,
                j + 1 == scalars.count || !Self.isLetterOrDigit(scalars[j + 1])
            {
                return true
            }
            j += 1
        }
        return false
    }

    /// A letter or a digit, in any script.
    static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// What a word around a marker is made of.
    static func isWordPart(_ scalar: Unicode.Scalar, marker: Unicode.Scalar) -> Bool {
        scalar == marker || isLetterOrDigit(scalar)
    }
}
