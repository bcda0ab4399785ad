import SitrepKnowledge
import SitrepText

extension Resolution {
    /// Outlets named right after a media title: "state television ORTM", "the newspaper Le
    /// Monde", "broadcaster NHK". The recognizer often misses such names or splits title and
    /// name ("State" | "LRT"), so a run of capitalised words after the title is taken as the
    /// name, replacing the uncoded entities inside it. A name the dictionary codes keeps its code; any other outlet is
    /// media of the title's country, else of the context country ("state television ORTM" →
    /// MLIGOVMED).
    mutating func resolveMediaNames() {
        for token in document.tokens.indices where isFree(token) && document.upos[token] == .NOUN {
            guard let (agent, start) = resolver.agents.longestMatch(in: words, endingAt: token, lastWordForms: lemma(token)),
                  agent.code.hasSuffix("MED"), !agent.isWhole else { continue }
            var end = token + 1
            while end < document.tokens.count, end - token <= 4, isFree(end), isCapitalised(end), document.upos[end] != .PUNCT,
                  sentenceOfToken[end] == sentenceOfToken[token] {
                end += 1
            }
            guard end > token + 1, (start..<end).allSatisfy(isFree) else { continue }
            candidates.removeAll { $0.code == nil && start <= $0.mention.tokens.lowerBound && $0.mention.tokens.upperBound <= end }
            let description = describe(start..<(token + 1))
            var coded = description
            if coded.principal == nil, let (country, why) = contextCountry(before: start) {
                coded.principal = (country, "\(country), inferred from context (\(why))")
            }
            guard let (code, evidence) = self.code(of: coded) else { continue }
            let name = document.text(of: (token + 1)..<end)
            for position in start..<end { taken[position] = true }
            if let found = lookup((token + 1)..<end), found.match.code != nil {
                var candidate = Candidate(mention: Mention(tokens: start..<end, kind: .name), name: name, type: .ORG, evidence: [], key: "")
                self.code(&candidate, from: found, title: description)
                keyEntities(in: start..<end, as: candidate.key)
                candidates.append(candidate)
                continue
            }
            var candidate = Candidate(mention: Mention(tokens: start..<end, kind: .name), name: name, type: .ORG, code: code,
                                      role: description.text, country: resolver.country(of: code),
                                      evidence: ["media title: '\(document.text(of: start..<end))' names an outlet; \(evidence)"],
                                      key: "media:\(ActorDictionary.key(name))")
            candidate.titleWords = description.words
            keyEntities(in: start..<end, as: candidate.key)
            candidates.append(candidate)
        }
    }

    /// Not inside a mention, or inside an entity no dictionary, title or apposition coded.
    private func isFree(_ token: Int) -> Bool {
        guard taken[token] else { return true }
        guard let entity = entityOfToken[token], let key = entityKeys[entity] else { return false }
        return candidates.last { $0.key == key }?.code == nil
    }

    /// Records `key` for the entity spans inside `range`, which are not resolved on their own.
    private mutating func keyEntities(in range: Range<Int>, as key: String) {
        for position in range { if let entity = entityOfToken[position] { entityKeys[entity] = key } }
    }
}
