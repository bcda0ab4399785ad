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
    /// Each phrase of two or more words, under its last two, for `longestMatch`.
    private var byLastTwoWords: [String: [(words: [String], agent: Agent)]] = [:]
    public private(set) var problems: [DictionaryProblem] = []

    public init() {}

    public var count: Int { index.count }

    /// Adds agents, replacing earlier entries for the same phrase.
    public mutating func add(_ agents: [Agent], problems: [DictionaryProblem] = []) {
        for agent in agents {
            let words = agent.phrase.split(separator: " ").map(String.init)
            if words.count >= 2 {
                let key = words.suffix(2).joined(separator: " ")
                if index[agent.phrase] != nil { byLastTwoWords[key]?.removeAll { $0.agent.phrase == agent.phrase } }
                byLastTwoWords[key, default: []].append((words, agent))
            }
            index[agent.phrase] = agent
        }
        self.problems += problems
    }

    /// Adds an agents file in the PETRARCH format.
    public mutating func add(contentsOf url: URL, as name: String? = nil) throws {
        let file = name ?? url.path
        let read = PhoenixAgentReader.read(try DictionaryProblem.text(of: url, file: file, kind: "agents dictionary"), file: file)
        add(read.agents, problems: read.problems)
    }

    /// The agent a phrase of lower-case words names, if any.
    public func agent(for words: some Collection<String>) -> Agent? {
        index[words.joined(separator: " ")]
    }

    /// The agent one lower-case word names ("president"), without joining.
    public func agent(word: String) -> Agent? {
        index[word]
    }

    /// The longest agent phrase ending at `words[end]`, trying each word's alternatives
    /// (such as its lemma) at the last position: "foreign minister" in "iran 's foreign
    /// minister", "troop" for "troops". Longer phrases are indexed by their last two words, so a
    /// word costs two hash lookups.
    public func longestMatch(in words: [String], endingAt end: Int, lastWordForms: [String] = []) -> (agent: Agent, start: Int)? {
        guard words.indices.contains(end) else { return nil }
        var best: (agent: Agent, start: Int)?
        for form in CollectionOfOne(words[end]) + lastWordForms {
            if best == nil, let single = index[form] { best = (single, end) }
            guard end > 0, let entries = byLastTwoWords[words[end - 1] + " " + form] else { continue }
            for entry in entries {
                let start = end - entry.words.count + 1
                guard start >= 0, start < (best?.start ?? Int.max),
                      entry.words.indices.dropLast(2).allSatisfy({ entry.words[$0] == words[start + $0] }) else { continue }
                best = (entry.agent, start)
            }
        }
        return best
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
