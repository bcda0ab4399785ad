import Foundation
import GRDB
import SitrepText

/// What `sitrep watch` remembers about a feed or page between polls and across restarts.
public struct SourceState: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "source"

    public var url: String
    /// Validators from the last successful fetch, sent back for a conditional GET.
    public var etag: String?
    public var lastModified: String?
    public var lastChecked: String?
    public var lastSuccess: String?
    /// Failures in a row; each one doubles the wait before the next try.
    public var failures: Int
    /// When the source is next due, in UTC ISO 8601.
    public var nextCheck: String?
    public var lastError: String?

    public init(url: String) {
        self.url = url
        failures = 0
    }

    public var nextCheckDate: Date? { nextCheck.flatMap(UTCTime.date(from:)) }
}

extension Store {
    public func sourceState(_ url: String) throws -> SourceState {
        try reader.read { db in try SourceState.fetchOne(db, key: url) } ?? SourceState(url: url)
    }

    /// Records a poll: on success the validators and the next regular check; on failure the
    /// error and a wait that doubles with each failure in a row, capped at `maximumWait`.
    public func recordCheck(of url: String, at date: Date = Date(), every interval: TimeInterval,
                            etag: String?, lastModified: String?, error: String?, maximumWait: TimeInterval = 6 * 3600) throws {
        try writer.write { db in
            var state = try SourceState.fetchOne(db, key: url) ?? SourceState(url: url)
            state.lastChecked = UTCTime.string(from: date)
            if let error {
                state.failures += 1
                state.lastError = error
                let wait = min(interval * pow(2, Double(state.failures)), maximumWait)
                state.nextCheck = UTCTime.string(from: date.addingTimeInterval(wait))
            } else {
                state.failures = 0
                state.lastError = nil
                state.lastSuccess = state.lastChecked
                state.etag = etag ?? state.etag
                state.lastModified = lastModified ?? state.lastModified
                state.nextCheck = UTCTime.string(from: date.addingTimeInterval(interval))
            }
            try state.save(db)
        }
    }

    /// Whether an article with this address (normalised) is stored.
    public func hasArticle(url: String) throws -> Bool {
        try reader.read { db in
            try ArticleRecord.filter(Column("normalizedURL") == URLNormalizer.normalise(url)).fetchCount(db) > 0
        }
    }
}
