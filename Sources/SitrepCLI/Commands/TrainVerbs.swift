import ArgumentParser
import Foundation
import SitrepKnowledge

/// `sitrep train verbs`: rebuild the bundled event patterns and CAMEO codebook from ../shared/data.
struct TrainVerbs: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verbs",
        abstract: "Convert the Phoenix CAMEO verb patterns and the CAMEO/PLOVER tables into sitrep's bundled files.",
        discussion: """
            Reads phoenix/CAMEO.verbpatterns.150430.txt and ontology/{cameo_events.csv, \
            CAMEO2PLOVER-2021.txt} under the data folder and writes phoenix.verbs.txt (sitrep's \
            pattern notation) and cameo.events.tsv next to sitrep's own sitrep.events.txt.

            Example:
              sitrep train verbs --data ../shared/data
            """)

    @OptionGroup var corpora: TrainingData

    @Option(help: ArgumentHelp("Folder to write to (default: Sources/SitrepKnowledge/Resources of this checkout).", valueName: "path"))
    var out: String?

    func run() async throws {
        let folder = corpora.folder
        let destination = out.map { URL(fileURLWithPath: $0) } ?? URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("SitrepKnowledge/Resources")
        let output: EventConversion.Output
        do {
            output = try EventConversion.convert(data: folder, command: "sitrep train verbs --data <shared>/data")
        } catch {
            throw ValidationError("cannot read the verb patterns or CAMEO tables under \(folder.path): \(error.localizedDescription); pass --data with the shared data folder")
        }
        for problem in output.problems { Terminal.error("warning: \(problem)") }
        try Data(output.verbs.utf8).write(to: destination.appendingPathComponent("phoenix.verbs.txt"), options: .atomic)
        try Data(output.ontology.utf8).write(to: destination.appendingPathComponent("cameo.events.tsv"), options: .atomic)
        print("wrote \(output.patterns) patterns and the CAMEO codebook to \(destination.path) (\(output.problems.count) lines skipped)")
    }
}
