import ArgumentParser
import Foundation
import Sitrep
import SitrepKnowledge

/// `--actors FILE --agents FILE --verbs FILE`: users' own dictionaries on top of the bundled
/// ones, for every command that analyses articles. Files in the store's dictionaries folder
/// (`dictionaries/` beside the database: `*.actors.txt`, `*.agents.txt`, `*.verbs.txt`) are
/// loaded too, so analysts extend sitrep without rebuilding or repeating options.
struct DictionaryOptions: ParsableArguments {
    @Option(name: .customLong("actors"), help: ArgumentHelp(
        "An actor dictionary to add to the bundled ones (sitrep's or PETRARCH's format; repeatable).", valueName: "file"))
    var actorFiles: [String] = []

    @Option(name: .customLong("agents"), help: ArgumentHelp("An agents dictionary (PETRARCH format) to add (repeatable).", valueName: "file"))
    var agentFiles: [String] = []

    @OptionGroup var verbs: VerbOptions

    /// The folder of dictionaries the store at `databasePath` knows.
    static func folder(forDatabase databasePath: String) -> URL {
        URL(fileURLWithPath: databasePath).deletingLastPathComponent().appendingPathComponent("dictionaries")
    }

    /// The bundled analyzer, or one whose resolver and event coder also read the given files
    /// and those of `folder`; lines that cannot be read are reported as warnings naming file
    /// and line, and the rest loads.
    func analyzer(folder: URL?) throws -> Analyzer {
        let stored = folder.map(Self.files) ?? []
        let actorFiles = stored.filter { $0.hasSuffix(".actors.txt") } + self.actorFiles
        let agentFiles = stored.filter { $0.hasSuffix(".agents.txt") } + self.agentFiles
        let verbFiles = stored.filter { $0.hasSuffix(".verbs.txt") }
        guard !actorFiles.isEmpty || !agentFiles.isEmpty || !verbFiles.isEmpty || verbs.verbs != nil else {
            return try Analyzer()
        }
        var actors = try ActorDictionary.bundled()
        var agents = try AgentDictionary.bundled()
        let bundledProblems = (actors.problems.count, agents.problems.count)
        do {
            for file in actorFiles { try actors.add(contentsOf: try Self.existing(file)) }
            for file in agentFiles { try agents.add(contentsOf: try Self.existing(file)) }
        } catch let problem as DictionaryProblem {
            throw ValidationError(problem.description)
        }
        for problem in actors.problems.dropFirst(bundledProblems.0) + agents.problems.dropFirst(bundledProblems.1) {
            Terminal.error("warning: \(problem)")
        }
        let patterns = verbFiles.isEmpty && verbs.verbs == nil ? nil : try verbs.dictionary(adding: verbFiles)
        return try Analyzer(actors: actors, agents: agents, eventPatterns: patterns)
    }

    /// Dictionary files in `folder`, sorted so later names win the same way on every machine.
    private static func files(in folder: URL) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted().filter { $0.hasSuffix(".txt") }.map { folder.appendingPathComponent($0).path }
    }

    private static func existing(_ file: String) throws -> URL {
        guard FileManager.default.fileExists(atPath: file) else { throw ValidationError("\(file): no such dictionary file") }
        return URL(fileURLWithPath: file)
    }
}
