/// A node of a parsed HTML page: an element with attributes and children, or a run of text.
///
/// A small tree for reading pages, not a browser DOM: names are lower-case, text is already
/// entity-decoded, and comments and doctypes are dropped.
final class HTMLNode {
    /// Tag name in lower case, or "#text".
    let name: String
    var attributes: [String: String]
    var children: [HTMLNode] = []
    /// Unowned, not weak: a parent always outlives the children it holds, and a weak
    /// reference would cost every node a side table.
    private(set) unowned var parent: HTMLNode?
    /// For text nodes, the decoded text.
    var text: String

    init(name: String, attributes: [String: String] = [:], text: String = "") {
        self.name = name
        self.attributes = attributes
        self.text = text
    }

    var isText: Bool { name == "#text" }

    func append(_ child: HTMLNode) {
        child.parent = self
        children.append(child)
    }

    /// Every element below this one, depth first, in document order.
    func descendants(where matches: (HTMLNode) -> Bool) -> [HTMLNode] {
        var found: [HTMLNode] = []
        var stack: [HTMLNode] = children.reversed()
        while let node = stack.popLast() {
            if !node.isText && matches(node) { found.append(node) }
            stack.append(contentsOf: node.children.reversed())
        }
        return found
    }

    /// All text below this node, with whitespace runs collapsed to single spaces; computed
    /// once, so only ask for it once the tree is final (after pruning).
    var textContent: String {
        if let cachedText { return cachedText }
        let text = freshText()
        cachedText = text
        return text
    }

    private var cachedText: String?

    /// The text below this node as it is now, not cached.
    func freshText() -> String {
        var pieces: [String] = []
        var stack: [HTMLNode] = [self]
        while let node = stack.popLast() {
            if node.isText {
                pieces.append(node.text)
            } else {
                if node.name == "br" { pieces.append(" ") }
                stack.append(contentsOf: node.children.reversed())
            }
        }
        return HTMLNode.collapse(pieces.joined())
    }

    /// Length of `textContent` in Unicode scalars, the measure every score uses (counting
    /// Characters would cost grapheme breaking for nothing).
    var textLength: Int {
        if let cachedLength { return cachedLength }
        let length = textContent.unicodeScalars.count
        cachedLength = length
        return length
    }

    private var cachedLength: Int?

    /// Text inside links below this node, for link density.
    var linkTextLength: Int {
        descendants { $0.name == "a" }.reduce(0) { $0 + $1.textLength }
    }

    /// "class" and "id" together as lower-case bytes, for content hints.
    private(set) lazy var hints: [UInt8] = Array(((attributes["class"] ?? "") + " " + (attributes["id"] ?? "")).lowercased().utf8)

    /// Whether the class or id contains any of `words` (lower-case byte strings).
    func hintsContain(any words: [[UInt8]]) -> Bool {
        let hints = self.hints
        guard hints.count > 1 else { return false }
        return words.contains { word in
            guard word.count <= hints.count else { return false }
            return (0...(hints.count - word.count)).contains { start in
                hints[start] == word[0] && hints[start..<start + word.count].elementsEqual(word)
            }
        }
    }

    /// Runs of whitespace (ASCII and Unicode, such as no-break spaces) become one space;
    /// leading and trailing whitespace goes. Works on UTF-8 bytes: pages are mostly ASCII,
    /// and only multi-byte sequences are decoded to ask whether they are whitespace.
    static func collapse(_ text: String) -> String {
        let utf8 = Array(text.utf8)
        var result: [UInt8] = []
        result.reserveCapacity(utf8.count)
        var pendingSpace = false
        var index = 0
        while index < utf8.count {
            let byte = utf8[index]
            let end = min(index + (byte < 0x80 ? 1 : byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2), utf8.count)
            if isWhitespace(utf8[index..<end]) {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(0x20) }
                pendingSpace = false
                result.append(contentsOf: utf8[index..<end])
            }
            index = end
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// Whether one UTF-8 encoded scalar is whitespace.
    private static func isWhitespace(_ bytes: ArraySlice<UInt8>) -> Bool {
        let first = bytes[bytes.startIndex]
        if bytes.count == 1 { return first == 0x20 || first == 0x0A || first == 0x09 || first == 0x0D || first == 0x0C }
        var value = UInt32(first) & (bytes.count == 2 ? 0x1F : bytes.count == 3 ? 0x0F : 0x07)
        for byte in bytes.dropFirst() { value = value << 6 | UInt32(byte & 0x3F) }
        return Unicode.Scalar(value)?.properties.isWhitespace ?? false
    }
}
