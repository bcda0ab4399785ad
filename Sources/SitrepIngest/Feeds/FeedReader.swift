import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads RSS 0.9x/1.0/2.0, Atom 1.0 and JSON Feed documents.
///
/// XML feeds go through the system's libxml2 (external entities are never resolved, and its
/// limits on entity expansion apply); JSON Feed through `JSONSerialization`. A feed that is
/// none of these is an error naming the source.
public enum FeedReader {
    public static func read(_ data: Data, origin: String) throws(IngestError) -> Feed {
        let head = String(decoding: data.prefix(512), as: UTF8.self).drop(while: { $0.isWhitespace || $0 == "\u{FEFF}" })
        if head.hasPrefix("{") { return try jsonFeed(data, origin: origin) }
        let handler = XMLFeedHandler()
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        parser.delegate = handler
        // libxml2 may recover and report success while still recording an error.
        let succeeded = parser.parse()
        if !succeeded || parser.parserError != nil {
            let code = parser.parserError.map { ($0 as NSError).code } ?? 0
            throw .malformedFeed(file: origin, reason: "line \(parser.lineNumber): the XML is not well-formed (parser error \(code))")
        }
        guard handler.sawFeed else { throw .malformedFeed(file: origin, reason: "no <rss>, <rdf:RDF> or <feed> element") }
        return handler.feed
    }

    /// Whether bytes look like a feed rather than a page or an article.
    public static func looksLikeFeed(_ data: Data) -> Bool {
        let head = String(decoding: data.prefix(1024), as: UTF8.self).lowercased()
        if head.drop(while: { $0.isWhitespace }).hasPrefix("{") {
            return data.range(of: Data("jsonfeed.org/version".utf8)) != nil
                || data.range(of: Data("jsonfeed.org\\/version".utf8)) != nil
        }
        return head.contains("<rss") || head.contains("<rdf:rdf") || head.contains("<feed")
    }

    private static func jsonFeed(_ data: Data, origin: String) throws(IngestError) -> Feed {
        guard let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any],
              (object["version"] as? String)?.contains("jsonfeed.org") == true else {
            throw .malformedFeed(file: origin, reason: "not a JSON Feed (no jsonfeed.org version)")
        }
        let items = (object["items"] as? [[String: Any]] ?? []).map { item in
            FeedItem(
                id: (item["id"] as? String) ?? (item["id"] as? Int).map(String.init),
                title: item["title"] as? String,
                link: (item["url"] as? String) ?? (item["external_url"] as? String),
                published: item["date_published"] as? String,
                authors: ((item["authors"] as? [[String: Any]]) ?? (item["author"] as? [String: Any]).map { [$0] } ?? [])
                    .compactMap { $0["name"] as? String },
                categories: item["tags"] as? [String] ?? [],
                summary: item["summary"] as? String,
                content: (item["content_html"] as? String) ?? (item["content_text"] as? String),
                imageURL: (item["image"] as? String) ?? (item["banner_image"] as? String))
        }
        return Feed(title: object["title"] as? String, link: object["home_page_url"] as? String, items: items)
    }
}

/// Collects feed and item fields from SAX events, for RSS and Atom alike.
private final class XMLFeedHandler: NSObject, XMLParserDelegate {
    var feed = Feed(title: nil, link: nil, items: [])
    var sawFeed = false
    private var item: FeedItem?
    private var text = ""
    private var depthInItem = 0

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        let name = name.lowercased()
        text = ""
        if ["rss", "rdf:rdf", "feed"].contains(name) { sawFeed = true }
        if name == "item" || name == "entry" {
            item = FeedItem()
            return
        }
        // Atom links carry their target in href; the alternate (or unmarked) one is the story.
        if name == "link", let href = attributes["href"] {
            let rel = attributes["rel"] ?? "alternate"
            if rel == "alternate" {
                if item != nil { fillItem(\.link, href) } else if feed.link == nil { feed.link = href }
            } else if rel == "enclosure", attributes["type"]?.hasPrefix("image") == true {
                fillItem(\.imageURL, href)
            }
        }
        if ["media:content", "media:thumbnail", "enclosure"].contains(name),
           let url = attributes["url"], (attributes["type"] ?? attributes["medium"] ?? "image").contains("image") {
            fillItem(\.imageURL, url)
        }
        if item != nil, name == "category", let term = attributes["term"] { item?.categories.append(term) }
    }

    /// Sets a field of the open item unless it is already set (the first value wins).
    private func fillItem(_ field: WritableKeyPath<FeedItem, String?>, _ value: String) {
        guard var current = item, current[keyPath: field] == nil else { return }
        current[keyPath: field] = value
        item = current
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    func parser(_ parser: XMLParser, foundCDATA block: Data) { text += String(decoding: block, as: UTF8.self) }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        let name = name.lowercased()
        let value = text.trimmingCharacters(in: .whitespacesAndNewlines)
        defer { text = "" }
        if name == "item" || name == "entry" {
            if let item { feed.items.append(item) }
            item = nil
            return
        }
        guard !value.isEmpty else { return }
        guard var current = item else {
            if name == "title" && feed.title == nil { feed.title = value }
            if name == "link" && feed.link == nil { feed.link = value }
            return
        }
        func fill(_ field: WritableKeyPath<FeedItem, String?>) {
            if current[keyPath: field] == nil { current[keyPath: field] = value }
        }
        switch name {
        case "title": fill(\.title)
        case "link": fill(\.link)
        case "guid", "id": fill(\.id)
        case "pubdate", "published", "dc:date", "updated", "issued": fill(\.published)
        case "author", "dc:creator", "name": current.authors.append(value)
        case "category", "dc:subject": current.categories.append(value)
        case "description", "summary": fill(\.summary)
        case "content:encoded", "content": fill(\.content)
        default: break
        }
        item = current
    }
}
