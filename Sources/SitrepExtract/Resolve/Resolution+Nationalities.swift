import SitrepKnowledge
import SitrepText

extension Resolution {
    /// Nationality adjectives the recognizer left out, on nouns that are no actors themselves:
    /// "Russian missiles", "Chinese vessels", "Israeli strikes" name the country that fired,
    /// sailed or struck. ("Israeli forces" is a nominal, coded later as the country's military.)
    mutating func resolveNationalities() {
        for token in document.tokens.indices where !taken[token] && entityOfToken[token] == nil && isCapitalised(token) {
            guard [.ADJ, .PROPN].contains(document.upos[token]), ["amod", "compound"].contains(tree.relation(of: token)),
                  let head = tree.head(of: token), head > token, document.upos[head] == .NOUN,
                  resolver.agents.longestMatch(in: words, endingAt: head, lastWordForms: lemma(head)) == nil,
                  let found = lookup(token..<(token + 1)), let country = found.match.code, country.count == 3,
                  resolver.country(of: country) != nil else { continue }
            var candidate = Candidate(mention: Mention(tokens: token..<(token + 1), kind: .name), name: document.text(of: token),
                                      type: .LOC, evidence: [], key: "")
            self.code(&candidate, from: found, title: nil)
            taken[token] = true
            candidates.append(candidate)
        }
    }
}
