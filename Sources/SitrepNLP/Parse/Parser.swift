import Foundation
import SitrepText

/// The Parse stage: an arc-hybrid dependency parser that gives every token a head and a
/// Universal Dependencies relation. It is greedy unless its model was trained for a beam
/// (`sitrep train parser --beam 8`): a beam of 8 gets about one more attachment in a hundred
/// right and parses about a ninth as fast.
///
/// ```
/// Biden   warned  Iran   .
///   ╰nsubj─╯╰obj──╯       ╰punct (to warned)      warned: root, its own head
/// ```
///
/// Two averaged perceptrons share the work: one picks the move (shift, left, right) among
/// the valid ones, the other labels each arc when it is made. Splitting them keeps the move
/// model at three classes, which is what makes training fit in memory and parsing fast.
/// Each sentence takes exactly 2n moves and always ends as a single tree; then
/// `RelativeClauseAttachment` hangs relative clauses set off by commas on their nouns and
/// `PunctuationAttachment` moves punctuation marks to where UD's rule puts them.
public struct Parser: Stage {
    public let name = "Parser"
    public let requires: Set<Layer> = [.tokens, .sentences, .tags]
    public let provides: Set<Layer> = [.dependencies]

    /// The two perceptrons behind the tables, kept for `modelFile`.
    private let weights: Weights
    /// The same weights, laid out for scoring.
    private let moveTable: WeightTable
    private let labelTable: WeightTable
    /// Relation of each label class; the root relation is assigned, never predicted.
    public let relations: [DependencyRelation]
    /// The class of "punct", for `PunctuationAttachment`; a model that never saw it leaves
    /// punctuation where the moves put it.
    private let punctuationRelation: Int?
    /// The classes `RelativeClauseAttachment` reads and writes; nil for a model without them.
    private let relativeClauseRelations: RelativeClauseAttachment.Relations?
    /// Parses kept at each step: 1 is greedy, the fastest; a wider beam searches more. A
    /// model parses best with the width it was trained for, `trainedBeamWidth`.
    public var beamWidth = 1
    /// The beam width training used: 1 for the greedy parser's dynamic oracle, more for
    /// global training. A greedy model under a beam parses worse, not better.
    public let trainedBeamWidth: Int

    public static let kind = "parser"

    public init(moveModel: PerceptronModel, labelModel: PerceptronModel, relations: [DependencyRelation],
                trainedBeamWidth: Int = 1) {
        self.init(moves: WeightTable(moveModel), labels: WeightTable(labelModel),
                  weights: .trained(moves: moveModel, labels: labelModel),
                  relations: relations, trainedBeamWidth: trainedBeamWidth)
    }

    /// The perceptrons as trained, or as a model file stores them (`PerceptronModel.encoded()`):
    /// a parser loaded from a file never decodes them into models, which took most of its
    /// loading time.
    private enum Weights: Sendable {
        case trained(moves: PerceptronModel, labels: PerceptronModel)
        case encoded(moves: Data, labels: Data)
    }

    private init(moves: WeightTable, labels: WeightTable, weights: Weights,
                 relations: [DependencyRelation], trainedBeamWidth: Int) {
        self.trainedBeamWidth = max(trainedBeamWidth, 1)
        beamWidth = self.trainedBeamWidth
        moveTable = moves
        labelTable = labels
        self.weights = weights
        self.relations = relations
        punctuationRelation = relations.firstIndex(of: DependencyRelation("punct"))
        let classes = { (names: [String]) in Set(names.compactMap { relations.firstIndex(of: DependencyRelation($0)) }) }
        if let relativeClause = relations.firstIndex(of: DependencyRelation("acl:relcl")), let punct = punctuationRelation {
            relativeClauseRelations = RelativeClauseAttachment.Relations(
                relativeClause: relativeClause, relativeClauses: classes(["acl:relcl", "advcl:relcl"]), subjects: classes(["nsubj", "nsubj:pass"]), flat: classes(["flat", "flat:name"]), punct: punct)
        } else {
            relativeClauseRelations = nil
        }
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
        let moves = try model.section("moves", file: file)
        let labels = try model.section("labels", file: file)
        let moveTable = try WeightTable(encoded: moves, file: file.path)
        let labelTable = try WeightTable(encoded: labels, file: file.path)
        guard moveTable.classCount == ArcHybrid.MoveKind.allCases.count, labelTable.classCount == names.count else {
            throw ModelFileError.truncated(file: file.path)
        }
        self.init(moves: moveTable, labels: labelTable,
                  weights: .encoded(moves: moves, labels: labels), relations: names.map { DependencyRelation($0) },
                  trainedBeamWidth: model.header.settings?["beamWidth"] ?? 1)
    }

    /// The model file for this parser: both perceptrons and the relation table.
    public func modelFile(trainedOn: [String], command: String, scores: [String: Double]) -> ModelFile {
        let header = ModelHeader(
            kind: Self.kind, featureVersion: ParserFeatures.version,
            labels: ["relations": relations.map(\.rawValue), "moves": ArcHybrid.MoveKind.allCases.map { "\($0)" }],
            trainedOn: trainedOn, command: command, scores: scores,
            settings: trainedBeamWidth > 1 ? ["beamWidth": trainedBeamWidth] : nil)
        let (moves, labels) = switch weights {
        case .trained(let moves, let labels): (moves.encoded(), labels.encoded())
        case .encoded(let moves, let labels): (moves, labels)
        }
        return ModelFile(header: header, sections: ["moves": moves, "labels": labels])
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
                let head = workspace.heads[offset]
                heads[i] = head == sentence.count ? i : range.lowerBound + head
                let relation = workspace.relations[offset]
                labels[i] = head == sentence.count || relation < 0 ? .root : relations[relation]
            }
        }
        document.setDependencies(heads: heads, relations: labels)
    }

    /// Parses one sentence: heads (the root points at itself) and relations.
    public func parse(_ sentence: ParserSentence) -> (heads: [Int], relations: [DependencyRelation]) {
        var workspace = Workspace()
        parse(sentence, workspace: &workspace)
        let heads = workspace.heads.enumerated().map { $1 == sentence.count ? $0 : $1 }
        let labels = heads.indices.map { i in
            workspace.heads[i] == sentence.count || workspace.relations[i] < 0
                ? DependencyRelation.root : relations[workspace.relations[i]]
        }
        return (heads, labels)
    }

    /// Buffers reused from sentence to sentence, so parsing allocates nothing per move.
    struct Workspace {
        var configuration = ArcHybrid.Configuration(count: 0)
        var buffers = ScoringBuffers()
        /// The finished tree: the configuration's arcs with punctuation re-attached.
        var heads: [Int] = []
        var relations: [Int] = []
    }

    /// Features and scores of one move or arc, refilled for the next.
    struct ScoringBuffers {
        var features: [UInt64] = []
        var scores: [Float] = []
        var scratch: [UInt64] = []
    }

    /// Runs the parse, leaving the tree in `workspace.heads` and `workspace.relations`.
    func parse(_ sentence: ParserSentence, workspace: inout Workspace) {
        search(sentence, workspace: &workspace)
        workspace.heads = workspace.configuration.heads
        workspace.relations = workspace.configuration.relations
        if let relativeClauseRelations {
            RelativeClauseAttachment.apply(heads: &workspace.heads, relations: &workspace.relations,
                                           roles: sentence.roles, classes: relativeClauseRelations)
        }
        if let punct = punctuationRelation {
            PunctuationAttachment.apply(heads: &workspace.heads, relations: &workspace.relations,
                                        marks: sentence.marks, punct: punct)
        }
    }

    /// Finds the moves, leaving their arcs in `workspace.configuration`: greedy, or with a
    /// beam when `beamWidth` is above 1.
    private func search(_ sentence: ParserSentence, workspace: inout Workspace) {
        guard beamWidth <= 1 else {
            var search = BeamSearch(width: beamWidth, count: sentence.count)
            while !search.isTerminal { search.step(sentence, scoring: self) }
            workspace.configuration = search.best.configuration
            return
        }
        workspace.configuration.reset(count: sentence.count)
        while !workspace.configuration.isTerminal {
            let valid = ArcHybrid.validMoves(in: workspace.configuration)
            let kind: ArcHybrid.MoveKind
            if let only = Self.only(valid) {
                kind = only
            } else {
                ParserFeatures.moves(workspace.configuration, sentence, into: &workspace.buffers.features)
                moveTable.scores(workspace.buffers.features, into: &workspace.buffers.scores, scratch: &workspace.buffers.scratch)
                kind = Self.best(workspace.buffers.scores, among: valid)
            }
            let move = Self.labelled(kind, in: workspace.configuration, sentence, scoring: self, buffers: &workspace.buffers)
            ArcHybrid.apply(move, to: &workspace.configuration)
        }
    }

    /// `kind` with the label model's best relation for the arc it makes.
    static func labelled<S: ParserScoring>(_ kind: ArcHybrid.MoveKind, in c: ArcHybrid.Configuration, _ sentence: ParserSentence,
                                           scoring: S, buffers: inout ScoringBuffers) -> ArcHybrid.Move {
        guard let (head, dependent) = arc(kind, in: c) else { return .shift }
        var relation = -1
        if head != c.root {
            ParserFeatures.label(c, sentence, head: head, dependent: dependent, kind: kind, into: &buffers.features)
            scoring.scoreLabels(buffers.features, into: &buffers.scores, scratch: &buffers.scratch)
            relation = PerceptronModel.best(buffers.scores)
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

extension Parser: ParserScoring {
    func scoreMoves(_ features: [UInt64], into scores: inout [Float], scratch: inout [UInt64]) {
        moveTable.scores(features, into: &scores, scratch: &scratch)
    }

    func scoreLabels(_ features: [UInt64], into scores: inout [Float], scratch: inout [UInt64]) {
        labelTable.scores(features, into: &scores, scratch: &scratch)
    }
}
