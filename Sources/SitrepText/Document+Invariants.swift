/// The promises every stage keeps, written as code so each stage's tests can check them and
/// the pipeline can check them after each stage in debug builds.
extension Document {
    /// Every broken invariant, as a sentence; empty when the document is consistent.
    public func invariantViolations() -> [String] {
        var problems: [String] = []
        let scalarCount = text.unicodeScalars.count
        var previousEnd = 0
        for (index, token) in tokens.enumerated() {
            if token.scalars.isEmpty || token.utf8.isEmpty {
                problems.append("token \(index) is empty")
            }
            if token.scalars.lowerBound < previousEnd {
                problems.append("token \(index) overlaps or precedes token \(index - 1)")
            }
            if token.scalars.upperBound > scalarCount || token.utf8.upperBound > utf8.count {
                problems.append("token \(index) ends past the text")
            }
            previousEnd = token.scalars.upperBound
        }
        var expectedStart = 0
        for (index, sentence) in sentences.enumerated() {
            if sentence.lowerBound != expectedStart || sentence.isEmpty {
                problems.append("sentence \(index) does not start where sentence \(index - 1) ended, or is empty")
            }
            expectedStart = sentence.upperBound
        }
        if !sentences.isEmpty && expectedStart != tokens.count {
            problems.append("sentences end at token \(expectedStart) of \(tokens.count)")
        }
        for (name, count) in [("upos", upos.count), ("xpos", xpos.count), ("lemmas", lemmas.count),
                              ("heads", heads.count), ("relations", relations.count)]
        where count != 0 && count != tokens.count {
            problems.append("\(name) has \(count) entries for \(tokens.count) tokens")
        }
        if heads.count == tokens.count {
            for (index, head) in heads.enumerated() {
                guard let sentence = sentenceIndex(ofToken: index) else { continue }
                if !sentences[sentence].contains(head) {
                    problems.append("token \(index) has head \(head) outside its sentence")
                }
            }
        }
        var entityEnd = 0
        for (index, entity) in entities.enumerated() {
            if entity.tokens.isEmpty || entity.tokens.lowerBound < entityEnd || entity.tokens.upperBound > tokens.count {
                problems.append("entity \(index) is empty, overlaps the one before, or ends past the tokens")
            }
            entityEnd = entity.tokens.upperBound
        }
        problems += recordViolations()
        return problems
    }
}

extension Document {
    /// Records point at tokens, referents, places, quantities and claims that exist.
    private func recordViolations() -> [String] {
        var problems: [String] = []
        func check(_ range: Range<Int>?, _ what: @autoclosure () -> String) {
            if let range, range.isEmpty || range.upperBound > tokens.count {
                problems.append("\(what()) has tokens \(range) outside the document")
            }
        }
        func check(_ index: Int?, in count: Int, _ what: @autoclosure () -> String) {
            if let index, !(0..<count).contains(index) {
                problems.append("\(what()) points at \(index) of \(count)")
            }
        }
        for (index, referent) in referents.enumerated() {
            for mention in referent.mentions { check(mention.tokens, "referent \(index)'s mention") }
        }
        for (index, place) in places.enumerated() {
            for mention in place.mentions { check(mention, "place \(index)'s mention") }
        }
        for (index, quantity) in quantities.enumerated() { check(quantity.tokens, "quantity \(index)") }
        for (index, event) in events.enumerated() {
            check(event.trigger, "event \(index)'s trigger")
            for argument in [event.source, event.target].compactMap({ $0 }) {
                check(argument.tokens, "event \(index)'s argument")
                check(argument.referent, in: referents.count, "event \(index)'s argument")
            }
            check(event.place, in: places.count, "event \(index)'s place")
            check(event.reportedBy, in: referents.count, "event \(index)'s reporter")
            for quantity in event.quantities { check(quantity, in: quantities.count, "event \(index)'s quantity") }
        }
        let speakers = quotes.map(\.speaker) + claims.map(\.claimant)
        for speaker in speakers {
            check(speaker.tokens, "a speaker")
            check(speaker.referent, in: referents.count, "a speaker")
            check(speaker.via, in: referents.count, "a speaker's outlet")
        }
        for (index, quote) in quotes.enumerated() { check(quote.content, "quote \(index)") }
        for (index, claim) in claims.enumerated() {
            check(claim.content, "claim \(index)")
            check(claim.disputes, in: claims.count, "claim \(index)'s dispute")
            for quote in claim.quotes { check(quote, in: quotes.count, "claim \(index)'s quote") }
        }
        return problems
    }
}
