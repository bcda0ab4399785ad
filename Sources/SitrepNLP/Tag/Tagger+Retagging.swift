import Foundation
import SitrepText

extension Tagger {
    /// The sentences with this tagger's UPOS, Penn tags and lemmas in place of the gold ones,
    /// so a later stage can learn on (or be measured with) the tags it meets in use. Throws
    /// when a sentence's words do not come back one token each (an empty form), rather than
    /// quietly keeping gold tags.
    public func retagged(_ sentences: [CoNLLUSentence]) throws -> [CoNLLUSentence] {
        var document = Document(sentences: sentences.map { $0.words.map(\.form) })
        try process(&document)
        guard document.sentences.count == sentences.count,
              zip(document.sentences, sentences).allSatisfy({ $0.count == $1.words.count }) else {
            let line = zip(document.sentences, sentences).first { $0.count != $1.words.count }?.1.line ?? 0
            throw CorpusError(file: sentences.first?.id.map { "sentences from \($0)" } ?? "sentences", line: line,
                              problem: "a sentence has an empty word, so its words cannot be matched with tokens to tag")
        }
        var retagged = sentences
        for (s, range) in document.sentences.enumerated() {
            for (w, token) in range.enumerated() {
                retagged[s].words[w].upos = document.upos[token]
                retagged[s].words[w].xpos = document.xpos[token]
                retagged[s].words[w].lemma = document.lemmas[token]
            }
        }
        return retagged
    }
}

extension TaggerTrainer {
    /// Jackknifed tags: the sentences split into `folds` parts, each part tagged by a tagger
    /// trained on the other parts.
    ///
    /// A tagger is nearly always right on its own training sentences (~99%) and wrong on one
    /// word in twenty of new text; a stage trained on the first kind of tags learns to trust
    /// tags it should not. Jackknifing gives it tags as wrong as the ones it will meet.
    /// Sentence i goes to part i mod `folds`, so every part mixes all corpora and genres.
    /// Parts train `concurrency` at a time; the result is the same whatever the concurrency.
    public static func jackknifed(_ sentences: [CoNLLUSentence], dev: [CoNLLUSentence], folds: Int,
                                  options: Options, concurrency: Int,
                                  progress: @escaping @Sendable (String) -> Void) throws -> [CoNLLUSentence] {
        precondition(folds >= 2, "jackknifing needs at least two folds")
        let parts = (0..<folds).map { fold in sentences.indices.filter { $0 % folds == fold } }
        let tagged = Folds(count: folds)
        let next = Folds.Counter()
        DispatchQueue.concurrentPerform(iterations: max(1, min(concurrency, folds))) { _ in
            while let fold = next.take(below: folds) {
                let held = Set(parts[fold])
                let rest = sentences.indices.filter { !held.contains($0) }.map { sentences[$0] }
                tagged.store(fold, Swift.Result {
                    let result = try train(rest, dev: dev, options: options) { progress("fold \(fold + 1)/\(folds): \($0)") }
                    return try result.tagger.retagged(parts[fold].map { sentences[$0] })
                })
            }
        }
        var retagged = sentences
        for fold in 0..<folds {
            for (i, sentence) in zip(parts[fold], try tagged.result(fold).get()) { retagged[i] = sentence }
        }
        return retagged
    }

    /// Results of the folds, filled from several threads.
    private final class Folds: @unchecked Sendable {
        private let lock = NSLock()
        private var results: [Swift.Result<[CoNLLUSentence], any Error>?]

        init(count: Int) { results = Array(repeating: nil, count: count) }

        func store(_ fold: Int, _ result: Swift.Result<[CoNLLUSentence], any Error>) {
            lock.withLock { results[fold] = result }
        }

        func result(_ fold: Int) -> Swift.Result<[CoNLLUSentence], any Error> {
            lock.withLock { results[fold]! }
        }

        /// Hands out fold numbers, each once.
        final class Counter: @unchecked Sendable {
            private let lock = NSLock()
            private var value = 0

            func take(below limit: Int) -> Int? {
                lock.withLock {
                    guard value < limit else { return nil }
                    defer { value += 1 }
                    return value
                }
            }
        }
    }
}
