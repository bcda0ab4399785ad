#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SitrepText

/// How well a tagger did against gold words, and how fast.
public struct TaggerScores: Sendable {
    /// Gold words scored.
    public var count: Int
    /// Accuracies in percent.
    public var upos: Double
    public var xpos: Double
    public var lemma: Double
    /// CPU time spent in `Tagger.process` (one thread, the fastest of the repetitions),
    /// excluding reading the file and building the document; on a busy machine wall-clock
    /// time would mostly measure waiting.
    public var seconds: Double

    /// Tokens tagged and lemmatised per second of CPU time on one core.
    public var tokensPerSecond: Double { seconds > 0 ? Double(count) / seconds : 0 }

    /// The metrics under the names `sitrep eval tagger --json` uses.
    public var metrics: [String: Double] { ["upos": upos, "xpos": xpos, "lemma": lemma] }
}

extension Tagger {
    /// Tags the gold words of `sentences` (gold tokens and sentences, so the tokenizer plays
    /// no part) and compares with the gold tags and lemmas. With `repetitions` above 1 it tags
    /// them that many times and keeps the fastest, which steadies the speed on a busy machine.
    public func evaluate(_ sentences: [CoNLLUSentence], repetitions: Int = 1) throws -> TaggerScores {
        let words = Document(sentences: sentences.map { $0.words.map(\.form) })
        var document = words
        var seconds = Double.infinity
        for _ in 0..<max(1, repetitions) {
            document = words
            let start = threadCPUTime()
            try process(&document)
            seconds = min(seconds, threadCPUTime() - start)
        }
        let gold = goldWords(sentences)
        var upos = 0, xpos = 0, lemma = 0
        for (index, word) in gold.enumerated() {
            upos += document.upos[index] == word.upos ? 1 : 0
            xpos += document.xpos[index] == word.xpos ? 1 : 0
            lemma += Self.lemma(document.lemmas[index], matches: word) ? 1 : 0
        }
        let percent = { (n: Int) in gold.isEmpty ? 0 : 100 * Double(n) / Double(gold.count) }
        return TaggerScores(
            count: gold.count, upos: percent(upos), xpos: percent(xpos), lemma: percent(lemma), seconds: seconds)
    }

    /// The gold words of `sentences` beside the tagger's answers for them, for error listings.
    public func mistakes(_ sentences: [CoNLLUSentence]) throws -> [(gold: CoNLLUWord, upos: UPOS, xpos: String, lemma: String)] {
        var document = Document(sentences: sentences.map { $0.words.map(\.form) })
        try process(&document)
        return goldWords(sentences).enumerated().compactMap { index, word in
            let (upos, xpos, lemma) = (document.upos[index], document.xpos[index], document.lemmas[index])
            return upos == word.upos && xpos == word.xpos && Self.lemma(lemma, matches: word) ? nil : (word, upos, xpos, lemma)
        }
    }

    /// Whether a predicted lemma counts as right: any does for a word without a gold lemma
    /// (`CoNLLUWord.hasLemma`).
    static func lemma(_ predicted: String, matches gold: CoNLLUWord) -> Bool {
        !gold.hasLemma || predicted == gold.lemma
    }

    private func goldWords(_ sentences: [CoNLLUSentence]) -> [CoNLLUWord] {
        sentences.flatMap(\.words).filter { !$0.form.isEmpty }
    }

    /// CPU seconds used by the calling thread so far.
    private func threadCPUTime() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
