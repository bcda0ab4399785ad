import Foundation
import SitrepStore

/// A one-page situation report, as an analyst would send it: the top developments (events
/// counted once across the articles that report them), escalation by dyad, key quotes,
/// disputed claims and casualty figures, every line pointing at its evidence.
///
/// ```swift
/// let brief = try Brief(store: store, since: Date().addingTimeInterval(-86_400), actor: "IRN")
/// print(brief.markdown(linkBase: "http://127.0.0.1:8080"))
/// ```
public struct Brief: Sendable {
    /// Where a line's evidence is: the article and, in it, the record.
    public struct Evidence: Sendable {
        public var label: String
        public var article: String
        public var record: String

        var path: String { "/articles/\(article)#r-\(record)" }
    }

    /// One line of the report: its text and its evidence.
    public struct Line: Sendable {
        public var text: String
        public var evidence: [Evidence]
    }

    public var since: Date?
    public var actor: String?
    public var developments: [Line] = []
    public var escalation: [Line] = []
    public var quotes: [Line] = []
    public var disputes: [Line] = []
    public var casualties: [Line] = []

    /// How many lines each section keeps.
    static let sectionSize = 8
    /// Words in a number's unit or text that make it a casualty figure.
    static let casualtyWords = ["kill", "dead", "death", "die", "injur", "wound", "casualt", "fatalit", "missing", "hostage", "abduct"]

    public init(store: Store, since: Date?, actor: String?) throws {
        self.since = since
        self.actor = actor
        let sinceDay = since.map { String(Date.ISO8601FormatStyle(timeZone: .gmt).year().month().day().format($0).prefix(10)) }
        let sinceStamp = since.map { Date.ISO8601FormatStyle(timeZone: .gmt).format($0) } ?? ""
        let events = try store.events(EventFilter(actor: actor, since: sinceDay, onePerCluster: true, limit: 500))
        developments = events
            .sorted { ($0.reports, $0.sources, abs($0.goldstein ?? 0)) > ($1.reports, $1.sources, abs($1.goldstein ?? 0)) }
            .prefix(Self.sectionSize).map(Self.development)
        let filter = Store.AggregateFilter(since: sinceDay, actor: actor)
        escalation = Self.escalation(try store.goldsteinPerDyadPerDay(filter), dyads: try store.topDyads(filter, limit: Self.sectionSize))
        let recent = { (published: String?) in (published ?? "") >= sinceStamp }
        let involves = { (name: String, code: String?) in
            guard let actor else { return true }
            return (code ?? "").hasPrefix(actor) || name.localizedCaseInsensitiveContains(actor)
        }
        quotes = try store.quotes(speaker: actor, limit: 200)
            .filter { recent($0.published) && $0.speakerCode != nil }
            .sorted { $0.text.count > $1.text.count }
            .prefix(Self.sectionSize)
            .map { quote in
                Line(text: "\(quote.speakerName): “\(quote.text)”",
                     evidence: [Evidence(label: quote.articleTitle ?? "article", article: quote.articleId, record: quote.id)])
            }
        disputes = try store.claims(disputedOnly: true, limit: 200)
            .filter { recent($0.published) && (involves($0.claimantName, $0.claimantCode) || involves($0.disputedClaimant ?? "", nil)) }
            .prefix(Self.sectionSize)
            .map { claim in
                Line(text: "\(claim.disputedClaimant ?? "?"): “\(claim.disputedText ?? "")” — \(claim.claimantName) \(claim.stance): “\(claim.text)”",
                     evidence: [Evidence(label: claim.articleTitle ?? "article", article: claim.articleId, record: claim.id)])
            }
        casualties = try store.numbers(limit: 500)
            .filter { number in
                let words = ((number.unit ?? "") + " " + number.text).lowercased()
                return recent(number.published) && Self.casualtyWords.contains { words.contains($0) }
            }
            .prefix(Self.sectionSize)
            .map(Self.casualty)
    }

    /// A casualty figure as written, or as its value when an article wrote it ("killed an
    /// American contractor": "1 (contractor killed)", not "an (contractor killed)").
    public static func casualty(_ number: StoredNumber) -> Line {
        let figure = ["a", "an", "another"].contains(number.text.lowercased())
            ? number.value.formatted(.number.grouping(.never)) : number.text
        return Line(text: "\(figure)\(number.unit.map { " (\($0))" } ?? "")",
                    evidence: [Evidence(label: number.articleTitle ?? "article", article: number.articleId, record: number.id)])
    }

    static func development(_ event: StoredEvent) -> Line {
        let what = CAMEORoot.name(event.root).map { "\($0.lowercased()) (\(event.code))" } ?? event.code
        let place = event.location.map { " in \($0)" } ?? ""
        let reports = event.reports == 1 ? "1 report" : "\(event.reports) reports from \(event.sources) source\(event.sources == 1 ? "" : "s")"
        let modality = event.modality == "asserted" ? "" : " [\(event.modality)]"
        return Line(text: "\(event.date ?? "undated") · \(RecordPages.actor(event.source)) → \(RecordPages.actor(event.target)): "
                        + "\(what)\(place)\(modality) — “\(event.trigger)”; \(reports)",
                    evidence: [Evidence(label: event.outlet ?? event.articleTitle ?? "article", article: event.articleId, record: event.id)])
    }

    /// Each busy dyad's latest daily Goldstein sum against its mean over the days before.
    static func escalation(_ days: [Store.DyadDay], dyads: [Store.Dyad]) -> [Line] {
        dyads.compactMap { dyad in
            let series = days.filter { $0.source == dyad.source && $0.target == dyad.target }
            guard let last = series.last else { return nil }
            let earlier = series.dropLast()
            let change: String
            if earlier.isEmpty {
                change = "first events in the period"
            } else {
                let before = earlier.map(\.goldstein).reduce(0, +) / Double(earlier.count)
                let direction = last.goldstein < before - 1 ? "escalating" : (last.goldstein > before + 1 ? "de-escalating" : "steady")
                change = "\(direction), from a mean of \(Charts.fmt(before)) on \(earlier.count) earlier day\(earlier.count == 1 ? "" : "s")"
            }
            return Line(text: "\(dyad.sourceName) → \(dyad.targetName): Goldstein \(Charts.fmt(last.goldstein)) on \(last.day) "
                            + "(\(last.events) event\(last.events == 1 ? "" : "s")); \(change)",
                        evidence: [])
        }
    }

    var sections: [(title: String, lines: [Line])] {
        [("Top developments", developments), ("Escalation by dyad", escalation), ("Key quotes", quotes),
         ("Disputed claims", disputes), ("Casualty figures", casualties)]
    }

    var heading: String {
        var parts = ["Situation report"]
        if let actor { parts.append("on \(actor)") }
        parts.append(since.map { "since \(Date.ISO8601FormatStyle(timeZone: .gmt).format($0))" } ?? "(all stored articles)")
        return parts.joined(separator: " ")
    }
}
