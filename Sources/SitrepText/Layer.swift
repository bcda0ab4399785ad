/// A kind of annotation a stage fills in; the pipeline checks that each stage's inputs are
/// provided by an earlier one.
public enum Layer: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    case tokens, sentences, tags, lemmas, dependencies, entities

    public var description: String { rawValue }
}
