/// A lenient HTML parser: never fails, whatever the markup, and builds an `HTMLNode` tree the
/// way browsers recover from common errors.
///
/// Unclosed `<p>` and `<li>` close when the next block or item starts, stray end tags are
/// ignored, an end tag closes every element opened inside its element, `<script>` and
/// `<style>` content is taken raw, and nesting deeper than `maximumDepth` is flattened so a
/// hostile page cannot exhaust the stack. Linear in the size of the page.
struct HTMLParser {
    static let maximumDepth = 256

    static func parse(_ html: String) -> HTMLNode {
        var parser = HTMLParser(bytes: Array(html.utf8))
        parser.run()
        return parser.root
    }

    private let bytes: [UInt8]
    private var position = 0
    private let root = HTMLNode(name: "#document")
    private var stack: [HTMLNode]

    private init(bytes: [UInt8]) {
        self.bytes = bytes
        stack = [root]
    }

    private static let void: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    ]
    private static let rawText: Set<String> = ["script", "style", "textarea", "title", "xmp", "noembed", "noframes"]
    /// Elements whose start closes an open `<p>`.
    private static let closesParagraph: Set<String> = [
        "address", "article", "aside", "blockquote", "div", "dl", "fieldset", "figure", "footer", "form", "h1", "h2",
        "h3", "h4", "h5", "h6", "header", "hr", "main", "nav", "ol", "p", "pre", "section", "table", "ul", "li", "figcaption",
    ]

    private mutating func run() {
        var textStart = 0
        while position < bytes.count {
            guard bytes[position] == 0x3C /* < */ else {
                position += 1
                continue
            }
            let tagStart = position
            if let handled = markup() {
                flushText(from: textStart, to: tagStart)
                handled.apply(&self)
                textStart = position
            } else {
                position += 1
            }
        }
        flushText(from: textStart, to: bytes.count)
    }

    /// What a `<…>` construct at `position` means; nil when it is a literal "<".
    private enum Markup {
        case start(String, [String: String], selfClosing: Bool)
        case end(String)
        case ignored

        func apply(_ parser: inout HTMLParser) {
            switch self {
            case .start(let name, let attributes, let selfClosing): parser.open(name, attributes, selfClosing: selfClosing)
            case .end(let name): parser.close(name)
            case .ignored: break
            }
        }
    }

    private mutating func markup() -> Markup? {
        let next = position + 1 < bytes.count ? bytes[position + 1] : 0
        if next == 0x21 /* ! */ {
            if starts(with: "<!--", at: position) {
                position = find("-->", from: position + 4).map { $0 + 3 } ?? bytes.count
            } else {
                position = find(">", from: position).map { $0 + 1 } ?? bytes.count
            }
            return .ignored
        }
        if next == 0x3F /* ? */ {
            position = find(">", from: position).map { $0 + 1 } ?? bytes.count
            return .ignored
        }
        let isEnd = next == 0x2F /* / */
        var cursor = position + (isEnd ? 2 : 1)
        guard cursor < bytes.count, isLetter(bytes[cursor]) else { return nil }
        let nameStart = cursor
        while cursor < bytes.count, !isSpace(bytes[cursor]), bytes[cursor] != 0x3E, bytes[cursor] != 0x2F { cursor += 1 }
        let name = String(decoding: bytes[nameStart..<cursor].lazy.map(Self.lower), as: UTF8.self)
        var attributes: [String: String] = [:]
        var selfClosing = false
        while cursor < bytes.count, bytes[cursor] != 0x3E {
            if bytes[cursor] == 0x2F { selfClosing = true; cursor += 1; continue }
            if isSpace(bytes[cursor]) { cursor += 1; continue }
            selfClosing = false
            cursor = attribute(from: cursor, into: &attributes)
        }
        position = min(cursor + 1, bytes.count)
        if isEnd { return .end(name) }
        if Self.rawText.contains(name) && !selfClosing {
            let close = findEndTag(name, from: position) ?? (bytes.count, bytes.count)
            let content = String(decoding: bytes[position..<close.start], as: UTF8.self)
            let element = HTMLNode(name: name, attributes: attributes)
            let decoded = name == "title" || name == "textarea" ? HTMLEntities.decode(content[...]) : content
            element.append(HTMLNode(name: "#text", text: decoded))
            current.append(element)
            position = close.end
            return .ignored
        }
        return .start(name, attributes, selfClosing: selfClosing)
    }

    /// Reads `name`, `name=value`, `name="value"` or `name='value'`; returns where it ended.
    private func attribute(from start: Int, into attributes: inout [String: String]) -> Int {
        var cursor = start
        while cursor < bytes.count, !isSpace(bytes[cursor]), bytes[cursor] != 0x3D, bytes[cursor] != 0x3E, bytes[cursor] != 0x2F {
            cursor += 1
        }
        let name = String(decoding: bytes[start..<cursor].lazy.map(Self.lower), as: UTF8.self)
        if cursor == start { return cursor + 1 }
        while cursor < bytes.count, isSpace(bytes[cursor]) { cursor += 1 }
        guard cursor < bytes.count, bytes[cursor] == 0x3D else {
            attributes[name] = attributes[name] ?? ""
            return cursor
        }
        cursor += 1
        while cursor < bytes.count, isSpace(bytes[cursor]) { cursor += 1 }
        guard cursor < bytes.count else { return cursor }
        let quote = bytes[cursor]
        let valueStart: Int
        let valueEnd: Int
        if quote == 0x22 || quote == 0x27 {
            valueStart = cursor + 1
            var end = valueStart
            while end < bytes.count, bytes[end] != quote { end += 1 }
            valueEnd = end
            cursor = min(end + 1, bytes.count)
        } else {
            valueStart = cursor
            while cursor < bytes.count, !isSpace(bytes[cursor]), bytes[cursor] != 0x3E { cursor += 1 }
            valueEnd = cursor
        }
        if attributes[name] == nil {
            attributes[name] = HTMLEntities.decode(String(decoding: bytes[valueStart..<valueEnd], as: UTF8.self)[...])
        }
        return cursor
    }

    private var current: HTMLNode { stack[stack.count - 1] }

    /// Where an implied end stops looking: an open `<p>` inside these is not closed by a
    /// block that starts inside them.
    private static let paragraphScope: Set<String> = ["div", "article", "section", "td", "li", "blockquote"]

    private mutating func open(_ name: String, _ attributes: [String: String], selfClosing: Bool) {
        if Self.closesParagraph.contains(name), let p = openIndex(of: "p", "p", stoppingAt: Self.paragraphScope) {
            stack.removeSubrange(p...)
        }
        let implied: Int? = switch name {
        case "li": openIndex(of: "li", "li", stoppingAt: ["ul", "ol"])
        case "dt", "dd": openIndex(of: "dt", "dd", stoppingAt: ["dl"])
        case "tr": openIndex(of: "tr", "tr", stoppingAt: ["table"])
        case "td", "th": openIndex(of: "td", "th", stoppingAt: ["tr", "table"])
        case "option": openIndex(of: "option", "option", stoppingAt: ["select"])
        default: nil
        }
        if let implied { stack.removeSubrange(implied...) }
        let element = HTMLNode(name: name, attributes: attributes)
        current.append(element)
        if !Self.void.contains(name) && !selfClosing && stack.count < Self.maximumDepth { stack.append(element) }
    }

    private mutating func close(_ name: String) {
        guard let index = openIndex(of: name, name, stoppingAt: []) else { return }
        stack.removeSubrange(index...)
    }

    /// The innermost open element named `name` or `other`, unless a barrier is open inside it.
    private func openIndex(of name: String, _ other: String, stoppingAt barriers: Set<String>) -> Int? {
        var index = stack.count - 1
        while index > 0 {
            let open = stack[index].name
            if open == name || open == other { return index }
            if !barriers.isEmpty && barriers.contains(open) { return nil }
            index -= 1
        }
        return nil
    }

    private mutating func flushText(from start: Int, to end: Int) {
        guard start < end else { return }
        let raw = String(decoding: bytes[start..<end], as: UTF8.self)
        current.append(HTMLNode(name: "#text", text: HTMLEntities.decode(raw[...])))
    }

    private func starts(with literal: StaticString, at index: Int) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        return literal.withUTF8Buffer { buffer in (0..<count).allSatisfy { bytes[index + $0] == buffer[$0] } }
    }

    private func find(_ literal: StaticString, from start: Int) -> Int? {
        var index = start
        while index < bytes.count {
            if starts(with: literal, at: index) { return index }
            index += 1
        }
        return nil
    }

    /// Where `</name` starts and where its `>` ends, case-insensitively.
    private func findEndTag(_ name: String, from start: Int) -> (start: Int, end: Int)? {
        let target = Array(name.utf8)
        var index = start
        while index + 2 + target.count <= bytes.count {
            if bytes[index] == 0x3C, bytes[index + 1] == 0x2F,
               (0..<target.count).allSatisfy({ Self.lower(bytes[index + 2 + $0]) == target[$0] }) {
                let close = find(">", from: index) ?? bytes.count - 1
                return (index, close + 1)
            }
            index += 1
        }
        return nil
    }

    private static func lower(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte + 32 : byte }
    private func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
    private func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C }
}
