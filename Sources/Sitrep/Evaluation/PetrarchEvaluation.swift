import Foundation
import SitrepKnowledge
import SitrepText

/// Scores event coding on the PETRARCH validation suite (`records.jsonl`, see
/// ../shared/data/petrarch-validation/README.md): each active record's sentence is analysed
/// on its own date, and its coded events (source code, target code, event code) must equal
/// the expected multiset. Records that expect no events or a rejected input pass when
/// nothing is coded. As PETRARCH does by default, only events with both actors coded count;
/// a record run with `require_dyad` off also counts an event with one actor, the other
/// printed as `---`.
public struct PetrarchEvaluation: Sendable {
    public struct Record: Decodable, Sendable {
        public var seq: Int
        public var id: String
        public var text: String
        public var date: String
        public var disabled: Bool
        public var inIncludeList: Bool
        public var expected: [Coding]
        public var expectNoEvents: Bool?
        public var expectedError: String?
        /// Coder options in force for the record, values verbatim (`require_dyad`: `false`, `TRUE`...).
        public var config: [String: String] = [:]

        enum CodingKeys: String, CodingKey {
            case seq, id, text, date, disabled, expected, config
            case inIncludeList = "in_include_list"
            case expectNoEvents = "expect_no_events"
            case expectedError = "expected_error"
        }

        public var isActive: Bool { !disabled && inIncludeList }
        /// Whether an event needs both actors coded to be printed (PETRARCH's default).
        public var requiresDyad: Bool { config["require_dyad"]?.lowercased() != "false" }
    }

    public struct Coding: Decodable, Sendable, Hashable, Comparable, CustomStringConvertible {
        public var source: String
        public var target: String
        public var code: String

        public init(source: String, target: String, code: String) {
            self.source = source
            self.target = target
            self.code = code
        }

        public var description: String { "\(source) \(target) \(code)" }
        public static func < (lhs: Coding, rhs: Coding) -> Bool { lhs.description < rhs.description }
    }

    public struct Outcome: Sendable {
        public var record: Record
        public var produced: [Coding]
        public var isExact: Bool
        /// Produced events the record does not expect.
        public var extra: Int
        /// Every event coded, with its argument words, coded or not ("170 militia → the Rohans"),
        /// to tell a missed trigger from an actor the dictionaries do not code.
        public var events: [String] = []
    }

    public struct Result: Sendable {
        public var outcomes: [Outcome]
        /// Percent of records coded exactly.
        public var exact: Double {
            outcomes.isEmpty ? 0 : Double(outcomes.filter(\.isExact).count) * 100 / Double(outcomes.count)
        }
        /// Extra events per record, in percent.
        public var extra: Double {
            outcomes.isEmpty ? 0 : Double(outcomes.reduce(0) { $0 + $1.extra }) * 100 / Double(outcomes.count)
        }
    }

    /// Reads `records.jsonl`; errors name the line.
    public static func records(at url: URL) throws -> [Record] {
        let text = String(decoding: try Data(contentsOf: url), as: UTF8.self)
        return try text.split(whereSeparator: \.isNewline).enumerated().map { index, line in
            do {
                return try JSONDecoder().decode(Record.self, from: Data(line.utf8))
            } catch {
                throw EvaluationError("\(url.path):\(index + 1): not a PETRARCH record (\(error))")
            }
        }
    }

    /// Runs the analyzer on each active record; `actors` and `agents` are the suite's
    /// dictionaries, also used to code an argument the resolver left without an actor.
    /// A record whose text holds one of `discards` is coded as nothing, as PETRARCH discards it.
    public static func run(_ records: [Record], analyzer: Analyzer, actors: ActorDictionary, agents: AgentDictionary,
                           discards: DiscardList = DiscardList()) throws -> Result {
        var outcomes: [Outcome] = []
        for record in records where record.isActive {
            let document = try analyzer.analyze(Article(published: timestamp(record.date), body: record.text))
            let isDiscarded = discards.scope(of: record.text) != nil
            let produced = isDiscarded ? [] : codings(document, coder: ArgumentCoder(actors: actors, agents: agents, day: Int(record.date)),
                                                         requiresDyad: record.requiresDyad)
            let expected = record.expectedError == nil ? record.expected : []
            var unmatched = expected
            var extra = 0
            for coding in produced {
                if let index = unmatched.firstIndex(of: coding) { unmatched.remove(at: index) } else { extra += 1 }
            }
            let events = document.events.map { event in
                [event.code, event.source.map { document.text(of: $0.tokens) } ?? "?", "→", event.target.map { document.text(of: $0.tokens) } ?? "?"]
                    .joined(separator: " ")
            }
            outcomes.append(Outcome(record: record, produced: produced, isExact: unmatched.isEmpty && extra == 0, extra: extra, events: events))
        }
        return Result(outcomes: outcomes)
    }

    /// The document's events as PETRARCH prints them: both actors coded, or, without
    /// `requiresDyad`, at least one, the other printed as `---`. An actor whose code names
    /// several (`FRO/BIL/SAM`) takes part as each of them.
    static func codings(_ document: Document, coder: ArgumentCoder, requiresDyad: Bool = true) -> [Coding] {
        document.events.flatMap { event -> [Coding] in
            let source = event.source.flatMap { coder.code(of: $0, in: document) }
            let target = event.target.flatMap { coder.code(of: $0, in: document) }
            guard requiresDyad ? source != nil && target != nil : source != nil || target != nil else { return [] }
            let sources = (source ?? coder.unknown).split(separator: "/").map(String.init)
            let targets = (target ?? coder.unknown).split(separator: "/").map(String.init)
            return sources.flatMap { source in targets.map { Coding(source: source, target: $0, code: event.code) } }
        }
    }

    /// An argument's actor code as PETRARCH reads it from the phrase: the longest dictionary
    /// name among its words (of several, the one the referent is: "the ambassadors of A, B"
    /// for B's), with the agent named with it after it ("Osgiliath soldiers" → OSG + MIL) and
    /// an organisation's agent (`[NGO~]`) before it ("MSF Arnor" → NGO + ARN), or the agent
    /// alone ("a senior official" → ---GOV); a phrase that names neither (a pronoun, a
    /// description) takes its referent's code. Agents match their listed forms and plurals only,
    /// as in PETRARCH ("polices" is no "police").
    struct ArgumentCoder {
        var actors: ActorDictionary
        var agents: AgentDictionary
        var day: Int?
        /// PETRARCH's code for an actor it cannot name.
        let unknown = "---"

        func code(of argument: Event.Argument, in document: Document) -> String? {
            let words = argument.tokens.map { document.text(of: $0) }
            let lowered = words.map { $0.lowercased() }
            // Role agents, last first; those coordinated with it ("Lawmakers and officials") too.
            var suffixes: [String] = []
            var suffixStart: Int?
            var prefix = ""
            var end = lowered.count - 1
            while end >= 0 {
                guard let (agent, start) = agents.longestMatch(in: lowered, endingAt: end) else {
                    end -= 1
                    continue
                }
                if agent.isWhole {
                    prefix = agent.code + prefix
                } else if !agent.code.isEmpty, suffixStart.map({ Self.coordinates(lowered[(end + 1)..<$0]) }) ?? true {
                    suffixes.insert(agent.code, at: 0)
                    suffixStart = start
                }
                end = start - 1
            }
            let referentCode = argument.referent.flatMap { document.referents[$0].code }
            var names: [String] = []
            for length in stride(from: words.count, through: 1, by: -1) {
                for start in 0...(words.count - length) {
                    let name = words[start..<(start + length)].joined(separator: " ")
                    if let code = actors.lookup(name, on: day).lazy.compactMap(\.code).first { names.append(code) }
                }
            }
            if let code = names.first(where: { referentCode?.hasPrefix($0) == true }) ?? names.first {
                return (suffixes.isEmpty ? [""] : suffixes).map { prefix + Self.joined(code, $0) }.joined(separator: "/")
            }
            guard !suffixes.isEmpty else { return referentCode }
            return suffixes.map { unknown + $0 }.joined(separator: "/")
        }

        /// An actor's code with an agent's appended, less the parts it already has:
        /// "USAGOV" and "GOV" give "USAGOV", "GONGMO" and "OPP" give "GONGMOOPP".
        static func joined(_ code: String, _ agent: String) -> String {
            let parts = Set(stride(from: 0, to: code.count, by: 3).map { code.dropFirst($0).prefix(3) })
            return code + stride(from: 0, to: agent.count, by: 3).map { agent.dropFirst($0).prefix(3) }.filter { !parts.contains($0) }.joined()
        }

        /// Whether the words between two agents join them: "and", "or" or a comma, nothing else.
        static func coordinates(_ words: ArraySlice<String>) -> Bool {
            !words.isEmpty && words.allSatisfy { ["and", "or", ","].contains($0) }
        }
    }

    /// `19950101` as noon UTC that day.
    static func timestamp(_ date: String) -> Timestamp? {
        guard date.count == 8, let year = Int(date.prefix(4)), let month = Int(date.dropFirst(4).prefix(2)), let day = Int(date.suffix(2)) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? .current
        guard let instant = calendar.date(from: DateComponents(year: year, month: month, day: day, hour: 12)) else { return nil }
        return Timestamp(instant: instant, precision: .day, utcOffset: 0, original: date)
    }
}

public struct EvaluationError: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
