import ArgumentParser
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SitrepModels
import SitrepNLP
import SitrepText

/// `sitrep eval tagger`: UPOS, Penn tag and lemma accuracy on a CoNLL-U file, gold tokens.
struct EvalTagger: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tagger",
        abstract: "Measure the tagger and lemmatizer on a CoNLL-U file (gold tokens and sentences).",
        discussion: "Prints upos, xpos and lemma accuracy in percent, and the tagging speed.")

    @Option(help: "A CoNLL-U file with gold tags and lemmas, e.g. ../shared/data/ud-ewt/test.conllu.")
    var gold: String

    @Option(help: "The tagger model to measure (default: the bundled Models/en/tagger.model).")
    var model: String?

    @Flag(help: "Print one JSON object: task, gold, count and metrics.")
    var json = false

    @Flag(help: "Instead of scores, list every word with a wrong tag or lemma (form, gold, predicted), for error analysis on a dev file.")
    var errors = false

    func run() throws {
        let goldURL = URL(fileURLWithPath: gold)
        guard FileManager.default.fileExists(atPath: goldURL.path) else {
            throw ValidationError("no such file: \(gold); pass --gold with a CoNLL-U file")
        }
        let clock = ContinuousClock()
        let loadStart = clock.now
        let loadCPUStart = Self.threadCPUTime()
        let tagger = try Tagger(contentsOf: model.map { URL(fileURLWithPath: $0) }
            ?? BundledModels.english.appendingPathComponent(Tagger.fileName))
        let loadCPU = Self.threadCPUTime() - loadCPUStart
        let loaded = clock.now - loadStart
        if errors {
            for (word, upos, xpos, lemma) in try tagger.mistakes(try CoNLLU.read(goldURL)) {
                print([word.form, word.upos.description, word.xpos, word.lemma, upos.description, xpos, lemma].joined(separator: "\t"))
            }
            return
        }
        let scores = try tagger.evaluate(try CoNLLU.read(goldURL), repetitions: json ? 1 : 5)
        if json {
            print(EvalOutput.json(task: "tagger", gold: gold, count: scores.count,
                                  metrics: scores.metrics.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }))
        } else {
            print("tagger on \(gold): \(scores.count) words")
            print(String(format: "  upos   %6.2f %%", scores.upos))
            print(String(format: "  xpos   %6.2f %%", scores.xpos))
            print(String(format: "  lemma  %6.2f %%", scores.lemma))
            print(String(format: "  speed  %.0f tokens/s per CPU second (tagging and lemmas, one thread, best of 5)", scores.tokensPerSecond))
            print(String(format: "  model  loaded in %.0f ms (%.0f ms CPU)",
                         Double(loaded.components.attoseconds) / 1e15 + Double(loaded.components.seconds) * 1000, loadCPU * 1000))
        }
    }

    /// CPU seconds used by the calling thread so far: on a shared machine, wall-clock time
    /// mostly measures the wait for a core.
    private static func threadCPUTime() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
