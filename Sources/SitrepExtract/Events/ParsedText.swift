import SitrepKnowledge
import SitrepText

/// The parse as the event coder reads it, with what it asks of every token worked out once
/// per document: lowercased forms and lemmas, relations, phrase bounds and the preposition
/// introducing each phrase. Pattern matching asks these thousands of times per sentence.
final class ParsedText {
    let tree: SyntaxTree
    let document: Document
    let children: [[Int]]
    let forms: [String]
    let lemmas: [String]
    let relations: [String]
    /// The universal part of each relation ("obl" for "obl:agent").
    let universals: [String]
    /// Each token's subtree as a token range.
    let subtrees: [Range<Int>]
    /// The case or mark word introducing each token's phrase ("against"), if any.
    let markers: [String?]
    /// Each token's lemma and form as pattern word keys (`EventPattern.Element.key`): a word
    /// whose key is neither is no match, so most comparisons need no string.
    let lemmaKeys: [Int]
    let formKeys: [Int]
    /// Whether each token opens a clause of its own (`Clause.isEmbedded`).
    let opensClause: [Bool]
    /// The speakers of attributions closing a sentence whose verb the parser left without a
    /// subject ("… before gunmen stormed the compound, officials and residents said", with
    /// "officials" hung on "stormed"): never an argument of what they report.
    let attributionSpeakers: Set<Int>

    init(_ document: Document) {
        tree = SyntaxTree(document)
        self.document = document
        children = tree.children
        let count = document.tokens.count
        let heads = document.heads
        forms = (0..<count).map { Self.lowercased(document.text(of: $0)) }
        lemmas = document.lemmas.map(Self.lowercased)
        relations = document.relations.map(\.rawValue)
        universals = relations.map { relation in
            relation.utf8.firstIndex(of: UInt8(ascii: ":")).map { String(relation[..<$0]) } ?? relation
        }
        lemmaKeys = lemmas.map(EventPattern.Element.key)
        formKeys = forms.map(EventPattern.Element.key)
        opensClause = relations.map(Clause.isEmbedded)
        let tree = tree
        let attribution = TrailingAttribution(tree: tree)
        attributionSpeakers = Set(document.tokens.indices.lazy
            .filter { ReportingVerbs.isReporting($0, tree) && tree.child(of: $0, relation: "nsubj") == nil }
            .compactMap { attribution.attribution(of: $0)?.speaker }.joined())
        var low = Array(0..<count)
        var high = Array(0..<count)
        for token in 0..<count {
            var current = token
            var steps = 0
            while heads[current] != current, steps < count {
                current = heads[current]
                low[current] = min(low[current], token)
                high[current] = max(high[current], token)
                steps += 1
            }
        }
        let subtrees = (0..<count).map { low[$0]..<(high[$0] + 1) }
        self.subtrees = subtrees
        let relations = self.relations
        let forms = self.forms
        let children = self.children
        let upos = document.upos
        markers = (0..<count).map { token in
            for child in children[token] where relations[child] == "case" || relations[child] == "mark" || relations[child].hasPrefix("case") {
                return forms[child]
            }
            // The parser may hang the preposition on another word of the phrase ("to Iranian
            // Supreme Leader Ali …" with "to" on "Leader"); the phrase's first word still counts.
            let first = subtrees[token].lowerBound
            guard first < token, relations[first] == "case" || relations[first] == "mark",
                  upos[first] == .ADP || upos[first] == .SCONJ else { return nil }
            return forms[first]
        }
    }

    /// Most words are lowercase ASCII already: those are kept as they are, not rebuilt.
    private static func lowercased(_ word: String) -> String {
        word.utf8.contains { (0x41...0x5A).contains($0) || $0 >= 0x80 } ? word.lowercased() : word
    }

    func head(of token: Int) -> Int? {
        let head = document.heads[token]
        return head == token ? nil : head
    }
    func relation(of token: Int) -> String { relations[token] }
    func lemma(_ token: Int) -> String { lemmas[token] }
    func marker(of token: Int) -> String? { markers[token] }
    func subtree(of token: Int) -> Range<Int> { subtrees[token] }

    /// Children whose relation is `relation`, or whose universal part is when `relation` has
    /// no subtype (`"obl"` matches "obl:agent").
    func children(of token: Int, relation: String) -> [Int] {
        let subtyped = relation.utf8.contains(UInt8(ascii: ":"))
        return children[token].filter { relations[$0] == relation || (!subtyped && universals[$0] == relation) }
    }

    func child(of token: Int, relation: String) -> Int? {
        let subtyped = relation.utf8.contains(UInt8(ascii: ":"))
        return children[token].first { relations[$0] == relation || (!subtyped && universals[$0] == relation) }
    }

    /// The keys (`EventPattern.Element.key`) of every lemma and form of a sentence: a pattern
    /// naming a word outside them cannot match, which rules out most patterns of a verb at once.
    func vocabulary(of sentence: Range<Int>) -> SentenceKeys {
        SentenceKeys(lemmaKeys[sentence] + formKeys[sentence])
    }

    /// The subtree without leading and trailing punctuation.
    func phrase(of token: Int) -> Range<Int> {
        var range = subtrees[token]
        while range.count > 1, document.upos[range.lowerBound] == .PUNCT { range = (range.lowerBound + 1)..<range.upperBound }
        while range.count > 1, document.upos[range.upperBound - 1] == .PUNCT { range = range.lowerBound..<(range.upperBound - 1) }
        return range
    }

    /// Whether a token's lemma or form is one of the pattern's words: the lemma or the form
    /// exactly, or a stem of six letters or more the form starts with (TABARI's "CRITICI").
    /// A phrase ("golden goblin galleons", a synset member) ends at the token, its other
    /// words the forms right before it.
    func matches(_ token: Int, _ element: EventPattern.Element) -> Bool {
        let words = element.words
        guard !words.isEmpty else { return true }
        let lemmaKey = lemmaKeys[token], formKey = formKeys[token]
        return words.indices.contains { index in
            // The key of a phrase is its last word's, the one at the token.
            let key = element.keys[index], word = words[index]
            guard key == lemmaKey || key == formKey else { return false }
            guard element.hasPhrases, word.contains(" ") else { return matchesWord(token, word) }
            let parts = word.split(separator: " ")
            guard token - parts.count + 1 >= 0 else { return false }
            return parts.indices.allSatisfy { index in
                let at = token - (parts.count - 1 - index)
                return index == parts.count - 1 ? matchesWord(at, String(parts[index])) : forms[at] == parts[index]
            }
        }
    }

    /// A pattern word of six letters or more also matches the words it starts ("protest" →
    /// "protests", "protested"), but not the one who does it ("protesters").
    private func matchesWord(_ token: Int, _ word: String) -> Bool {
        guard word != lemmas[token], word != forms[token] else { return true }
        guard word.utf8.count >= 6, forms[token].hasPrefix(word) else { return false }
        return !Self.doerEndings.contains(String(forms[token].dropFirst(word.count)))
    }

    private static let doerEndings: Set<String> = ["er", "ers", "or", "ors"]

    /// The verb's direct objects. An English object follows its verb: one before it is the
    /// parser's slip ("Turkish Foreign Minister X met his counterpart" with "Turkish" as the
    /// object of "met"), and a relative pronoun's antecedent is found through the subject.
    func objects(of verb: Int) -> [Int] {
        children[verb].filter { $0 > verb && relations[$0] == "obj" }
    }

    func object(of verb: Int) -> Int? { objects(of: verb).first }

    /// The verb's subject, active or passive, and whether it is passive.
    /// A subject the parser split in two ("Sudan's paramilitary | Rapid Support Forces
    /// shelled …") is the name the title before it runs into (`SyntaxTree.isTitle`).
    func subject(of token: Int) -> (token: Int, isPassive: Bool)? {
        var found: (token: Int, isPassive: Bool)?
        for child in children[token] {
            let isPassive: Bool
            switch relations[child] {
            case "nsubj", "nsubj:outer": isPassive = false
            case "nsubj:pass": isPassive = true
            default: continue
            }
            if let first = found {
                guard tree.isTitle(first.token, ofSubject: child) else { break }
            }
            found = (child, isPassive)
        }
        return found
    }

    /// Passive voice, with or without a passive subject ("have been deployed").
    /// A passive auxiliary, or a passive subject the perfect does not contradict: "has
    /// appealed" with its subject mislabelled `nsubj:pass` is active. A participle completing
    /// "remain", "stay", "get" or "become" is passive too: "who remains detained", "got arrested".
    func isPassive(_ verb: Int) -> Bool {
        if children[verb].contains(where: { relations[$0] == "aux:pass" }) { return true }
        if document.xpos[verb] == "VBN", relations[verb] == "xcomp", let head = head(of: verb),
           Self.passiveLinks.contains(lemmas[head]) { return true }
        if document.xpos[verb] == "VBN", relations[verb] == "acl", children[verb].contains(where: { relations[$0] == "obl:agent" }) { return true }
        // "its trucks were looted and shot at": a participle joined to a passive, with no subject
        // or auxiliary of its own, is passive too; not one no one undergoes ("… would not be
        // intimidated and vowed to defend …").
        if document.xpos[verb] == "VBN", relations[verb] == "conj", !Self.neverPassive.contains(lemmas[verb]),
           let head = head(of: verb), document.upos[head] == .VERB,
           !children[verb].contains(where: { ["nsubj", "nsubj:pass", "aux", "aux:pass"].contains(relations[$0]) }) {
            return isPassive(head)
        }
        return children[verb].contains { relations[$0] == "nsubj:pass" } && !children[verb].contains { relations[$0] == "aux" && lemmas[$0] == "have" }
    }

    static let passiveLinks: Set<String> = ["remain", "stay", "get", "become"]

    /// Verbs whose participle is never passive: no one is vowed, declined or insisted.
    static let neverPassive: Set<String> = ["vow", "decline", "insist"]

    /// The verb a coordinated verb shares its subject with: the parser's head, unless a verb
    /// of the same form stands closer before it inside the head's phrase ("an attack that
    /// killed X, injured Y and harmed Z", where the parser hung "injured" on the main verb;
    /// "called on both sides to exercise restraint and resolve …", a base form either way).
    func coordinationHead(of verb: Int) -> Int? {
        guard let head = head(of: verb), relations[verb] == "conj" else { return head(of: verb) }
        func form(_ token: Int) -> String { document.xpos[token] == "VBP" ? "VB" : document.xpos[token] }
        let tag = form(verb)
        var candidate = verb - 1
        while candidate > head {
            if document.upos[candidate] == .VERB, form(candidate) == tag, !subtrees[candidate].contains(verb) {
                var ancestor = candidate
                while let up = self.head(of: ancestor), ancestor != head { ancestor = up }
                return ancestor == head ? candidate : head
            }
            candidate -= 1
        }
        return head
    }

    /// The reporting verb a conjunct belongs to when the parser hung it on the report's
    /// content: an active verb on a passive one ("confirmed that a message had been relayed
    /// but declined to …"), or one in the reporting verb's tense on a content verb in another
    /// ("said the war would resume after the pause and vowed to destroy Hamas";
    /// `SyntaxTree.isInReportersTense`).
    func reporter(ofMisplacedConjunct verb: Int) -> Int? {
        guard relations[verb] == "conj", let content = head(of: verb), relations[content] == "ccomp", let reporter = head(of: content) else { return nil }
        let activeOnPassive = isPassive(content) && !isPassive(verb)
        let reportersTense = ModalityReader.reporting.contains(lemma(reporter)) && tree.isInReportersTense(verb, content: content, reporter: reporter)
        return activeOnPassive || reportersTense ? reporter : nil
    }

    /// "Rebels captured the town, a local official said, tightening their grip on …": a
    /// participle the parser hung on an attribution belongs to the clause the attribution
    /// reports; not one that is more of the speaking ("…, the ministry said, citing …"). So
    /// does one it read as a second content ("A bomber blew himself up …, killing 54 people,
    /// officials said").
    func attributedClause(ofParticiple verb: Int) -> Int? {
        guard marker(of: verb) == nil, ["VBG", "VBN"].contains(document.xpos[verb]), subject(of: verb) == nil, !Self.isSpeaking(lemmas[verb]),
              let attribution = head(of: verb), ModalityReader.reporting.contains(lemmas[attribution]), subject(of: attribution) != nil
        else { return nil }
        if relations[verb] == "ccomp" {
            return children[attribution].first { $0 < verb && relations[$0] == "ccomp" && subject(of: $0) != nil && document.upos[$0] == .VERB }
        }
        guard relations[verb] == "advcl", ["parataxis", "conj"].contains(relations[attribution]),
              let content = head(of: attribution), content < verb, document.upos[content] == .VERB else { return nil }
        return content
    }

    /// Whether a verb speaks: one that reports or makes a claim, or another verb of speaking
    /// ("citing", "describing", "condemning"), which a participle after an attribution goes
    /// on doing.
    static func isSpeaking(_ lemma: String) -> Bool {
        ModalityReader.reporting.contains(lemma) || ReportingVerbs.stance(lemma) != nil || speaking.contains(lemma)
    }

    private static let speaking: Set<String> = [
        "cite", "quote", "blame", "call", "describe", "refer", "speak", "point", "praise", "condemn", "criticise", "criticize",
        "express", "appeal", "thank", "welcome",
    ]

    /// "based" in "broad-based": a token written right after a hyphen that touches it.
    func endsHyphenatedWord(_ token: Int) -> Bool {
        let tokens = document.tokens
        guard token > 0, forms[token - 1] == "-" else { return false }
        return tokens[token - 1].utf8.upperBound == tokens[token].utf8.lowerBound
            && (token < 2 || tokens[token - 2].utf8.upperBound == tokens[token - 1].utf8.lowerBound)
    }

    func isCapitalized(_ token: Int) -> Bool {
        document.text(of: token).first?.isUppercase == true
    }
}
