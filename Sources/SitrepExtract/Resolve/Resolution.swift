import Foundation
import SitrepKnowledge
import SitrepText

/// One article being resolved: the candidates found so far and the views of the document the
/// rules share. Built, run and discarded by `Resolver.process`.
struct Resolution {
    let document: Document
    let resolver: Resolver
    let tree: SyntaxTree
    let day: Day?
    /// Each token in lower case without a final dot ("gen" for "Gen."), as agents are keyed.
    let words: [String]
    /// For each token, its word or lemma when that alone is an agent ("president", "troop").
    let agentWords: [String?]
    /// For each token, the index of the entity span covering it.
    let entityOfToken: [Int?]
    /// For each token, the index of its sentence.
    let sentenceOfToken: [Int]
    /// Whether each token lies between quote marks of its own sentence (a quote that runs
    /// over several sentences is not seen; the quote stage reads those).
    let quoted: [Bool]
    /// Tokens already inside a candidate's mention, so one phrase is not read twice.
    var taken: [Bool]
    var candidates: [Candidate] = []
    /// Cluster key of the candidate made from each entity span.
    var entityKeys: [String?]
    /// Capitals standing for their government ("cautioning Tehran"), which are no places.
    var metonyms: Set<Range<Int>> = []

    init(document: Document, resolver: Resolver) {
        self.document = document
        self.resolver = resolver
        self.tree = SyntaxTree(document)
        self.day = Resolver.day(of: document)
        var words: [String] = []
        words.reserveCapacity(document.tokens.count)
        for token in document.tokens {
            var bytes = document.utf8[token.utf8].map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
            if bytes.count > 1, bytes.last == UInt8(ascii: ".") { bytes.removeLast() }
            let ascii = bytes.allSatisfy { $0 < 0x80 }
            words.append(ascii ? String(decoding: bytes, as: UTF8.self) : String(decoding: bytes, as: UTF8.self).lowercased())
        }
        self.words = words
        self.agentWords = words.indices.map { token in
            if resolver.agents.agent(word: words[token]) != nil { return words[token] }
            guard document.lemmas.indices.contains(token), document.lemmas[token] != words[token] else { return nil }
            let lemma = document.lemmas[token].lowercased()
            return resolver.agents.agent(word: lemma) != nil ? lemma : nil
        }
        var owners = [Int?](repeating: nil, count: document.tokens.count)
        for (index, span) in document.entities.enumerated() {
            for token in span.tokens { owners[token] = index }
        }
        self.entityOfToken = owners
        var sentenceOfToken = [Int](repeating: 0, count: document.tokens.count)
        for (index, range) in document.sentences.enumerated() {
            for token in range { sentenceOfToken[token] = index }
        }
        self.sentenceOfToken = sentenceOfToken
        var quoted = [Bool](repeating: false, count: document.tokens.count)
        for sentence in document.sentences {
            var inside = false
            for token in sentence {
                if DirectQuotes.markTokens.contains(words[token]) { inside.toggle() } else { quoted[token] = inside }
            }
        }
        self.quoted = quoted
        self.taken = [Bool](repeating: false, count: document.tokens.count)
        self.entityKeys = [String?](repeating: nil, count: document.entities.count)
    }

    mutating func run() {
        for index in document.entities.indices { resolveEntity(index) }
        resolveMediaNames()
        resolveNominals()
        resolveNationalities()
        resolveUnrecognizedNames()
        resolveReferences()
    }

    /// The words of a mention and of a dictionary title that name roles ("president",
    /// "ayatollah", "supreme", "leader"), for later definite descriptions.
    func titleWords(in range: Range<Int>, title: String?) -> Set<String> {
        var found = Set(range.compactMap { agentWords[$0] })
        guard let title else { return found }
        for word in title.lowercased().utf8.split(whereSeparator: { !(0x61...0x7A).contains($0) }) {
            let text = String(decoding: word, as: UTF8.self)
            if resolver.agents.agent(word: text) != nil { found.insert(text) }
        }
        return found
    }

    /// Candidates merged by cluster key into referents, in order of first mention.
    func referents() -> [Referent] {
        var order: [String] = []
        var groups: [String: [Candidate]] = [:]
        for candidate in candidates.sorted(by: { $0.mention.tokens.lowerBound < $1.mention.tokens.lowerBound }) {
            if groups[candidate.key] == nil { order.append(candidate.key) }
            groups[candidate.key, default: []].append(candidate)
        }
        var referents = order.compactMap { key in groups[key].map(Candidate.merge) }.map(namedAsCountry)
        if let publisher = publisher(), !referents.contains(where: { ActorDictionary.key($0.name) == ActorDictionary.key(publisher.name) }) {
            referents.append(publisher)
        }
        return referents
    }

    /// A place coded as a whole country is named as the country when the text names the
    /// country itself: the dictionaries code "Istanbul", "Turkish" and "Turkey" alike as TUR,
    /// and that referent is Turkey, whichever came first; one only ever called "Los Angeles"
    /// keeps its name.
    private func namedAsCountry(_ referent: Referent) -> Referent {
        guard referent.type == .LOC, let code = referent.code, resolver.country(of: code) == code,
              let country = resolver.places.country(code: code),
              referent.mentions.contains(where: { mention in
                  mention.kind == .name && !resolver.places.lookup(document.text(of: mention.tokens)).contains { $0.kind != .country }
              }) else { return referent }
        var renamed = referent
        renamed.name = country.name
        return renamed
    }

    /// The outlet that published the article, an actor of every article though the body
    /// rarely names it; it has no mentions. Coded from the dictionary, else as media (MED).
    func publisher() -> Referent? {
        guard let outlet = document.article?.outlet?.trimmingCharacters(in: .whitespaces), !outlet.isEmpty else { return nil }
        let matches = resolver.actors.lookup(outlet, on: day)
        if let match = matches.first(where: { $0.code != nil }), let code = match.code {
            return Referent(name: outlet, type: .ORG, code: code, role: "publisher", country: match.actor.country ?? resolver.country(of: code),
                            evidence: ["publisher: '\(outlet)' → \(match.actor.name), \(code) (\(match.actor.origin))"])
        }
        return Referent(name: outlet, type: .ORG, code: "MED", role: "publisher",
                        evidence: ["publisher: '\(outlet)', in no dictionary, coded as media"])
    }

    // MARK: - shared helpers

    /// The dictionary's best match for a run of tokens, on the article's day: the first
    /// actor that has a code then, else the first.
    func lookup(_ range: Range<Int>) -> (match: ActorDictionary.Match, others: [ActorDictionary.Match])? {
        guard !range.isEmpty, range.count <= resolver.actors.longestName + 2 else { return nil }
        let matches = resolver.actors.lookup(document.text(of: range), on: day)
        guard !matches.isEmpty else { return nil }
        let best = matches.firstIndex { $0.code != nil } ?? 0
        var others = matches
        let match = others.remove(at: best)
        return (match, others)
    }

    func isCapitalised(_ token: Int) -> Bool {
        document.text(of: token).unicodeScalars.first.map { $0.properties.isUppercase } ?? false
    }

    /// The lemma of a token in lower case, as a second form for agent lookups ("troop").
    func lemma(_ token: Int) -> [String] {
        guard document.lemmas.indices.contains(token) else { return [] }
        let lemma = document.lemmas[token].lowercased()
        return lemma == words[token] ? [] : [lemma]
    }

    /// The token of a range whose head lies outside it: the phrase's head.
    func head(of range: Range<Int>) -> Int {
        for token in range.reversed() {
            let head = document.heads[token]
            if head == token || !range.contains(head) { return token }
        }
        return range.upperBound - 1
    }
}
