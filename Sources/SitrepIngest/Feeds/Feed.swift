import Foundation

/// A news feed as sitrep reads it, whatever its format (RSS 0.9x/1.0/2.0, Atom 1.0, JSON Feed).
public struct Feed: Sendable, Equatable {
    public var title: String?
    /// The site the feed belongs to.
    public var link: String?
    public var items: [FeedItem]
}

/// One entry of a feed.
public struct FeedItem: Sendable, Equatable {
    public var id: String?
    public var title: String?
    public var link: String?
    public var published: String?
    public var authors: [String] = []
    public var categories: [String] = []
    /// The summary or teaser, as HTML or text.
    public var summary: String?
    /// The full story when the feed carries it (`content:encoded`, Atom `content`,
    /// JSON Feed `content_html`/`content_text`), as HTML or text.
    public var content: String?
    public var imageURL: String?

    /// The story text the item carries: its content, else its summary when that is long
    /// enough to be the story rather than a teaser; paragraphs kept.
    public var fullText: [String]? {
        for candidate in [content, summary].compactMap({ $0 }) {
            let paragraphs = FeedItem.paragraphs(of: candidate)
            if paragraphs.joined(separator: " ").split(separator: " ").count >= FeedItem.minimumStoryWords { return paragraphs }
        }
        return nil
    }

    /// Shorter than this, a feed's text is a teaser and the linked page holds the story.
    static let minimumStoryWords = 120

    private static func paragraphs(of markup: String) -> [String] {
        guard markup.contains("<") else {
            return markup.components(separatedBy: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        let fragment = HTMLParser.parse("<body>" + markup + "</body>")
        return ContentExtractor.blocks(in: fragment, below: fragment.elements(named: "body").first ?? HTMLDocument.root)
    }
}
