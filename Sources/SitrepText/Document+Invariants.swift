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
        return problems
    }
}
