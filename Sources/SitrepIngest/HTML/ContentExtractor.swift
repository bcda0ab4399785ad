/// Finds the article text in a page, in the manner of readability: paragraphs score their
/// containers by length and commas; class and id names ("article", "story" against "nav",
/// "comment", "share") and link density adjust the scores; the best container and its
/// strong siblings are the article. Captions, bylines, share bars and link lists drop out.
///
/// Works on node numbers: boilerplate is marked rather than removed, every node's text is
/// measured in one bottom-up pass over the bytes, and only the blocks kept become strings.
struct ContentExtractor {
    let document: HTMLDocument
    /// The tag sets and class words, held here so that reading them for every node skips a
    /// static's lazy initialisation check.
    let rules = Rules.shared
    /// Nodes left out of the article: boilerplate elements and everything inside them.
    var removed: [Bool]
    /// The collapsed-text measure of each node of `measured`.
    private var measures: [TextMeasure]
    private var measured: Range<Int> = 0..<0
    /// Each candidate container's score.
    private var scores: [Int: Double] = [:]

    private init(_ document: HTMLDocument) {
        self.document = document
        removed = Array(repeating: false, count: document.count)
        measures = Array(repeating: TextMeasure(), count: document.count)
    }

    /// The article's paragraphs, in order.
    static func paragraphs(of document: HTMLDocument) -> [String] {
        var extractor = ContentExtractor(document)
        return extractor.extract()
    }

    /// The text blocks at and below `node`, nothing pruned (for the HTML of feed items).
    static func blocks(in document: HTMLDocument, below node: Int) -> [String] {
        var extractor = ContentExtractor(document)
        extractor.measure(node..<document.end(node))
        return extractor.blocks(in: node)
    }

    private mutating func extract() -> [String] {
        let body = (0..<document.count).first { document.tag($0) == HTMLTag.body } ?? HTMLDocument.root
        prune(below: body)
        measure(body..<document.end(body))
        guard let best = bestCandidate(in: body) else { return blocks(in: body) }
        var chosen: [Int] = []
        let threshold = max(10, score(best) * 0.2)
        let siblings = document.parent(best).map { Array(children(of: $0)) } ?? [best]
        for sibling in siblings where !document.isText(sibling) {
            if sibling == best || score(sibling) >= threshold || isStrongParagraph(sibling) { chosen.append(sibling) }
        }
        // Stray end tags can push the story's last paragraphs out of its container: take
        // strong paragraphs that follow the container's ancestors too.
        var ancestor = document.parent(best)
        for _ in 0..<2 {
            guard let node = ancestor, let parent = document.parent(node) else { break }
            chosen.append(contentsOf: children(of: parent).filter { $0 > node && isStrongParagraph($0) })
            ancestor = parent
        }
        return chosen.flatMap { blocks(in: $0) }.filter { !Self.isByline($0) }
    }

    /// The children of `node` that are not pruned.
    private func children(of node: Int) -> [Int] { document.children(node).filter { !removed[$0] } }

    // MARK: measuring

    /// Measures every node of `range` (a whole subtree) bottom up: later nodes first, each
    /// put in front of what its parent has gathered from the children after it.
    private mutating func measure(_ range: Range<Int>) {
        for node in range { measures[node] = TextMeasure() }
        for node in range.reversed() where !removed[node] {
            let tag = document.tag(node)
            if tag == HTMLTag.text {
                let text = document.nodes[node]
                measures[node] = TextMeasure(document.bytes[text.lower..<text.upper], decoding: text.decodesEntities)
            } else if tag == HTMLTag.br {
                measures[node] = .space
            }
            guard node != range.lowerBound, let parent = document.parent(node) else { continue }
            var contribution = measures[node]
            if tag == HTMLTag.a { contribution.linkLength += contribution.length }
            measures[parent] = contribution.followed(by: measures[parent])
        }
        measured = range
    }

    /// A node's measure; nodes above the body (rarely asked for) are measured on demand.
    private mutating func measure(of node: Int) -> TextMeasure {
        if !measured.contains(node) { measure(0..<document.count) }
        return measures[node]
    }

    private func linkDensity(_ measure: TextMeasure) -> Double {
        measure.length == 0 ? 1 : Double(measure.linkLength) / Double(measure.length)
    }

    // MARK: scoring

    private func score(_ node: Int) -> Double { scores[node] ?? 0 }

    private mutating func bestCandidate(in body: Int) -> Int? {
        var candidates: [Int] = []
        var node = body + 1
        while node < document.end(body) {
            if removed[node] {
                node = document.end(node)
                continue
            }
            let tag = document.tag(node)
            if rules.paragraphLike.contains(tag) || (tag == HTMLTag.div && !hasBlockChild(node)) {
                scoreAncestors(of: node, candidates: &candidates)
            }
            node += 1
        }
        var best: Int?
        var bestScore = 0.0
        for candidate in candidates {
            let final = score(candidate) * (1 - linkDensity(measure(of: candidate)))
            scores[candidate] = final
            if final > bestScore {
                best = candidate
                bestScore = final
            }
        }
        return best
    }

    /// Gives a paragraph's points to its parent, grandparent and great-grandparent.
    private mutating func scoreAncestors(of paragraph: Int, candidates: inout [Int]) {
        let text = measures[paragraph]
        guard text.length >= 25 else { return }
        var points = 1.0 + Double(text.commas) + min(Double(text.length) / 100, 3)
        if document.tag(paragraph) == HTMLTag.li { points *= 0.5 }
        var ancestor = document.parent(paragraph)
        var level = 0
        while let node = ancestor, level < 3 {
            if scores[node] == nil {
                scores[node] = initialScore(node)
                candidates.append(node)
            }
            scores[node, default: 0] += points / Double(level == 0 ? 1 : level * 2)
            ancestor = document.parent(node)
            level += 1
        }
    }

    private func initialScore(_ node: Int) -> Double {
        var points: Double
        switch document.name(node) {
        case "article": points = 10
        case "div", "main", "section": points = 5
        case "pre", "td", "blockquote": points = 3
        case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": points = -3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": points = -5
        default: points = 0
        }
        if hintsContain(node, rules.likely) { points += 25 }
        if hintsContain(node, rules.unlikely) { points -= 25 }
        if document.attribute(node, "itemprop") == "articleBody" { points += 50 }
        return points
    }

    private func hasBlockChild(_ node: Int) -> Bool {
        document.children(node).contains { !removed[$0] && rules.blockTags.contains(document.tag($0)) }
    }

    private func isStrongParagraph(_ node: Int) -> Bool {
        guard document.tag(node) == HTMLTag.p, !removed[node] else { return false }
        let text = measures[node]
        return text.length > 80 && linkDensity(text) < 0.25
    }

    /// "By Jane Doe", "Posted by … on …", "Updated 10:41 GMT": credit lines, not story text.
    private static func isByline(_ block: String) -> Bool {
        guard block.unicodeScalars.count < 120 else { return false }
        let lower = block.lowercased()
        return ["by ", "posted by ", "published ", "updated ", "last updated"].contains { lower.hasPrefix($0) }
    }

    // MARK: output

    /// The text blocks at and below `node`: paragraphs, headings, list items, quotes,
    /// preformatted text, and divs holding only inline content; mostly-link blocks are dropped.
    private func blocks(in node: Int) -> [String] {
        var result: [String] = []
        collect(node, into: &result)
        return result
    }

    private func collect(_ node: Int, into result: inout [String]) {
        let tag = document.tag(node)
        if tag == HTMLTag.text {
            let text = document.text(of: node)
            if !text.isEmpty { result.append(text) }
            return
        }
        if rules.textBlocks.contains(tag) || (!hasBlockChild(node) && tag != HTMLTag.h1) {
            let text = measures[node]
            guard text.length > 0 else { return }
            if linkDensity(text) < 0.5 || text.length > 200 { result.append(document.text(of: node, skipping: { removed[$0] })) }
            return
        }
        guard tag != HTMLTag.h1 else { return }
        for child in children(of: node) { collect(child, into: &result) }
    }
}
