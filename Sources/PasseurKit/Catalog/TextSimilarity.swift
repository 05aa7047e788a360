/// How alike two texts are, from 0 (nothing shared) to 1 (identical).
///
/// The measure is msgmerge's kind: one minus the character edit distance
/// over the longer length, so a sentence with one word changed stays close.
public enum TextSimilarity {
    /// The similarity of `a` and `b`, or 0 quickly when their lengths alone
    /// rule out reaching `minimum`.
    ///
    /// - Complexity: O(n·m) in the lengths, O(min(n, m)) memory.
    public static func ratio(_ a: String, _ b: String, minimum: Double = 0) -> Double {
        let x = Array(a.unicodeScalars)
        let y = Array(b.unicodeScalars)
        let longest = max(x.count, y.count)
        if longest == 0 { return 1 }
        if Double(min(x.count, y.count)) / Double(longest) < minimum { return 0 }
        let distance = levenshtein(x, y)
        return 1 - Double(distance) / Double(longest)
    }

    static func levenshtein<T: Equatable>(_ a: [T], _ b: [T]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// The candidate closest to `typed` in edits, a misspelling of it (`numbrs` → `numbers`,
    /// `chek` → `check`), when it is within a third of `typed`'s length (at least two edits);
    /// nil when none is.
    public static func closest(to typed: String, among candidates: [String]) -> String? {
        let word = Array(typed.lowercased())
        let scored = candidates.map { (candidate: $0, distance: levenshtein(word, Array($0.lowercased()))) }
        guard let best = scored.min(by: { $0.distance < $1.distance }), best.distance <= max(2, word.count / 3)
        else { return nil }
        return best.candidate
    }

    /// The lower-cased words of a text, for indexing candidates.
    static func words(_ text: String) -> [Substring] {
        text.split { !$0.isLetter && !$0.isNumber }
    }
}
