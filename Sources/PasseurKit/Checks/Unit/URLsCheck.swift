/// Flags a URL or e-mail address of the source that the translation does not carry unchanged.
///
/// In a software message (plain text), addresses that translators localise on purpose are
/// not flagged: examples and templates (`user@domain.ifb` → « usuario@dominio.ifb »,
/// `https://USER@example.com/`, `http://address:port`), and a page of the same site in the
/// translation's language (`https://en.wikipedia.org/wiki/ICalendar` →
/// `https://es.wikipedia.org/wiki/ICalendar`, `https://docs.gimp.org/` →
/// `https://docs.gimp.org/de/`), an address the translation moved to `https`, and the
/// Translation Project's team page, for which each team gives its own address. A scheme
/// changed back (`https` → `http`), another page of the same site
/// (`https://www.gnu.org/software/grep/` → `…/software/sed/`), an example dropped with no
/// address in its place, or a typo still is. A page counts as the same with or without `www.`,
/// and in the translation's language when its address names a language the source's does not
/// (`gethelp.fr.html`, `wiki/De/Online-Banking`). A document type's address is no link.
struct URLsCheck: UnitCheck {
    /// `urls-emails`.
    static let id = "urls-emails"
    /// A changed address sends readers elsewhere.
    static let defaultSeverity = Severity.error
    /// The help line.
    static let summary = "Every URL and e-mail address of the source appears unchanged in the translation."

    /// One finding per address the target lacks.
    func findings(in unit: TranslationUnit, context: CheckContext) -> [Finding] {
        let (source, target) = (context.source(of: unit).urlsAndEmails, context.target(of: unit).urlsAndEmails)
        var missing = TextFeatures.missing(source, from: target)
        // A document type's address (`<!DOCTYPE HTML PUBLIC "…" "https://www.w3.org/…dtd">`) is no link.
        if !missing.isEmpty, let doctype = unit.source.range(of: "<!DOCTYPE", options: .caseInsensitive) {
            let declaration = unit.source[doctype.lowerBound...].prefix { $0 != ">" }
            missing.removeAll { declaration.contains($0) }
        }
        if !missing.isEmpty, context.source(of: unit).markup == .plain {
            let added = TextFeatures.missing(target, from: source)
            missing.removeAll { Self.isLocalised($0, added: added) }
        }
        return missing.map {
            context.finding(Self.self, unit, "\($0) is missing or changed")
        }
    }

    /// Whether `address`, missing from a translation that adds the addresses `added`, is an
    /// example or template that the translation may localise, or became a page of the same site.
    static func isLocalised(_ address: String, added: [String]) -> Bool {
        let (scheme, host) = parts(address)
        // Every team of the Translation Project puts its own address for translation bugs.
        if host == "translationproject.org" { return true }
        // An example dropped with nothing in its place is still lost.
        if added.isEmpty { return false }
        if isExample(host) { return true }
        if address.hasPrefix("http://"), added.contains("https://" + address.dropFirst("http://".count)) {
            return true
        }
        // A link without a scheme (`href="www.icalshare.com"`) given one.
        if scheme == "www", added.contains(where: { ["http://", "https://"].map { $0 + address }.contains($0) }) {
            return true
        }
        let isEmail = scheme == nil
        let languages = Set(languageParts(address))
        return added.contains { other in
            let (otherScheme, otherHost) = parts(other)
            if isEmail { return otherScheme == nil }
            guard otherScheme == scheme, siteName(withoutWWW(otherHost)) == siteName(withoutWWW(host)) else {
                return false
            }
            // The site in another language (en.wikipedia.org → es.wikipedia.org), a page in the
            // translation's language (`gethelp.fr.html`, `wiki/De/Online-Banking`), or the same
            // page with or without `www.`.
            if otherHost != host, withoutLanguages(otherHost) == withoutLanguages(host) { return true }
            if !Set(languageParts(other)).subtracting(languages).isEmpty { return true }
            return withoutLanguages(withoutWWW(other)) == withoutLanguages(withoutWWW(address))
        }
    }

    /// `text` without the `www.` that starts its host.
    static func withoutWWW(_ text: String) -> String {
        text.replacingOccurrences(of: "://www.", with: "://").replacingOccurrences(
            of: "www.", with: "", options: .anchored)
    }

    /// The parts of an address that name a language (`de`, `pt_BR`, `pt-br`), in lower case.
    static func languageParts(_ address: String) -> [Substring] {
        let separators: Set<Character> = ["/", ".", "?", "=", "&", "#", ":"]
        return address.lowercased().split(whereSeparator: separators.contains).filter(isLanguage)
    }

    /// Whether an address's part names a language: two letters, or two letters and a region.
    static func isLanguage(_ part: Substring) -> Bool {
        let letters = part.split(whereSeparator: { $0 == "-" || $0 == "_" })
        return letters.first?.count == 2 && letters.count <= 2 && letters.allSatisfy { $0.count == 2 }
            && part.allSatisfy { $0.isASCII && ($0.isLetter || $0 == "-" || $0 == "_") }
    }

    /// The parts of an address, in lower case, without those that name a language (`de`,
    /// `pt_BR`, `pt-br`): `https://docs.gimp.org/de/` and `https://docs.gimp.org/` give the same.
    static func withoutLanguages(_ address: String) -> [Substring] {
        let separators: Set<Character> = ["/", ".", "?", "=", "&", "#", ":"]
        return address.lowercased().split(whereSeparator: separators.contains).filter { !isLanguage($0) }
    }

    /// The scheme (nil for an e-mail address) and the host of an address, in lower case.
    static func parts(_ address: String) -> (scheme: String?, host: String) {
        let lower = address.lowercased()
        if let separator = lower.range(of: "://") {
            let rest = lower[separator.upperBound...]
            let authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
            let host = authority.split(separator: "@").last.map { $0.prefix { $0 != ":" } } ?? ""
            return (String(lower[..<separator.lowerBound]), String(host))
        }
        if lower.hasPrefix("www.") { return ("www", String(lower.prefix { $0 != "/" })) }
        return (nil, String(lower.split(separator: "@").last ?? ""))
    }

    /// Whether `host` is an example (RFC 2606: `example.com`, `*.example`, `localhost`), a
    /// placeholder name (`www.foobar.com`, `domain.ifb`) or a template with no domain
    /// (`address`, `host:port`).
    static func isExample(_ host: String) -> Bool {
        let labels = host.split(separator: ".")
        if labels.count < 2 || host == "localhost" { return true }
        if labels.last == "example" || labels.last == "test" || labels.last == "invalid" { return true }
        if labels.contains(where: { ["foo", "bar", "foobar", "domain", "company"].contains($0) }) { return true }
        return labels.count >= 2 && labels[labels.count - 2] == "example"
    }

    /// A host without a first label that names a language (`en.wikipedia.org` →
    /// `wikipedia.org`).
    static func siteName(_ host: String) -> Substring {
        let labels = host.split(separator: ".", maxSplits: 1)
        guard labels.count == 2, labels[0].count <= 3 || labels[0].contains("-"), labels[1].contains(".")
        else { return Substring(host) }
        return labels[1]
    }
}
