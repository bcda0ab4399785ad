import SitrepText

/// Exact-span precision, recall and F1, as `../shared/peers/eval_ner.py` counts them: a
/// predicted span is right only when its start, end and type all equal a gold span's. The
/// micro average is over PER, ORG and LOC; OTH is counted per type but left out of it, since
/// UNER's English files have no OTH.
public struct EntityScore: Sendable {
    public private(set) var truePositives: [EntityType: Int] = [:]
    public private(set) var falsePositives: [EntityType: Int] = [:]
    public private(set) var falseNegatives: [EntityType: Int] = [:]
    public static let mainTypes: [EntityType] = [.PER, .ORG, .LOC]

    public init() {}

    /// Counts one sentence.
    public mutating func add(gold: [Span<EntityType>], predicted: [Span<EntityType>]) {
        let goldSet = Set(gold)
        let predictedSet = Set(predicted)
        for span in predictedSet.intersection(goldSet) { truePositives[span.label, default: 0] += 1 }
        for span in predictedSet.subtracting(goldSet) { falsePositives[span.label, default: 0] += 1 }
        for span in goldSet.subtracting(predictedSet) { falseNegatives[span.label, default: 0] += 1 }
    }

    /// Gold spans of a type.
    public func gold(_ type: EntityType) -> Int { truePositives[type, default: 0] + falseNegatives[type, default: 0] }

    /// Precision, recall and F1 in percent for the given types together.
    public func prf(_ types: [EntityType] = mainTypes) -> (precision: Double, recall: Double, f1: Double) {
        let tp = Double(types.reduce(0) { $0 + truePositives[$1, default: 0] })
        let fp = Double(types.reduce(0) { $0 + falsePositives[$1, default: 0] })
        let fn = Double(types.reduce(0) { $0 + falseNegatives[$1, default: 0] })
        let precision = tp + fp > 0 ? tp / (tp + fp) : 0
        let recall = tp + fn > 0 ? tp / (tp + fn) : 0
        let f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
        return (100 * precision, 100 * recall, 100 * f1)
    }

    /// The metrics `sitrep eval recognizer` reports, named as in DESIGN.md.
    public var metrics: [String: Double] {
        let micro = prf()
        var result = ["f1": micro.f1, "precision": micro.precision, "recall": micro.recall]
        for type in EntityScore.mainTypes { result["\(type).f1"] = prf([type]).f1 }
        return result
    }
}
