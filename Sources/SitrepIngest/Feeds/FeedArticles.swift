import Foundation
import SitrepText

extension Feed {
    /// The items that carry their story as articles, and the links of those that carry only a
    /// teaser (their pages hold the story).
    public func articles(origin: String) -> (articles: [Article], warnings: [IngestWarning], teaserLinks: [String]) {
        var articles: [Article] = []
        var warnings: [IngestWarning] = []
        var teasers: [String] = []
        for (index, item) in items.enumerated() {
            guard let paragraphs = item.fullText else {
                if let link = item.link { teasers.append(link) }
                continue
            }
            let cleaned = BodyCleaner.clean(paragraphs)
            guard !cleaned.paragraphs.isEmpty else { continue }
            var published: Timestamp?
            if let date = item.published {
                do {
                    published = try TimestampParser().parse(date)
                } catch {
                    warnings.append(IngestWarning(file: origin, line: nil, message: "item \(index + 1): '\(date)' is not a real date"))
                }
            }
            articles.append(Article(
                title: item.title.map { HTMLEntities.decode($0[...]) }, outlet: title, url: item.link,
                section: item.categories.first, authors: item.authors, published: published, dateline: cleaned.dateline,
                imageURL: item.imageURL, body: cleaned.paragraphs.joined(separator: "\n\n"), origin: origin))
        }
        return (articles, warnings, teasers)
    }
}
