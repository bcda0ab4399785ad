import SitrepKnowledge
import SitrepText

/// Before resolving, the Resolver mends spans the recognizer cut in the wrong place, where the
/// dictionaries show where the names really run.
extension Resolver {
    /// The document with eight of the recognizer's slips mended:
    /// - a person's span that stops inside a name ("[Turkish Foreign Minister Hakan] Fidan")
    ///   runs on over the capitalised names after it when the dictionary then knows the name
    ///   it ends in;
    /// - a span that runs from the body a title names into the person who holds it ("Ambassador
    ///   to the [United Nations Linda Thomas]") is split into the body and the person;
    /// - a person's span after "in" or "near" that names a place the gazetteer knows and no
    ///   person the dictionary does is that place ("near Gao");
    /// - a span that ran on from a country's name or adjective into a role noun is cut back to
    ///   the country: "Ukrainian counterpart" tagged as one place is "Ukrainian" and the role
    ///   "counterpart", which the nominal rules then code UKRGOV, as they do when the
    ///   recognizer stops at the name ("Indian navy": INDMIL);
    /// - a body's span that stops before "of" or "for" and the rest of its name runs on over
    ///   them when the dictionary then knows the name ("[International Organization] for
    ///   Migration");
    /// - a person's span that starts inside a title ("Secretary of [State Antony Blinken]",
    ///   "Chief of [Staff Herzi Halevi]") starts after it;
    /// - a span the words right before it complete into a name found earlier ("Real Madrid
    ///   beat … Real [Madrid] will face …") is that name again;
    /// - a body named in title case is an organisation (`bodyName`).
    func mendingEntities(of document: Document) -> Document {
        let day = Self.day(of: document)
        func known(_ range: Range<Int>, _ accept: (ActorDictionary.Match) -> Bool) -> Bool {
            actors.lookup(document.text(of: range), on: day).contains { $0.code != nil && accept($0) }
        }
        var spans: [Span<EntityType>] = []
        var next = 0
        while next < document.entities.count {
            let span = document.entities[next]
            next += 1
            if let earlier = earlierName(endingWith: span, among: spans, in: document) {
                spans.append(Span(tokens: span.tokens.upperBound - earlier.tokens.count..<span.tokens.upperBound, label: earlier.label))
                continue
            }
            if let body = bodyName(of: span, in: document) {
                spans.append(Span(tokens: body, label: .ORG))
                continue
            }
            if span.label == .PER, let start = nameStart(afterTitleEndingIn: span, in: document) {
                spans.append(Span(tokens: start..<span.tokens.upperBound, label: .PER))
                continue
            }
            if span.label != .PER, let end = bodyNameEnd(after: span, in: document, known: { known($0) { _ in true } }) {
                while next < document.entities.count, document.entities[next].tokens.lowerBound < end { next += 1 }
                spans.append(Span(tokens: span.tokens.lowerBound..<end, label: span.label))
                continue
            }
            if span.label == .PER, let end = personNameEnd(after: span, in: document, known: { known($0) { _ in true } }) {
                while next < document.entities.count, document.entities[next].tokens.lowerBound < end { next += 1 }
                spans.append(Span(tokens: span.tokens.lowerBound..<end, label: .PER))
                continue
            }
            if let (body, holder) = titledBody(of: span, in: document, known: { known($0) { _ in true } }) {
                while next < document.entities.count, document.entities[next].tokens.lowerBound < holder.upperBound { next += 1 }
                spans.append(Span(tokens: body, label: known(body) { self.country(of: $0.code) == $0.code } ? .LOC : .ORG))
                spans.append(Span(tokens: holder, label: .PER))
                continue
            }
            if span.label == .PER, span.tokens.lowerBound > 0, ["in", "near"].contains(document.text(of: span.tokens.lowerBound - 1).lowercased()),
               !places.lookup(document.text(of: span.tokens)).isEmpty, !known(span.tokens, { $0.actor.type == .PER }) {
                spans.append(Span(tokens: span.tokens, label: .LOC))
                continue
            }
            var end = span.tokens.upperBound
            while end > span.tokens.lowerBound + 1, isRoleNoun(end - 1, in: document) { end -= 1 }
            let isCountry = end < span.tokens.upperBound && known(span.tokens.lowerBound..<end) { self.country(of: $0.code) == $0.code }
            spans.append(isCountry ? Span(tokens: span.tokens.lowerBound..<end, label: .LOC) : span)
        }
        guard spans != document.entities else { return document }
        var mended = document
        mended.setEntities(spans)
        return mended
    }

    /// The words of a body named in title case that the recognizer read as a person, place or
    /// other: "Ministry of [Defence]" (the body noun and "of" before the span), "[Kenyan
    /// Ministry of Interior]" (inside it), "[Foreign Ministry]" (ending it). Its agent then
    /// codes it ("Somalia's Ministry of Defence" → SOMMIL), where as a person it had been
    /// someone called "Defence".
    private func bodyName(of span: Span<EntityType>, in document: Document) -> Range<Int>? {
        guard span.label != .ORG else { return nil }
        func isBody(_ token: Int) -> Bool {
            token >= 0 && isCapitalisedWord(token, in: document) && Self.bodyNouns.contains(document.lemmas[token].lowercased())
        }
        func isOf(_ token: Int) -> Bool { token >= 0 && document.text(of: token).lowercased() == "of" }
        let start = span.tokens.lowerBound
        // The "of" opening the span or right before it, perhaps with "the" after it.
        let article = start > 0 && document.text(of: start - 1).lowercased() == "the" ? 1 : 0
        if let of = [start, start - 1 - article].first(where: isOf), isBody(of - 1) {
            return (of - 1)..<span.tokens.upperBound
        }
        let inside = span.tokens.dropLast().contains { isBody($0) && isOf($0 + 1) }
        return inside || span.tokens.last.map(isBody) == true ? span.tokens : nil
    }

    /// Nouns that head the title-case name of an institution ("Ministry of Defence", "Interior
    /// Ministry", "National Security Council").
    static let bodyNouns: Set<String> = [
        "ministry", "department", "office", "agency", "bureau", "directorate", "council", "commission", "committee",
        "court", "parliament", "assembly", "authority", "government", "service", "bank", "university", "party",
    ]

    /// Where a person's span should end when the capitalised names right after it (free, or
    /// a person's span) complete a name the dictionary knows; nil when none do.
    private func personNameEnd(after span: Span<EntityType>, in document: Document, known: (Range<Int>) -> Bool) -> Int? {
        let end = nameRunEnd(from: span.tokens.upperBound, count: 3, in: document) { token in
            !document.entities.contains { $0.tokens.contains(token) && $0.label != .PER }
        }
        for candidate in stride(from: end, to: span.tokens.upperBound, by: -1) {
            if span.tokens.contains(where: { known($0..<candidate) }) { return candidate }
        }
        return nil
    }

    /// Where a body's span should end when "of" or "for" and the capitalised names after it
    /// complete a name the dictionary knows: "[International Organization] for Migration".
    private func bodyNameEnd(after span: Span<EntityType>, in document: Document, known: (Range<Int>) -> Bool) -> Int? {
        let start = span.tokens.upperBound
        guard start + 1 < document.tokens.count, ["of", "for"].contains(document.text(of: start)) else { return nil }
        let end = nameRunEnd(from: start + 1, count: 4, in: document) { _ in true }
        for candidate in stride(from: end, to: start + 1, by: -1) where known(span.tokens.lowerBound..<candidate) {
            return candidate
        }
        return nil
    }

    /// The earlier span that the one or two free words right before `span` and `span` spell.
    private func earlierName(endingWith span: Span<EntityType>, among earlier: [Span<EntityType>], in document: Document) -> Span<EntityType>? {
        let end = span.tokens.upperBound
        for extra in 1...2 {
            let start = span.tokens.lowerBound - extra
            guard start >= (earlier.last?.tokens.upperBound ?? 0) else { return nil }
            let text = document.text(of: start..<end)
            if let found = earlier.first(where: { $0.tokens.count == end - start && document.text(of: $0.tokens) == text }) { return found }
        }
        return nil
    }

    /// Where the name starts when a title that begins before the span ends inside it, leaving
    /// a name after it: "Secretary of State" in "Secretary of [State Antony Blinken]".
    private func nameStart(afterTitleEndingIn span: Span<EntityType>, in document: Document) -> Int? {
        let start = span.tokens.lowerBound
        guard start > 0 else { return nil }
        let sentence = document.sentences.first { $0.contains(start) } ?? start..<span.tokens.upperBound
        let words = sentence.lowerBound..<span.tokens.upperBound
        let lowered = words.map { document.text(of: $0).lowercased() }
        for end in stride(from: span.tokens.upperBound - 2, through: start, by: -1) {
            if let (_, agentStart) = agents.longestMatch(in: lowered, endingAt: end - words.lowerBound),
               agentStart + words.lowerBound < start {
                return end + 1
            }
        }
        return nil
    }

    /// The body a title names and the name of whoever holds the title, when a title ending in
    /// "to", "for" or "at" stands right before the span ("ambassador to the", "envoy to"): the
    /// span opens with a known name, and the capitalised names after it, inside the span or
    /// right after it in no other span, are the holder's.
    private func titledBody(of span: Span<EntityType>, in document: Document, known: (Range<Int>) -> Bool)
        -> (body: Range<Int>, holder: Range<Int>)? {
        let start = span.tokens.lowerBound
        var before = start - 1
        if before >= 0, document.text(of: before).lowercased() == "the" { before -= 1 }
        guard before >= 1, ["to", "for", "at"].contains(document.text(of: before).lowercased()),
              agents.agent(word: document.text(of: before - 1).lowercased()) != nil,
              let end = stride(from: span.tokens.upperBound, to: start, by: -1).first(where: { known(start..<$0) }) else { return nil }
        let holderEnd = nameRunEnd(from: end, count: 4, in: document) { token in
            span.tokens.contains(token) || !document.entities.contains { $0.tokens.contains(token) }
        }
        guard holderEnd > end, holderEnd >= span.tokens.upperBound else { return nil }
        return (start..<end, end..<holderEnd)
    }

    /// The end of the run of at most `count` capitalised proper nouns from `start` (which
    /// follows a token of the same sentence) that `free` accepts.
    private func nameRunEnd(from start: Int, count: Int, in document: Document, where free: (Int) -> Bool) -> Int {
        let sentenceEnd = document.sentences.first { $0.contains(start - 1) }?.upperBound ?? document.tokens.count
        var end = start
        while end < min(sentenceEnd, start + count), isCapitalisedName(end, in: document), free(end) { end += 1 }
        return end
    }

    /// A proper noun written with a capital.
    private func isCapitalisedName(_ token: Int, in document: Document) -> Bool {
        document.upos[token] == .PROPN && isCapitalisedWord(token, in: document)
    }

    private func isCapitalisedWord(_ token: Int, in document: Document) -> Bool {
        document.text(of: token).unicodeScalars.first?.properties.isUppercase == true
    }

    /// A common noun in lower case that names a role: "counterpart", "navy", "troops".
    private func isRoleNoun(_ token: Int, in document: Document) -> Bool {
        guard document.upos[token] == .NOUN, let first = document.text(of: token).unicodeScalars.first,
              first.properties.isLowercase else { return false }
        let word = document.text(of: token).lowercased()
        return agents.agent(word: word) != nil || agents.agent(word: document.lemmas[token].lowercased()) != nil
    }
}
