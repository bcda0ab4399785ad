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

    /// All text below this node, with whitespace runs collapsed to single spaces.
    var textContent: String {
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
        descendants { $0.name == "a" }.reduce(0) { $0 + $1.textContent.count }
    }

    /// "class" and "id" together, lower-cased, for content hints.
    var classAndID: String {
        ((attributes["class"] ?? "") + " " + (attributes["id"] ?? "")).lowercased()
    }

    static func collapse(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for character in text {
            if character.isWhitespace {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(character)
            }
        }
        return result
    }
}
