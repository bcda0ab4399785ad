import SitrepNLP
import SitrepText

/// A document of a coreference-annotated CoNLL-U corpus (GUM's `Entity=` MISC brackets, the
/// CorefUD convention): its words and its gold mentions.
public struct CoreferenceDocument: Sendable {
    public var id: String
    /// Words by sentence, as `Document(sentences:)` takes them.
    public var sentences: [[String]]
    /// Gold part of speech and head (document word index) of each word.
    public var upos: [UPOS]
    public var heads: [Int]
    public var mentions: [GoldMention]

    /// One bracketed mention: its words, its cluster and the cluster's entity type.
    public struct GoldMention: Sendable, Hashable {
        public var words: Range<Int>
        public var cluster: String
        /// GUM's entity type: person, organization, place, abstract, object, event, …
        public var type: String
    }

    /// The word of a mention whose head lies outside it.
    public func head(of mention: GoldMention) -> Int {
        mention.words.first { !mention.words.contains(heads[$0]) || heads[$0] == $0 } ?? mention.words.lowerBound
    }

    /// The documents of a corpus whose id starts with `prefix`, with their mentions.
    /// `Entity=(3-person-…` opens mention 3 at a word, `3)` closes it, `(3-person-…)` is a
    /// one-word mention; a corpus without `Entity=` gives documents without mentions.
    public static func documents(_ corpus: [CoNLLUSentence], prefix: String) -> [CoreferenceDocument] {
        var documents: [CoreferenceDocument] = []
        var open: [(cluster: String, type: String, start: Int)] = []
        for sentence in corpus where sentence.documentID?.hasPrefix(prefix) == true {
            let id = sentence.documentID ?? ""
            if documents.last?.id != id {
                documents.append(CoreferenceDocument(id: id, sentences: [], upos: [], heads: [], mentions: []))
                open = []
            }
            let offset = documents[documents.count - 1].upos.count
            documents[documents.count - 1].sentences.append(sentence.words.map(\.form))
            for (position, word) in sentence.words.enumerated() {
                let index = offset + position
                documents[documents.count - 1].upos.append(word.upos)
                documents[documents.count - 1].heads.append(word.head == 0 ? index : offset + word.head - 1)
                guard let field = word.misc.split(separator: "|").first(where: { $0.hasPrefix("Entity=") }) else { continue }
                for bracket in brackets(field.dropFirst("Entity=".count)) {
                    switch bracket {
                    case .open(let cluster, let type, let closes):
                        if closes {
                            documents[documents.count - 1].mentions.append(GoldMention(words: index..<(index + 1), cluster: cluster, type: type))
                        } else {
                            open.append((cluster, type, index))
                        }
                    case .close(let cluster):
                        guard let at = open.lastIndex(where: { $0.cluster == cluster }) else { continue }
                        let started = open.remove(at: at)
                        documents[documents.count - 1].mentions.append(
                            GoldMention(words: started.start..<(index + 1), cluster: cluster, type: started.type))
                    }
                }
            }
        }
        for index in documents.indices { documents[index].mentions.sort { $0.words.lowerBound < $1.words.lowerBound } }
        return documents
    }

    enum Bracket: Equatable {
        case open(cluster: String, type: String, closes: Bool)
        case close(cluster: String)
    }

    /// `(1-abstract-new-…)(3-person-…` and `3)` as brackets, in order.
    static func brackets(_ value: Substring) -> [Bracket] {
        var result: [Bracket] = []
        var rest = value
        while let first = rest.first {
            if first == "(" {
                let body = rest.dropFirst().prefix { $0 != "(" && $0 != ")" }
                rest = rest.dropFirst(1 + body.count)
                let closes = rest.first == ")"
                if closes { rest = rest.dropFirst() }
                let fields = body.split(separator: "-", maxSplits: 2, omittingEmptySubsequences: false)
                result.append(.open(cluster: String(fields.first ?? ""), type: fields.count > 1 ? String(fields[1]) : "", closes: closes))
            } else {
                let cluster = rest.prefix { $0 != ")" && $0 != "(" }
                rest = rest.dropFirst(cluster.count)
                if rest.first == ")" {
                    rest = rest.dropFirst()
                    result.append(.close(cluster: String(cluster)))
                }
            }
        }
        return result
    }
}
