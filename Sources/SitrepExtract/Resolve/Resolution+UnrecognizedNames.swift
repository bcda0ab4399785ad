import SitrepKnowledge
import SitrepText

extension Resolution {
    /// Names the dictionary knows that the recognizer left out ("Calenardhon welcomed …" read
    /// as a common noun, an unknown first word read as an adverb): in each run of capitalised
    /// words outside every entity span and every mention so far ("of" may join two: "the
    /// Prince of Dol Amroth"), the known names that end in a noun or a word the tagger could
    /// not place. A surname alone that the article gave someone else first is that person
    /// (`isNamesake`).
    mutating func resolveUnrecognizedNames() {
        func free(_ token: Int) -> Bool {
            token < document.tokens.count && !taken[token] && entityOfToken[token] == nil
        }
        func nameWord(_ token: Int) -> Bool {
            free(token) && isCapitalised(token) && document.upos[token] != .PUNCT
        }
        func joiner(_ token: Int) -> Bool {
            free(token) && words[token] == "of" && nameWord(token + 1)
        }
        var start = 0
        while start < document.tokens.count {
            var end = start
            while nameWord(end) || (end > start && joiner(end)) {
                end += 1
            }
            for known in knownNames(in: start..<end) where [.NOUN, .PROPN, .ADV, .X].contains(document.upos[known.range.upperBound - 1]) {
                guard let found = lookup(known.range), let code = found.match.code else { continue }
                let name = document.text(of: known.range)
                var candidate = Candidate(mention: Mention(tokens: known.range, kind: .name), name: name,
                                          type: found.match.actor.type ?? (resolver.country(of: code) != nil ? .LOC : .ORG),
                                          evidence: [], key: "")
                if isNamesake(known.range, of: found.match.actor, label: candidate.type) {
                    candidate.key = key(forUnknown: name, type: .PER, code: nil)
                } else {
                    self.code(&candidate, from: found, title: nil)
                }
                for token in known.range { taken[token] = true }
                candidates.append(candidate)
            }
            start = max(end, start + 1)
        }
    }
}
