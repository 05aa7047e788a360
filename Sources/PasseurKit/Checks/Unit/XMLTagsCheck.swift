/// Flags an XML or HTML tag of the source that the translation drops, breaks or changes, and
/// one it adds: Pango markup (`<b>`, `<span weight="bold">`), HTML in help texts and
/// about boxes (`<a href="%s">`), GLib's schema errors (`<alias value='%s'/>`).
///
/// Tags may be reordered, repeated or merged, as sentences are: each kind of tag of the source
/// must be in the translation and none added, and an element the source closes as often as it
/// opens must be balanced in the translation too. A tag is compared by its name and the
/// attributes whose value must stay (`href="%s"`, `value`, `weight`…), in any order; the values
/// of `title`, `alt`, `label`, `placeholder`, `summary`, `aria-label`, `lang` and `dir` are text
/// to translate, as is an `href` with spaces (KDE's "What's this?" links). Tags that render the
/// same compare equal: `<br>`, `<br/>` and `<br />`; KDE's `<para>` and `<p>`; Pango's
/// `<span weight="bold">` and `<b>`; styles spaced differently; and a link to a web page and
/// one to another (translators link to their language's page). The tags that wrap a rich text
/// (`<html>`, `<head>`, `<body>`, `<meta>`, `<qt>`) may be added or dropped; emphasis (`<b>`,
/// `<i>`, `<u>`) may give way to quotation marks, or to KDE's semantic markup (`<filename>`,
/// `<icode>`), and the reverse (`TextScanning.tagClass`).
///
/// Usage texts write placeholders in angle brackets (`cp <source> <dest>`, git's `<path>`,
/// dpkg's `<link>`) that translators translate (`<chemin>`, `<lien>`). pofilter's `xmltags`
/// counts them as tags, and reports every such translation. Here a tag of the source counts
/// only when the text shows it to be markup (`TextScanning.XMLTag.isMarkup`): it closes, is
/// self-closing, has an attribute value, has an HTML or Pango name, or opens an element the
/// text closes. A comparison (`a < b`) is no tag: a tag's name follows `<` at once. In the
/// translation, a tag whose name the source uses as markup counts too, so that a `<b>` left
/// unclosed shows as a missing `</b>`. As pofilter does, a source that is one tag without
/// attributes (`<Error>`) is a word in brackets, not markup.
///
/// The markup check leaves to this one the tags it finds in Markdown (raw HTML), so that a lost
/// tag is reported once.
struct XMLTagsCheck: UnitCheck {
    /// `xml-tags`.
    static let id = "xml-tags"
    /// Broken markup shows as text, or hides the rest of the string.
    static let defaultSeverity = Severity.error
    /// The help line.
    static let summary =
        "The translation has the source's XML and HTML tags, with the same untranslatable attributes, in any order."

    /// A finding per tag missing, broken or added, in each translated form.
    func findings(in unit: TranslationUnit, context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        for (form, target) in unit.targets.enumerated() where !target.isEmpty {
            let source = form == 0 ? unit.source : unit.sourcePlural ?? unit.source
            guard TextScanning.mayHoldXMLTag(source) || TextScanning.mayHoldXMLTag(target) else { continue }
            let sourceAnalysis = form == 0 ? context.source(of: unit) : TextAnalysis(source)
            let targetAnalysis = form == 0 ? context.target(of: unit) : TextAnalysis(target, locale: context.locale)
            let label = unit.sourcePlural == nil ? "" : " (plural form \(form))"
            let findingsBefore = findings.count
            // Ranges point into the unit's source and first form, what reports show.
            let ranged = form == 0
            let sourceTags = sourceAnalysis.xmlTags
            if sourceTags.count == 1, let only = sourceTags.first, !only.hasAttributeValue,
                Self.visibleCount(source) == Self.visibleCount(only.written)
            {
                continue
            }
            let expected = sourceTags.filter { $0.isMarkup && !Self.isWrapper($0) }
            let names = sourceAnalysis.xmlMarkupNames
            let found = targetAnalysis.xmlTags.filter {
                ($0.isMarkup || names.contains($0.name)) && !Self.isWrapper($0)
            }
            // A rich text (`<html>…<p>…</p>`) translated as plain text displays as well.
            if found.isEmpty, sourceTags.contains(where: Self.isWrapper),
                expected.allSatisfy({ ["p", "br"].contains($0.name.lowercased()) })
            {
                continue
            }
            let quotedInstead = Self.emphasisQuoted(expected, found: found, source: source, target: target)
            let brokenIntoParagraphs = Self.linesMadeParagraphs(expected, found: found)
            for missing in Self.unmatched(expected, in: found)
            where !quotedInstead.contains(missing.name.lowercased())
                && !(brokenIntoParagraphs && missing.name.lowercased() == "br")
            {
                if let broken = TextScanning.brokenXMLTag(named: missing.name, in: target) {
                    let written = String(target.utf16[Self.indices(broken, in: target)]) ?? missing.name
                    findings.append(
                        context.finding(
                            Self.self, unit,
                            "tag \(missing.written) of the source is broken in the translation: \(written)\(label)",
                            targetRange: ranged ? broken : nil))
                } else {
                    findings.append(
                        context.finding(
                            Self.self, unit, "tag \(missing.written) of the source is missing\(label)",
                            sourceRange: ranged ? missing.range : nil))
                }
            }
            // A tag changed (`href="%s"` → `href="%d"`) is missing and added.
            let changed = Set(Self.unmatched(expected, in: found).map { TextScanning.comparableTagName($0.name) })
            for extra in Self.unmatched(found, in: expected)
            where changed.contains(TextScanning.comparableTagName(extra.name))
                || !Self.mayAdd(
                    extra, expected: expected, found: found, sourceHasMarkup: sourceTags.contains(where: \.isMarkup))
            {
                findings.append(
                    context.finding(
                        Self.self, unit, "tag \(extra.written) is not in the source\(label)",
                        targetRange: ranged ? extra.range : nil))
            }
            if findings.count == findingsBefore {
                for name in Self.unbalanced(found, balancedIn: expected) {
                    findings.append(
                        context.finding(
                            Self.self, unit,
                            "element <\(name)> is not opened and closed as often as in the source\(label)"))
                }
            }
        }
        return findings
    }

    /// The emphasis elements of the source (`b`, `i`, `u`, `em`, `strong`) that the translation
    /// drops altogether while it quotes where the source does not: translators set a name or a
    /// value in quotation marks instead (« %2 » for `<b>%2</b>`), as French and German software does.
    static func emphasisQuoted(
        _ expected: [TextScanning.XMLTag], found: [TextScanning.XMLTag], source: String, target: String
    ) -> Set<String> {
        let quotes = "«»“”„‚‘’\"'".unicodeScalars
        func quoteCount(_ text: String) -> Int { text.unicodeScalars.filter { quotes.contains($0) }.count }
        // More quotation marks, or as many where the source quotes its emphasis (`'<b>%1</b>'` → « „%1“ »).
        let quotedEmphasis = ["'<", "\"<", "“<", "‘<"].contains { source.contains($0) }
        guard quoteCount(target) > quoteCount(source) || quotedEmphasis && quoteCount(target) >= quoteCount(source)
        else { return [] }
        let kept = Set(found.map { $0.name.lowercased() })
        return Set(expected.map { $0.name.lowercased() }).filter {
            ["b", "i", "u", "em", "strong"].contains($0) && !kept.contains($0)
        }
    }

    /// Whether the translation of a text with markup (`sourceHasMarkup`, rich-text wrappers
    /// included) may add `tag`: emphasis (`<b>`, `<i>`, `<u>`,
    /// `<em>`, `<strong>`) or a link, as translators stress a word or link their language's
    /// page, a line break in a text of paragraphs, KDE's `<nl/>`, a paragraph in a text of line
    /// breaks; each element opened as often as it is closed.
    static func mayAdd(
        _ tag: TextScanning.XMLTag, expected: [TextScanning.XMLTag], found: [TextScanning.XMLTag], sourceHasMarkup: Bool
    ) -> Bool {
        guard sourceHasMarkup else { return false }
        let name = tag.name.lowercased()
        let sourceNames = Set(expected.map { $0.name.lowercased() })
        switch name {
        case "b", "i", "u", "em", "strong", "a": break
        case "br", "nl": return sourceNames.contains("p") || name == "nl"
        case "p": guard sourceNames.contains("br") || sourceNames.contains("p") else { return false }
        default: return false
        }
        // Balanced, or as unbalanced as in the source (Qt's rich text leaves `<p>` open).
        func openings(_ tags: [TextScanning.XMLTag]) -> Int {
            tags.filter { $0.name.lowercased() == name && !$0.isSelfClosing }.reduce(0) { $0 + ($1.isClosing ? -1 : 1) }
        }
        return openings(found) == 0 || openings(found) == openings(expected)
    }

    /// Whether the translation breaks the source's lines into paragraphs: the source has `<br>`,
    /// the translation no `<br>` and more `<p>` elements than the source, opened as often as
    /// closed (`line<br>line` → `</p><p>`).
    static func linesMadeParagraphs(_ expected: [TextScanning.XMLTag], found: [TextScanning.XMLTag]) -> Bool {
        func paragraphs(_ tags: [TextScanning.XMLTag]) -> [TextScanning.XMLTag] {
            tags.filter { $0.name.lowercased() == "p" }
        }
        let (before, after) = (paragraphs(expected), paragraphs(found))
        return expected.contains { $0.name.lowercased() == "br" } && !found.contains { $0.name.lowercased() == "br" }
            && after.count > before.count && after.filter(\.isClosing).count * 2 == after.count
    }

    /// Whether `tag` only wraps a rich text (`<html>`, `<head>`, `<body>`, `<meta>`, Qt's `<qt>`),
    /// which a translation may add or drop: the toolkit tells rich text by its tags.
    static func isWrapper(_ tag: TextScanning.XMLTag) -> Bool {
        ["html", "head", "body", "meta", "qt"].contains(tag.name.lowercased())
    }

    /// The first tag of `a` of each kind that `b` lacks, compared by key, at its place in `a`.
    static func unmatched(_ a: [TextScanning.XMLTag], in b: [TextScanning.XMLTag]) -> [TextScanning.XMLTag] {
        let available = Set(b.map(\.key))
        var reported: Set<String> = []
        return a.filter { !available.contains($0.key) && reported.insert($0.key).inserted }
    }

    /// The names of the elements `source` opens as often as it closes and `target` does not, in
    /// order of first appearance in `target`: a tag left unclosed, or closed twice.
    static func unbalanced(_ target: [TextScanning.XMLTag], balancedIn source: [TextScanning.XMLTag]) -> [String] {
        func balance(_ tags: [TextScanning.XMLTag]) -> [String: Int] {
            var balance: [String: Int] = [:]
            for tag in tags where !tag.isSelfClosing {
                balance[TextScanning.comparableTagName(tag.name), default: 0] += tag.isClosing ? -1 : 1
            }
            return balance
        }
        let (sourceBalance, targetBalance) = (balance(source), balance(target))
        var reported: Set<String> = []
        return target.map { TextScanning.comparableTagName($0.name) }.filter { name in
            sourceBalance[name] == 0 && targetBalance[name] != 0 && reported.insert(name).inserted
        }
    }

    /// The scalars of `text` other than white space.
    static func visibleCount(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + ($1.properties.isWhitespace ? 0 : 1) }
    }

    /// The UTF-16 indices of an offset range of `text`.
    static func indices(_ range: Range<Int>, in text: String) -> Range<String.UTF16View.Index> {
        let start = text.utf16.index(text.utf16.startIndex, offsetBy: range.lowerBound)
        return start..<text.utf16.index(start, offsetBy: range.count)
    }
}
