import SitrepKnowledge
import SitrepText

extension Resolution {
    /// Role codes of a country's own state: a role among them with no country in its phrase
    /// ("the army said", "the police", "state television") belongs to the country the text
    /// is about, as does its political opposition ("the opposition", "opposition leader X");
    /// protesters may be anyone's.
    static let domesticRoles: [String] = ["GOV", "MIL", "COP", "SPY", "JUD", "LEG"]

    /// Sentences back, beyond the mention's own, where a country still sets the context.
    static let contextSentences = 3

    func isDomesticRole(_ agent: Agent) -> Bool {
        !agent.isWhole && (Self.domesticRoles.contains { agent.code.hasPrefix($0) } || isOpposition(agent))
    }

    func isOpposition(_ agent: Agent) -> Bool {
        agent.code.hasPrefix("OPP") && agent.phrase.hasPrefix("opposition")
    }

    /// The description with the context country as its principal when it names a domestic role
    /// and no principal of its own; unchanged otherwise.
    func withContextCountry(_ description: Description, at token: Int) -> Description {
        guard description.principal == nil, !description.isForeign, let agent = description.agent, isDomesticRole(agent),
              let (country, why) = isOpposition(agent) ? contextCountry(before: token, countingRival: true, sentencesBack: 0)
                : contextCountry(before: token) else { return description }
        var description = description
        description.principal = (country, "\(country), inferred from context (\(why))")
        return description
    }

    /// The country a mention at `token` most likely belongs to: that of the nearest earlier
    /// country-coded actor or place, in its own sentence first (the subject nearest the root
    /// before other mentions: "Mali's minister", not "Paris" in what he said; else the country
    /// named most), then up to
    /// `contextSentences` back (where the dateline's country, when they name it, outranks the
    /// others: "Niger's rulers ordered France's ambassador … to France … with Paris" leaves
    /// a Niamey story's junta Niger's); else the dateline's country; else the country the article's
    /// actors name most. The subject of the verb the mention is the object of does not count
    /// unless `countingRival`: "France urged the government" is another country's
    /// government, but "Maduro accused the opposition" his own country's opposition. An
    /// opposition looks no further back than its own sentence (`sentencesBack`): a foreign
    /// government's comment before it is no clue to whose opposition it is, the dateline is.
    func contextCountry(before token: Int, countingRival: Bool = false, sentencesBack: Int = Self.contextSentences) -> (code: String, why: String)? {
        let sentence = sentenceOfToken[token]
        let rival = countingRival ? nil : subjectOfVerb(governingObject: token).map { tree.subtree(of: $0) }
        let datelineCountry = self.datelineCountry
        for back in 0...sentencesBack where sentence - back >= 0 {
            // Nor, in its own sentence, do the words of a quote it stands outside: in `"We take
            // note of the Burkinabe authorities' decision," a ministry spokesperson said` the
            // spokesperson is not Burkina Faso's.
            let mentions = countryMentions(inSentence: sentence - back, before: token)
                .filter { mention in rival.map { !$0.contains(mention.tokens.lowerBound) } ?? true }
                .filter { mention in back > 0 || quoted[token] || !quoted[mention.tokens.lowerBound] }
            // In its own sentence the subject sets the context, else the country named most,
            // the dateline's on a tie ("a Kosovo police patrol near the border with Serbia,
            // killing one officer" in a Pristina story); in those before, the dateline's
            // country, else the country they name most ("Germany summoned Iran's ambassador …
            // on Iranian officials": Iran's security forces), the subject on a tie.
            let subject = mentions.filter(\.isSubject).min(by: { $0.depth < $1.depth })
            let local = back == 0 ? nil : mentions.first { $0.code == datelineCountry?.code }
            let datelined = mentions.last { $0.code == datelineCountry?.code }
            if let chosen = back == 0 ? subject ?? commonest(mentions, preferring: datelined) : local ?? commonest(mentions, preferring: subject) {
                return (chosen.code, back == 0 ? "'\(chosen.text)' in the sentence" : "'\(chosen.text)' \(back) sentence(s) before")
            }
        }
        if let datelineCountry { return (datelineCountry.code, "dateline '\(datelineCountry.dateline)'") }
        var counts: [String: Int] = [:]
        // Countries only: an organisation's "country" may be its sector ("NGO", "IGO").
        for candidate in candidates {
            if let country = candidate.country, resolver.country(of: country) == country { counts[country, default: 0] += 1 }
        }
        return counts.max { ($0.value, $1.key) < ($1.value, $0.key) }.map { ($0.key, "the article's most-mentioned country") }
    }

    /// The country of the place the article is datelined from.
    private var datelineCountry: (code: String, dateline: String)? {
        guard let dateline = document.article?.dateline, !dateline.isEmpty,
              let entry = resolver.places.lookup(dateline).max(by: { $0.rank < $1.rank }), resolver.country(of: entry.code) != nil else { return nil }
        return (String(entry.code.prefix(3)), dateline)
    }

    /// The mention of the country named most often, the latest on a tie: "sanctions on
    /// Belarus … its border with Poland" is about Belarus.
    private func commonest(_ mentions: [CountryMention], preferring favourite: CountryMention? = nil) -> CountryMention? {
        var counts: [String: Int] = [:]
        for mention in mentions { counts[mention.code, default: 0] += 1 }
        if let favourite, counts[favourite.code] == counts.values.max() { return favourite }
        return mentions.reversed().max { counts[$0.code]! < counts[$1.code]! }
    }

    /// The subject of the verb whose object (or indirect object, or one called on or acted
    /// against) is the phrase of `token`.
    private func subjectOfVerb(governingObject token: Int) -> Int? {
        var phrase = token
        while ["det", "amod", "compound", "nmod:poss", "flat", "nummod"].contains(tree.relation(of: phrase)),
              let head = tree.head(of: phrase) {
            phrase = head
        }
        // "called on the electoral authorities", "imposed sanctions on the government": the one
        // called on or acted against is as much the verb's object.
        let isAddressed = tree.relation(of: phrase) == "obl" && ["on", "upon", "against"].contains(tree.casePreposition(of: phrase) ?? "")
        guard ["obj", "iobj"].contains(tree.relation(of: phrase)) || isAddressed, var verb = tree.head(of: phrase) else { return nil }
        // "condemned the attack and urged the government": a conjoined verb shares the first's subject.
        while tree.child(of: verb, relation: "nsubj") == nil, tree.relation(of: verb) == "conj", let first = tree.head(of: verb) {
            verb = first
        }
        return tree.child(of: verb, relation: "nsubj")
    }

    /// A country-coded actor or place; `depth` counts heads up to the sentence's root.
    struct CountryMention {
        var tokens: Range<Int>
        var code: String
        var text: String
        var isSubject: Bool
        var depth: Int
    }

    /// The country-coded actors and the places of one sentence that end before `token`, in
    /// text order. Media are left out: the agency that reports a story ("told AFP") says
    /// nothing of where it happens; so are codes that are no country ("al-Qaeda", IMG).
    private func countryMentions(inSentence sentence: Int, before token: Int) -> [CountryMention] {
        let range = document.sentences[sentence]
        var found: [CountryMention] = []
        for candidate in candidates where candidate.mention.kind != .pronoun {
            let tokens = candidate.mention.tokens
            guard let country = resolver.country(of: candidate.country), range.contains(tokens.lowerBound), tokens.upperBound <= token,
                  !(candidate.code ?? "").hasSuffix("MED") else { continue }
            found.append(mention(tokens, code: country))
        }
        for span in document.entities where span.label == .LOC && range.contains(span.tokens.lowerBound) && span.tokens.upperBound <= token {
            guard !found.contains(where: { span.tokens.overlaps($0.tokens) }),
                  let entry = resolver.places.lookup(document.text(of: span.tokens)).max(by: { $0.rank < $1.rank }),
                  resolver.country(of: entry.code) != nil else { continue }
            found.append(mention(span.tokens, code: String(entry.code.prefix(3))))
        }
        // A nationality on a state's role ("Turkish warplanes struck …") names its country
        // before that nominal is resolved: titled names are resolved first.
        for position in range where position < token && document.upos[position] == .ADJ && tree.relation(of: position) == "amod" && isCapitalised(position) {
            guard !found.contains(where: { $0.tokens.contains(position) }), let head = tree.head(of: position),
                  let (agent, _) = resolver.agents.longestMatch(in: words, endingAt: head, lastWordForms: lemma(head)), isDomesticRole(agent),
                  let code = lookup(position..<(position + 1))?.match.code, code.count == 3, resolver.country(of: code) != nil else { continue }
            found.append(CountryMention(tokens: position..<(position + 1), code: code, text: document.text(of: position),
                                        isSubject: isSubjectPhrase(head..<(head + 1)), depth: depth(of: head)))
        }
        return found.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    private func mention(_ tokens: Range<Int>, code: String) -> CountryMention {
        CountryMention(tokens: tokens, code: code, text: document.text(of: tokens), isSubject: isSubjectPhrase(tokens),
                       depth: depth(of: head(of: tokens)))
    }

    /// Heads between a token and its sentence's root.
    private func depth(of token: Int) -> Int {
        var depth = 0
        var current = token
        while let head = tree.head(of: current), depth < document.tokens.count {
            depth += 1
            current = head
        }
        return depth
    }

    func isSubjectPhrase(_ range: Range<Int>) -> Bool {
        let relation = tree.relation(of: head(of: range))
        return relation.hasPrefix("nsubj") || relation == "root"
    }
}
