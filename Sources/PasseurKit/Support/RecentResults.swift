import Foundation

/// The last few results of a function of a string, for one thread: a handful of slots
/// replaced in turn, so memory stays bounded however many texts go by.
struct RecentCache<Value> {
    private var keys: [String?]
    /// The UTF-8 length of each key, -1 for a free slot: most slots differ there, and are
    /// passed over without touching (retaining) their string.
    private var lengths: [Int]
    private var values: [Value?]
    private var next = 0

    init(capacity: Int = 16) {
        keys = Array(repeating: nil, count: capacity)
        lengths = Array(repeating: -1, count: capacity)
        values = Array(repeating: nil, count: capacity)
    }

    /// The value for `key`, computed by `compute` unless a recent call gave the same bytes
    /// (`String`'s `==` would compare canonical equivalence, slow on every miss).
    mutating func value(for key: String, _ compute: (String) -> Value) -> Value {
        let length = key.utf8.count
        for i in lengths.indices where lengths[i] == length {
            if let candidate = keys[i], TextKey.sameBytes(candidate, key), let value = values[i] { return value }
        }
        let value = compute(key)
        keys[next] = key
        lengths[next] = length
        values[next] = value
        next = (next + 1) % keys.count
        return value
    }
}

/// The last few results of a pure function of a string, kept because the checks of one
/// unit ask for the same texts' plain text, inline codes and numbers again and again.
///
/// Each thread has its own `RecentCache`: no lock, and no thread evicts another's results.
/// The caches live in POSIX thread-specific storage and are released when their thread
/// ends; nothing is shared between threads, hence `@unchecked Sendable`. Meant for
/// `static let`s: a POSIX key per instance, for the life of the process.
final class RecentResults<Value: Sendable>: @unchecked Sendable {
    private final class Box {
        var cache: RecentCache<Value>

        init(capacity: Int) { cache = RecentCache(capacity: capacity) }
    }

    private var key = pthread_key_t()
    private let capacity: Int

    init(capacity: Int = 16) {
        self.capacity = capacity
        pthread_key_create(&key) { pointer in
            guard let pointer else { return }
            Unmanaged<AnyObject>.fromOpaque(pointer).release()
        }
    }

    /// This thread's cache.
    private var box: Box {
        if let pointer = pthread_getspecific(key) {
            return Unmanaged<Box>.fromOpaque(pointer).takeUnretainedValue()
        }
        let box = Box(capacity: capacity)
        pthread_setspecific(key, Unmanaged.passRetained(box).toOpaque())
        return box
    }

    /// The value for `key`, computed by `compute` unless a recent call on this thread gave it.
    func value(for key: String, _ compute: (String) -> Value) -> Value {
        box.cache.value(for: key, compute)
    }
}
