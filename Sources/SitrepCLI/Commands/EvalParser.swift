import ArgumentParser
import Foundation
import SitrepModels
import SitrepNLP

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
        guard goldTags else {
            throw ValidationError("predicted tags need the tagger model, which this build does not have; pass --gold-tags")
        }
        let score = parser.evaluate(on: sentences)
        if json {
            let metrics = String(format: "{\"uas\": %.2f, \"las\": %.2f}", score.uas, score.las)
            print("{\"task\": \"parser\", \"gold\": \"\(gold)\", \"count\": \(score.words), \"metrics\": \(metrics)}")
        } else {
            print(String(format: "words %d\nUAS   %.2f\nLAS   %.2f", score.words, score.uas, score.las))
        }
    }
}
