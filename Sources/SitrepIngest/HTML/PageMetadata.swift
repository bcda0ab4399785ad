import Foundation

/// What a page says about itself, read first from JSON-LD `NewsArticle` data, then from
/// OpenGraph and other `<meta>` tags, then from `<title>` and `<time>`.
struct PageMetadata {
    var title: String?
    var outlet: String?
    var url: String?
    var section: String?
    var authors: [String] = []
    var published: String?
    var imageURL: String?
    /// JSON-LD `articleBody`, a cross-check for the extracted text.
    var articleBody: String?

    init(_ document: HTMLDocument) {
        var meta: [String: String] = [:]
        var canonical: String?
        var pageTitle: String?
        var heading: String?
        var time: String?
        var linkedData: [String] = []
        for node in 0..<document.count {
            switch document.tag(node) {
            case HTMLTag.meta:
                guard let key = (document.attribute(node, "property") ?? document.attribute(node, "name")
                                 ?? document.attribute(node, "itemprop"))?.lowercased(),
                      meta[key] == nil,
                      let content = document.attribute(node, "content").map(PageMetadata.trimmed),
                      !content.isEmpty else { continue }
                meta[key] = content
            case HTMLTag.link where canonical == nil && document.attribute(node, "rel")?.lowercased() == "canonical":
                canonical = document.attribute(node, "href")
            case HTMLTag.title where pageTitle == nil: pageTitle = document.text(of: node)
            case HTMLTag.h1 where heading == nil: heading = document.text(of: node)
            case HTMLTag.time where time == nil: time = document.attribute(node, "datetime")
            case HTMLTag.script where (document.attribute(node, "type") ?? "").lowercased().contains("ld+json"):
                linkedData.append(document.text(of: node))
            default: continue
            }
        }
        let linked = JSONLD.newsArticle(in: linkedData)
        outlet = linked.string("publisher") ?? meta["og:site_name"] ?? meta["application-name"]
        title = linked.string("headline") ?? meta["og:title"] ?? meta["twitter:title"]
            ?? pageTitle.map { PageMetadata.withoutSiteName($0, outlet) }
            ?? heading
        url = canonical ?? meta["og:url"] ?? linked.string("url")
        section = meta["article:section"] ?? linked.string("articleSection")
        authors = linked.strings("author")
        if authors.isEmpty, let author = meta["author"] ?? meta["article:author"], !author.hasPrefix("http") { authors = [author] }
        published = linked.string("datePublished") ?? meta["article:published_time"] ?? meta["datepublished"]
            ?? meta["pubdate"] ?? meta["publishdate"] ?? meta["date"] ?? meta["dc.date"] ?? meta["dcterms.created"]
            ?? time
        imageURL = meta["og:image"] ?? meta["twitter:image"] ?? linked.string("image")
        articleBody = linked.string("articleBody")
    }

    /// `text` without white space at either end; in Swift, as Foundation's trimming is slow
    /// where it bridges to NSString.
    static func trimmed(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }

    /// "Talks resume | The Daily" → "Talks resume" when the page names its site.
    static func withoutSiteName(_ title: String, _ site: String?) -> String {
        for separator in [" | ", " - ", " — ", " – ", " :: "] {
            let parts = title.components(separatedBy: separator)
            guard parts.count > 1, let last = parts.last else { continue }
            if let site, last.lowercased().contains(site.lowercased()) || site.lowercased().contains(last.lowercased()) {
                return parts.dropLast().joined(separator: separator)
            }
        }
        return title
    }
}

/// The schema.org article object of a page's `application/ld+json` scripts, if there is one.
struct JSONLD {
    private var fields: [String: Any] = [:]

    /// How well a schema.org type fits a news story; lower is better, nil for other things.
    private static func rank(_ type: String) -> Int? {
        switch type {
        case "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle": 0
        case "article": 1
        case "blogposting", "liveblogposting", "webpage": 2
        default: nil
        }
    }

    /// The best-fitting article among the objects of `scripts`, the texts of the page's
    /// JSON-LD scripts in order.
    static func newsArticle(in scripts: [String]) -> JSONLD {
        var best = JSONLD()
        var bestRank = Int.max
        for script in scripts {
            guard let object = try? JSONSerialization.jsonObject(with: Data(script.utf8)) else { continue }
            for candidate in flatten(object) {
                guard let rank = typeNames(candidate["@type"]).compactMap(rank).min(), rank < bestRank else { continue }
                best = JSONLD(fields: candidate)
                bestRank = rank
            }
        }
        return best
    }

    private static func flatten(_ object: Any) -> [[String: Any]] {
        if let list = object as? [Any] { return list.flatMap(flatten) }
        guard let dictionary = object as? [String: Any] else { return [] }
        return [dictionary] + ((dictionary["@graph"] as? [Any]).map(flatten) ?? [])
    }

    private static func typeNames(_ value: Any?) -> [String] {
        if let name = value as? String { return [name.lowercased()] }
        return (value as? [Any])?.compactMap { ($0 as? String)?.lowercased() } ?? []
    }

    func string(_ key: String) -> String? { JSONText.text(fields[key]) }

    func strings(_ key: String) -> [String] { JSONText.texts(fields[key]) }
}
