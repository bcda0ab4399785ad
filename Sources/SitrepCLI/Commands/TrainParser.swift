import ArgumentParser
import Foundation
import SitrepModels
import SitrepNLP
import SitrepText

/// `sitrep train parser`: trains the dependency parser on UD EWT + GUM train, stops early on
/// their dev sets, and writes `Models/en/parser.model` with its scores in the header.
struct TrainParser: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parser",
        abstract: "Train the dependency parser on UD English EWT + GUM (the tagger's tags); progress goes to stderr.")

    @OptionGroup var corpora: TrainingData

    @Option(help: "Where to write the model (default: Models/en/parser.model in this checkout).")
    var out: String?

    @Option(help: "Most epochs; training stops earlier when dev LAS stops improving.")
    var epochs = 10

    @Option(help: "Train on the first N sentences only, for quick experiments.")
    var limit: Int?

    @Option(help: "Tagger model whose tags replace the gold ones in training and dev (default: the bundled one).")
    var taggerModel: String?

    @Flag(help: "Train on the treebanks' gold tags and lemmas instead of the tagger's.")
    var goldTags = false

    @Option(help: "Tag the training sentences with taggers trained on this many folds of them (jackknifing: no better on dev for the greedy parser, dev LAS 82.72 against 82.44 with --beam 8); 0 tags them with the bundled tagger.")
    var folds = 0

    @Option(help: "Most passes of each fold's tagger.")
    var foldEpochs = 6

    @Option(help: "Train for beam search of this width (global updates after the first epoch); 1 trains the greedy parser. Dev and test are parsed with the same width.")
    var beam = 1

    func validate() throws {
        guard beam >= 1 else { throw ValidationError("--beam must be at least 1 (1 trains the greedy parser), not \(beam)") }
    }

    func run() throws {
        let trainFiles = ["ud-ewt/train.conllu", "ud-gum/train.conllu"]
        let read = corpora.sentences
        var training = try trainFiles.flatMap(read)
        if let limit { training = Array(training.prefix(limit)) }
        var dev = try read("ud-ewt/dev.conllu") + read("ud-gum/dev.conllu")
        let taggerURL = taggerModel.map { URL(fileURLWithPath: $0) } ?? BundledModels.english.appendingPathComponent(Tagger.fileName)
        let tagger = goldTags ? nil : try Tagger(contentsOf: taggerURL)
        if let tagger {
            // The parser meets the tagger's tags, mistakes included, so it learns on them:
            // with --folds, training sentences get tags from taggers that never saw them.
            let started = Date()
            if folds >= 2 {
                var taggerOptions = TaggerTrainer.Options()
                taggerOptions.iterations = foldEpochs
                training = try TaggerTrainer.jackknifed(training, dev: dev, folds: folds, options: taggerOptions,
                                                        concurrency: ProcessInfo.processInfo.activeProcessorCount,
                                                        progress: { Self.log($0) })
            } else {
                training = try tagger.retagged(training)
            }
            dev = try tagger.retagged(dev)
            Self.log(String(format: "training tags from %@, dev tags and lemmas from %@ (%.0f s)",
                       folds >= 2 ? "\(folds) jackknife folds" : taggerURL.path, taggerURL.path, Date().timeIntervalSince(started)))
        }
        var options = ParserTrainer.Options()
        options.maxEpochs = epochs
        options.beamWidth = beam
        let trainer = ParserTrainer(training: training, options: options)
        Self.log("training on \(training.count) sentences (\(trainer.liftedWords) words lifted to make trees projective), \(trainer.relations.count) relations; dev \(dev.count) sentences")
        let (parser, devScore) = trainer.train(dev: dev, progress: Self.log)

        var scores = ["dev.uas": devScore.uas, "dev.las": devScore.las]
        let ewtTest = try read("ud-ewt/test.conllu")
        let gumTest = try read("ud-gum/test.conllu")
        for (name, sentences) in [("test.ewt", ewtTest), ("test.gum", gumTest),
                                  ("test.gum-news", gumTest.filter { $0.documentID?.hasPrefix("GUM_news_") == true })] {
            var runs = [("", sentences)]
            if let tagger { runs.append((".predicted-tags", try tagger.retagged(sentences))) }
            for (suffix, input) in runs {
                let score = parser.evaluate(on: input)
                scores["\(name)\(suffix).uas"] = score.uas
                scores["\(name)\(suffix).las"] = score.las
                Self.log("\(name) (\(suffix.isEmpty ? "gold tags" : "predicted tags")): "
                    + String(format: "UAS %.2f LAS %.2f over %d words", score.uas, score.las, score.words))
            }
        }
        let url = out.map { URL(fileURLWithPath: $0) } ?? BundledModels.sourceFolder.appendingPathComponent("parser.model")
        let command = (["sitrep"] + CommandLine.arguments.dropFirst()).joined(separator: " ")
        try parser.modelFile(trainedOn: trainFiles, command: command, scores: scores).write(to: url)
        Self.log("wrote \(url.path)")
    }

    private static func log(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
