import Foundation

/// Finds the article text in a page, in the manner of readability: paragraphs score their
/// containers by length and commas; class and id names ("article", "story" against "nav",
/// "comment", "share") and link density adjust the scores; the best container and its
/// strong siblings are the article. Captions, bylines, share bars and link lists drop out.
struct ContentExtractor {
    /// The article's paragraphs, in order.
    static func paragraphs(of document: HTMLNode) -> [String] {
        var extractor = ContentExtractor()
        return extractor.extract(document)
    }

    /// Each container's score, by node; filled while one page is read.
    private var scores: [ObjectIdentifier: Double] = [:]

    private mutating func extract(_ document: HTMLNode) -> [String] {
        let body = document.descendants { $0.name == "body" }.first ?? document
        Self.prune(body)
        guard let best = bestCandidate(in: body) else { return Self.blocks(in: body) }
        var chosen: [HTMLNode] = []
        let threshold = max(10, score(best) * 0.2)
        for sibling in best.parent?.children ?? [best] where !sibling.isText {
            if sibling === best || (scores[ObjectIdentifier(sibling)] ?? 0) >= threshold || Self.isStrongParagraph(sibling) {
                chosen.append(sibling)
            }
        }
        // Stray end tags can push the story's last paragraphs out of its container: take
        // strong paragraphs that follow the container's ancestors too.
        var ancestor = best.parent
        for _ in 0..<2 {
            guard let node = ancestor, let parent = node.parent, let index = parent.children.firstIndex(where: { $0 === node }) else { break }
            chosen.append(contentsOf: parent.children[(index + 1)...].filter(Self.isStrongParagraph))
            ancestor = parent
        }
        return chosen.flatMap { Self.blocks(in: $0) }.filter { !Self.isByline($0) }
    }

    // MARK: pruning

    private static let removed: Set<String> = [
        "script", "style", "noscript", "nav", "footer", "aside", "form", "iframe", "svg", "button", "select",
        "figcaption", "template", "input", "textarea", "menu", "dialog", "object", "embed", "canvas", "video", "audio",
    ]
    private static let unlikely: [[UInt8]] = [
        "comment", "share", "social", "related", "promo", "newsletter", "sidebar", "footer", "cookie", "consent",
        "banner", "advert", "sponsor", "subscribe", "popup", "modal", "breadcrumb", "menu", "navbar", "byline",
        "caption", "credit", "author-info", "tags", "toolbar", "pagination", "recommend", "outbrain", "taboola",
        "signup", "paywall", "masthead", "skip", "print", "more-stories", "read-more", "readmore", "widget", "meta",
    ].map { Array($0.utf8) }
    private static let likely: [[UInt8]] = ["article", "story", "content", "body", "main", "column", "text"].map { Array($0.utf8) }

    /// Removes elements that are never article text.
    private static func prune(_ node: HTMLNode) {
        node.children.removeAll { child in
            guard !child.isText else { return false }
            if removed.contains(child.name) { return true }
            if child.name == "header" {
                let text = child.freshText()
                if !text.isEmpty && text.unicodeScalars.count < 400 { return true }
            }
            if child.name != "body", child.name != "article", child.hintsContain(any: unlikely), !child.hintsContain(any: likely) {
                return true
            }
            if child.attributes["hidden"] != nil || child.attributes["aria-hidden"] == "true" { return true }
            if (child.attributes["style"] ?? "").replacingOccurrences(of: " ", with: "").contains("display:none") { return true }
            return false
        }
        for child in node.children where !child.isText { Self.prune(child) }
    }

    // MARK: scoring

    private func score(_ node: HTMLNode) -> Double { scores[ObjectIdentifier(node)] ?? 0 }

    private static let paragraphLike: Set<String> = ["p", "pre", "td", "blockquote", "h2", "h3", "li"]
    private static let blockNames: Set<String> = [
        "p", "div", "section", "article", "ul", "ol", "table", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6",
        "figure", "main", "dl", "header", "li",
    ]

    private mutating func bestCandidate(in body: HTMLNode) -> HTMLNode? {
        let paragraphs = body.descendants { Self.paragraphLike.contains($0.name) || ($0.name == "div" && !Self.hasBlockChild($0)) }
        var candidates: [HTMLNode] = []
        for paragraph in paragraphs {
            let length = paragraph.textLength
            guard length >= 25 else { continue }
            let commas = paragraph.textContent.utf8.reduce(0) { $0 + ($1 == 0x2C ? 1 : 0) }
            var points = 1.0 + Double(commas) + min(Double(length) / 100, 3)
            if paragraph.name == "li" { points *= 0.5 }
            var ancestor = paragraph.parent
            var level = 0
            while let node = ancestor, level < 3 {
                if scores[ObjectIdentifier(node)] == nil {
                    scores[ObjectIdentifier(node)] = Self.initialScore(node)
                    candidates.append(node)
                }
                scores[ObjectIdentifier(node), default: 0] += points / Double(level == 0 ? 1 : level * 2)
                ancestor = node.parent
                level += 1
            }
        }
        var best: HTMLNode?
        var bestScore = 0.0
        for candidate in candidates {
            let text = candidate.textLength
            let density = text == 0 ? 1 : Double(candidate.linkTextLength) / Double(text)
            let final = score(candidate) * (1 - density)
            scores[ObjectIdentifier(candidate)] = final
            if final > bestScore {
                best = candidate
                bestScore = final
            }
        }
        return best
    }

    private static func initialScore(_ node: HTMLNode) -> Double {
        var points: Double
        switch node.name {
        case "article": points = 10
        case "div", "main", "section": points = 5
        case "pre", "td", "blockquote": points = 3
        case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": points = -3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": points = -5
        default: points = 0
        }
        if node.hintsContain(any: likely) { points += 25 }
        if node.hintsContain(any: unlikely) { points -= 25 }
        if node.attributes["itemprop"] == "articleBody" { points += 50 }
        return points
    }

    private static func hasBlockChild(_ node: HTMLNode) -> Bool {
        node.children.contains { !$0.isText && blockNames.contains($0.name) }
    }

    private static func isStrongParagraph(_ node: HTMLNode) -> Bool {
        guard node.name == "p" else { return false }
        let length = node.textLength
        let density = length == 0 ? 1 : Double(node.linkTextLength) / Double(length)
        return length > 80 && density < 0.25
    }

    /// "By Jane Doe", "Posted by … on …", "Updated 10:41 GMT": credit lines, not story text.
    private static func isByline(_ block: String) -> Bool {
        guard block.unicodeScalars.count < 120 else { return false }
        let lower = block.lowercased()
        return ["by ", "posted by ", "published ", "updated ", "last updated"].contains { lower.hasPrefix($0) }
    }

    // MARK: output

    /// The text blocks below `node`: paragraphs, headings, list items, quotes, preformatted
    /// text, and divs holding only inline content; mostly-link blocks are dropped.
    static func blocks(in node: HTMLNode) -> [String] {
        var result: [String] = []
        collect(node, into: &result)
        return result
    }

    private static let textBlocks: Set<String> = ["p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "td"]

    private static func collect(_ node: HTMLNode, into result: inout [String]) {
        if node.isText {
            let text = HTMLNode.collapse(node.text)
            if !text.isEmpty { result.append(text) }
            return
        }
        if textBlocks.contains(node.name) || (!Self.hasBlockChild(node) && node.name != "h1") {
            let length = node.textLength
            guard length > 0 else { return }
            let density = Double(node.linkTextLength) / Double(length)
            if density < 0.5 || length > 200 { result.append(node.textContent) }
            return
        }
        guard node.name != "h1" else { return }
        for child in node.children { collect(child, into: &result) }
    }
}
