/// A parsed HTML page as one flat array of nodes over the page's UTF-8 bytes.
///
/// Pages are 100–300 KB of scripts, menus and footers around a few KB of story, so nothing
/// is decoded while parsing: a node is a tag number, its parent, where its subtree ends, and
/// a byte range (text) or attribute range (element). Nodes are stored in document order and
/// a subtree is contiguous, so node `i`'s descendants are `i + 1 ..< end(i)` and its
/// children are found by hopping from one child's end to the next:
///
///     <body><p>Hi <b>there</b></p></body>
///     0 #document  end 6
///     1 body       end 6   parent 0
///     2 p          end 6   parent 1
///     3 "Hi "      end 4   parent 2
///     4 b          end 6   parent 2
///     5 "there"    end 6   parent 4
///
/// Text becomes a `String` only when asked for (`text(of:)`), which extraction does only for
/// the blocks it keeps.
struct HTMLDocument {
    struct Node {
        var tag: Int
        var parent: Int
        /// One past the last node of the subtree.
        var end: Int
        /// Text: the byte range of the raw text. Element: the range of its attributes.
        var lower: Int
        var upper: Int
        /// Text whose character references are decoded (not the raw text of `<script>`).
        var decodesEntities = true
    }

    struct Attribute {
        var name: Range<Int>
        var value: Range<Int>
    }

    /// The page's bytes, which every range points into.
    let bytes: [UInt8]
    private(set) var nodes: [Node]
    private(set) var attributes: [Attribute] = []
    /// Names of tags that `HTMLTag` does not know, numbered from `HTMLTag.names.count`.
    private(set) var otherNames: [String] = []

    static let root = 0

    init(bytes: [UInt8]) {
        self.bytes = bytes
        nodes = [Node(tag: HTMLTag.document, parent: -1, end: 1, lower: 0, upper: 0)]
        nodes.reserveCapacity(bytes.count / 12)
        attributes.reserveCapacity(bytes.count / 32)
    }

    var count: Int { nodes.count }
    func tag(_ node: Int) -> Int { nodes[node].tag }
    func parent(_ node: Int) -> Int? { node == Self.root ? nil : nodes[node].parent }
    func end(_ node: Int) -> Int { nodes[node].end }
    func isText(_ node: Int) -> Bool { nodes[node].tag == HTMLTag.text }

    /// The tag name in lower case ("#text" for text, "#document" for the root).
    func name(_ node: Int) -> String {
        let tag = nodes[node].tag
        return tag < HTMLTag.names.count ? HTMLTag.names[tag] : otherNames[tag - HTMLTag.names.count]
    }

    /// The children of `node`, in order.
    func children(_ node: Int) -> HTMLChildren { HTMLChildren(nodes: nodes, first: node + 1, end: nodes[node].end) }

    /// Elements named `name` at or below `node`, in document order.
    func elements(named name: String, below node: Int = HTMLDocument.root) -> [Int] {
        (node..<nodes[node].end).filter { !isText($0) && self.name($0) == name }
    }

    // MARK: building

    mutating func append(_ node: Node) -> Int {
        nodes.append(node)
        return nodes.count - 1
    }

    mutating func close(_ node: Int) { nodes[node].end = nodes.count }

    mutating func addAttribute(name: Range<Int>, value: Range<Int>) { attributes.append(Attribute(name: name, value: value)) }

    mutating func dropAttributes(from index: Int) { attributes.removeSubrange(index...) }

    mutating func intern(otherName name: String) -> Int {
        otherNames.append(name)
        return HTMLTag.names.count + otherNames.count - 1
    }

    // MARK: attributes

    /// The index of the first attribute of `node` called `name` (lower case ASCII).
    func attributeIndex(_ node: Int, _ name: StaticString) -> Int? {
        let element = nodes[node]
        guard !isText(node), element.lower < element.upper else { return nil }
        return name.withUTF8Buffer { wanted in
            (element.lower..<element.upper).first { index in
                let range = attributes[index].name
                return range.count == wanted.count && zip(range, wanted).allSatisfy { HTMLTag.lower(bytes[$0]) == $1 }
            }
        }
    }

    func hasAttribute(_ node: Int, _ name: StaticString) -> Bool { attributeIndex(node, name) != nil }

    /// The value of an attribute, character references decoded; "" for a bare attribute.
    func attribute(_ node: Int, _ name: StaticString) -> String? {
        attributeIndex(node, name).map { HTMLEntities.decode(bytes[attributes[$0].value]) }
    }

    /// The raw bytes of an attribute's value, for cheap tests.
    func rawAttribute(_ node: Int, _ name: StaticString) -> ArraySlice<UInt8>? {
        attributeIndex(node, name).map { bytes[attributes[$0].value] }
    }

    // MARK: text

    /// All text at and below `node` with whitespace runs collapsed to single spaces; `<br>`
    /// counts as a space, and subtrees `skipping` returns true for are left out.
    func text(of node: Int, skipping: (Int) -> Bool = { _ in false }) -> String {
        var buffer: [UInt8] = []
        var index = node
        let end = nodes[node].end
        while index < end {
            let current = nodes[index]
            if index != node && skipping(index) {
                index = current.end
                continue
            }
            if current.tag == HTMLTag.text {
                if current.decodesEntities {
                    HTMLEntities.decode(bytes[current.lower..<current.upper], into: &buffer)
                } else {
                    buffer.append(contentsOf: bytes[current.lower..<current.upper])
                }
            } else if current.tag == HTMLTag.br {
                buffer.append(0x20)
            }
            index += 1
        }
        return HTMLText.collapse(buffer)
    }

    /// The length of `text(of: node)`, counted no further than `limit`, without building it.
    func textLength(of node: Int, upTo limit: Int) -> Int {
        var measure = TextMeasure()
        var index = node
        while index < nodes[node].end && measure.length < limit {
            let current = nodes[index]
            if current.tag == HTMLTag.text {
                measure = measure.followed(by: TextMeasure(bytes[current.lower..<current.upper], decoding: current.decodesEntities))
            } else if current.tag == HTMLTag.br {
                measure = measure.followed(by: .space)
            }
            index += 1
        }
        return measure.length
    }
}

/// The children of a node: each next child starts where the previous one's subtree ends.
struct HTMLChildren: Sequence, IteratorProtocol {
    fileprivate let nodes: [HTMLDocument.Node]
    fileprivate var first: Int
    fileprivate let end: Int

    mutating func next() -> Int? {
        guard first < end else { return nil }
        defer { first = nodes[first].end }
        return first
    }
}
