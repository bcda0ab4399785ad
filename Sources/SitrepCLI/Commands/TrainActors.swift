import ArgumentParser
import Foundation
import SitrepKnowledge

/// `sitrep train actors`: rebuild the bundled Phoenix actor dictionary from ../shared/data.
struct TrainActors: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actors",
        abstract: "Convert the Phoenix actor dictionaries into the bundled phoenix.actors.txt.",
        discussion: """
            Reads phoenix/Phoenix.{Countries,International,MilNonState}.actors.txt under the \
            data folder and writes them in sitrep's actor format (see README), which sitrep \
            loads with its own curated additions (sitrep.actors.txt).

            Example:
              sitrep train actors --data ../shared/data
            """)

    @OptionGroup var corpora: TrainingData

    @Option(help: ArgumentHelp("Where to write (default: Sources/SitrepKnowledge/Resources/phoenix.actors.txt of this checkout).", valueName: "path"))
    var out: String?

    func run() async throws {
        let folder = corpora.folder
        let destination = out.map { URL(fileURLWithPath: $0) } ?? URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("SitrepKnowledge/Resources/phoenix.actors.txt")
        let command = "sitrep train actors --data <shared>/data"
        let result: (text: String, actors: Int, problems: [DictionaryProblem])
        do {
            result = try PhoenixConversion.convert(data: folder, command: command)
        } catch {
            throw ValidationError("cannot read the Phoenix dictionaries under \(folder.path): \(error.localizedDescription); pass --data with the shared data folder")
        }
        for problem in result.problems { Terminal.error("warning: \(problem)") }
        try Data(result.text.utf8).write(to: destination, options: .atomic)
        print("wrote \(result.actors) actors to \(destination.path) (\(result.problems.count) lines skipped)")
    }
}
