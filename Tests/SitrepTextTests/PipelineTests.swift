import SitrepText
import Testing

@Suite("pipeline assembly")
struct PipelineTests {
    struct FakeStage: Stage {
        var name: String
        var requires: Set<Layer>
        var provides: Set<Layer>
        func process(_ document: inout Document) throws {}
    }

    @Test("a stage whose inputs no earlier stage provides is refused by name")
    func missingLayer() {
        let tagger = FakeStage(name: "Tagger", requires: [.tokens, .sentences], provides: [.tags])
        #expect(throws: PipelineError.missingLayers(stage: "Tagger", missing: [.sentences, .tokens])) {
            try Pipeline([tagger])
        }
    }

    @Test("stages in a workable order assemble")
    func workableOrder() throws {
        let segment = FakeStage(name: "Segmenter", requires: [], provides: [.tokens, .sentences])
        let tagger = FakeStage(name: "Tagger", requires: [.tokens, .sentences], provides: [.tags])
        #expect(try Pipeline([segment, tagger]).stages.count == 2)
    }
}
