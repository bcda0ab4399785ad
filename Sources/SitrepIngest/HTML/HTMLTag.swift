/// Tag names as small numbers, so that the parser and the extractor compare integers and test
/// sets of tags with one bit operation instead of hashing strings.
///
/// Every name sitrep's rules mention is here; a page's other tags are numbered per page, from
/// `names.count` up (`HTMLDocument.intern`).
enum HTMLTag {
    static let names: [String] = [
        "#document", "#text", "html", "head", "body", "title", "meta", "link", "script", "style", "noscript", "template",
        "svg", "p", "div", "span", "a", "br", "b", "i", "em", "strong", "img", "ul", "ol", "li", "dl", "dt", "dd",
        "table", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "header", "footer", "nav", "aside", "main",
        "article", "section", "figure", "figcaption", "blockquote", "pre", "form", "iframe", "button", "select",
        "option", "input", "textarea", "menu", "dialog", "object", "embed", "canvas", "video", "audio", "address",
        "fieldset", "hr", "area", "base", "col", "param", "source", "track", "wbr", "xmp", "noembed", "noframes",
        "time", "picture", "label", "small", "sup", "sub", "u", "cite", "code", "q", "abbr", "mark", "tbody", "thead",
    ]

    private static func id(_ name: String) -> Int {
        guard let index = names.firstIndex(of: name) else { preconditionFailure("HTMLTag.names lacks \(name)") }
        return index
    }

    static let document = 0
    static let text = 1
    static let body = id("body")
    static let title = id("title")
    static let meta = id("meta")
    static let link = id("link")
    static let script = id("script")
    static let p = id("p")
    static let div = id("div")
    static let a = id("a")
    static let br = id("br")
    static let li = id("li")
    static let dl = id("dl")
    static let dt = id("dt")
    static let dd = id("dd")
    static let ul = id("ul")
    static let ol = id("ol")
    static let table = id("table")
    static let tr = id("tr")
    static let td = id("td")
    static let th = id("th")
    static let select = id("select")
    static let option = id("option")
    static let h1 = id("h1")
    static let header = id("header")
    static let article = id("article")
    static let time = id("time")

    /// Known names by their lower-case bytes packed into integers (see `key`).
    static let known: [Key: Int] = Dictionary(uniqueKeysWithValues: names.enumerated().map { (key(Array($1.utf8)[...]), $0) })

    /// Up to 16 bytes of a name packed into two integers, with its length; longer names keep
    /// their bytes.
    struct Key: Hashable {
        var low: UInt64 = 0
        var high: UInt64 = 0
        var length: Int
        var rest: [UInt8] = []
    }

    /// The key of a name, whatever its case.
    static func key(_ bytes: ArraySlice<UInt8>) -> Key {
        var key = Key(length: bytes.count)
        for (offset, byte) in bytes.lazy.map(lower).enumerated() {
            switch offset {
            case 0..<8: key.low |= UInt64(byte) << (8 * UInt64(offset))
            case 8..<16: key.high |= UInt64(byte) << (8 * UInt64(offset - 8))
            default: key.rest.append(byte)
            }
        }
        return key
    }

    static func lower(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte + 32 : byte }
}

/// A set of known tags as a bit mask.
struct HTMLTagSet {
    private let bits: UInt128

    init(_ names: [String]) {
        bits = names.reduce(0) { mask, name in
            guard let index = HTMLTag.names.firstIndex(of: name) else { preconditionFailure("HTMLTag.names lacks \(name)") }
            return mask | (1 << UInt128(index))
        }
    }

    func contains(_ tag: Int) -> Bool { tag < 128 && (bits >> UInt128(tag)) & 1 != 0 }
}
