import SitrepKnowledge
import SitrepText

extension Resolution {
    /// Outlets named right after a media title: "state television ORTM", "the newspaper Le
    /// Monde", "broadcaster NHK". The recognizer often misses such names, so a run of
    /// capitalised words after the title is taken as the name. The outlet is media of the
    /// title's country, else of the context country: "state television ORTM" → MLIGOVMED.
    mutating func resolveMediaNames() {
        for token in document.tokens.indices where !taken[token] && document.upos[token] == .NOUN {
            guard let (agent, start) = resolver.agents.longestMatch(in: words, endingAt: token, lastWordForms: lemma(token)),
                  agent.code.hasSuffix("MED"), !agent.isWhole else { continue }
            var end = token + 1
            while end < document.tokens.count, end - token <= 4, !taken[end], isCapitalised(end), document.upos[end] != .PUNCT,
                  sentenceOfToken[end] == sentenceOfToken[token] {
                end += 1
            }
            guard end > token + 1, !(start..<end).contains(where: { taken[$0] }) else { continue }
            var description = describe(start..<(token + 1))
            if description.principal == nil, let (country, why) = contextCountry(before: start) {
                description.principal = (country, "\(country), inferred from context (\(why))")
            }
            guard let (code, evidence) = self.code(of: description) else { continue }
            let name = document.text(of: (token + 1)..<end)
            var candidate = Candidate(mention: Mention(tokens: start..<end, kind: .name), name: name, type: .ORG, code: code,
                                      role: description.text, country: resolver.country(of: code),
                                      evidence: ["media title: '\(document.text(of: start..<end))' names an outlet; \(evidence)"],
                                      key: "media:\(ActorDictionary.key(name))")
            candidate.titleWords = description.words
            for position in start..<end { taken[position] = true }
            candidates.append(candidate)
        }
    }
}
