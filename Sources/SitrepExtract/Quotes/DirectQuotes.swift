import SitrepText

/// Direct quotes: the scanner's passages mapped onto tokens, each attributed to the
/// reporting verb outside the marks in its own sentences (after the quote first, then
/// before it), to a colon-ended sentence before it ("Kirby told reporters:"), or to the
/// speaker of the quote just before it when it stands alone.
struct DirectQuotes {
    let tree: SyntaxTree
    let speakers: SpeakerFinder

    /// Whether each token lies inside quote marks (the marks included).
    static func quotedTokens(_ groups: [Group], count: Int) -> [Bool] {
        var quoted = [Bool](repeating: false, count: count)
        for group in groups {
            for index in group.marked { quoted[index] = true }
        }
        return quoted
    }

    /// The direct quotes of `groups`, in text order; `reported` (indirect speech, in text
    /// order) lends its speakers to quotes that stand alone after it.
    func find(_ groups: [Group], after reported: [Quote]) -> [Quote] {
        var quotes: [Quote] = []
        var lastReported: Quote?
        var nextReported = 0
        for group in groups {
            let content = group.content
            while nextReported < reported.count, reported[nextReported].content.upperBound <= content.lowerBound {
                lastReported = reported[nextReported]
                nextReported += 1
            }
            let described = describer(of: content)
            let attribution = enclosing(content, in: reported) ?? described ?? attribution(of: content)
            // A word or two quoted as a description ("called the sentence "dangerous"") is no speech.
            let describes = described != nil || attribution.map { Self.describing.contains(tree.lemma($0.cue.lowerBound)) } == true
            if content.count < 4, describes || attribution.map({ distance($0.cue, content) > 4 }) ?? true || isName(content) { continue }
            if let attribution {
                quotes.append(Quote(kind: .direct, content: content, speaker: attribution.speaker, cue: attribution.cue))
            } else if let previous = closer(quotes.last, lastReported), let speaker = speaker(continuing: previous, at: content) {
                quotes.append(Quote(kind: .direct, content: content, speaker: speaker))
            } else if content.count >= 8, !isCitedTitle(group) {
                quotes.append(Quote(kind: .direct, content: content, speaker: Speaker(referent: nil, tokens: nil)))
            }
        }
        return quotes
    }

    /// `Jimmy Chérizier, known as "Barbecue", said …`: a few words quoted after "known as",
    /// "dubbed" or "nicknamed" are a name, not speech (but `condemned it as "a massacre"` is).
    private func isName(_ content: Range<Int>) -> Bool {
        let before = (max(0, content.lowerBound - 3)..<content.lowerBound).map { tree.document.text(of: $0).lowercased() }
        return before.contains { Self.naming.contains($0) } || zip(before, before.dropFirst()).contains { $0 == ("known", "as") }
    }

    static let naming: Set<String> = ["dubbed", "nicknamed", "so-called", "alias", "aka"]

    /// A quote's tokens without its marks, and the tokens from its opening to its closing mark.
    struct Group {
        var content: Range<Int>
        var marked: Range<Int>
    }

    /// The scanner's passages joined across paragraphs, as token ranges.
    static func groups(_ document: Document) -> [Group] {
        let passages = QuoteScanner().passages(in: document.text)
        var groups: [Group] = []
        /// For each passage, the group it went into (none for a passage with no words).
        var groupOfPassage: [Int?] = []
        var cursor = 0
        for passage in passages {
            while cursor < document.tokens.count, document.tokens[cursor].scalars.upperBound <= passage.content.lowerBound { cursor += 1 }
            var end = cursor
            while end < document.tokens.count, document.tokens[end].scalars.lowerBound < passage.content.upperBound { end += 1 }
            let content = trimmedMarks(cursor..<end, document)
            let marked = max(0, cursor - 1)..<min(document.tokens.count, end + (passage.isClosed ? 1 : 0))
            if let continued = passage.continues, let group = groupOfPassage[continued] {
                groups[group].content = groups[group].content.lowerBound..<max(groups[group].content.upperBound, content.upperBound)
                groups[group].marked = groups[group].marked.lowerBound..<max(groups[group].marked.upperBound, marked.upperBound)
                groupOfPassage.append(group)
            } else if !content.isEmpty {
                groups.append(Group(content: content, marked: marked))
                groupOfPassage.append(groups.count - 1)
            } else {
                groupOfPassage.append(nil)
            }
        }
        return groups
    }

    /// Drops quote-mark tokens at either end (a tokenizer may keep marks as tokens).
    private static func trimmedMarks(_ range: Range<Int>, _ document: Document) -> Range<Int> {
        var range = range
        while let first = range.first, markTokens.contains(document.text(of: first)) { range = (first + 1)..<range.upperBound }
        while let last = range.last, markTokens.contains(document.text(of: last)) { range = range.lowerBound..<last }
        return range
    }

    static let markTokens: Set<String> = ["\"", "\u{201C}", "\u{201D}", "\u{00AB}", "\u{00BB}", "\u{201E}", "\u{2018}", "\u{2019}", "``", "''"]

    /// The cue and speaker attributing a quote: a reporting verb or source phrase outside any
    /// quote, in the sentences the quote spans, nearest after it, else nearest before it; else
    /// in a sentence before it that ends with a colon or issues a statement.
    private func attribution(of content: Range<Int>) -> (cue: Range<Int>, speaker: Speaker)? {
        let quoted = speakers.quoted
        let document = tree.document
        guard let first = document.sentenceIndex(ofToken: content.lowerBound),
            let last = document.sentenceIndex(ofToken: content.upperBound - 1)
        else { return nil }
        let frame = document.sentences[first].lowerBound..<document.sentences[last].upperBound
        let after = content.upperBound..<min(frame.upperBound, content.upperBound + Self.reach)
        let before = max(frame.lowerBound, content.lowerBound - Self.reach)..<content.lowerBound
        if let found = after.lazy.compactMap(attribution(at:)).first { return found }
        if let found = before.reversed().lazy.compactMap(attribution(at:)).first { return found }
        guard first > 0 else { return nil }
        let previous = document.sentences[first - 1].suffix(2 * Self.reach)
        let ending = previous.reversed().first { document.upos[$0] != .PUNCT || document.text(of: $0) == ":" }
        if let ending, document.text(of: ending) == ":", let colon = previous.reversed().lazy.compactMap(attribution(at:)).first {
            return colon
        }
        guard let verb = previous.first(where: { !quoted[$0] && issuesStatement($0) }), let speaker = speakers.speaker(ofVerb: verb)
        else { return nil }
        return (verb..<(verb + 1), speaker)
    }

    /// The speaker of the reported speech a quote lies inside: in "the ministry said its forces
    /// had responded to "large-scale provocations"" the quoted words are the ministry's, not
    /// those of the verb beside them.
    private func enclosing(_ content: Range<Int>, in reported: [Quote]) -> (cue: Range<Int>, speaker: Speaker)? {
        guard let outer = reported.first(where: { $0.content.contains(content.lowerBound) && $0.content.upperBound >= content.upperBound }),
              let cue = outer.cue else { return nil }
        return (cue, outer.speaker)
    }

    /// `which state media called "the world's strongest strategic missile"`: words quoted as
    /// what someone called something are that someone's, also when the parser read the verb
    /// as a participle of the noun before it ("media called/VBN …").
    private func describer(of content: Range<Int>) -> (cue: Range<Int>, speaker: Speaker)? {
        guard let phrase = content.first(where: { token in tree.head(of: token).map { !content.contains($0) } ?? false }),
              let verb = tree.head(of: phrase), !speakers.quoted[verb], Self.describing.contains(tree.lemma(verb)),
              ["xcomp", "obj", "ccomp"].contains(String(tree.document.relations[phrase].universal)),
              let speaker = speakers.speaker(ofVerb: verb)
                ?? (tree.relation(of: verb) == "acl" ? tree.head(of: verb).map(speakers.speaker(ofNominal:)) : nil)
        else { return nil }
        return (verb..<(verb + 1), speaker)
    }

    static let describing: Set<String> = ["call", "describe", "label", "brand", "term", "characterize", "characterise"]

    /// How far from a quote its attribution is looked for, in tokens (twice as far in the
    /// sentence before): bounds the work per quote, so a sentence of a thousand quote marks
    /// stays linear.
    private static let reach = 40

    /// A reporting or describing verb and its speaker, or a source phrase ("according to X",
    /// "in the words of X") and its source, at `token` outside quote marks.
    private func attribution(at token: Int) -> (cue: Range<Int>, speaker: Speaker)? {
        guard !speakers.quoted[token] else { return nil }
        if let phrase = speakers.sourcePhrase(at: token) { return (phrase.cue, speakers.speaker(ofNominal: phrase.source)) }
        // "called the sentence …", "described Montalvo as …"; not "call for …", a demand.
        let isDescribing = tree.document.upos[token] == .VERB && Self.describing.contains(tree.lemma(token))
            && (tree.child(of: token, relation: "obj") ?? tree.child(of: token, relation: "xcomp")) != nil
        guard ReportingVerbs.isReporting(token, tree) || isDescribing, let speaker = speakers.speaker(ofVerb: token) else { return nil }
        return (token..<(token + 1), speaker)
    }

    /// `"Document found on street" — The Canadian Press`: a quoted title followed by a dash
    /// and its source, not speech.
    private func isCitedTitle(_ group: Group) -> Bool {
        let next = group.marked.upperBound
        return next < tree.document.tokens.count && ["—", "–", "-", "--"].contains(tree.document.text(of: next))
    }

    /// "issued a statement", "made the remarks": a verb whose object is a statement, which
    /// attributes the quote that follows its sentence.
    private func issuesStatement(_ verb: Int) -> Bool {
        guard tree.document.upos[verb] == .VERB, let object = tree.child(of: verb, relation: "obj") else { return false }
        return ReportingVerbs.statementNouns.contains(tree.lemma(object))
    }

    private func distance(_ cue: Range<Int>, _ content: Range<Int>) -> Int {
        cue.lowerBound >= content.upperBound ? cue.lowerBound - content.upperBound : content.lowerBound - cue.upperBound
    }

    /// Of two earlier quotes, the one ending later.
    private func closer(_ first: Quote?, _ second: Quote?) -> Quote? {
        guard let first, let second else { return first ?? second }
        return first.content.upperBound >= second.content.upperBound ? first : second
    }

    /// The speaker of the quote just before `content`, when it ended at most three sentences
    /// back: a quote standing alone continues the speaker before it.
    private func speaker(continuing previous: Quote, at content: Range<Int>) -> Speaker? {
        let document = tree.document
        guard previous.speaker.tokens != nil, let sentence = document.sentenceIndex(ofToken: content.lowerBound),
            let previousSentence = document.sentenceIndex(ofToken: previous.content.upperBound - 1), sentence - previousSentence <= 3
        else { return nil }
        return previous.speaker
    }
}
