import SitrepText

/// Who says something: the subject of a reporting verb, the object of "according to", a
/// possessor ("Biden's account"), resolved to an actor when resolution knows the words.
///
/// ```
/// "White House spokesman John Kirby confirmed …"     John Kirby (referent)
/// "an unnamed source cited by Iran's news agency, IRNA, revealed …"
///                                                   the words, via IRNA
/// "He called for …"                                  the most recent person before "He"
/// ```
struct SpeakerFinder {
    let tree: SyntaxTree
    /// `Document.referentOfToken()`.
    let owners: [Int?]
    /// Whether each token lies inside quote marks: a speaker is never quoted words.
    let quoted: [Bool]

    /// Mentions of people in text order, for pronouns without a referent.
    private let people: [(referent: Int?, tokens: Range<Int>)]

    init(_ tree: SyntaxTree, quoted: [Bool]) {
        self.tree = tree
        self.quoted = quoted
        owners = tree.document.referentOfToken()
        people = Self.people(in: tree.document)
    }

    /// The speaker of a reporting verb: its subject outside quote marks, or the subject of
    /// the clause it hangs from ("X addressed the UN, warning that …"), the noun a participle
    /// follows ("Jamshidi, a Raisi aide, claimed"), a noun or pronoun right after it ("…,"
    /// said Biden; "…," said he),
    /// or the noun phrase right before a verb the parse left without a subject.
    func speaker(ofVerb verb: Int) -> Speaker? {
        guard var speaker = subject(ofVerb: verb) else { return nil }
        if speaker.via == nil { speaker.via = outletTold(by: verb) }
        return speaker
    }

    /// "told CBC News", "said in an interview with Reuters": the media outlet (a referent
    /// coded as media) the words were given to, which the quote came through.
    private func outletTold(by verb: Int) -> Int? {
        let obliques = tree.children(of: verb, relation: "obl").filter { ["to", "with", "in"].contains(tree.casePreposition(of: $0) ?? "") }
        let listeners = tree.children(of: verb, relation: "obj") + tree.children(of: verb, relation: "iobj") + obliques
            + obliques.flatMap { tree.children(of: $0, relation: "nmod") }
        return listeners.lazy.compactMap { owners[$0] }.first { tree.document.referents[$0].code?.hasSuffix("MED") == true }
    }

    private func subject(ofVerb verb: Int) -> Speaker? {
        let document = tree.document
        var clause = verb
        for _ in 0..<3 {
            // A "subject" with a preposition of its own ("on Sunday, a spokesman … said") is a
            // misparsed time or place.
            var subjects = tree.children(of: clause, relation: "nsubj").filter { !quoted[$0] && tree.child(of: $0, relation: "case") == nil }
            if subjects.count > 1, tree.isTitle(subjects[0], ofSubject: subjects[1]) { subjects.removeFirst() }
            if let subject = subjects.first(where: { !isPossessor($0) }) ?? subjects.first {
                if Self.relativePronouns.contains(word(subject)), tree.relation(of: clause) == "acl:relcl",
                    let antecedent = tree.head(of: clause)
                {
                    return speaker(ofNominal: antecedent)
                }
                let isAcronym = document.text(of: subject).count > 1 && document.text(of: subject).allSatisfy(\.isUppercase)
                if Self.expletives.contains(word(subject)), !isAcronym { return nil }
                return speaker(ofNominal: subject)
            }
            guard ["advcl", "xcomp", "conj"].contains(universal(clause)), let head = tree.head(of: clause) else { break }
            clause = head
        }
        if tree.relation(of: clause) == "acl", ["VBD", "VBN"].contains(document.xpos[clause]), clause > 0,
            document.text(of: clause - 1) == ",", let noun = tree.head(of: clause)
        {
            return speaker(ofNominal: noun)
        }
        // `"…," said X`: the words after the verb itself, not after a head the parse climbed to.
        if verb > 0, quoted[verb - 1] || document.upos[verb - 1] == .PUNCT,
            let sentence = document.sentenceIndex(ofToken: verb).map({ document.sentences[$0] }),
            let name = ((verb + 1)..<min(verb + 4, sentence.upperBound)).first(where: { [.PROPN, .PRON, .NOUN].contains(document.upos[$0]) })
        {
            return speaker(ofNominal: tree.head(of: name).map { $0 > verb ? $0 : name } ?? name)
        }
        return nominalBefore(clause).map(speaker(ofNominal:))
    }

    /// The head of the noun phrase ending right before a finite verb that has no subject in
    /// the parse: climbs from the last noun through name and modifier links ("an aide to
    /// Iran's President Ebrahim Raisi disputed" → aide).
    private func nominalBefore(_ verb: Int) -> Int? {
        let document = tree.document
        guard ["VBD", "VBZ", "VBP"].contains(document.xpos[verb]), verb > 0,
            [.NOUN, .PROPN, .PRON].contains(document.upos[verb - 1]), !quoted[verb - 1]
        else { return nil }
        var noun = verb - 1
        while ["flat", "nmod", "compound"].contains(universal(noun)), let head = tree.head(of: noun), head < noun,
            [.NOUN, .PROPN].contains(document.upos[head])
        {
            noun = head
        }
        return noun
    }

    /// The speaker a noun phrase names, kept within `words` when the parse cannot be trusted
    /// to bound the phrase (a surface attribution): outside them, the words themselves.
    func speaker(ofNominal nominal: Int, within words: Range<Int>) -> Speaker {
        let speaker = speaker(ofNominal: nominal)
        guard let tokens = speaker.tokens, !(words.contains(tokens.lowerBound) && tokens.upperBound <= words.upperBound) else { return speaker }
        let referent = speaker.referent.flatMap { referent in words.contains { owners[$0] == referent } ? referent : nil }
        return Speaker(referent: referent ?? owners[nominal], tokens: words, via: speaker.via)
    }

    /// The speaker a noun phrase names; pronouns resolve to the most recent person, an
    /// apposition to the name it describes ("Mohammad Jamshidi, a Raisi aide").
    func speaker(ofNominal nominal: Int) -> Speaker {
        let document = tree.document
        var head = nominal
        if isPossessor(head), let owned = ((head + 1)..<min(head + 6, document.tokens.count)).first(where: { owned in
            document.upos[owned] == .PROPN && !isPossessor(owned) && tree.head(of: owned).map({ $0 == head || $0 > owned || $0 == tree.head(of: head) }) == true
        }) ?? tree.head(of: head).flatMap({ $0 > head && [.NOUN, .PROPN].contains(document.upos[$0]) ? $0 : nil }) {
            head = owned
        }
        if universal(head) == "appos", let name = tree.head(of: head), document.upos[name] == .PROPN { head = name }
        // "the ministry's statement", "a report by U.N. experts", "U.N. figures": who made it.
        if ReportingVerbs.statementNouns.contains(tree.lemma(head)), let author = tree.child(of: head, relation: "nmod:poss")
            ?? tree.children(of: head, relation: "nmod").first(where: { tree.casePreposition(of: $0) == "by" }) ?? namingOwner(of: head) {
            head = author
        } else if let author = authorOfEarlierMention(of: head) {
            return author
        }
        if document.upos[head] == .PRON {
            if let referent = owners[head] { return Speaker(referent: referent, tokens: head..<(head + 1)) }
            return Self.personalPronouns.contains(word(head))
                ? lastPerson(before: head) : Speaker(referent: nil, tokens: head..<(head + 1))
        }
        let nameParts = [head] + tree.children[head].filter { part in
            switch universal(part) {
            case "appos": true
            case "flat": document.upos[head] == .PROPN || part > head
            case "compound": document.upos[head] == .PROPN
            default: false
            }
        }
        var phrase = tree.phrase(of: head)
        let nameEnd = nameParts.dropFirst().filter { universal($0) != "appos" }.map { tree.subtree(of: $0).upperBound - 1 }.max() ?? head
        let trailing = tree.children[head].filter { modifier in
            let start = tree.subtree(of: modifier).lowerBound
            let afterComma = start > 0 && document.text(of: start - 1) == ","
            return modifier > nameEnd && Self.trailingModifiers.contains(universal(modifier))
                && (tree.casePreposition(of: modifier) != "of" || afterComma)
        }
        if document.upos[head] == .PROPN || nameEnd > head, let first = trailing.first { phrase = phrase.lowerBound..<tree.subtree(of: first).lowerBound }
        while phrase.count > 1, universal(phrase.upperBound - 1) == "case" || document.upos[phrase.upperBound - 1] == .PUNCT {
            phrase = phrase.lowerBound..<(phrase.upperBound - 1)
        }
        if phrase.count > 14 || phrase.upperBound > head + 1 && quoted[phrase.upperBound - 1] {
            phrase = phrase.lowerBound..<(nameEnd + 1)
        }
        while phrase.count > 1, ["case", "fixed", "mark"].contains(universal(phrase.lowerBound)) || word(phrase.lowerBound) == "according" {
            phrase = (phrase.lowerBound + 1)..<phrase.upperBound
        }
        // "Azerbaijani President Ilham Aliyev" parsed with the adjective as head: the name's
        // last word names the speaker.
        let referent = owners[max(nameEnd, head)] ?? nameParts.lazy.compactMap { owners[$0] }.first ?? namingOwner(of: head).flatMap { owners[$0] }
        return Speaker(referent: referent, tokens: phrase, via: via(in: phrase, besides: referent))
    }

    /// The actor a common noun's compound names: "U.N." in "U.N. experts" (not a nationality:
    /// "Italian secularist associations" are not Italy).
    private func namingOwner(of noun: Int) -> Int? {
        guard tree.document.upos[noun] == .NOUN else { return nil }
        return tree.children[noun].first { universal($0) == "compound" && owners[$0] != nil }
    }

    /// "according to the statement" after "the army said in a statement": a definite
    /// statement noun is the one mentioned last (within about two sentences), and its author is
    /// who made it.
    private func authorOfEarlierMention(of noun: Int) -> Speaker? {
        let lemma = tree.lemma(noun)
        guard ReportingVerbs.statementNouns.contains(lemma), tree.child(of: noun, relation: "det").map(word) == "the" else { return nil }
        for earlier in stride(from: noun - 1, through: max(0, noun - 80), by: -1) where tree.lemma(earlier) == lemma {
            guard let verb = tree.head(of: earlier), ReportingVerbs.isReporting(verb, tree) else { continue }
            if let trailing = TrailingAttribution(tree: tree).attribution(of: verb) { return speaker(ofAttribution: trailing.speaker) }
            return speaker(ofVerb: verb)
        }
        return nil
    }

    /// The speaker a closing attribution names ("…, the army said in a statement"), kept within
    /// its words: the parse of such sentences cannot be trusted to bound the phrase.
    func speaker(ofAttribution words: Range<Int>) -> Speaker {
        speaker(ofNominal: TrailingAttribution(tree: tree).head(of: words), within: words)
    }

    /// "according to X", "in the words of X", "by X's account": the cue words and the nominal
    /// naming the source (the head the last cue word attaches to, else the first noun after
    /// the cue; the possessor of the statement noun).
    func sourcePhrase(at token: Int) -> (cue: Range<Int>, source: Int)? {
        let document = tree.document
        if ["in", "by"].contains(word(token)),
            let noun = ((token + 1)..<min(token + 7, document.tokens.count)).first(where: { ReportingVerbs.statementNouns.contains(tree.lemma($0)) }),
            let author = tree.child(of: noun, relation: "nmod:poss"), tree.subtree(of: author).lowerBound == token + 1
        {
            return (token..<(noun + 1), author)
        }
        guard let pattern = Self.sourcePhrases.first(where: { pattern in
            token + pattern.count < document.tokens.count
                && pattern.indices.allSatisfy { word(token + $0) == pattern[$0] }
        }), let sentence = document.sentenceIndex(ofToken: token).map({ document.sentences[$0] })
        else { return nil }
        let cue = token..<(token + pattern.count)
        let nominal = { (candidate: Int) in
            candidate >= cue.upperBound && sentence.contains(candidate) && [.NOUN, .PROPN, .PRON].contains(document.upos[candidate])
        }
        if let head = tree.head(of: cue.upperBound - 1), nominal(head) { return (cue, head) }
        guard let noun = (cue.upperBound..<sentence.upperBound).first(where: nominal) else { return nil }
        var source = noun
        while let head = tree.head(of: source), nominal(head), head > source { source = head }
        return (cue, source)
    }

    /// The outlet a described source came through: the agent of "cited by", "quoted by".
    private func via(in phrase: Range<Int>, besides speaker: Int?) -> Int? {
        for token in phrase where tree.casePreposition(of: token) == "by" {
            let names = [token] + tree.children(of: token, relation: "appos") + tree.children(of: token, relation: "flat")
            if let outlet = names.lazy.compactMap({ owners[$0] }).first(where: { $0 != speaker }) { return outlet }
        }
        return nil
    }

    /// The person mentioned last before `token`: a referent when resolution ran, otherwise the
    /// words of the last person entity.
    private func lastPerson(before token: Int) -> Speaker {
        var low = 0
        var high = people.count
        while low < high {
            let mid = (low + high) / 2
            if people[mid].tokens.upperBound <= token { low = mid + 1 } else { high = mid }
        }
        guard low > 0 else { return Speaker(referent: nil, tokens: token..<(token + 1)) }
        let person = people[low - 1]
        return Speaker(referent: person.referent, tokens: person.referent == nil ? person.tokens : token..<(token + 1))
    }

    /// Named or described mentions of people, ordered by where they end: referents' mentions
    /// when resolution ran, otherwise person entities.
    private static func people(in document: Document) -> [(referent: Int?, tokens: Range<Int>)] {
        var people: [(referent: Int?, tokens: Range<Int>)] = []
        for (index, referent) in document.referents.enumerated() where referent.type == .PER {
            people += referent.mentions.filter { $0.kind != .pronoun }.map { (index, $0.tokens) }
        }
        if people.isEmpty {
            people = document.entities.filter { $0.label == .PER }.map { (nil, $0.tokens) }
        }
        return people.sorted { $0.tokens.upperBound < $1.tokens.upperBound }
    }

    /// "Mali's" in "Mali's Prime Minister Choguel Maiga": a possessor, which a parse may
    /// make the subject, never the speaker when the words it owns follow.
    private func isPossessor(_ token: Int) -> Bool {
        tree.children(of: token, relation: "case").contains { ["'s", "'", "\u{2019}s", "\u{2019}"].contains(word($0)) }
    }

    private func word(_ token: Int) -> String { tree.document.text(of: token).lowercased() }

    private func universal(_ token: Int) -> String { String(tree.document.relations[token].universal) }

    private static let expletives: Set<String> = ["it", "there", "this", "that", "which", "who", "what"]
    /// Modifiers after a name that say where or to whom it spoke, not who it is ("Bolden to
    /// the gathered crowd", "Mu Li, of the University of NSW"); "Governor of Washington" keeps
    /// its "of".
    private static let trailingModifiers: Set<String> = ["nmod", "acl", "obl"]
    private static let sourcePhrases: [[String]] = [["according", "to"], ["in", "the", "words", "of"]]
    private static let relativePronouns: Set<String> = ["who", "which", "that"]
    /// Third-person pronouns only: "I" outside quote marks is the writer or interviewee.
    private static let personalPronouns: Set<String> = ["he", "she", "him", "her"]
}
