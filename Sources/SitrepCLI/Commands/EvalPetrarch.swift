import ArgumentParser
import Foundation
import Sitrep
import SitrepKnowledge

/// `sitrep eval petrarch --records FILE [--json]`
struct EvalPetrarch: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "petrarch",
        abstract: "Measure event coding on the PETRARCH validation suite.",
        discussion: """
            Codes each active record of records.jsonl with the suite's own dictionaries \
            (PETR.Validate.verbs.txt in place of the bundled patterns; the actor, agent and \
            discards files beside the records) and reports `exact`, the percent of records whose \
            expected events (source, target, code) are produced exactly, and `extra`, the \
            events coded beyond those expected, per record, in percent.

            Example:
              sitrep eval petrarch --records ../shared/data/petrarch-validation/records.jsonl --json
            """)

    @Option(help: ArgumentHelp("The suite's records.jsonl.", valueName: "file"))
    var records: String

    @Flag(help: "Print {task, gold, count, metrics} as JSON.")
    var json = false

    @Flag(help: "List the records not coded exactly, with what was produced.")
    var errors = false

    func run() async throws {
        let url = URL(fileURLWithPath: records)
        let folder = url.deletingLastPathComponent()
        var verbs = EventDictionary()
        var actors = ActorDictionary()
        var agents = AgentDictionary()
        let discards: DiscardList
        do {
            try verbs.add(contentsOf: folder.appendingPathComponent("PETR.Validate.verbs.txt"))
            try actors.add(contentsOf: folder.appendingPathComponent("PETR.Validate.actors.txt"))
            try agents.add(contentsOf: folder.appendingPathComponent("PETR.Validate.agents.txt"))
            discards = try DiscardList(contentsOf: folder.appendingPathComponent("PETR.Validate.discards.txt"))
        } catch {
            throw ValidationError("\(error); the suite's dictionaries must lie beside --records")
        }
        let suite: [PetrarchEvaluation.Record]
        do {
            suite = try PetrarchEvaluation.records(at: url)
        } catch {
            throw ValidationError("\(error)")
        }
        let result = try PetrarchEvaluation.run(suite, analyzer: Analyzer(actors: actors, agents: agents, eventPatterns: verbs),
                                                actors: actors, agents: agents, discards: discards)
        let metrics = [("exact", result.exact), ("extra", result.extra)]
        if json {
            print(EvalOutput.json(task: "petrarch", gold: records, count: result.outcomes.count, metrics: metrics))
            return
        }
        print("\(result.outcomes.count) records")
        print(EvalOutput.table(metrics))
        guard errors else { return }
        for outcome in result.outcomes where !outcome.isExact {
            let expected = outcome.record.expectedError.map { "error \($0)" } ?? outcome.record.expected.sorted().map(\.description).joined(separator: "; ")
            print("\(outcome.record.id): \(outcome.record.text)\n  expected: \(expected)\n  produced: \(outcome.produced.sorted().map(\.description).joined(separator: "; "))\n  events: \(outcome.events.joined(separator: "; "))")
        }
    }
}
