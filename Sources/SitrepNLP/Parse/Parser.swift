import Foundation
import SitrepText

/// The Parse stage: a greedy arc-hybrid dependency parser that gives every token a head and
/// a Universal Dependencies relation.
///
/// ```
/// Biden   warned  Iran   .
///   ╰nsubj─╯╰obj──╯       ╰punct (to warned)      warned: root, its own head
/// ```
///
/// Two averaged perceptrons share the work: one picks the move (shift, left, right) among
/// the valid ones, the other labels each arc when it is made. Splitting them keeps the move
/// model at three classes, which is what makes training fit in memory and parsing fast.
/// Each sentence takes exactly 2n moves and always ends as a single tree.
public struct Parser: Stage {
    public let name = "Parser"
    public let requires: Set<Layer> = [.tokens, .sentences, .tags]
    public let provides: Set<Layer> = [.dependencies]

    let moveModel: PerceptronModel
    let labelModel: PerceptronModel
    /// The same weights, laid out for scoring.
    private let moveTable: WeightTable
    private let labelTable: WeightTable
    /// Relation of each label class; the root relation is assigned, never predicted.
    public let relations: [DependencyRelation]

    public static let kind = "parser"

    public init(moveModel: PerceptronModel, labelModel: PerceptronModel, relations: [DependencyRelation]) {
        self.moveModel = moveModel
        self.labelModel = labelModel
        self.relations = relations
        moveTable = WeightTable(moveModel)
        labelTable = WeightTable(labelModel)
    }

    /// Loads `parser.model` from `folder` (normally `BundledModels.english`).
    public init(folder: URL) throws {
        try self.init(file: folder.appendingPathComponent("parser.model"))
    }

    public init(file: URL) throws {
        let model = try ModelFile.read(file, kind: Self.kind, featureVersion: ParserFeatures.version)
        guard let names = model.header.labels["relations"], !names.isEmpty else {
            throw ModelFileError.missingSection(file: file.path, section: "labels.relations")
        }
        self.init(
            moveModel: try PerceptronModel(encoded: try model.section("moves", file: file), file: file.path),
            labelModel: try PerceptronModel(encoded: try model.section("labels", file: file), file: file.path),
            relations: names.map { DependencyRelation($0) })
    }

    /// The model file for this parser: both perceptrons and the relation table.
    public func modelFile(trainedOn: [String], command: String, scores: [String: Double]) -> ModelFile {
        let header = ModelHeader(
            kind: Self.kind, featureVersion: ParserFeatures.version,
            labels: ["relations": relations.map(\.rawValue), "moves": ArcHybrid.MoveKind.allCases.map { "\($0)" }],
            trainedOn: trainedOn, command: command, scores: scores)
        return ModelFile(header: header, sections: ["moves": moveModel.encoded(), "labels": labelModel.encoded()])
    }

    public func process(_ document: inout Document) throws {
        var workspace = Workspace()
        var sentence = ParserSentence()
        var heads = [Int](repeating: 0, count: document.tokens.count)
        var labels = [DependencyRelation](repeating: .root, count: document.tokens.count)
        let hasXPOS = document.xpos.count == document.tokens.count
        let hasLemmas = document.lemmas.count == document.tokens.count
        for range in document.sentences {
            sentence.reset()
            for i in range {
                let lemma = hasLemmas ? document.lemmas[i].utf8 : nil
                sentence.append(form: document.utf8[document.tokens[i].utf8], xpos: hasXPOS ? document.xpos[i] : "",
                                upos: i < document.upos.count ? document.upos[i] : .X, lemma: lemma)
            }
            sentence.finish()
            parse(sentence, workspace: &workspace)
            for (offset, i) in range.enumerated() {
                let head = workspace.configuration.heads[offset]
                heads[i] = head == sentence.count ? i : range.lowerBound + head
                let relation = workspace.configuration.relations[offset]
                labels[i] = head == sentence.count || relation < 0 ? .root : relations[relation]
            }
        }
        document.setDependencies(heads: heads, relations: labels)
    }

    /// Parses one sentence: heads (the root points at itself) and relations.
    public func parse(_ sentence: ParserSentence) -> (heads: [Int], relations: [DependencyRelation]) {
        var workspace = Workspace()
        parse(sentence, workspace: &workspace)
        let c = workspace.configuration
        let heads = c.heads.enumerated().map { $1 == sentence.count ? $0 : $1 }
        let labels = c.heads.indices.map { i in
            c.heads[i] == sentence.count || c.relations[i] < 0 ? DependencyRelation.root : relations[c.relations[i]]
        }
        return (heads, labels)
    }

    /// Buffers reused from sentence to sentence, so parsing allocates nothing per move.
    struct Workspace {
        var configuration = ArcHybrid.Configuration(count: 0)
        var features: [UInt64] = []
        var scores: [Float] = []
        var scratch: [UInt64] = []
    }

    /// Runs the greedy parse, leaving the tree in `workspace.configuration`.
    func parse(_ sentence: ParserSentence, workspace: inout Workspace) {
        workspace.configuration.reset(count: sentence.count)
        while !workspace.configuration.isTerminal {
            let valid = ArcHybrid.validMoves(in: workspace.configuration)
            let kind: ArcHybrid.MoveKind
            if let only = Self.only(valid) {
                kind = only
            } else {
                ParserFeatures.moves(workspace.configuration, sentence, into: &workspace.features)
                moveTable.scores(workspace.features, into: &workspace.scores, scratch: &workspace.scratch)
                kind = Self.best(workspace.scores, among: valid)
            }
            let move = labelled(kind, in: workspace.configuration, sentence, workspace: &workspace)
            ArcHybrid.apply(move, to: &workspace.configuration)
        }
    }

    /// `kind` with the label model's best relation for the arc it makes.
    func labelled(_ kind: ArcHybrid.MoveKind, in c: ArcHybrid.Configuration, _ sentence: ParserSentence,
                  workspace: inout Workspace) -> ArcHybrid.Move {
        guard let (head, dependent) = Self.arc(kind, in: c) else { return .shift }
        var relation = -1
        if head != c.root {
            ParserFeatures.label(c, sentence, head: head, dependent: dependent, kind: kind, into: &workspace.features)
            labelTable.scores(workspace.features, into: &workspace.scores, scratch: &workspace.scratch)
            relation = PerceptronModel.best(workspace.scores)
        }
        return kind == .left ? .left(relation: relation) : .right(relation: relation)
    }

    /// The arc a move would make, as (head, dependent); nil for shift.
    static func arc(_ kind: ArcHybrid.MoveKind, in c: ArcHybrid.Configuration) -> (head: Int, dependent: Int)? {
        switch kind {
        case .shift: nil
        case .left: (c.buffer, c.stackWord(0))
        case .right: (c.stackWord(1), c.stackWord(0))
        }
    }

    /// The move when `moves` holds exactly one, so forced moves skip scoring.
    static func only(_ moves: ArcHybrid.MoveSet) -> ArcHybrid.MoveKind? {
        switch moves {
        case .shift: .shift
        case .left: .left
        case .right: .right
        default: nil
        }
    }

    /// The highest-scoring move in `allowed`; ties go to the earlier move.
    static func best(_ scores: [Float], among allowed: ArcHybrid.MoveSet) -> ArcHybrid.MoveKind {
        var best = ArcHybrid.MoveKind.shift
        var bestScore = -Float.infinity
        var found = false
        for kind in ArcHybrid.MoveKind.allCases where allowed.contains(kind) {
            if !found || scores[kind.rawValue] > bestScore {
                best = kind
                bestScore = scores[kind.rawValue]
                found = true
            }
        }
        return best
    }
}
