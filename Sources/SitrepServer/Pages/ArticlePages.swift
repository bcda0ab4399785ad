import Foundation
import Sitrep
import SitrepText

/// The article list (with search) and the article reader.
enum ArticlePages {
    static func list(_ articles: [Article], query: String?) -> String {
        Layout.page(title: "Articles", active: .articles) {
            let rows = articles.map { article in
                let date = article.published.map { String($0.iso8601.prefix(10)) } ?? ""
                return """
                    <tr><td class="nowrap">\(HTML.escape(date))</td><td>\(HTML.escape(article.outlet ?? ""))</td>\
                    <td><a href="/articles/\(HTML.escape(article.id))">\(HTML.escape(article.title ?? String(article.body.prefix(90))))</a></td></tr>
                    """
            }.joined()
            return """
                <h1>Articles</h1>
                <form class="filters" method="get" action="/"><input type="search" name="q" value="\(HTML.escape(query ?? ""))" \
                placeholder="Search titles and bodies"><button>Search</button></form>
                \(articles.isEmpty ? "<p class=\"empty\">No stored article matches.</p>" : "")
                <table><thead><tr><th>Published</th><th>Outlet</th><th>Headline</th></tr></thead><tbody>\(rows)</tbody></table>
                """
        }
    }

    /// The article as the outlet published it, records highlighted in the body, and a sidebar
    /// of its events, quotes, claims and numbers; clicking a highlight selects its record.
    static func reader(_ analysis: AnalysisView, related: [Article]) -> String {
        let article = analysis.article
        return Layout.page(title: article.title ?? "Article", active: .articles) {
            """
            <div class="reader"><article>
            \(header(article))
            <div class="legend"><span class="ent">actor</span> <span class="trig">event</span> <span class="quote">quote</span> \
            <span class="claim">claim</span> <span class="num">number</span></div>
            <div class="body">\(Highlighter.html(body: article.body, marks: marks(analysis)))</div>
            </article>
            <aside>\(sidebar(analysis))\(relatedList(related))</aside></div>
            """
        }
    }

    private static func header(_ article: AnalysisView.ArticlePart) -> String {
        var meta = [article.source, article.section, article.published, article.dateline].compactMap { $0 }.map(HTML.escape)
        if let authors = article.authors, !authors.isEmpty { meta.append("by " + HTML.escape(authors.joined(separator: ", "))) }
        var links: [String] = []
        if let url = safeLink(article.url) { links.append("<a href=\"\(HTML.escape(url))\" rel=\"noopener noreferrer\">Original</a>") }
        if let image = safeLink(article.imageURL) {
            links.append("<a href=\"\(HTML.escape(image))\" rel=\"noopener noreferrer\">Image (loads from the outlet)</a>")
        }
        return """
            <h1>\(HTML.escape(article.title ?? "Untitled"))</h1>
            <p class="meta">\(meta.joined(separator: " · "))</p>
            <p class="meta">\(links.joined(separator: " · ")) · <a href="/api/articles/\(HTML.escape(article.id))">JSON</a></p>
            """
    }

    /// Only web addresses become links: a `javascript:` or `data:` URL from an article never does.
    static func safeLink(_ url: String?) -> String? {
        guard let url, let scheme = URL(string: url)?.scheme?.lowercased(), scheme == "http" || scheme == "https" else { return nil }
        return url
    }

    static func marks(_ analysis: AnalysisView) -> [Highlighter.Mark] {
        var marks: [Highlighter.Mark] = []
        for entity in analysis.entities {
            let label = "\(entity.name) (\(entity.type)\(entity.code.map { ", " + $0 } ?? ""))"
            marks += entity.mentions.map { .init(start: $0.start, end: $0.end, kind: "ent", record: "r-" + entity.id, label: label) }
        }
        for event in analysis.events {
            marks.append(.init(start: event.trigger.start, end: event.trigger.end, kind: "trig", record: "r-" + event.id,
                               label: "event \(event.code): \(EventText.dyad(event.source, event.target))"))
        }
        for quote in analysis.quotes {
            marks.append(.init(start: quote.start, end: quote.end, kind: "quote", record: "r-" + quote.id, label: "quote by \(quote.speaker.name)"))
        }
        for claim in analysis.claims {
            marks.append(.init(start: claim.start, end: claim.end, kind: "claim", record: "r-" + claim.id,
                               label: "claim (\(claim.stance)) by \(claim.claimant.name)"))
        }
        for number in analysis.numbers {
            marks.append(.init(start: number.start, end: number.end, kind: "num", record: "r-" + number.id,
                               label: "number \(number.value.formatted())\(number.unit.map { " " + $0 } ?? "")"))
        }
        return marks
    }

    private static func sidebar(_ analysis: AnalysisView) -> String {
        let events = analysis.events.map { event in
            """
            <li id="r-\(HTML.escape(event.id))"><b>\(HTML.escape(event.code))</b> \(HTML.escape(EventText.dyad(event.source, event.target)))\
            <br><small>\(HTML.escape([event.date?.value, event.location, event.modality].compactMap { $0 }.joined(separator: " · ")))</small>\
            <blockquote>\(HTML.escape(event.sentence.text))</blockquote></li>
            """
        }
        let quotes = analysis.quotes.map {
            "<li id=\"r-\(HTML.escape($0.id))\"><b>\(HTML.escape($0.speaker.name))</b> (\(HTML.escape($0.kind))): “\(HTML.escape($0.text))”</li>"
        }
        let claims = analysis.claims.map { claim in
            "<li id=\"r-\(HTML.escape(claim.id))\"><b>\(HTML.escape(claim.claimant.name))</b> <i>\(HTML.escape(claim.stance))</i>: "
                + "\(HTML.escape(claim.text))\(claim.disputes.map { " <small>(disputes \(HTML.escape($0)))</small>" } ?? "")</li>"
        }
        let numbers = analysis.numbers.map {
            "<li id=\"r-\(HTML.escape($0.id))\">\(HTML.escape($0.text))\($0.unit.map { " <small>(\(HTML.escape($0)))</small>" } ?? "")</li>"
        }
        let entities = analysis.entities.map {
            "<li id=\"r-\(HTML.escape($0.id))\">\(HTML.escape($0.name)) <small>\(HTML.escape($0.type))\($0.code.map { " · " + HTML.escape($0) } ?? "")</small></li>"
        }
        return [("Events", events), ("Quotes", quotes), ("Claims", claims), ("Numbers", numbers), ("Actors", entities)]
            .map { title, items in
                "<section><h2>\(title) <small>\(items.count)</small></h2>"
                    + (items.isEmpty ? "<p class=\"empty\">None found.</p>" : "<ul class=\"records\">\(items.joined())</ul>") + "</section>"
            }.joined()
    }

    private static func relatedList(_ related: [Article]) -> String {
        guard !related.isEmpty else { return "" }
        let items = related.map { "<li><a href=\"/articles/\(HTML.escape($0.id))\">\(HTML.escape($0.title ?? String($0.body.prefix(60))))</a></li>" }
        return "<section><h2>Related</h2><ul>\(items.joined())</ul></section>"
    }
}

/// How events read in a line of text.
enum EventText {
    static func dyad(_ source: AnalysisView.Actor?, _ target: AnalysisView.Actor?) -> String {
        "\(actor(source)) → \(actor(target))"
    }

    static func actor(_ actor: AnalysisView.Actor?) -> String {
        guard let actor else { return "?" }
        return actor.code.map { "\(actor.name) [\($0)]" } ?? actor.name
    }
}
