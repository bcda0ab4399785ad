import Foundation
import GRDB

/// Reports of one real-world event, counted once: an event joins the cluster of an event
/// already stored from another article with the same dyad, CAMEO root and place, dated
/// within a day of it. GDELT counts one abduction reported by 300 outlets as 300; sitrep
/// counts one event with 300 reports.
enum EventCluster {
    /// What clustering compares.
    struct Report {
        var root: String
        var source: String?
        var target: String?
        var location: String?
        /// yyyy-mm-dd, or shorter at month or year precision.
        var date: String?
        var background: Bool
    }

    /// The cluster an event joins, or nil when it starts its own. Events with neither side
    /// known, with no date, or in the background never merge: too little says they are one.
    static func cluster(of report: Report, article: String, in db: Database) throws -> String? {
        guard !report.background, report.source != nil || report.target != nil, let date = report.date else { return nil }
        let (earliest, latest) = window(around: date)
        return try String.fetchOne(db, sql: """
            SELECT cluster FROM event
            WHERE root = ? AND coalesce(sourceCode, sourceName, '') = ? AND coalesce(targetCode, targetName, '') = ?
              AND coalesce(location, '') = ? AND background = 0 AND date BETWEEN ? AND ? AND articleId != ?
            ORDER BY rowid LIMIT 1
            """, arguments: [report.root, report.source ?? "", report.target ?? "", report.location ?? "",
                             earliest, latest, article])
    }

    /// The dates within a day of `date`; a month or year matches only itself.
    static func window(around date: String) -> (String, String) {
        let formatter = DateFormatter()
        formatter.calendar = Calendar(identifier: .gregorian)
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd"
        guard date.count == 10, let day = formatter.date(from: date) else { return (date, date) }
        return (formatter.string(from: day.addingTimeInterval(-86_400)), formatter.string(from: day.addingTimeInterval(86_400)))
    }
}
