/// A lenient HTML parser: never fails, whatever the markup, and builds an `HTMLDocument` the
/// way browsers recover from common errors.
///
/// Unclosed `<p>` and `<li>` close when the next block or item starts, stray end tags are
/// ignored, an end tag closes every element opened inside its element, and nesting deeper than
/// `maximumDepth` is flattened so a hostile page cannot exhaust the stack. The content of
/// `<script>`, `<style>` and the like is one raw text node, found by looking for the end tag
/// without reading the markup inside; `<noscript>`, `<template>` and `<svg>`, which are never
/// article text, are skipped the same way and left empty. Linear in the size of the page.
struct HTMLParser {
    static let maximumDepth = 256

    static func parse(_ html: String) -> HTMLDocument {
        var parser = HTMLParser(document: HTMLDocument(bytes: Array(html.utf8)))
        parser.run()
        return parser.document
    }

    private var document: HTMLDocument
    private let bytes: [UInt8]
    private var position = 0
    /// Open elements, outermost (the document) first.
    private var stack = [HTMLDocument.root]
    private var tags = HTMLTag.known
    // The sets read for every tag, held here so that reading them skips a static's lazy
    // initialisation check.
    private let voidTags = Self.void
    private let rawTextTags = Self.rawText
    private let escapableRawTextTags = Self.escapableRawText
    private let skippedTags = Self.skipped
    private let paragraphClosers = Self.closesParagraph

    private init(document: HTMLDocument) {
        self.document = document
        bytes = document.bytes
    }

    private static let void = HTMLTagSet([
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    ])
    /// Elements whose content is one text node, character references decoded or not.
    private static let rawText = HTMLTagSet(["script", "style", "xmp", "noembed", "noframes"])
    private static let escapableRawText = HTMLTagSet(["textarea", "title"])
    /// Elements whose content is dropped unread.
    private static let skipped = HTMLTagSet(["noscript", "template", "svg"])
    /// Elements whose start closes an open `<p>`.
    private static let closesParagraph = HTMLTagSet([
        "address", "article", "aside", "blockquote", "div", "dl", "fieldset", "figure", "footer", "form", "h1", "h2",
        "h3", "h4", "h5", "h6", "header", "hr", "main", "nav", "ol", "p", "pre", "section", "table", "ul", "li", "figcaption",
    ])
    /// Where an implied end stops looking: an open `<p>` inside these is not closed by a
    /// block that starts inside them.
    private static let paragraphScope = HTMLTagSet(["div", "article", "section", "td", "li", "blockquote"])
    private static let lists = HTMLTagSet(["ul", "ol"])
    private static let definitionList = HTMLTagSet(["dl"])
    private static let tableScope = HTMLTagSet(["table"])
    private static let rowScope = HTMLTagSet(["tr", "table"])
    private static let selectScope = HTMLTagSet(["select"])
    private static let noBarrier = HTMLTagSet([])

    private mutating func run() {
        var textStart = 0
        while let tagStart = find(0x3C, from: position) {
            position = tagStart
            if markup(flushing: textStart..<tagStart) {
                textStart = position
            } else {
                position += 1
            }
        }
        flushText(textStart..<bytes.count)
        position = bytes.count
        for open in stack { document.close(open) }
    }

    /// Reads the `<…>` construct at `position`, first adding the text before it; false when
    /// the "<" is literal text.
    private mutating func markup(flushing text: Range<Int>) -> Bool {
        let next = position + 1 < bytes.count ? bytes[position + 1] : 0
        if next == 0x21 /* ! */ || next == 0x3F /* ? */ {
            flushText(text)
            let isComment = next == 0x21 && position + 3 < bytes.count && bytes[position + 2] == 0x2D && bytes[position + 3] == 0x2D
            position = isComment ? commentEnd(from: position) : (find(0x3E, from: position).map { $0 + 1 } ?? bytes.count)
            return true
        }
        let isEnd = next == 0x2F /* / */
        var cursor = position + (isEnd ? 2 : 1)
        guard cursor < bytes.count, isLetter(bytes[cursor]) else { return false }
        flushText(text)
        let nameStart = cursor
        while cursor < bytes.count, !isSpace(bytes[cursor]), bytes[cursor] != 0x3E, bytes[cursor] != 0x2F { cursor += 1 }
        let name = nameStart..<cursor
        let tag = intern(name)
        let firstAttribute = document.attributes.count
        var selfClosing = false
        while cursor < bytes.count, bytes[cursor] != 0x3E {
            if bytes[cursor] == 0x2F { selfClosing = true; cursor += 1; continue }
            if isSpace(bytes[cursor]) { cursor += 1; continue }
            selfClosing = false
            cursor = attribute(from: cursor)
        }
        position = min(cursor + 1, bytes.count)
        if isEnd {
            document.dropAttributes(from: firstAttribute)
            close(tag)
            return true
        }
        let attributes = firstAttribute..<document.attributes.count
        let raw = rawTextTags.contains(tag), escapable = escapableRawTextTags.contains(tag), skipped = skippedTags.contains(tag)
        guard (raw || escapable || skipped) && !selfClosing else {
            open(tag, attributes, selfClosing: selfClosing)
            return true
        }
        let close = findEndTag(name) ?? (bytes.count, bytes.count)
        let element = document.append(.init(tag: tag, parent: current, end: 0, lower: attributes.lowerBound, upper: attributes.upperBound))
        if !skipped {
            _ = document.append(.init(tag: HTMLTag.text, parent: element, end: element + 2, lower: position, upper: close.start, decodesEntities: escapable))
        }
        document.close(element)
        position = close.end
        return true
    }

    /// The tag number of the name at `range`, numbering names not seen before.
    private mutating func intern(_ range: Range<Int>) -> Int {
        if let tag = tags.tag(in: bytes, range) { return tag }
        let tag = document.intern(otherName: HTMLTagTable.string(bytes[range]))
        tags.insert(bytes[range], tag: tag)
        return tag
    }

    /// Reads `name`, `name=value`, `name="value"` or `name='value'`; returns where it ended.
    private mutating func attribute(from start: Int) -> Int {
        var cursor = start
        while cursor < bytes.count, !isSpace(bytes[cursor]), bytes[cursor] != 0x3D, bytes[cursor] != 0x3E, bytes[cursor] != 0x2F {
            cursor += 1
        }
        if cursor == start { return cursor + 1 }
        let name = start..<cursor
        while cursor < bytes.count, isSpace(bytes[cursor]) { cursor += 1 }
        guard cursor < bytes.count, bytes[cursor] == 0x3D else {
            document.addAttribute(name: name, value: cursor..<cursor)
            return cursor
        }
        cursor += 1
        while cursor < bytes.count, isSpace(bytes[cursor]) { cursor += 1 }
        guard cursor < bytes.count else { return cursor }
        let quote = bytes[cursor]
        if quote == 0x22 || quote == 0x27 {
            let valueEnd = find(quote, from: cursor + 1) ?? bytes.count
            document.addAttribute(name: name, value: cursor + 1..<valueEnd)
            return min(valueEnd + 1, bytes.count)
        }
        let valueStart = cursor
        while cursor < bytes.count, !isSpace(bytes[cursor]), bytes[cursor] != 0x3E { cursor += 1 }
        document.addAttribute(name: name, value: valueStart..<cursor)
        return cursor
    }

    private var current: Int { stack[stack.count - 1] }

    private mutating func open(_ tag: Int, _ attributes: Range<Int>, selfClosing: Bool) {
        if paragraphClosers.contains(tag), let p = openIndex(of: HTMLTag.p, HTMLTag.p, stoppingAt: Self.paragraphScope) {
            pop(from: p)
        }
        let implied: Int? = switch tag {
        case HTMLTag.li: openIndex(of: HTMLTag.li, HTMLTag.li, stoppingAt: Self.lists)
        case HTMLTag.dt, HTMLTag.dd: openIndex(of: HTMLTag.dt, HTMLTag.dd, stoppingAt: Self.definitionList)
        case HTMLTag.tr: openIndex(of: HTMLTag.tr, HTMLTag.tr, stoppingAt: Self.tableScope)
        case HTMLTag.td, HTMLTag.th: openIndex(of: HTMLTag.td, HTMLTag.th, stoppingAt: Self.rowScope)
        case HTMLTag.option: openIndex(of: HTMLTag.option, HTMLTag.option, stoppingAt: Self.selectScope)
        default: nil
        }
        if let implied { pop(from: implied) }
        let element = document.append(.init(tag: tag, parent: current, end: 0, lower: attributes.lowerBound, upper: attributes.upperBound))
        if !voidTags.contains(tag) && !selfClosing && stack.count < Self.maximumDepth {
            stack.append(element)
        } else {
            document.close(element)
        }
    }

    private mutating func close(_ tag: Int) {
        guard let index = openIndex(of: tag, tag, stoppingAt: Self.noBarrier) else { return }
        pop(from: index)
    }

    /// Closes the open elements from stack position `index` inwards.
    private mutating func pop(from index: Int) {
        while stack.count > index { document.close(stack.removeLast()) }
    }

    /// The stack position of the innermost open element tagged `tag` or `other`, unless a
    /// barrier is open inside it.
    private func openIndex(of tag: Int, _ other: Int, stoppingAt barriers: HTMLTagSet) -> Int? {
        var index = stack.count - 1
        while index > 0 {
            let open = document.tag(stack[index])
            if open == tag || open == other { return index }
            if barriers.contains(open) { return nil }
            index -= 1
        }
        return nil
    }

    private mutating func flushText(_ range: Range<Int>) {
        guard !range.isEmpty else { return }
        _ = document.append(.init(tag: HTMLTag.text, parent: current, end: document.count + 1, lower: range.lowerBound, upper: range.upperBound))
    }

    private func find(_ byte: UInt8, from start: Int) -> Int? {
        start < bytes.count ? bytes[start...].firstIndex(of: byte) : nil
    }

    /// Just past the `-->` that ends the comment opening at `start`, or the end of the page.
    private func commentEnd(from start: Int) -> Int {
        var index = start + 6
        while index < bytes.count {
            guard let close = find(0x3E, from: index) else { break }
            if bytes[close - 1] == 0x2D && bytes[close - 2] == 0x2D { return close + 1 }
            index = close + 1
        }
        return bytes.count
    }

    /// Where `</name` starts and where its `>` ends, case-insensitively.
    private func findEndTag(_ name: Range<Int>) -> (start: Int, end: Int)? {
        var index = position
        while let bracket = find(0x3C, from: index), bracket + 2 + name.count <= bytes.count {
            if bytes[bracket + 1] == 0x2F, zip(name, bracket + 2..<bracket + 2 + name.count).allSatisfy({
                HTMLTag.lower(bytes[$0]) == HTMLTag.lower(bytes[$1])
            }) {
                return (bracket, (find(0x3E, from: bracket) ?? bytes.count - 1) + 1)
            }
            index = bracket + 1
        }
        return nil
    }

    private func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
    private func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C }
}
