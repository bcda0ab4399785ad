import Foundation
import GRDB

/// Counts over the `event` table for the timeline, the network, the map and the brief. Each
/// is one grouped query, bounded by the filter's date range and a row limit, so their cost
/// does not grow with what a caller asks for.
extension Store {
    /// Which events an aggregate counts: a day range (`yyyy-mm-dd`, inclusive) and an actor
    /// code or name on either side. Background events (dated well before their article) never
    /// count: they are context, not news.
    public struct AggregateFilter: Sendable, Equatable {
        public var since: String?
        public var until: String?
        public var actor: String?

        public init(since: String? = nil, until: String? = nil, actor: String? = nil) {
            self.since = since
            self.until = until
            self.actor = actor
        }
    }

    /// Events on one day in one QuadClass (1 verbal cooperation … 4 material conflict).
    public struct DailyCount: Codable, Sendable, Equatable {
        public var day: String
        public var quadClass: Int
        public var events: Int
    }

    /// The Goldstein scores of a dyad's events on one day, summed.
    public struct DyadDay: Codable, Sendable, Equatable {
        public var day: String
        public var source: String
        public var target: String
        public var goldstein: Double
        public var events: Int
    }

    /// Who acts on whom, how often, and how (Goldstein sum and mean: −10 conflict … +10
    /// cooperation).
    public struct Dyad: Codable, Sendable, Equatable {
        public var source: String
        public var sourceName: String
        public var target: String
        public var targetName: String
        public var events: Int
        public var goldstein: Double
        public var meanGoldstein: Double
    }

    /// Events whose place lies in a country (ISO 3166 alpha-3 as the event record has it).
    public struct CountryCount: Codable, Sendable, Equatable {
        public var country: String
        public var events: Int
    }

    /// The event's day: its own date when given to the day, else the day the article was
    /// published. Aggregates read `event JOIN article` (`eventsJoined`).
    static let eventDay = "CASE WHEN length(event.date) >= 10 THEN substr(event.date, 1, 10) ELSE substr(article.published, 1, 10) END"
    static let eventsJoined = "event JOIN article ON article.id = event.articleId"
    static let sourceKey = "coalesce(nullif(sourceCode, ''), sourceName)"
    static let targetKey = "coalesce(nullif(targetCode, ''), targetName)"

    public func eventsPerDay(_ filter: AggregateFilter = .init()) throws -> [DailyCount] {
        let (clause, arguments) = Self.conditions(filter)
        return try reader.read { db in
            try Row.fetchAll(db, sql: """
                SELECT \(Self.eventDay) AS day, quadClass, count(*) AS events FROM \(Self.eventsJoined)
                WHERE \(clause) AND day IS NOT NULL GROUP BY day, quadClass ORDER BY day, quadClass LIMIT 20000
                """, arguments: arguments)
                .map { DailyCount(day: $0["day"], quadClass: $0["quadClass"] ?? 0, events: $0["events"]) }
        }
    }

    public func goldsteinPerDyadPerDay(_ filter: AggregateFilter = .init(), limit: Int = 5000) throws -> [DyadDay] {
        let (clause, arguments) = Self.conditions(filter)
        return try reader.read { db in
            try Row.fetchAll(db, sql: """
                SELECT \(Self.eventDay) AS day, \(Self.sourceKey) AS s, \(Self.targetKey) AS t,
                       total(goldstein) AS g, count(*) AS events FROM \(Self.eventsJoined)
                WHERE \(clause) AND day IS NOT NULL AND s IS NOT NULL AND t IS NOT NULL
                GROUP BY day, s, t ORDER BY day, s, t LIMIT ?
                """, arguments: arguments + [limit])
                .map { DyadDay(day: $0["day"], source: $0["s"], target: $0["t"], goldstein: $0["g"], events: $0["events"]) }
        }
    }

    /// Dyads with the most events, most first.
    public func topDyads(_ filter: AggregateFilter = .init(), limit: Int = 20) throws -> [Dyad] {
        let (clause, arguments) = Self.conditions(filter)
        return try reader.read { db in
            try Row.fetchAll(db, sql: """
                SELECT \(Self.sourceKey) AS s, max(sourceName) AS sn, \(Self.targetKey) AS t, max(targetName) AS tn,
                       count(*) AS events, total(goldstein) AS g FROM \(Self.eventsJoined)
                WHERE \(clause) AND s IS NOT NULL AND t IS NOT NULL
                GROUP BY s, t ORDER BY events DESC, s, t LIMIT ?
                """, arguments: arguments + [limit])
                .map { row in
                    let events: Int = row["events"]
                    let sum: Double = row["g"]
                    return Dyad(source: row["s"], sourceName: row["sn"] ?? row["s"], target: row["t"], targetName: row["tn"] ?? row["t"],
                                events: events, goldstein: sum, meanGoldstein: events > 0 ? sum / Double(events) : 0)
                }
        }
    }

    public func eventsPerCountry(_ filter: AggregateFilter = .init()) throws -> [CountryCount] {
        let (clause, arguments) = Self.conditions(filter)
        return try reader.read { db in
            try Row.fetchAll(db, sql: """
                SELECT event.country AS country, count(*) AS events FROM \(Self.eventsJoined) WHERE \(clause) AND event.country IS NOT NULL AND event.country != ''
                GROUP BY event.country ORDER BY events DESC LIMIT 300
                """, arguments: arguments)
                .map { CountryCount(country: $0["country"], events: $0["events"]) }
        }
    }

    /// The WHERE clause for a filter, with its arguments.
    static func conditions(_ filter: AggregateFilter) -> (String, StatementArguments) {
        var parts = ["event.background = 0", "event.rowid IN (SELECT min(rowid) FROM event GROUP BY cluster)"]
        var arguments: StatementArguments = []
        if let since = filter.since {
            parts.append("\(eventDay) >= ?")
            arguments += [since]
        }
        if let until = filter.until {
            parts.append("\(eventDay) <= ?")
            arguments += [until]
        }
        if let actor = filter.actor {
            parts.append("(sourceCode LIKE ? OR targetCode LIKE ? OR sourceName LIKE ? OR targetName LIKE ?)")
            let code = actor + "%", name = "%" + actor + "%"
            arguments += [code, code, name, name]
        }
        return (parts.joined(separator: " AND "), arguments)
    }
}
