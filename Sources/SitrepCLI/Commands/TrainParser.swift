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

    func run() throws {
        let trainFiles = ["ud-ewt/train.conllu", "ud-gum/train.conllu"]
        let read = corpora.sentences
        var training = try trainFiles.flatMap(read)
        if let limit { training = Array(training.prefix(limit)) }
        var dev = try read("ud-ewt/dev.conllu") + read("ud-gum/dev.conllu")
        let taggerURL = taggerModel.map { URL(fileURLWithPath: $0) } ?? BundledModels.english.appendingPathComponent(Tagger.fileName)
        let tagger = goldTags ? nil : try Tagger(contentsOf: taggerURL)
        if let tagger {
            // The parser meets the tagger's tags, mistakes included, so it learns on them.
            training = try Self.retagged(training, with: tagger)
            dev = try Self.retagged(dev, with: tagger)
            log("tags and lemmas from \(taggerURL.path)")
        }
        var options = ParserTrainer.Options()
        options.maxEpochs = epochs
        let trainer = ParserTrainer(training: training, options: options)
        log("training on \(training.count) sentences (\(trainer.liftedWords) words lifted to make trees projective), \(trainer.relations.count) relations; dev \(dev.count) sentences")
        let (parser, devScore) = trainer.train(dev: dev, progress: log)

        var scores = ["dev.uas": devScore.uas, "dev.las": devScore.las]
        let ewtTest = try read("ud-ewt/test.conllu")
        let gumTest = try read("ud-gum/test.conllu")
        for (name, sentences) in [("test.ewt", ewtTest), ("test.gum", gumTest),
                                  ("test.gum-news", gumTest.filter { $0.documentID?.hasPrefix("GUM_news_") == true })] {
            var runs = [("", sentences)]
            if let tagger { runs.append((".predicted-tags", try Self.retagged(sentences, with: tagger))) }
            for (suffix, input) in runs {
                let score = parser.evaluate(on: input)
                scores["\(name)\(suffix).uas"] = score.uas
                scores["\(name)\(suffix).las"] = score.las
                log("\(name) (\(suffix.isEmpty ? "gold tags" : "predicted tags")): "
                    + String(format: "UAS %.2f LAS %.2f over %d words", score.uas, score.las, score.words))
            }
        }
        let url = out.map { URL(fileURLWithPath: $0) } ?? BundledModels.sourceFolder.appendingPathComponent("parser.model")
        let command = (["sitrep"] + CommandLine.arguments.dropFirst()).joined(separator: " ")
        try parser.modelFile(trainedOn: trainFiles, command: command, scores: scores).write(to: url)
        log("wrote \(url.path)")
    }

    /// The sentences with the tagger's UPOS, Penn tags and lemmas in place of the gold ones.
    static func retagged(_ sentences: [CoNLLUSentence], with tagger: Tagger) throws -> [CoNLLUSentence] {
        var document = Document(sentences: sentences.map { $0.words.map(\.form) })
        try tagger.process(&document)
        guard document.sentences.count == sentences.count else { return sentences }
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

    private func log(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
