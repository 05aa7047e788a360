/// Flags a word written twice in a row in the translation ("the the"), unless the source does it too.
///
/// Doubles that the grammar makes are not flagged: in German a relative pronoun and an
/// article after a comma or « dass » (« die Possenreißerei, die die Medien durchdrungen hat »),
/// English « had had » and « that that », French reflexive « nous nous » and « vous vous ».
/// « Die die » elsewhere, « the the », « de de » are flagged.
struct RepeatedWordCheck: UnitCheck {
    /// `repeated-word`.
    static let id = "repeated-word"
    /// A typing slip.
    static let defaultSeverity = Severity.warning
    /// The help line.
    static let summary = "No word is repeated twice in a row, unless the source does it."

    /// A finding per repeated word.
    func findings(in unit: TranslationUnit, context: CheckContext) -> [Finding] {
        let sourceRepeats = Set(Self.repeats(unit.source).map(\.word))
        let language = context.locale.language
        return Self.repeats(unit.target).filter { doubled in
            !sourceRepeats.contains(doubled.word) && !Self.isGrammatical(doubled, language: language)
        }
        .map {
            context.finding(Self.self, unit, "« \($0.word) \($0.word) »: repeated word")
        }
    }

    /// Words that the language's grammar may write twice in a row anywhere.
    static let grammaticalDoubles: [String: Set<String>] = [
        "en": ["had", "that"],
        "fr": ["nous", "vous"],
    ]

    /// German pronouns that double as relative pronoun (or conjunction) and article.
    static let germanRelativeDoubles: Set<String> = ["der", "die", "das", "den", "dem", "des", "sie"]

    /// Whether the repeat is one the grammar makes.
    static func isGrammatical(_ doubled: (word: String, after: Substring?), language: String) -> Bool {
        let word = doubled.word.lowercased()
        if grammaticalDoubles[language]?.contains(word) == true { return true }
        guard language == "de", germanRelativeDoubles.contains(word), let after = doubled.after else { return false }
        return after.hasSuffix(",") || after.lowercased() == "dass"
    }

    /// Words that follow themselves, separated by spaces only, with the word before them.
    static func repeats(_ text: String) -> [(word: String, after: Substring?)] {
        var plain = InlineMarkup.plainText(text)
        return plain.withUTF8 { bytes in
            var result: [(word: String, after: Substring?)] = []
            var before: Range<Int>?
            var previous: Range<Int>?
            var i = 0
            while i < bytes.count {
                if bytes[i] == 0x20 {
                    i += 1
                    continue
                }
                let start = i
                while i < bytes.count, bytes[i] != 0x20 { i += 1 }
                let word = start..<i
                if let previous, Self.mayBeSame(bytes, previous, word) {
                    let (wordA, wordB) = (
                        String(decoding: bytes[previous], as: UTF8.self), String(decoding: bytes[word], as: UTF8.self)
                    )
                    if wordA.lowercased() == wordB.lowercased(), wordA.allSatisfy(\.isLetter) {
                        result.append((wordA, before.map { Substring(String(decoding: bytes[$0], as: UTF8.self)) }))
                    }
                }
                (before, previous) = (previous, word)
            }
            return result
        }
    }

    /// False when two words surely differ whatever their case: most pairs stop here, before any
    /// string is made. ASCII bytes are compared without case; other bytes leave the answer open.
    private static func mayBeSame(_ bytes: UnsafeBufferPointer<UInt8>, _ a: Range<Int>, _ b: Range<Int>) -> Bool {
        guard a.count == b.count else { return false }
        for k in 0..<a.count {
            let (x, y) = (bytes[a.lowerBound + k], bytes[b.lowerBound + k])
            if x == y { continue }
            guard x < 0x80, y < 0x80 else { return true }
            let lower = x | 0x20
            guard lower == y | 0x20, lower >= 0x61, lower <= 0x7A else { return false }
        }
        return true
    }
}
