import Foundation
import Synchronization

/// JSON replies of the read-only API, kept for `lifetime` seconds by request URI: under load
/// many clients ask for the same page of events, and one query then serves them all. A write
/// through this server (`POST /api/articles`) empties it at once; a write by another process
/// (`sitrep ingest`) shows after at most `lifetime`.
final class ResponseCache: Sendable {
    private struct Entry {
        var data: Data
        var expires: ContinuousClock.Instant
    }

    let lifetime: Duration
    let capacity: Int
    private let entries = Mutex<[String: Entry]>([:])

    init(lifetime: Duration = .seconds(2), capacity: Int = 512) {
        self.lifetime = lifetime
        self.capacity = capacity
    }

    /// The cached bytes for `key`, or `make()`'s, stored for next time.
    func data(for key: String, make: () throws -> Data) rethrows -> Data {
        let now = ContinuousClock.now
        if let entry = entries.withLock({ $0[key] }), entry.expires > now { return entry.data }
        let data = try make()
        entries.withLock { entries in
            if entries.count >= capacity { entries = entries.filter { $0.value.expires > now } }
            if entries.count < capacity { entries[key] = Entry(data: data, expires: now + lifetime) }
        }
        return data
    }

    func removeAll() {
        entries.withLock { $0.removeAll() }
    }
}
