/// One step of the pipeline: reads some layers of a document and fills in others.
public protocol Stage: Sendable {
    /// A short name for messages ("Tagger").
    var name: String { get }
    /// Layers an earlier stage must have filled in; `Pipeline.init` checks this.
    var requires: Set<Layer> { get }
    /// Layers this stage fills in.
    var provides: Set<Layer> { get }
    func process(_ document: inout Document) throws
}

/// Stages in order, checked when assembled so a missing layer is found before any text runs.
///
/// ```
/// Article ─▶ Segment ─▶ Tag ─▶ Parse ─▶ Recognize ─▶ Resolve ─▶ Extract
///            tokens     upos   heads    entities     actors     events, quotes, …
///            sentences  lemmas relations
/// ```
public struct Pipeline: Sendable {
    public let stages: [any Stage]

    /// Throws `PipelineError.missingLayers` naming the first stage whose inputs no earlier
    /// stage provides.
    public init(_ stages: [any Stage]) throws {
        var available: Set<Layer> = []
        for stage in stages {
            let missing = stage.requires.subtracting(available)
            if !missing.isEmpty {
                throw PipelineError.missingLayers(stage: stage.name, missing: missing.sorted { $0.rawValue < $1.rawValue })
            }
            available.formUnion(stage.provides)
        }
        self.stages = stages
    }

    /// Runs every stage in order; in debug builds, checks the document's invariants after each.
    public func process(_ document: inout Document) throws {
        for stage in stages {
            try stage.process(&document)
            assert(document.invariantViolations().isEmpty,
                   "\(stage.name) broke: \(document.invariantViolations().joined(separator: "; "))")
        }
    }
}

/// A pipeline assembled in an order that cannot work.
public enum PipelineError: Error, Equatable, CustomStringConvertible {
    case missingLayers(stage: String, missing: [Layer])

    public var description: String {
        switch self {
        case .missingLayers(let stage, let missing):
            "\(stage) needs \(missing.map(\.rawValue).joined(separator: ", ")), which no earlier stage provides; put the stage that provides it first"
        }
    }
}
