import Sitrep
import SitrepExtract
import SitrepText
import SitrepTestSupport
import Testing

@Suite("Syntax tree")
struct SyntaxTreeTests {
    @Test("a verb's subject and object, and the object's whole phrase, are found by relation")
    func argumentsByRelation() throws {
        let document = try SharedAnalyzer.analyze("Rebels attacked the convoy with rockets near the border.")
        let tree = SyntaxTree(document)
        let verb = try #require(document.tokens.indices.first { document.text(of: $0) == "attacked" })
        let subject = try #require(tree.child(of: verb, relation: "nsubj"))
        let object = try #require(tree.child(of: verb, relation: "obj"))
        #expect(document.text(of: subject) == "Rebels")
        #expect(document.text(of: object) == "convoy")
        let modifier = try #require(tree.children(of: object, relation: "nmod").first)
        #expect(tree.casePreposition(of: modifier) == "with")
        #expect(document.text(of: tree.phrase(of: object)) == "the convoy with rockets near the border")
        #expect(tree.head(of: verb) == nil)
    }
}
