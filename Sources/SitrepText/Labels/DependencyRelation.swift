/// A Universal Dependencies relation, with its subtype when it has one ("nsubj:pass",
/// "obl:agent", "acl:relcl").
///
/// A struct rather than an enum: UD treebanks add language-specific subtypes, and the parser's
/// label set is whatever its training data used, recorded in the model file.
public struct DependencyRelation: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible {
    public var rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }

    /// The universal part before any subtype: "nsubj" for "nsubj:pass".
    public var universal: Substring {
        rawValue.split(separator: ":", maxSplits: 1).first ?? Substring(rawValue)
    }

    public var description: String { rawValue }

    public static let root = DependencyRelation("root")
}
