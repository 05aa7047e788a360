import Foundation

/// The last few results of a pure function of a string, kept because the checks of one
/// unit ask for the same texts' plain text, inline codes and numbers again and again.
///
/// A handful of slots replaced in turn, behind a lock: safe from any thread, bounded in memory.
/// The lock is a pthread mutex (`NSLock`), which ThreadSanitizer understands; it guards every
/// access to the slots, hence `@unchecked Sendable`.
final class RecentResults<Value: Sendable>: @unchecked Sendable {
    private struct Slots {
        var keys: [String?]
        var values: [Value?]
        var next = 0
    }

    private let lock = NSLock()
    private var storage: Slots
    private let capacity: Int

    init(capacity: Int = 16) {
        self.capacity = capacity
        storage = Slots(keys: Array(repeating: nil, count: capacity), values: Array(repeating: nil, count: capacity))
    }

    /// Runs `body` on the slots with the lock held.
    private func withSlots<R>(_ body: (inout Slots) -> R) -> R {
        lock.lock()
        defer { lock.unlock() }
        return body(&storage)
    }

    /// The value for `key`, computed by `compute` unless a recent call gave it.
    func value(for key: String, _ compute: (String) -> Value) -> Value {
        if let hit = withSlots({ slots -> Value? in
            for i in 0..<capacity where slots.keys[i] == key { return slots.values[i] }
            return nil
        }) {
            return hit
        }
        let value = compute(key)
        withSlots { slots in
            slots.keys[slots.next] = key
            slots.values[slots.next] = value
            slots.next = (slots.next + 1) % capacity
        }
        return value
    }
}
