import ArgumentParser
import Foundation
import SitrepModels
import SitrepNLP
import SitrepText

/// `sitrep eval parser`: UAS and LAS on a CoNLL-U file with gold tokens, punctuation included
/// (the CoNLL 2018 way), with the file's gold tags (`--gold-tags`) or the tagger's.
struct EvalParser: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parser",
        abstract: "Measure the dependency parser (UAS, LAS) on a CoNLL-U file with gold tokens.")

    @Option(help: "The gold CoNLL-U file.")
    var gold: String

    @Flag(help: "Use the file's gold tags and lemmas instead of the tagger's.")
    var goldTags = false

    @Option(help: "Only documents whose `# newdoc id` starts with this (e.g. GUM_news_).")
    var documents: String?

    @Option(help: "The parser model file (default: the bundled one).")
    var model: String?

    @Option(help: "The tagger model for predicted tags (default: the bundled one).")
    var taggerModel: String?

    @Flag(help: "Print one JSON object instead of a table.")
    var json = false

    func run() throws {
        let url = URL(fileURLWithPath: gold)
        var sentences = try CoNLLU.read(url)
        if let documents { sentences = sentences.filter { $0.documentID?.hasPrefix(documents) == true } }
        guard !sentences.isEmpty else {
            throw ValidationError("\(gold) has no sentences\(documents.map { " in documents starting '\($0)'" } ?? "")")
        }
        let parser = try model.map { try Parser(file: URL(fileURLWithPath: $0)) } ?? Parser(folder: BundledModels.english)
        let clock = ContinuousClock()
        let started = clock.now
        let score = goldTags ? parser.evaluate(on: sentences) : try predictedTagScore(parser, sentences)
        let elapsed = clock.now - started
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        if json {
            print(EvalOutput.json(task: "parser", gold: gold, count: score.words, metrics: [("uas", score.uas), ("las", score.las)]))
        } else {
            print(String(format: "words %d\nUAS   %.2f\nLAS   %.2f", score.words, score.uas, score.las))
            print(String(format: "speed %.0f words/s", Double(score.words) / seconds)
                  + " (\(goldTags ? "parsing" : "tagging and parsing"), one core, wall clock)")
        }
    }

    /// Tags the gold tokens with the tagger, then parses: the figure a user of the pipeline sees.
    private func predictedTagScore(_ parser: Parser, _ sentences: [CoNLLUSentence]) throws -> AttachmentScore {
        let taggerURL = taggerModel.map { URL(fileURLWithPath: $0) } ?? BundledModels.english.appendingPathComponent(Tagger.fileName)
        guard FileManager.default.fileExists(atPath: taggerURL.path) else {
            throw ValidationError("no tagger model at \(taggerURL.path); pass --tagger-model, or --gold-tags to use the file's tags")
        }
        let tagger = try Tagger(contentsOf: taggerURL)
        var document = Document(sentences: sentences.map { $0.words.map(\.form) })
        try tagger.process(&document)
        try parser.process(&document)
        guard document.sentences.count == sentences.count else {
            throw ValidationError("\(gold) has empty words; cannot align its sentences with the tokens")
        }
        var score = AttachmentScore()
        for (gold, range) in zip(sentences, document.sentences) {
            score.add(gold: gold, heads: range.map { document.heads[$0] - range.lowerBound },
                      relations: Array(document.relations[range]))
        }
        return score
    }
}
