import Foundation
import SitrepText
import Testing

@testable import SitrepKnowledge

@Suite("actor dictionaries")
struct ActorDictionaryTests {
    static let phoenix = """
        # a comment line
        <!-- a block
             comment -->
        ALI_KHAMENEI_  ; CountryInfo.txt
        +AYATOLLAH_KHAMENEI_
        \t[IRNELI 790211-891231]
        \t[IRNGOV >19890604]
        HEZBOLLAH_ [LBNREB] #  kkl 21 Mar 13
        +HIZBULLAH
        UNITED_STATES_OF_AMERICA_ [USA]
        \t[USAGOV 20130101-]
        BROKEN_RECORD_
        \t[XYZGOV 1990-13]
        \t[---]
        """

    @Test("Phoenix records read with synonyms, dated codes and comments; a bad line is reported by number")
    func phoenix() {
        let (actors, problems) = PhoenixActorReader.read(Self.phoenix, file: "test.actors")
        #expect(actors.map(\.name) == ["Ali Khamenei", "Hezbollah", "United States of America"])
        #expect(actors[0].aliases == ["Ayatollah Khamenei"])
        #expect(actors[0].codes == [DatedCode(code: "IRNELI", from: 19_790_211, to: 19_891_231),
                                    DatedCode(code: "IRNGOV", from: 19_890_604)])
        #expect(actors[0].origin == "test.actors:4")
        #expect(problems.count == 1)
        #expect(problems.first?.line == 13)
        #expect(problems.first?.description.hasPrefix("test.actors:13:") == true)
    }

    @Test("a phrase that names several actors keeps their codes joined by '/'; an empty part is a problem")
    func severalActors() {
        let (actors, problems) = PhoenixActorReader.read("THE_SHIRE [FRO/BIL/SAM]\nLORIEN [ELR/]\n", file: "test.actors")
        #expect(actors.map(\.name) == ["The Shire"])
        #expect(actors.first?.codes == [DatedCode(code: "FRO/BIL/SAM")])
        #expect(problems.map(\.line) == [2])
    }

    @Test("the code that holds on a day is chosen from the dated codes")
    func datedCodes() {
        let (actors, _) = PhoenixActorReader.read(Self.phoenix, file: "t")
        #expect(actors[0].code(on: 19_850_101) == "IRNELI")
        #expect(actors[0].code(on: 20_231_026) == "IRNGOV")
        #expect(actors[0].code(on: nil) == "IRNGOV")
        #expect(actors[2].code(on: 20_000_101) == "USA")
        #expect(actors[2].code(on: 20_200_101) == "USAGOV")
    }

    @Test("sitrep's format round-trips and names a malformed line")
    func curated() {
        let text = """
            # name | aliases | type | codes | country | title
            Ebrahim Raisi | Raisi; Ebrahim Raeisi | PER | IRNJUD 2019-03-07..2021-07-01; IRNGOV 2021-08-03..2024-05-19 | IRN | President of Iran
            Broken line | only three | PER
            Bad Date | | PER | IRNGOV 2021-13-01.. | IRN |
            """
        let (actors, problems) = CuratedActorFormat.read(text, file: "mine.txt")
        #expect(actors.count == 1)
        #expect(actors[0].code(on: 20_231_026) == "IRNGOV")
        #expect(actors[0].code(on: 20_200_101) == "IRNJUD")
        #expect(actors[0].code(on: 20_250_101) == nil)
        #expect(CuratedActorFormat.read(CuratedActorFormat.line(actors[0]), file: "x").actors.first == {
            var again = actors[0]
            again.origin = "x:1"
            return again
        }())
        #expect(problems.map(\.line) == [3, 4])
        #expect(problems.map(\.file) == ["mine.txt", "mine.txt"])
    }

    @Test("a file saved with Windows line endings reads as sitrep's format, line by line")
    func windowsLineEndings() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("sitrep-\(UUID().uuidString).actors.txt")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data("# mine\r\nZorbal Quint | Quint | PER | USAGOV | USA | envoy\r\nBroken | PER\r\n".utf8).write(to: file)
        var dictionary = ActorDictionary()
        try dictionary.add(contentsOf: file, as: "mine.txt")
        #expect(dictionary.lookup("Quint", on: nil).map(\.code) == ["USAGOV"])
        #expect(dictionary.problems.map(\.line) == [3])
    }

    @Test("names match whatever their accents, case and punctuation", arguments: [
        ("Amīr-Abdollāhiyān", "AMIR ABDOLLAHIYAN"), ("U.S.", "US"), ("Hezbollah's", "Hezbollahs"), ("al-Qaeda", "Al Qaeda"),
    ])
    func normalisedKeys(a: String, b: String) {
        #expect(ActorDictionary.key(a) == ActorDictionary.key(b))
    }

    @Test("a later file's entry comes first; two actors with one alias are both kept")
    func precedence() {
        var dictionary = ActorDictionary()
        dictionary.add(PhoenixActorReader.read(Self.phoenix, file: "phoenix").actors)
        dictionary.add([Actor(name: "Hezbollah", type: .ORG, codes: [DatedCode(code: "LBNMIL")], origin: "mine:1")])
        let matches = dictionary.lookup("HIZBULLAH", on: nil) + dictionary.lookup("hezbollah", on: nil)
        #expect(dictionary.lookup("hezbollah", on: nil).map(\.code) == ["LBNMIL", "LBNREB"])
        #expect(matches.first?.code == "LBNREB")
        #expect(dictionary.longestName == 4)
    }

    @Test("the PETRARCH validation suite's own actor dictionary loads",
          .enabled(if: FileManager.default.fileExists(atPath: validation.path), "needs ../shared/data/petrarch-validation"))
    func validationSuite() throws {
        var dictionary = ActorDictionary()
        try dictionary.add(contentsOf: Self.validation)
        #expect(dictionary.actors.count > 50)
        #expect(dictionary.lookup("Hamas", on: nil).first?.code == "PSEREBHMS")
    }

    static let validation = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("shared/data/petrarch-validation/PETR.Validate.actors.txt")
}

@Suite("the bundled actor dictionaries")
struct BundledActorTests {
    @Test("the curated file reads without a problem and codes current office-holders by date")
    func bundled() throws {
        let dictionary = try ActorDictionary.bundled()
        #expect(dictionary.problems.filter { $0.file == "sitrep.actors.txt" }.isEmpty)
        #expect(dictionary.actors.count > 25_000)
        #expect(dictionary.lookup("Hossein Amir-Abdollahian", on: 20_231_026).first?.code == "IRNGOV")
        #expect(dictionary.lookup("Ebrahim Raisi", on: 20_200_101).first?.code == "IRNJUD")
        #expect(dictionary.lookup("the Houthis", on: 20_231_026).isEmpty)
        #expect(dictionary.lookup("Houthis", on: 20_231_026).first?.code == "YEMREB")
    }
}
