import ArgumentParser
import Foundation
import SitrepModels
import SitrepNLP

/// `sitrep train tagger`: rebuilds Models/en/tagger.model from UD English EWT and GUM.
struct TrainTagger: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tagger",
        abstract: "Train the part-of-speech tagger and lemmatizer on UD English EWT + GUM.",
        discussion: """
            Trains on ud-ewt/train.conllu and ud-gum/train.conllu, stops early on their dev \
            files, then scores both test files and records everything in the model header. \
            Progress goes to standard error, one line per pass.
            """)

    @OptionGroup var corpora: TrainingData

    @Option(help: "Where to write the model (default: Models/en/tagger.model in this checkout).")
    var out: String?

    @Option(help: "Most passes over the training data; training stops earlier when dev stops improving.")
    var iterations: Int?

    @Option(help: "Perceptrons to train, each on its own shuffle of the data, and average into one (default: 1).")
    var runs: Int?

    @Option(help: "The seed of the shuffles; another seed shows how much a score owes to the order of the sentences.")
    var seed: UInt64 = TaggerTrainer.Options().seed

    func run() throws {
        let read = corpora.sentences
        let trainFiles = ["ud-ewt/train.conllu", "ud-gum/train.conllu"]
        let devFiles = ["ud-ewt/dev.conllu", "ud-gum/dev.conllu"]
        let train = try trainFiles.flatMap(read)
        let dev = try devFiles.flatMap(read)
        var options = TaggerTrainer.Options()
        if let iterations { options.iterations = iterations }
        if let runs { options.runs = runs }
        options.seed = seed
        let result = try TaggerTrainer.train(train, dev: dev, options: options) { line in
            FileHandle.standardError.write(Data((line + "\n").utf8))
        }
        var scores = result.scores
        for (name, file) in [("ewt-test", "ud-ewt/test.conllu"), ("gum-test", "ud-gum/test.conllu")] {
            for (metric, value) in try result.tagger.evaluate(try read(file)).metrics {
                scores["\(name).\(metric)"] = (value * 100).rounded() / 100
            }
        }
        for (metric, value) in scores { scores[metric] = (value * 100).rounded() / 100 }
        let header = ModelHeader(
            kind: "tagger", featureVersion: 0, labels: [:], trainedOn: trainFiles + devFiles.map { $0 + " (early stopping)" },
            command: (["sitrep"] + CommandLine.arguments.dropFirst()).joined(separator: " "), scores: scores)
        let url = out.map { URL(fileURLWithPath: $0) }
            ?? BundledModels.sourceFolder.appendingPathComponent(Tagger.fileName)
        try result.modelFile(header: header).write(to: url)
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
        print("wrote \(url.path) (\(String(format: "%.1f", Double(size) / 1_048_576)) MB)")
        for (metric, value) in scores.sorted(by: { $0.key < $1.key }) {
            print("  \(metric) \(String(format: "%.2f", value))")
        }
    }
}
