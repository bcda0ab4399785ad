import SitrepText

/// Reported speech: a reporting verb and its content clause from the parse ("Kirby
/// confirmed that a message had been relayed"), a clause the verb follows ("…, the White
/// House announced"), and source phrases ("according to X", "by X's account").
struct IndirectQuotes {
    let tree: SyntaxTree
    let speakers: SpeakerFinder

    /// Indirect quotes in text order, leaving out speech reported inside other reported
    /// speech (looked for among the neighbouring reports, which keeps it linear), a verb's
    /// content that is a direct quote (`said, "…"`), and a source phrase whose sentence is
    /// mostly a direct quote (which the phrase then attributes).
    func find() -> [Quote] {
        let document = tree.document
        let quoted = speakers.quoted
        var quotes: [Quote] = []
        for token in document.tokens.indices where !quoted[token] {
            if let quote = sourced(at: token), quote.content.filter({ quoted[$0] }).count * 2 <= quote.content.count {
                quotes.append(quote)
            } else if let quote = reported(by: token), !(quoted[quote.content.lowerBound] && quoted[quote.content.upperBound - 1]) {
                quotes.append(quote)
            }
        }
        return quotes.indices.filter { index in
            let quote = quotes[index]
            let cue = quote.cue?.lowerBound ?? quote.content.lowerBound
            let neighbours = quotes[max(0, index - 8)..<min(quotes.count, index + 8)]
            return !neighbours.contains { $0 != quote && $0.content.contains(cue) && $0.content.count > quote.content.count }
        }.map { quotes[$0] }
    }

    /// A reporting verb with its content: the clausal complement, or the clause it is
    /// appended to when it comes last ("…, the White House announced on Thursday").
    private func reported(by verb: Int) -> Quote? {
        guard ReportingVerbs.isReporting(verb, tree) else { return nil }
        let content: Range<Int>
        var speaker = speakers.speaker(ofVerb: verb)
        let trailing = TrailingAttribution(tree: tree).attribution(of: verb)
        // "…, officials and residents said" with "officials" hung on the clause before: when
        // the parse gives the verb no subject, the surface shape names speaker and content.
        let surfaceFirst = trailing != nil && tree.child(of: verb, relation: "nsubj") == nil
        if !surfaceFirst, let clause = contentClause(of: verb) {
            // "did not say whether it would retaliate": a question left open is no one's claim.
            guard !asksQuestion(clause, verb: verb) else { return nil }
            var words = tree.subtree(of: clause)
            if tree.child(of: clause, relation: "nsubj") == nil, let subject = tree.objectBefore(content: clause, of: verb) {
                words = tree.subtree(of: subject).lowerBound..<words.upperBound
            }
            content = withoutReportersConjunct(withoutComplementizer(trimmedPunctuation(words)), clause: clause, verb: verb)
        } else if !surfaceFirst, let clause = precedingClause(of: verb) {
            content = clause
        } else if let trailing {
            content = trailing.content
            speaker = speakers.speaker(ofAttribution: trailing.speaker)
        } else if let accusation = accusation(of: verb) {
            content = accusation
        } else if let clause = clauseAfterThat(verb) {
            content = clause
        } else {
            return nil
        }
        guard content.count >= 3, let speaker, speaker.tokens.map({ !$0.overlaps(content) }) ?? true else { return nil }
        return Quote(kind: .indirect, content: content, speaker: speaker, cue: verb..<(verb + 1))
    }

    /// The verb's clausal complement, or a clause after it opened by "that" that the parse
    /// attached otherwise ("revealed that … troops have been deployed" read as a conjunct).
    private func contentClause(of verb: Int) -> Int? {
        let document = tree.document
        // "Norway-based Iran Human Rights said Iran had executed …" with "based" a clause of its
        // own: what follows the verb is what it says.
        let clauses = tree.children(of: verb, relation: "ccomp").filter { isClause($0) && !isAdverbial($0, of: verb) }
        if let clause = clauses.first(where: { $0 > verb }) ?? clauses.first {
            // "said in a statement read on state television that …" with the participle taken
            // for what was said: what was said is the "that" clause inside it.
            if tree.children(of: clause, relation: "obl").contains(where: { $0 < clause && isSaidIn($0) }),
               let inner = tree.subtree(of: clause).first(where: { $0 > clause && tree.relation(of: $0) == "ccomp" && opensWithThat($0) }) {
                return inner
            }
            return clause
        }
        // "said in a statement that 15 people had been killed", parsed as a relative clause of
        // "statement"; "said in a video posted on social media that …", hung on the participle
        // (where "that" must open the clause, not stand for the video).
        for noun in tree.children(of: verb, relation: "obl") {
            let isStatement = ReportingVerbs.statementNouns.contains(tree.lemma(noun))
            guard isSaidIn(noun) else { continue }
            if let clause = tree.subtree(of: noun).first(where: { child in
                let start = tree.subtree(of: child).lowerBound
                return child > noun && ["acl", "acl:relcl", "ccomp"].contains(tree.relation(of: child))
                    && document.text(of: start).lowercased() == "that" && (isStatement || tree.relation(of: start) == "mark")
            }) { return clause }
        }
        return tree.children[verb].first { $0 > verb && tree.subtree(of: $0).lowerBound > verb && opensWithThat($0) }
    }

    /// What words are said in: a statement, or a channel ("a video", "an interview").
    private func isSaidIn(_ noun: Int) -> Bool {
        ReportingVerbs.statementNouns.contains(tree.lemma(noun)) || ReportingVerbs.channelNouns.contains(tree.lemma(noun))
    }

    /// Whether a clause begins with "that" as its complementizer.
    private func opensWithThat(_ clause: Int) -> Bool {
        let start = tree.subtree(of: clause).lowerBound
        return tree.document.text(of: start).lowercased() == "that" && tree.relation(of: start) == "mark"
    }

    /// Whether a complement the parse gave a reporting verb is a clause: a verb, or a word
    /// with a subject or copula ("said he was a spy"). "…, the air force said Tuesday, in one
    /// of the largest attacks in weeks" hangs a prepositional phrase there, which says nothing.
    private func isClause(_ head: Int) -> Bool {
        [.VERB, .AUX].contains(tree.document.upos[head])
            || tree.children[head].contains { ["nsubj", "nsubj:pass", "cop", "expl", "csubj"].contains(tree.relation(of: $0)) }
    }

    /// Words that open a clause of time, cause or contrast, which says when or why, never what
    /// was said: "…, the military said on Wednesday, as peace talks stalled" (parsed as the
    /// content of "said").
    static let adverbialOpeners: Set<String> = [
        "as", "while", "because", "after", "before", "when", "although", "though", "since", "until", "unless", "once", "amid",
    ]

    /// After "said that" a clause is the content, whatever opens it ("said that, as the parents
    /// came from India, they …").
    /// Also when a measure of time comes first: "…, the ministry said, a day after the
    /// president returned" is marked by "after".
    private func isAdverbial(_ clause: Int, of verb: Int) -> Bool {
        let document = tree.document
        guard verb + 1 >= document.tokens.count || document.text(of: verb + 1).lowercased() != "that" else { return false }
        return Self.adverbialOpeners.contains(document.text(of: tree.phrase(of: clause).lowerBound).lowercased())
            || tree.children(of: clause, relation: "mark").contains { Self.adverbialOpeners.contains(document.text(of: $0).lowercased()) }
    }

    /// "accused the governor of rigging the vote": the accused and what they are accused of
    /// (hung from the verb or from the accused), a claim a later denial answers.
    private func accusation(of verb: Int) -> Range<Int>? {
        guard ["accuse", "charge"].contains(tree.lemma(verb)), let accused = tree.child(of: verb, relation: "obj"),
            let charge = (tree.children[verb] + tree.children[accused]).first(where: { child in
                child > accused && ["of", "with"].contains(tree.document.text(of: tree.subtree(of: child).lowerBound).lowercased())
            })
        else { return nil }
        return tree.phrase(of: accused).lowerBound..<max(tree.phrase(of: accused).upperBound, tree.subtree(of: charge).upperBound)
    }

    /// "states that few if any …" parsed without a clause: the rest of the sentence after a
    /// "that" right after the verb.
    private func clauseAfterThat(_ verb: Int) -> Range<Int>? {
        let document = tree.document
        guard verb + 2 < document.tokens.count, document.text(of: verb + 1).lowercased() == "that",
            document.upos[verb + 1] == .SCONJ, let sentence = document.sentenceIndex(ofToken: verb).map({ document.sentences[$0] })
        else { return nil }
        return trimmedPunctuation((verb + 2)..<sentence.upperBound)
    }

    /// "X, the White House announced": the verb hangs from the clause before it (parataxis)
    /// or the clause hangs from the verb as its first part; the content is the sentence up to
    /// the comma before the attribution.
    private func precedingClause(of verb: Int) -> Range<Int>? {
        let document = tree.document
        guard let sentence = document.sentenceIndex(ofToken: verb).map({ document.sentences[$0] }),
            let subject = tree.child(of: verb, relation: "nsubj"), subject < verb
        else { return nil }
        let attribution = tree.phrase(of: subject).lowerBound
        // Also a conjunct joined by the comma alone that says nothing after the verb but to whom,
        // when or why: "Drones struck a base, the military said on Wednesday, as talks stalled",
        // "…, an officer told The Associated Press".
        let isAppended = tree.relation(of: verb) == "parataxis"
            || tree.children(of: verb, relation: "parataxis").contains { $0 < attribution }
            || (tree.relation(of: verb) == "conj" && tree.head(of: verb).map { $0 < attribution } == true
                && tree.child(of: verb, relation: "cc") == nil && tree.children[verb].allSatisfy { child in
                    child < verb || ["obl", "obl:tmod", "advmod", "punct", "advcl", "iobj", "obj"].contains(tree.relation(of: child))
                        || (tree.relation(of: child) == "ccomp" && isAdverbial(child, of: verb))
                })
        guard isAppended, attribution > sentence.lowerBound, document.text(of: attribution - 1) == "," else { return nil }
        return trimmedPunctuation(sentence.lowerBound..<(attribution - 1))
    }

    /// "according to the Pentagon": the speaker is the nominal after it; the content is the
    /// rest of its sentence, on the side the phrase does not stand.
    private func sourced(at token: Int) -> Quote? {
        let document = tree.document
        guard let phrase = speakers.sourcePhrase(at: token),
            let sentence = document.sentenceIndex(ofToken: token).map({ document.sentences[$0] })
        else { return nil }
        let source = tree.phrase(of: phrase.source)
        // "…, which Georgian Dream won with 54% of the vote according to the Central Election
        // Commission": a phrase after a relative word sources that clause alone ("…, where more
        // than 44,000 Palestinians have been killed, according to the Gaza Health Ministry").
        let opening = document.relativeOpening(before: token, in: sentence)
        let before = opening.map { ($0 + 1)..<token } ?? sentence.lowerBound..<token
        let afterSource = min(max(source.upperBound, phrase.cue.upperBound), sentence.upperBound)
        // The relative clause ends at its comma: "Mondlane, who came second according to official
        // results, says …" sources no more than "who came second".
        let end = opening == nil ? nil : (afterSource..<sentence.upperBound).first { document.text(of: $0) == "," }
        let after = afterSource..<(end ?? sentence.upperBound)
        let content = trimmedPunctuation(before.count >= after.count ? before : after)
        guard content.count >= 3 else { return nil }
        return Quote(kind: .indirect, content: content, speaker: speakers.speaker(ofNominal: phrase.source), cue: phrase.cue)
    }

    /// "confirmed that a message had been relayed but declined to …": a subjectless conjunct
    /// the parse hung on the content clause but whose tense is the reporting verb's, not the
    /// clause's, belongs to the reporter; the content stops before it.
    private func withoutReportersConjunct(_ content: Range<Int>, clause: Int, verb: Int) -> Range<Int> {
        guard let conjunct = tree.children(of: clause, relation: "conj").first(where: { conjunct in
                conjunct > clause && tree.isInReportersTense(conjunct, content: clause, reporter: verb) && tree.child(of: conjunct, relation: "nsubj") == nil
            })
        else { return content }
        return trimmedPunctuation(content.lowerBound..<tree.subtree(of: conjunct).lowerBound)
    }

    /// Whether a content clause asks rather than tells: opened by "whether", or by "if" after
    /// a negated verb ("would not say if …").
    private func asksQuestion(_ clause: Int, verb: Int) -> Bool {
        let first = tree.document.text(of: tree.subtree(of: clause).lowerBound).lowercased()
        return first == "whether"
            || (first == "if" && tree.children(of: verb, relation: "advmod").contains { ["not", "n't", "never"].contains(tree.lemma($0)) })
    }

    private func withoutComplementizer(_ range: Range<Int>) -> Range<Int> {
        guard let first = range.first, range.count > 1, ["that", "whether", "if"].contains(tree.document.text(of: first).lowercased()),
            ["mark", "obj"].contains(tree.relation(of: first))
        else { return range }
        return (first + 1)..<range.upperBound
    }

    /// The range without punctuation at either end, save a quote mark that pairs with one
    /// inside (`the plan was "dead on arrival"`).
    private func trimmedPunctuation(_ range: Range<Int>) -> Range<Int> {
        let document = tree.document
        func isMark(_ token: Int) -> Bool { DirectQuotes.markTokens.contains(document.text(of: token)) }
        var range = range
        // Marks left in the range, counted once: a mark pairs when an odd number of others remain.
        var marks = range.filter(isMark).count
        while let first = range.first, document.upos[first] == .PUNCT {
            if isMark(first) {
                if (marks - 1) % 2 == 1 { break }
                marks -= 1
            }
            range = (first + 1)..<range.upperBound
        }
        while let last = range.last, document.upos[last] == .PUNCT {
            if isMark(last) {
                if (marks - 1) % 2 == 1 { break }
                marks -= 1
            }
            range = range.lowerBound..<last
        }
        return range
    }
}
