import Foundation

/// Safety checks before an XML file is parsed.
enum XMLSafety {
    /// Refuses entity declarations always, and a DOCTYPE unless `allowDoctype` (TMX 1.4 files
    /// name their DTD); an internal subset (`[`) is never allowed.
    static func check(_ text: String, file: String, allowDoctype: Bool) throws {
        let entity = text.range(of: "<!ENTITY")
        let doctype = text.range(of: "<!DOCTYPE")
        guard let first = [entity, doctype].compactMap({ $0 }).min(by: { $0.lowerBound < $1.lowerBound }) else {
            return
        }
        let prefix = text[..<first.lowerBound]
        let line = prefix.reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
        let column = (prefix.split(separator: "\n", omittingEmptySubsequences: false).last?.count ?? 0) + 1
        let at = SourceLocation(file: file, line: line, column: column)
        if entity != nil || !allowDoctype { throw ExchangeError.doctypeNotAllowed(at: at) }
        // A DOCTYPE that only names a DTD (TMX files do) is harmless: XMLParser never loads it.
        if let doctype, text[doctype.lowerBound...].prefix(while: { $0 != ">" }).contains("[") {
            throw ExchangeError.doctypeNotAllowed(at: at)
        }
    }
}
