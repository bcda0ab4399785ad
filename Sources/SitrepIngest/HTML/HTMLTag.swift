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

    // Literal numbers (checked against `names` by the tests), so reading them costs nothing.
    static let document = 0
    static let text = 1
    static let body = 4
    static let title = 5
    static let meta = 6
    static let link = 7
    static let script = 8
    static let p = 13
    static let div = 14
    static let a = 16
    static let br = 17
    static let li = 25
    static let dl = 26
    static let dt = 27
    static let dd = 28
    static let ul = 23
    static let ol = 24
    static let table = 29
    static let tr = 30
    static let td = 31
    static let th = 32
    static let select = 53
    static let option = 54
    static let h1 = 33
    static let header = 39
    static let article = 44
    static let time = 77

    /// Known names, looked up by their lower-case bytes.
    static let known: HTMLTagTable = {
        var table = HTMLTagTable()
        for (tag, name) in names.enumerated() { table.insert(Array(name.utf8)[...], tag: tag) }
        return table
    }()

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

/// Tag numbers by name: an open-addressing table keyed by a name's lower-case bytes packed
/// into two integers, hashed with one multiplication (names of up to 16 bytes, nearly all);
/// longer names go in a dictionary. Looked up once per tag of every page, so it must be cheap.
struct HTMLTagTable {
    private struct Slot {
        var low: UInt64 = 0
        var high: UInt64 = 0
        var length = 0
        var tag = -1
    }

    private var slots = [Slot](repeating: Slot(), count: 256)
    private var used = 0
    private var long: [String: Int] = [:]

    /// The tag of the name at `range` of `bytes`, in any case.
    func tag(in bytes: [UInt8], _ range: Range<Int>) -> Int? {
        guard range.count <= 16 else { return long[Self.string(bytes[range])] }
        var low: UInt64 = 0
        var high: UInt64 = 0
        for index in range {
            let value = UInt64(HTMLTag.lower(bytes[index]))
            let shift = UInt64(index - range.lowerBound) * 8
            if shift < 64 { low |= value << shift } else { high |= value << (shift - 64) }
        }
        var index = Self.hash(low, high, range.count) & (slots.count - 1)
        while slots[index].tag >= 0 {
            let slot = slots[index]
            if slot.low == low && slot.high == high && slot.length == range.count { return slot.tag }
            index = (index + 1) & (slots.count - 1)
        }
        return nil
    }

    /// Adds a name not in the table yet.
    mutating func insert(_ name: ArraySlice<UInt8>, tag: Int) {
        guard name.count <= 16 else {
            long[Self.string(name)] = tag
            return
        }
        if (used + 1) * 2 > slots.count { grow() }
        let (low, high) = Self.pack(name)
        place(Slot(low: low, high: high, length: name.count, tag: tag))
    }

    private mutating func place(_ slot: Slot) {
        var index = Self.hash(slot.low, slot.high, slot.length) & (slots.count - 1)
        while slots[index].tag >= 0 { index = (index + 1) & (slots.count - 1) }
        slots[index] = slot
        used += 1
    }

    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(), count: old.count * 2)
        used = 0
        for slot in old where slot.tag >= 0 { place(slot) }
    }

    static func string(_ name: ArraySlice<UInt8>) -> String { String(decoding: name.map(HTMLTag.lower), as: UTF8.self) }

    private static func pack(_ name: ArraySlice<UInt8>) -> (UInt64, UInt64) {
        var low: UInt64 = 0
        var high: UInt64 = 0
        var shift: UInt64 = 0
        for byte in name {
            let value = UInt64(HTMLTag.lower(byte))
            if shift < 64 { low |= value << shift } else { high |= value << (shift - 64) }
            shift += 8
        }
        return (low, high)
    }

    private static func hash(_ low: UInt64, _ high: UInt64, _ length: Int) -> Int {
        let mixed = (low ^ (high &* 0x9E37_79B9_7F4A_7C15) ^ UInt64(length)) &* 0xFF51_AFD7_ED55_8CCD
        return Int(truncatingIfNeeded: mixed ^ (mixed >> 29))
    }
}
