import ArgumentParser
import Foundation
import Sitrep
import SitrepKnowledge

/// Users' own actor, agent and verb dictionaries on top of the bundled ones.
enum DictionaryOptions {
    /// The bundled analyzer, or one whose resolver also reads the given files; lines that
    /// cannot be read are reported as warnings naming file and line, and the rest loads.
    static func analyzer(actorFiles: [String], agentFiles: [String], verbs: VerbOptions? = nil) throws -> Analyzer {
        guard !actorFiles.isEmpty || !agentFiles.isEmpty || verbs?.verbs != nil else { return try Analyzer() }
        var actors = try ActorDictionary.bundled()
        var agents = try AgentDictionary.bundled()
        let bundledProblems = (actors.problems.count, agents.problems.count)
        do {
            for file in actorFiles { try actors.add(contentsOf: try existing(file)) }
            for file in agentFiles { try agents.add(contentsOf: try existing(file)) }
        } catch let problem as DictionaryProblem {
            throw ValidationError(problem.description)
        }
        for problem in actors.problems.dropFirst(bundledProblems.0) + agents.problems.dropFirst(bundledProblems.1) {
            Terminal.error("warning: \(problem)")
        }
        return try Analyzer(actors: actors, agents: agents, eventPatterns: verbs?.dictionary())
    }

    private static func existing(_ file: String) throws -> URL {
        guard FileManager.default.fileExists(atPath: file) else { throw ValidationError("\(file): no such dictionary file") }
        return URL(fileURLWithPath: file)
    }
}
