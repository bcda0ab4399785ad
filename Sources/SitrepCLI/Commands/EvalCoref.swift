import ArgumentParser
import Foundation
import Sitrep
import SitrepNLP
import SitrepText

/// `sitrep eval coref`: link accuracy of actor coreference on GUM's coreference annotation.
struct EvalCoref: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coref",
        abstract: "Measure in-article coreference (names and pronouns) on a CoNLL-U file with GUM's Entity= annotation.",
        discussion: """
            Runs the pipeline after segmentation on the gold words of each document and counts, \
            for each gold mention that is not the first of its cluster, whether sitrep resolved it \
            to a referent that holds an earlier mention of the same cluster: proper names of \
            people, organisations and places, and third-person pronouns of people and \
            organisations. Reports accuracy and the share resolved at all, in percent.

              sitrep eval coref --gold ../shared/data/ud-gum/test.conllu
            """)

    @Option(help: "The gold CoNLL-U file with Entity= brackets in MISC.")
    var gold: String

    @Option(help: "Only documents whose `# newdoc id` starts with this.")
    var documents = "GUM_news_"

    @Flag(help: "List the anaphors linked wrongly, with their gold antecedent and sitrep's choice.")
    var errors = false

    @Flag(help: "Print one JSON object instead of a table.")
    var json = false

    func run() throws {
        let corpus = CoreferenceDocument.documents(try CoNLLU.read(URL(fileURLWithPath: gold)), prefix: documents)
        guard !corpus.isEmpty else { throw ValidationError("\(gold) has no documents starting '\(documents)'") }
        guard corpus.contains(where: { !$0.mentions.isEmpty }) else {
            throw ValidationError("\(gold) carries no coreference (no Entity= in the MISC column)")
        }
        let stages = try Analyzer().pipeline.stages.filter { !$0.provides.contains(.tokens) }
        var score = CoreferenceScore()
        for document in corpus {
            var analysed = Document(sentences: document.sentences)
            for stage in stages { try stage.process(&analysed) }
            score.add(gold: document, predicted: analysed)
        }
        let metrics = score.metrics
        if json {
            print(EvalOutput.json(task: "coref", gold: gold, count: corpus.count, metrics: metrics))
        } else {
            print("\(gold): \(corpus.count) documents starting '\(documents)'")
            print(EvalOutput.table(metrics))
            if errors { print(score.errors.joined(separator: "\n")) }
        }
    }
}
