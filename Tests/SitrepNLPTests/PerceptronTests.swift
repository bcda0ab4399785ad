import Foundation
import Testing
@testable import SitrepNLP

@Suite("Averaged perceptron and model file")
struct PerceptronTests {
    /// Three classes, each announced by its own feature, with a shared distractor.
    private static let examples: [([UInt64], Int)] = [
        ([FeatureHash.of(1, "a"), FeatureHash.of(9, "noise")], 0),
        ([FeatureHash.of(1, "b"), FeatureHash.of(9, "noise")], 1),
        ([FeatureHash.of(1, "c"), FeatureHash.of(9, "noise")], 2),
    ]

    private func trained() -> PerceptronModel {
        var perceptron = AveragedPerceptron(classCount: 3)
        var scores: [Float] = []
        for _ in 0..<5 {
            for (features, truth) in Self.examples {
                perceptron.scores(features, into: &scores)
                perceptron.update(features: features, truth: truth, guess: PerceptronModel.best(scores))
            }
        }
        return perceptron.averaged(minimumWeight: 0)
    }

    @Test("learns a small separable problem")
    func learnsSeparable() {
        let model = trained()
        var scratch: [Float] = []
        for (features, truth) in Self.examples {
            #expect(model.predict(features, scratch: &scratch) == truth)
        }
    }

    @Test("averages each weight over the examples after its update")
    func averaging() {
        var perceptron = AveragedPerceptron(classCount: 2)
        let feature = FeatureHash.of(1, "x")
        perceptron.update(features: [feature], truth: 0, guess: 1)
        for _ in 0..<3 { perceptron.update(features: [feature], truth: 0, guess: 0) }
        var scores: [Float] = []
        perceptron.averaged(minimumWeight: 0).scores([feature], into: &scores)
        #expect(scores == [0.75, -0.75])
    }

    @Test("ties go to the lowest class index", arguments: [
        ([1, 3, 3, 2] as [Float], 1), ([0, 0, 0], 0), ([-1, -1, 5, 5], 2),
    ])
    func tieBreak(scores: [Float], best: Int) {
        #expect(PerceptronModel.best(scores) == best)
    }

    @Test("the mean of models averages each weight, a feature missing from a model weighing 0 there")
    func meanOfModels() {
        let a = PerceptronModel(classCount: 2, rows: [7: 0, 8: 1], weights: [1, 3, 2, 0])
        let b = PerceptronModel(classCount: 2, rows: [7: 0], weights: [3, -1])
        let mean = PerceptronModel.mean([a, b])
        var scores: [Float] = []
        mean.scores([7], into: &scores)
        #expect(scores == [2, 1])
        mean.scores([8], into: &scores)
        #expect(scores == [1, 0])
    }

    @Test("features seen too rarely are pruned")
    func pruning() {
        var perceptron = AveragedPerceptron(classCount: 2)
        let rare = FeatureHash.of(1, "rare"), common = FeatureHash.of(1, "common")
        perceptron.update(features: [rare, common], truth: 0, guess: 1)
        perceptron.update(features: [common], truth: 1, guess: 0)
        perceptron.update(features: [common], truth: 0, guess: 1)
        #expect(perceptron.averaged(minimumCount: 2, minimumWeight: 0).featureCount == 1)
    }

    @Test("model file round trip keeps header and scores; the sparse scorer agrees")
    func roundTrip() throws {
        let model = trained()
        let header = ModelHeader(kind: "test", featureVersion: 3, labels: ["c": ["a", "b", "c"]],
                                 trainedOn: ["x.conllu"], command: "sitrep train test", scores: ["dev.acc": 99.5])
        let url = try temporaryFile("round-trip.model")
        try ModelFile(header: header, sections: ["weights": model.encoded()]).write(to: url)
        let file = try ModelFile.read(url, kind: "test", featureVersion: 3)
        #expect(file.header == header)
        let decoded = try PerceptronModel(encoded: try file.section("weights", file: url), file: url.path)
        let sparse = try SparseScorer(encoded: try file.section("weights", file: url), file: url.path)
        var expected: [Float] = [], got: [Float] = [], fromSparse: [Float] = []
        for (features, _) in Self.examples {
            model.scores(features, into: &expected)
            decoded.scores(features, into: &got)
            sparse.scores(features, into: &fromSparse)
            #expect(zip(expected, got).allSatisfy { abs($0 - $1) <= 0.01 })
            #expect(got == fromSparse)
        }
    }

    @Test("half-precision weights widen by hand exactly as Swift widens Float16, for every bit pattern")
    func widening() {
        let mismatches = (UInt16.min...UInt16.max).filter { bits in
            let expected = Float(Float16(bitPattern: bits))
            let got = Float(halfBits: bits)
            return expected.isNaN ? !got.isNaN : got.bitPattern != expected.bitPattern
        }
        #expect(mismatches.isEmpty)
    }

    @Test("a truncated, foreign, mismatched or missing file is an error naming the file")
    func errors() throws {
        let header = ModelHeader(kind: "test", featureVersion: 3, labels: [:], trainedOn: [], command: "", scores: [:])
        let good = try temporaryFile("good.model")
        try ModelFile(header: header, sections: ["weights": trained().encoded()]).write(to: good)
        let bytes = try Data(contentsOf: good)

        let truncated = try temporaryFile("truncated.model")
        try bytes.prefix(bytes.count - 10).write(to: truncated)
        let text = try temporaryFile("notes.model")
        try Data("just some text\n".utf8).write(to: text)
        let missing = try temporaryFile("missing.model")

        #expect(throws: ModelFileError.truncated(file: truncated.path)) {
            try ModelFile.read(truncated, kind: "test", featureVersion: 3)
        }
        #expect(throws: ModelFileError.notAModel(file: text.path)) {
            try ModelFile.read(text, kind: "test", featureVersion: 3)
        }
        #expect(throws: ModelFileError.featureVersionMismatch(file: good.path, expected: 4, found: 3)) {
            try ModelFile.read(good, kind: "test", featureVersion: 4)
        }
        #expect(throws: ModelFileError.wrongKind(file: good.path, expected: "parser", found: "test")) {
            try ModelFile.read(good, kind: "parser", featureVersion: 3)
        }
        do {
            _ = try ModelFile.read(missing, kind: "test", featureVersion: 3)
            Issue.record("reading a missing file succeeded")
        } catch {
            #expect("\(error)".contains(missing.path))
        }
        let truncatedWeights = try ModelFile.read(good, kind: "test", featureVersion: 3).sections["weights"]!.dropLast(3)
        #expect(throws: ModelFileError.truncated(file: "w")) { try PerceptronModel(encoded: Data(truncatedWeights), file: "w") }
        #expect(throws: ModelFileError.truncated(file: "w")) { try SparseScorer(encoded: Data(truncatedWeights), file: "w") }
    }
}

/// A path in a fresh temporary folder, for tests that write files.
func temporaryFile(_ name: String) throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sitrep-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder.appendingPathComponent(name)
}
