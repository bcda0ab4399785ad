import ArgumentParser
import Foundation
import SitrepModels
import SitrepNLP
import SitrepText

/// `sitrep eval recognizer`: exact-span P/R/F1 against an IOB2 gold file, counted as
/// `../shared/peers/eval_ner.py` counts them, on the gold file's own tokens, tagged first by the shipped tagger
/// (the tagging is not counted in the speed figure).
struct EvalRecognizer: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recognizer",
        abstract: "Score the named-entity recognizer on an IOB2 file (UNER, GUM-NER, re3d).",
        discussion: """
            Reports micro precision, recall and F1 over PER/ORG/LOC (exact span and type) and \
            F1 per type, in percent. Labels are mapped as documented in IOB2.swift (re3d \
            Person/Organisation/Location/Nationality → PER/ORG/LOC/OTH).
            """)

    @Option(help: "The gold IOB2 file.")
    var gold: String

    @Option(help: "The model to score (default: the bundled recognizer.model).")
    var model: String?

    @Option(name: .customLong("write-pred"), help: "Also write the predictions as IOB2 (for eval_ner.py --pred).")
    var writePrediction: String?

    @Option(help: "The tagger whose tags the recognizer reads (default: the bundled tagger.model).")
    var tagger: String?

    @Flag(help: "Print one JSON object with the metrics.")
    var json = false

    /// CPU time of this thread, so the speed figure holds on a busy machine.
    private static func cpuSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    func run() throws {
        let modelURL = model.map { URL(fileURLWithPath: $0) }
            ?? BundledModels.english.appendingPathComponent(EntityRecognizer.fileName)
        let recognizer = try EntityRecognizer(contentsOf: modelURL)
        let sentences = try IOB2.read(URL(fileURLWithPath: gold))
        let taggerURL = tagger.map { URL(fileURLWithPath: $0) } ?? BundledModels.english.appendingPathComponent(Tagger.fileName)
        let tags = try RecognizerTags.tag(sentences.map(\.tokens), with: try Tagger(contentsOf: taggerURL))
        var score = EntityScore()
        var predictions: [NERSentence] = []
        let started = Self.cpuSeconds()
        for (sentence, tags) in zip(sentences, tags) {
            var predicted = sentence
            predicted.entities = recognizer.recognize(sentence.tokens, tags: tags)
            score.add(gold: sentence.entities, predicted: predicted.entities)
            predictions.append(predicted)
        }
        let seconds = Self.cpuSeconds() - started
        let tokens = sentences.reduce(0) { $0 + $1.tokens.count }
        if let writePrediction {
            try IOB2.format(predictions).write(toFile: writePrediction, atomically: true, encoding: .utf8)
        }
        let metrics = score.metrics
        if json {
            print(EvalOutput.json(task: "recognizer", gold: gold, count: sentences.count,
                                  metrics: metrics.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }))
            return
        }
        print("\(gold): \(sentences.count) sentences, \(tokens) tokens, " + String(format: "%.0f tokens/s of one core's CPU time", Double(tokens) / max(seconds, 1e-9)))
        print("type   gold      P      R     F1")
        for type in [EntityType.PER, .ORG, .LOC, .OTH] {
            let prf = score.prf([type])
            let name = type.rawValue.padding(toLength: 4, withPad: " ", startingAt: 0)
            print(name + String(format: " %6d %6.2f %6.2f %6.2f", score.gold(type), prf.precision, prf.recall, prf.f1))
        }
        let micro = score.prf()
        print(String(format: "micro PER/ORG/LOC  P %.2f  R %.2f  F1 %.2f", micro.precision, micro.recall, micro.f1))
    }
}
