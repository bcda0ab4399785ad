import SitrepText

/// The ids records carry in the JSON, decided once so that cross-references agree: an
/// entity's id is a slug of its name ("joe-biden"), numbered when two share one.
struct RecordIDs {
    let referents: [String]

    init(_ document: Document) {
        var seen: [String: Int] = [:]
        referents = document.referents.map { referent in
            let slug = RecordIDs.slug(referent.name)
            let count = seen[slug, default: 0] + 1
            seen[slug] = count
            return count == 1 ? slug : "\(slug)-\(count)"
        }
    }

    func place(_ index: Int) -> String { "p\(index + 1)" }
    func event(_ index: Int) -> String { "ev\(index + 1)" }
    func quote(_ index: Int) -> String { "q\(index + 1)" }
    func claim(_ index: Int) -> String { "c\(index + 1)" }
    func number(_ index: Int) -> String { "n\(index + 1)" }

    /// Lowercase letters and digits joined by hyphens; "entity" when nothing is left.
    static func slug(_ name: String) -> String {
        var words: [String] = []
        var current = ""
        for character in name.lowercased() {
            if character.isLetter || character.isNumber {
                current.append(character)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words.isEmpty ? "entity" : words.joined(separator: "-")
    }
}

/// A run of text with its Unicode scalar offsets into the body: the evidence every record
/// carries.
public struct TextSpanJSON: Encodable, Sendable, Hashable {
    public var text: String
    public var start: Int
    public var end: Int

    init(_ document: Document, _ tokens: Range<Int>) {
        let range = document.scalarRange(of: tokens)
        text = document.text(of: tokens)
        start = range.lowerBound
        end = range.upperBound
    }
}

/// A reference from one record to an actor: its entity id, name and code, so a reader need
/// not join to `entities` to see who it is.
public struct ActorRefJSON: Encodable, Sendable {
    public var entity: String?
    public var name: String
    public var code: String?

    /// The referent when there is one; otherwise the words themselves name the actor.
    init(_ document: Document, referent: Int?, tokens: Range<Int>?, _ ids: RecordIDs) {
        if let referent {
            entity = ids.referents[referent]
            name = document.referents[referent].name
            code = document.referents[referent].code
        } else {
            entity = nil
            name = tokens.map { document.text(of: $0) } ?? ""
            code = nil
        }
    }
}
