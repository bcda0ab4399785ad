/// Which elements are never article text: navigation, forms, media, hidden elements, short
/// page headers, and anything whose class or id names boilerplate (share bars, cookie
/// banners, bylines, captions…) without also naming content (`Rules`).
extension ContentExtractor {
    /// Marks the elements below `top` that are never article text, and everything inside
    /// them. A parent comes before its children, so one pass in document order does.
    mutating func prune(below top: Int) {
        for node in top + 1..<document.end(top) {
            let parent = document.parent(node) ?? top
            removed[node] = removed[parent] || (!document.isText(node) && isBoilerplate(node))
        }
    }

    private func isBoilerplate(_ node: Int) -> Bool {
        let tag = document.tag(node)
        if rules.removedTags.contains(tag) { return true }
        if tag == HTMLTag.header {
            let length = document.textLength(of: node, upTo: 400)
            if length > 0 && length < 400 { return true }
        }
        if tag != HTMLTag.body, tag != HTMLTag.article, hintsContain(node, rules.unlikely), !hintsContain(node, rules.likely) {
            return true
        }
        if document.hasAttribute(node, "hidden") || document.rawAttribute(node, "aria-hidden").map({ $0.elementsEqual("true".utf8) }) == true {
            return true
        }
        if let style = document.rawAttribute(node, "style") {
            return style.filter { $0 != 0x20 }.firstRange(of: Array("display:none".utf8)) != nil
        }
        return false
    }

    /// Whether the element's class or id contains one of `words`, in any case.
    func hintsContain(_ node: Int, _ words: HintWords) -> Bool {
        for name: StaticString in ["class", "id"] {
            if let value = document.rawAttribute(node, name), words.occur(in: value) { return true }
        }
        return false
    }
}

/// Lower-case ASCII words looked for inside class and id names, grouped by first byte so a
/// name is read once.
struct HintWords {
    private let words: [[UInt8]]
    private let byFirstByte: [[Int]]

    init(_ words: [String]) {
        self.words = words.map { Array($0.utf8) }
        var groups = [[Int]](repeating: [], count: 256)
        for (index, word) in self.words.enumerated() { groups[Int(word[0])].append(index) }
        byFirstByte = groups
    }

    func occur(in text: ArraySlice<UInt8>) -> Bool {
        for start in text.indices {
            for index in byFirstByte[Int(HTMLTag.lower(text[start]))] {
                let word = words[index]
                if start + word.count <= text.endIndex,
                   zip(text[start..<start + word.count], word).allSatisfy({ HTMLTag.lower($0) == $1 }) {
                    return true
                }
            }
        }
        return false
    }
}
