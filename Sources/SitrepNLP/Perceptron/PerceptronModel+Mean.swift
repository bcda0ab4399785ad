extension PerceptronModel {
    /// The model whose weights are the mean of `models`' weights (a feature missing from a
    /// model weighs 0 there): still one linear model, scored in one pass, with less of the
    /// noise of any one order of training. Rows follow the features' hashes, so the result
    /// does not depend on dictionary order.
    public static func mean(_ models: [PerceptronModel]) -> PerceptronModel {
        guard let first = models.first else { preconditionFailure("the mean of no models") }
        let classCount = first.classCount
        let features = Set(models.flatMap(\.rows.keys)).sorted()
        var rows: [UInt64: Int32] = [:]
        var weights = [Float](repeating: 0, count: features.count * classCount)
        let share = 1 / Float(models.count)
        for (row, feature) in features.enumerated() {
            rows[feature] = Int32(row)
            for model in models {
                guard let source = model.rows[feature] else { continue }
                for c in 0..<classCount { weights[row * classCount + c] += share * model.weights[Int(source) * classCount + c] }
            }
        }
        return PerceptronModel(classCount: classCount, rows: rows, weights: weights)
    }
}
