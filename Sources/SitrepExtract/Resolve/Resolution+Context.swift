import SitrepKnowledge
import SitrepText

extension Resolution {
    /// Role codes of the state: a role among them with no country in its phrase ("the army
    /// said", "the police", "state television") belongs to the country the text is about.
    static let stateRoles: [String] = ["GOV", "MIL", "COP", "SPY", "JUD", "LEG"]

    /// Sentences back, beyond the mention's own, where a country still sets the context.
    static let contextSentences = 3

    func isStateRole(_ agent: Agent) -> Bool {
        !agent.isWhole && Self.stateRoles.contains { agent.code.hasPrefix($0) }
    }

    /// The description with the context country as its principal when it names a state role
    /// and no principal of its own; unchanged otherwise.
    func withContextCountry(_ description: Description, at token: Int) -> Description {
        guard description.principal == nil, let agent = description.agent, isStateRole(agent),
              let (country, why) = contextCountry(before: token) else { return description }
        var description = description
        description.principal = (country, "\(country), inferred from context (\(why))")
        return description
    }

    /// The country a mention at `token` most likely belongs to: that of the nearest earlier
    /// country-coded actor or place, in its own sentence first (its subject before other
    /// mentions), then up to `contextSentences` back; else the dateline's country; else the
    /// country the article's actors name most.
    func contextCountry(before token: Int) -> (code: String, why: String)? {
        let sentence = sentenceOfToken[token]
        for back in 0...Self.contextSentences where sentence - back >= 0 {
            let mentions = countryMentions(inSentence: sentence - back, before: token)
            if let chosen = mentions.last(where: \.isSubject) ?? mentions.last {
                return (chosen.code, back == 0 ? "'\(chosen.text)' in the sentence" : "'\(chosen.text)' \(back) sentence(s) before")
            }
        }
        if let dateline = document.article?.dateline, !dateline.isEmpty,
           let entry = resolver.places.lookup(dateline).max(by: { $0.rank < $1.rank }), resolver.country(of: entry.code) != nil {
            return (String(entry.code.prefix(3)), "dateline '\(dateline)'")
        }
        var counts: [String: Int] = [:]
        for candidate in candidates { if let country = candidate.country { counts[country, default: 0] += 1 } }
        return counts.max { ($0.value, $1.key) < ($1.value, $0.key) }.map { ($0.key, "the article's most-mentioned country") }
    }

    /// The country-coded actors and the places of one sentence that end before `token`, in
    /// text order. Media are left out: the agency that reports a story ("told AFP") says
    /// nothing of where it happens.
    private func countryMentions(inSentence sentence: Int, before token: Int) -> [(position: Int, code: String, text: String, isSubject: Bool)] {
        let range = document.sentences[sentence]
        var found: [(position: Int, code: String, text: String, isSubject: Bool)] = []
        for candidate in candidates where candidate.mention.kind != .pronoun {
            let tokens = candidate.mention.tokens
            guard let country = candidate.country, range.contains(tokens.lowerBound), tokens.upperBound <= token,
                  !(candidate.code ?? "").hasSuffix("MED") else { continue }
            found.append((tokens.lowerBound, country, document.text(of: tokens), isSubjectPhrase(tokens)))
        }
        for span in document.entities where span.label == .LOC && range.contains(span.tokens.lowerBound) && span.tokens.upperBound <= token {
            guard !found.contains(where: { span.tokens.contains($0.position) }),
                  let entry = resolver.places.lookup(document.text(of: span.tokens)).max(by: { $0.rank < $1.rank }),
                  resolver.country(of: entry.code) != nil else { continue }
            found.append((span.tokens.lowerBound, String(entry.code.prefix(3)), document.text(of: span.tokens), isSubjectPhrase(span.tokens)))
        }
        return found.sorted { $0.position < $1.position }
    }

    func isSubjectPhrase(_ range: Range<Int>) -> Bool {
        let relation = tree.relation(of: head(of: range))
        return relation.hasPrefix("nsubj") || relation == "root"
    }
}
