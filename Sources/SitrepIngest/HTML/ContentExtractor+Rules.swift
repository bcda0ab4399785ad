extension ContentExtractor {
    /// The tags and class or id words that extraction judges elements by.
    struct Rules {
        static let shared = Rules()

        /// Elements that are never article text.
        let removedTags = HTMLTagSet([
            "script", "style", "noscript", "nav", "footer", "aside", "form", "iframe", "svg", "button", "select",
            "figcaption", "template", "input", "textarea", "menu", "dialog", "object", "embed", "canvas", "video", "audio",
        ])
        /// Class or id words of boilerplate, and of content (which wins when both occur).
        let unlikely = HintWords([
            "comment", "share", "social", "related", "promo", "newsletter", "sidebar", "footer", "cookie", "consent",
            "banner", "advert", "sponsor", "subscribe", "popup", "modal", "breadcrumb", "menu", "navbar", "byline",
            "caption", "credit", "author-info", "tags", "toolbar", "pagination", "recommend", "outbrain", "taboola",
            "signup", "paywall", "masthead", "skip", "print", "more-stories", "read-more", "readmore", "widget", "meta",
        ])
        let likely = HintWords(["article", "story", "content", "body", "main", "column", "text"])
        /// Elements whose text scores their containers.
        let paragraphLike = HTMLTagSet(["p", "pre", "td", "blockquote", "h2", "h3", "li"])
        /// Elements that make a `<div>` a container rather than a paragraph.
        let blockTags = HTMLTagSet([
            "p", "div", "section", "article", "ul", "ol", "table", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6",
            "figure", "main", "dl", "header", "li",
        ])
        /// Elements output as one block of text each.
        let textBlocks = HTMLTagSet(["p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "td"])
    }
}
