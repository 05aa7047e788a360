import CHunspell
import Foundation

/// Hunspell with a system dictionary (Debian's `hunspell-*` packages), for the spelling check.
///
/// Dictionaries are looked up in `/usr/share/hunspell` by locale: `pt_BR`, then the language
/// with its usual region (`en_US`, `es_ES`, `de_DE`), then the bare language (`fr`).
/// Not thread-safe, and not cached: `SharedSpellChecker` keeps each language's handle behind a
/// lock for the process, and `SpellingSession` remembers each word's verdict and suggestions
/// for a run.
final class SpellChecker {
    private let handle: OpaquePointer
    private let encoding: String
    private let isUTF8: Bool

    /// The folder searched for `.aff` and `.dic` files.
    static let folder = "/usr/share/hunspell"

    /// Opens the dictionary of `locale`, or returns nil when none is installed.
    init?(locale: LocaleTag) {
        let region = locale.region ?? ["en": "US", "es": "ES", "de": "DE", "pt": "PT", "fr": "FR"][locale.language]
        let candidates = [region.map { "\(locale.language)_\($0)" }, locale.language].compactMap { $0 }
        guard
            let name = candidates.first(where: {
                FileManager.default.fileExists(atPath: "\(Self.folder)/\($0).dic")
                    && FileManager.default.fileExists(atPath: "\(Self.folder)/\($0).aff")
            }), let h = Hunspell_create("\(Self.folder)/\(name).aff", "\(Self.folder)/\(name).dic")
        else { return nil }
        handle = h
        encoding = Hunspell_get_dic_encoding(h).map { String(cString: $0) } ?? "UTF-8"
        isUTF8 = encoding.uppercased().replacingOccurrences(of: "-", with: "") == "UTF8"
    }

    deinit { Hunspell_destroy(handle) }

    private func bytes(_ word: String) -> [CChar]? {
        let raw = isUTF8 ? Array(word.utf8) : Iconv.encode(word, to: encoding)
        return raw.map { $0.map { CChar(bitPattern: $0) } + [0] }
    }

    /// Whether the dictionary knows `word`.
    func knows(_ word: String) -> Bool {
        guard let bytes = bytes(word) else { return false }
        return Hunspell_spell(handle, bytes) != 0
    }

    /// Up to `limit` corrections Hunspell proposes for `word`: slow (tens to hundreds of
    /// milliseconds), and cut short by Hunspell's own limits on processor time.
    func suggestions(_ word: String, limit: Int = 3) -> [String] {
        Array(hunspellSuggestions(word).prefix(limit))
    }

    private func hunspellSuggestions(_ word: String) -> [String] {
        guard let bytes = bytes(word) else { return [] }
        var list: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
        let count = Hunspell_suggest(handle, &list, bytes)
        defer { Hunspell_free_list(handle, &list, count) }
        guard count > 0, let list else { return [] }
        return (0..<Int(count)).compactMap { i in
            guard let item = list[i] else { return nil }
            let raw = Array(UnsafeBufferPointer(start: item, count: strlen(item))).map { UInt8(bitPattern: $0) }
            return isUTF8 ? String(decoding: raw, as: UTF8.self) : Iconv.decode(raw, from: encoding)
        }
    }
}
