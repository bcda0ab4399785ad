import SitrepExtract
import SitrepTestSupport
import SitrepText
import Testing

@Suite("Claims")
struct ClaimsTests {
    func claimant(_ claim: Claim, _ document: Document) -> String {
        claim.claimant.referent.map { document.referents[$0].name } ?? claim.claimant.tokens.map { document.text(of: $0) } ?? ""
    }

    @Test("'disputed X's account' disputes X's earlier claim, naming both claimants")
    func disputedAccount() throws {
        let document = try SharedAnalyzer.analyze("""
            "We will respond if they continue to target our troops," President Biden stated in a press conference.

            In response, an aide to Iran's President Ebrahim Raisi disputed Biden's account.
            """)
        let dispute = try #require(document.claims.first { $0.stance == .disputes })
        let disputed = try #require(dispute.disputes.map { document.claims[$0] })
        #expect(claimant(dispute, document).contains("aide"))
        #expect(claimant(disputed, document).contains("Biden"))
        #expect(dispute.cue.map { document.text(of: $0) } == "disputed Biden's account")
    }

    @Test("'the disputed Sabina Shoal' names a place; it disputes no one, however the parser hangs it")
    func disputedPlace() throws {
        let document = try SharedAnalyzer.analyze(
            "Chinese coast guard ships fired water cannon at a Philippine government vessel near the disputed Sabina Shoal on Monday, the Philippine coast guard said.")
        #expect(!document.claims.contains { $0.stance == .disputes })
        #expect(!document.events.contains { document.text(of: $0.trigger) == "disputed" })
        #expect(document.events.contains { document.text(of: $0.trigger) == "fired" })
    }

    @Test("a denial with its own content clause disputes the earlier claim that says the same")
    func denial() throws {
        let document = try SharedAnalyzer.analyze(
            "The health ministry said the strike killed 12 civilians. The army denied that the strike killed any civilians.")
        let denial = try #require(document.claims.first { $0.stance == .denies })
        let disputed = try #require(denial.disputes.map { document.claims[$0] })
        #expect(claimant(disputed, document).contains("ministry"))
        #expect(claimant(denial, document).contains("army"))
    }

    @Test("every quote states a claim resting on it")
    func claimsFromQuotes() throws {
        let document = try SharedAnalyzer.analyze("Kirby confirmed that a message had been sent to Tehran.")
        #expect(document.claims.count == document.quotes.count)
        #expect(document.claims.first?.quotes == [0])
        #expect(document.claims.first?.stance == .asserts)
    }

    @Test("the same proposition from another claimant restates it; negated, it disputes it")
    func paraphrase() throws {
        let same = try SharedAnalyzer.analyze(
            "The ministry said twelve civilians were killed in the market strike. Local medics said twelve civilians were killed in the strike on the market.")
        #expect(same.claims.count == 2)
        #expect(same.claims.last?.restates == 0)
        let negated = try SharedAnalyzer.analyze(
            "The ministry said the messages were addressed to the Supreme Leader. An aide claimed the messages were not addressed to the Supreme Leader.")
        #expect(negated.claims.last?.disputes == 0)
        #expect(negated.claims.last?.restates == nil)
    }

    @Test("'X said otherwise' disputes the last claim of someone else")
    func saidOtherwise() throws {
        let document = try SharedAnalyzer.analyze(
            "The army said the town had been cleared of militants. But local officials said otherwise.")
        let dispute = try #require(document.claims.first { $0.stance == .disputes })
        let disputed = try #require(dispute.disputes.map { document.claims[$0] })
        #expect(claimant(dispute, document).contains("officials"))
        #expect(claimant(disputed, document).contains("army"))
    }

    @Test("'disputed the army's account' points at the army's claim, not the latest one")
    func disputedPossessor() throws {
        let document = try SharedAnalyzer.analyze("""
            The army said its soldiers had killed 12 fighters in the raid. The health ministry said the strike hit a school \
            and killed seven children. Local officials disputed the army's account.
            """)
        let dispute = try #require(document.claims.first { $0.stance == .disputes })
        #expect(dispute.disputes.map { claimant(document.claims[$0], document) } == "The army")
    }

    @Test("'denied the accusation' answers the claim that accuses the denier; 'denied visas' contradicts nobody")
    func deniedAccusation() throws {
        let document = try SharedAnalyzer.analyze("""
            The opposition accused the governor of rigging the vote in the northern districts. The electoral commission said \
            turnout had reached 61 percent. The governor denied the accusation.
            """)
        let denial = try #require(document.claims.first { $0.stance == .denies })
        #expect(denial.disputes.map { claimant(document.claims[$0], document) } == "The opposition")
        let refused = try SharedAnalyzer.analyze("The minister said the border would reopen. Officials later denied visas to the delegation.")
        #expect(refused.claims.allSatisfy { $0.stance == .asserts })
    }

    @Test("a statement made without quotes is a claim that 'rejected the statement' answers, once")
    func unquotedStatement() throws {
        let document = try SharedAnalyzer.analyze("""
            "Our forces repelled the attack," army spokesman Colonel Ali Traore said. \
            France's foreign ministry condemned the attack and urged the government to protect civilians. \
            Mali's foreign minister rejected the statement.
            """)
        let rejection = try #require(document.claims.first { $0.cue.map { document.text(of: $0).hasPrefix("rejected") } ?? false })
        #expect(rejection.disputes.map { claimant(document.claims[$0], document) }?.contains("ministry") == true)
        #expect(document.claims.filter { $0.cue.map { document.text(of: $0).hasPrefix("rejected") } ?? false }.count == 1)
    }

    @Test("declining to comment makes no claim")
    func declinedComment() throws {
        let document = try SharedAnalyzer.analyze("Israel, which has sought to normalise relations with Saudi Arabia, did not comment. The ministry declined to comment.")
        #expect(document.claims.isEmpty)
    }

    @Test("a statement ends with its own verb's words, not a verb coordinated with it")
    func statementEnds() throws {
        let document = try SharedAnalyzer.analyze(
            "Iran's foreign ministry spokesman Nasser Kanaani condemned the sanctions as illegal and said Tehran would not bow to pressure.")
        let condemnation = try #require(document.claims.first { $0.cue.map { document.text(of: $0) } == "condemned" })
        #expect(document.text(of: condemnation.content) == "condemned the sanctions as illegal")
    }

    @Test("rejecting an actor's claims answers the claim of theirs that the words name, not their latest")
    func rejectionAnswersTheNamedClaim() throws {
        let document = try SharedAnalyzer.analyze("""
            Beijing, which claims Taiwan as its own territory, condemned the transit and warned Washington against "playing with fire".

            Taiwan's government has rejected Beijing's sovereignty claims.
            """)
        let rejection = try #require(document.claims.first { $0.stance == .denies })
        let answered = try #require(rejection.disputes.map { document.claims[$0] })
        #expect(document.text(of: answered.content).hasPrefix("claims Taiwan"))
    }

    @Test("what a quoted word calls something is asserted, whatever the verb: 'rejected the decision as \"antisemitic\"'")
    func quotedCharacterisationIsAsserted() throws {
        let document = try SharedAnalyzer.analyze("Netanyahu's office rejected the decision as \"antisemitic\" and said Israel would not bow to pressure.")
        let called = try #require(document.claims.first { document.text(of: $0.content) == "antisemitic" })
        #expect(called.stance == .asserts)
    }
}
