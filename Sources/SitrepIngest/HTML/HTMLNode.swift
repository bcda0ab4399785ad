/// A node of a parsed HTML page: an element with attributes and children, or a run of text.
///
/// A small tree for reading pages, not a browser DOM: names are lower-case, text is already
/// entity-decoded, and comments and doctypes are dropped.
final class HTMLNode {
    /// Tag name in lower case, or "#text".
    let name: String
    var attributes: [String: String]
    var children: [HTMLNode] = []
    private(set) weak var parent: HTMLNode?
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

    /// Text inside links below this node, for link density.
    var linkTextLength: Int {
        descendants { $0.name == "a" }.reduce(0) { $0 + $1.textContent.unicodeScalars.count }
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

    static func collapse(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            let isSpace = scalar.isASCII
                ? scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r" || scalar == "\u{0C}"
                : scalar.properties.isWhitespace
            if isSpace {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(scalar)
            }
        }
        return String(result)
    }
}
