import Foundation

/// A generic description of an actor: "foreign minister", "troops", "spokesman". Its code is
/// the role part of a CAMEO actor code, added to a country or organisation found beside it:
/// "Iran's foreign minister" → IRN + GOV.
public struct Agent: Sendable, Hashable {
    /// The phrase in lower case, words separated by single spaces: "foreign minister".
    public var phrase: String
    /// Role codes without the `~`: "GOV", "MIL", "GOVMED"; empty for a role that has no
    /// sector of its own and takes the code of whom it serves ("spokesman", "aide").
    public var code: String
    /// True for `[IGO~]` entries: the code is the whole actor code, never added to a country.
    public var isWhole: Bool
    /// Where the entry was read: "phoenix.agents.txt:726".
    public var origin: String

    public init(phrase: String, code: String, isWhole: Bool = false, origin: String) {
        self.phrase = phrase
        self.code = code
        self.isWhole = isWhole
        self.origin = origin
    }

    /// True for roles that take the code of their principal: "a Raisi aide", "White House
    /// spokesman".
    public var isDependent: Bool { code.isEmpty }
}

/// The agents sitrep knows, by phrase: Phoenix's agents file plus sitrep's additions, and any
/// file a user adds (the PETRARCH validation suite ships its own).
///
/// ```swift
/// let agents = try AgentDictionary.bundled()
/// agents.agent(for: ["foreign", "minister"])?.code   // "GOV"
/// ```
/// Later files win for a phrase they share with earlier ones.
public struct AgentDictionary: Sendable {
    private var index: [String: Agent] = [:]
    /// Longest phrase in words, to bound lookups in running text.
    public private(set) var longestPhrase = 0
    public private(set) var problems: [DictionaryProblem] = []

    public init() {}

    public var count: Int { index.count }

    /// Adds agents, replacing earlier entries for the same phrase.
    public mutating func add(_ agents: [Agent], problems: [DictionaryProblem] = []) {
        for agent in agents {
            index[agent.phrase] = agent
            longestPhrase = max(longestPhrase, agent.phrase.split(separator: " ").count)
        }
        self.problems += problems
    }

    /// Adds an agents file in the PETRARCH format.
    public mutating func add(contentsOf url: URL, as name: String? = nil) throws {
        let file = name ?? url.path
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw DictionaryProblem(file: file, line: 0, problem: "cannot read the agents dictionary (\((error as NSError).localizedFailureReason ?? error.localizedDescription))")
        }
        let read = PhoenixAgentReader.read(String(decoding: data, as: UTF8.self), file: file)
        add(read.agents, problems: read.problems)
    }

    /// The agent a phrase of lower-case words names, if any.
    public func agent(for words: some Collection<String>) -> Agent? {
        index[words.joined(separator: " ")]
    }

    /// The longest agent phrase ending at `words[end]`, trying each word's alternatives
    /// (such as its lemma) at the last position: "foreign minister" in "iran 's foreign
    /// minister", "troop" for "troops".
    public func longestMatch(in words: [String], endingAt end: Int, lastWordForms: [String] = []) -> (agent: Agent, start: Int)? {
        guard words.indices.contains(end) else { return nil }
        let forms = [words[end]] + lastWordForms
        var start = max(0, end - longestPhrase + 1)
        while start <= end {
            for form in forms {
                if let agent = agent(for: words[start..<end] + [form]) { return (agent, start) }
            }
            start += 1
        }
        return nil
    }

    /// Phoenix's agents (MIT) and sitrep's additions, which take precedence.
    public static func bundled() throws -> AgentDictionary {
        var dictionary = AgentDictionary()
        for name in ["phoenix.agents.txt", "sitrep.agents.txt"] {
            try dictionary.add(contentsOf: Bundle.module.bundleURL.appendingPathComponent("Resources").appendingPathComponent(name),
                               as: name)
        }
        return dictionary
    }
}
