import Foundation
import SitrepStore

/// The events table, the timeline, the actor network, the map, and the quotes and claims
/// board: pages over the records stored from analyses.
enum RecordPages {
    static func events(_ events: [StoredEvent], form: [String: String]) -> String {
        Layout.page(title: "Events", active: .events) {
            let fields = [("actor", "Actor (code or name)"), ("country", "Country"), ("root", "CAMEO code"), ("since", "Since"),
                          ("until", "Until"), ("place", "Place"), ("modality", "Modality")]
            let inputs = fields.map { name, label in
                "<label>\(label)<input name=\"\(name)\" value=\"\(HTML.escape(form[name] ?? ""))\"></label>"
            }.joined()
            let options = [("", "Any")] + (1...4).map { (String($0), Charts.quadClassNames[$0] ?? "") }
            let select = "<label>QuadClass<select name=\"quadClass\">" + options.map { value, label in
                "<option value=\"\(value)\"\(form["quadClass"] == value ? " selected" : "")>\(HTML.escape(label))</option>"
            }.joined() + "</select></label>"
            let rows = events.map(row).joined()
            return """
                <h1>Events <small>\(events.count) shown, one row per real-world event</small></h1>
                <form class="filters" method="get" action="/events">\(inputs)\(select)<button>Filter</button></form>
                \(events.isEmpty ? "<p class=\"empty\">No event matches.</p>" : "")
                <table><thead><tr><th>Date</th><th>Event</th><th>Source → target</th><th>Where</th><th>Reports</th><th>Article</th></tr></thead>
                <tbody>\(rows)</tbody></table>
                """
        }
    }

    private static func row(_ event: StoredEvent) -> String {
        """
        <tr><td class="nowrap">\(HTML.escape(event.date ?? ""))</td>\
        <td><span class="swatch q\(event.quadClass)"></span>\(HTML.escape(event.code)) <small>\(HTML.escape(CAMEORoot.name(event.root)?.lowercased() ?? ""))\
        \(event.modality == "asserted" ? "" : " · " + HTML.escape(event.modality))</small></td>\
        <td>\(HTML.escape(actor(event.source))) → \(HTML.escape(actor(event.target)))</td>\
        <td>\(HTML.escape(event.location ?? ""))</td><td>\(event.reports) from \(event.sources)</td>\
        <td><a href="\(evidenceLink(article: event.articleId, record: event.id))">\(HTML.escape(event.outlet ?? "article"))</a></td></tr>
        <tr><td></td><td class="evidence" colspan="5">\(marked(event.sentence, word: event.trigger))</td></tr>
        """
    }

    static func actor(_ actor: ActorReference?) -> String {
        guard let actor else { return "?" }
        return actor.code.map { "\(actor.name) [\($0)]" } ?? actor.name
    }

    /// The reader page, scrolled to the record.
    static func evidenceLink(article: String, record: String) -> String {
        "/articles/\(HTML.escape(article))#r-\(HTML.escape(record))"
    }

    /// The sentence with its first occurrence of `word` in bold; both escaped.
    static func marked(_ sentence: String, word: String) -> String {
        guard !word.isEmpty, let range = sentence.range(of: word) else { return HTML.escape(sentence) }
        return HTML.escape(sentence[..<range.lowerBound]) + "<b>" + HTML.escape(sentence[range]) + "</b>" + HTML.escape(sentence[range.upperBound...])
    }

    static func timeline(daily: [Store.DailyCount], dyadDays: [Store.DyadDay], dyads: [Store.Dyad]) -> String {
        Layout.page(title: "Timeline", active: .timeline) {
            """
            <h1>Timeline</h1><h2>Events per day by QuadClass</h2>\(Charts.timeline(daily))
            <h2>Escalation: Goldstein sum per day of the busiest dyads <small>(down is more conflict)</small></h2>
            \(Charts.escalation(dyadDays, dyads: dyads))
            """
        }
    }

    static func network(_ dyads: [Store.Dyad]) -> String {
        Layout.page(title: "Actor network", active: .network) {
            let rows = dyads.map {
                "<tr><td>\(HTML.escape($0.sourceName)) → \(HTML.escape($0.targetName))</td><td>\($0.events)</td><td>\(Charts.fmt($0.meanGoldstein))</td></tr>"
            }.joined()
            return """
                <h1>Actor network <small>edge width: events · colour: mean Goldstein (red conflict, green cooperation)</small></h1>
                \(Charts.network(dyads))
                <table><thead><tr><th>Dyad</th><th>Events</th><th>Mean Goldstein</th></tr></thead><tbody>\(rows)</tbody></table>
                """
        }
    }

    static func map(counts: [Store.CountryCount], events: [StoredEvent]) -> String {
        Layout.page(title: "Map", active: .map) {
            let dots = events.compactMap { event -> WorldMap.Dot? in
                guard let latitude = event.latitude, let longitude = event.longitude else { return nil }
                return WorldMap.Dot(latitude: latitude, longitude: longitude,
                                    label: "\(event.location ?? ""): \(event.code) \(actor(event.source)) → \(actor(event.target))")
            }
            return """
                <h1>Map <small>countries shaded by events; a dot per located event</small></h1>
                \(WorldMap.svg(counts: counts, dots: dots))
                <p><small>Country shapes: Natural Earth (public domain).</small></p>
                """
        }
    }

    static func board(quotes: [StoredQuote], disputed: [StoredClaim]) -> String {
        Layout.page(title: "Quotes & claims", active: .board) {
            let quoteCards = quotes.map { quote in
                """
                <div class="card"><b>\(HTML.escape(quote.speakerName))</b>\(quote.speakerCode.map { " <small>\(HTML.escape($0))</small>" } ?? "")\
                \(quote.verb.map { " <small>\(HTML.escape($0))</small>" } ?? ""): “\(HTML.escape(quote.text))”\
                <br><small><a href="\(evidenceLink(article: quote.articleId, record: quote.id))">\(HTML.escape(quote.articleTitle ?? "article"))</a></small></div>
                """
            }.joined()
            let disputes = disputed.map { claim in
                """
                <div class="dispute"><div><b>\(HTML.escape(claim.disputedClaimant ?? "?"))</b>: \(HTML.escape(claim.disputedText ?? ""))</div>\
                <div><b>\(HTML.escape(claim.claimantName))</b> <i>\(HTML.escape(claim.stance))</i>: \(HTML.escape(claim.text))\
                <br><small><a href="\(evidenceLink(article: claim.articleId, record: claim.id))">\(HTML.escape(claim.articleTitle ?? "article"))</a></small></div></div>
                """
            }.joined()
            return """
                <h1>Quotes &amp; claims</h1><div class="board">
                <section><h2>Who said what <small>\(quotes.count)</small></h2>\(quotes.isEmpty ? "<p class=\"empty\">No quotes yet.</p>" : quoteCards)</section>
                <section><h2>Disputed claims <small>\(disputed.count)</small></h2>\(disputed.isEmpty ? "<p class=\"empty\">No disputed claims yet.</p>" : disputes)</section>
                </div>
                """
        }
    }
}
