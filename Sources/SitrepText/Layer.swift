/// A kind of annotation a stage fills in; the pipeline checks that each stage's inputs are
/// provided by an earlier one.
public enum Layer: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    case tokens, sentences, tags, lemmas, dependencies, entities
    /// Actors with their mentions (`Document.referents`) and places (`Document.places`).
    case referents
    case quantities, events, quotes

    public var description: String { rawValue }
}
