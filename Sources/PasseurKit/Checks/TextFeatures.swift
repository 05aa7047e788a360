/// Comparing what checks find in a source and a target: lists compared as multisets.
enum TextFeatures {
    /// The count of each element.
    static func multiset(_ items: [String]) -> [String: Int] {
        items.reduce(into: [:]) { $0[$1, default: 0] += 1 }
    }

    /// Elements of `a` missing from `b`, counting repeats.
    static func missing(_ a: [String], from b: [String]) -> [String] {
        // Most texts carry none, or the same in the same order: no counting needed.
        if a.isEmpty || a == b { return [] }
        var available = multiset(b)
        var result: [String] = []
        for item in a {
            if let n = available[item], n > 0 { available[item] = n - 1 } else { result.append(item) }
        }
        return result
    }
}

/// Characters trimmed from the end of a URL or address found in running text.
enum CharacterSetShim {
    static let trailingPunctuation = Set<Character>(".,;:!?)]}’'")
}

extension Substring {
    func trimmingCharacters(in set: Set<Character>) -> String {
        var s = self
        while let last = s.last, set.contains(last) { s = s.dropLast() }
        return String(s)
    }
}
