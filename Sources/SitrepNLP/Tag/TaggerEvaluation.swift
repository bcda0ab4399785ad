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
    /// CPU time spent in `Tagger.process` (one thread), excluding reading the file and
    /// building the document; on a busy machine wall-clock time would mostly measure waiting.
    public var seconds: Double

    /// Tokens tagged and lemmatised per second of CPU time on one core.
    public var tokensPerSecond: Double { seconds > 0 ? Double(count) / seconds : 0 }

    /// The metrics under the names `sitrep eval tagger --json` uses.
    public var metrics: [String: Double] { ["upos": upos, "xpos": xpos, "lemma": lemma] }
}

extension Tagger {
    /// Tags the gold words of `sentences` (gold tokens and sentences, so the tokenizer plays
    /// no part) and compares with the gold tags and lemmas.
    public func evaluate(_ sentences: [CoNLLUSentence]) throws -> TaggerScores {
        var document = Document(sentences: sentences.map { $0.words.map(\.form) })
        let start = threadCPUTime()
        try process(&document)
        let seconds = threadCPUTime() - start
        let gold = sentences.flatMap(\.words).filter { !$0.form.isEmpty }
        var upos = 0, xpos = 0, lemma = 0
        for (index, word) in gold.enumerated() {
            upos += document.upos[index] == word.upos ? 1 : 0
            xpos += document.xpos[index] == word.xpos ? 1 : 0
            lemma += document.lemmas[index] == word.lemma ? 1 : 0
        }
        let percent = { (n: Int) in gold.isEmpty ? 0 : 100 * Double(n) / Double(gold.count) }
        return TaggerScores(
            count: gold.count, upos: percent(upos), xpos: percent(xpos), lemma: percent(lemma), seconds: seconds)
    }

    /// CPU seconds used by the calling thread so far.
    private func threadCPUTime() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
