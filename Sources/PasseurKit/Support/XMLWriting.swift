/// XML text escaping shared by the XML writers.
enum XMLWriting {
    /// Text content: `&`, `<`, `>` escaped; characters XML forbids as `<cp hex="…"/>` when `cp` is allowed.
    static func text(_ value: String, codePoints: Bool = true) -> String {
        var out = ""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            default:
                if scalar.value < 0x20, scalar != "\t", scalar != "\n", scalar != "\r" || !codePoints {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    out += codePoints ? "<cp hex=\"\(String(repeating: "0", count: 4 - hex.count) + hex)\"/>" : ""
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// An attribute value: text escaping plus `"`, and line ends as character references.
    static func attribute(_ value: String) -> String {
        text(value, codePoints: false).replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "\n", with: "&#10;").replacingOccurrences(of: "\t", with: "&#9;")
    }
}
