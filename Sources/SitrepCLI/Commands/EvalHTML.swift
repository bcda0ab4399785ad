import ArgumentParser
import Foundation
import SitrepIngest

/// `sitrep eval html --pages DIR`
struct EvalHTML: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "html",
        abstract: "Measure main-content extraction from news pages against reference bodies.",
        discussion: """
            DIR holds NAME.html beside NAME.expected.txt (sitrep's own fixtures, in \
            Tests/SitrepIngestTests/Fixtures/html), or the public article-extraction benchmark \
            layout: html/ID.html.gz and ground-truth.json with each page's articleBody. \
            Precision and recall are over the words of the body, per page, averaged.

            Example:
              sitrep eval html --pages Tests/SitrepIngestTests/Fixtures/html --json
            """)

    @Option(help: ArgumentHelp("The folder of pages and reference bodies.", valueName: "dir"))
    var pages: String

    @Flag(help: "Print {task, gold, count, metrics} as JSON.")
    var json = false

    func run() async throws {
        let result = try ExtractionEvaluation.run(folder: URL(fileURLWithPath: pages))
        let metrics = ["precision": result.precision * 100, "recall": result.recall * 100, "f1": result.f1 * 100]
        if json {
            print(EvalOutput.json(task: "html", gold: pages, count: result.pages,
                                  metrics: [("f1", metrics["f1"] ?? 0), ("precision", metrics["precision"] ?? 0), ("recall", metrics["recall"] ?? 0)]))
            return
        }
        print("\(result.pages) pages: body F1 \(String(format: "%.2f", metrics["f1"] ?? 0)), precision \(String(format: "%.2f", metrics["precision"] ?? 0)), recall \(String(format: "%.2f", metrics["recall"] ?? 0))")
        for (page, f1) in result.worst where f1 < 0.99 {
            print("  \(page): F1 \(String(format: "%.3f", f1 * 100))")
        }
    }
}
