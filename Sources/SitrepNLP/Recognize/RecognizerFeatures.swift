/// The recognizer's one feature function, shared by `EntityRecognizer` and
/// `RecognizerTrainer`. If the features change, a new model must be trained: bump `version`.
///
/// A sentence is read once into per-token hashes (`RecognizerSentence`); the features of
/// token i then combine those hashes with the two previous predicted tags:
///
/// - the word, lowercased and as written; its shape ("Xxxxx", "X.X.", "dddd"), prefix and
///   suffixes; the words and shapes two to either side, their suffixes, and word and shape
///   bigrams;
/// - capitalisation, headline-aware: in a sentence whose words are almost all capitalised
///   (a headline, or text in capitals) every capitalisation feature carries a headline
///   flag, so capitals there are weak evidence the model learns apart, and the as-written
///   words are left out ("Warns" in "Biden Warns Iran" is the verb "warns");
/// - how the word is usually capitalised (`CaseProfile`), alone and with how it is written
///   here, and for its neighbours;
/// - gazetteer matches covering the token, with their BILOU position, alone and with the
///   token's capitalisation, and which categories cover the neighbours;
/// - the predicted Penn tags of the word and its neighbours, alone and as bigrams, the Penn
///   tag with the capitalisation, and the UPOS trigram: "NNP" runs mark where names begin
///   and end. Left out in headlines, where the tagger reads every capitalised word as NNP
///   ("Biden Warns Iranian Supreme Leader") and the tags would join verbs to names;
/// - the previous two tags, alone and with the word and its capitalisation.
public enum RecognizerFeatures {
    public static let version = 2

    /// Feature templates; each feature is a hash of its template and values.
    private enum T: UInt16 {
        case bias = 1, lower, word, shape, suffix2, suffix3, suffix4, prefix3, capitals
        case lowerBefore, lowerBefore2, lowerAfter, lowerAfter2, shapeBefore, shapeAfter, capitalTrigram
        case bigramBefore, bigramAfter, tag1, tags12, tag1Lower, tag1Capitals
        case gazetteer, gazetteerCapitals, gazetteerBefore, gazetteerAfter
        case wordBefore, wordAfter, shapesBefore, shapesAfter, suffixBefore, suffixAfter
        case casing, casingCapitals, casingBefore, casingAfter
        case xpos, xposBefore, xposAfter, xposBigramBefore, xposBigramAfter, xposCapitals, uposTrigram
    }

    /// Appends the features of token `index` to `features` (which it clears first).
    public static func features(
        of sentence: RecognizerSentence, at index: Int, previous: BILOU?, beforePrevious: BILOU?,
        into features: inout [UInt64]
    ) {
        features.removeAll(keepingCapacity: true)
        let t = sentence.tokens[index]
        let before = sentence.token(index - 1)
        let after = sentence.token(index + 1)
        let headline: UInt64 = sentence.isHeadline ? 1 : 0
        let first: UInt64 = index == 0 ? 1 : 0
        let tag1 = UInt64(previous?.index ?? 31)
        let tag2 = UInt64(beforePrevious?.index ?? 31)

        features.append(hash(.bias, 0))
        features.append(hash(.lower, t.lower))
        if !sentence.isHeadline {
            features.append(hash(.word, t.word))
            features.append(hash(.wordBefore, before.word))
            features.append(hash(.wordAfter, after.word))
        }
        features.append(hash(.shapesBefore, before.shape, t.shape, headline))
        features.append(hash(.shapesAfter, t.shape, after.shape, headline))
        features.append(hash(.suffixBefore, before.suffix3))
        features.append(hash(.suffixAfter, after.suffix3))
        features.append(hash(.shape, t.shape, headline))
        features.append(hash(.suffix2, t.suffix2))
        features.append(hash(.suffix3, t.suffix3))
        features.append(hash(.suffix4, t.suffix4))
        features.append(hash(.prefix3, t.prefix3))
        features.append(hash(.capitals, UInt64(t.capitals.rawValue), headline, first))
        features.append(hash(.lowerBefore, before.lower))
        features.append(hash(.lowerBefore2, sentence.token(index - 2).lower))
        features.append(hash(.lowerAfter, after.lower))
        features.append(hash(.lowerAfter2, sentence.token(index + 2).lower))
        features.append(hash(.shapeBefore, before.shape, headline))
        features.append(hash(.shapeAfter, after.shape, headline))
        let capitalsBefore = UInt64(before.capitals.rawValue) << 16
        let capitalsAfter = UInt64(after.capitals.rawValue)
        let capitals = capitalsBefore | UInt64(t.capitals.rawValue) << 8 | capitalsAfter
        features.append(hash(.capitalTrigram, capitals, headline))
        features.append(hash(.bigramBefore, before.lower, t.lower))
        features.append(hash(.bigramAfter, t.lower, after.lower))
        features.append(hash(.tag1, tag1))
        features.append(hash(.tags12, tag1, tag2))
        features.append(hash(.tag1Lower, tag1, t.lower))
        features.append(hash(.tag1Capitals, tag1, UInt64(t.capitals.rawValue), headline))
        features.append(hash(.casing, UInt64(t.casing), headline))
        features.append(hash(.casingCapitals, UInt64(t.casing), UInt64(t.capitals.rawValue), headline))
        features.append(hash(.casingBefore, UInt64(before.casing), UInt64(before.capitals.rawValue)))
        features.append(hash(.casingAfter, UInt64(after.casing), UInt64(after.capitals.rawValue)))
        if !sentence.isHeadline {
            features.append(hash(.xpos, t.xpos))
            features.append(hash(.xposBefore, before.xpos))
            features.append(hash(.xposAfter, after.xpos))
            features.append(hash(.xposBigramBefore, before.xpos, t.xpos))
            features.append(hash(.xposBigramAfter, t.xpos, after.xpos))
            features.append(hash(.xposCapitals, t.xpos, UInt64(t.capitals.rawValue)))
            features.append(hash(.uposTrigram, before.upos << 16 | t.upos << 8 | after.upos))
        }
        var marks = t.gazetteer
        while marks != 0 {
            let bit = UInt64(marks.trailingZeroBitCount)
            marks &= marks - 1
            features.append(hash(.gazetteer, bit))
            features.append(hash(.gazetteerCapitals, bit, UInt64(t.capitals.rawValue), headline))
        }
        if before.gazetteer != 0 { features.append(hash(.gazetteerBefore, UInt64(before.gazetteer))) }
        if after.gazetteer != 0 { features.append(hash(.gazetteerAfter, UInt64(after.gazetteer))) }
    }

    // The values are already hashes or small integers, so one multiply-xorshift round per
    // value (after splitmix64's finaliser) mixes them; `FeatureHash`'s byte-wise FNV costs
    // eight rounds per value, a third of the recognizer's time.
    @inline(__always)
    private static func mix(_ h: UInt64, _ value: UInt64) -> UInt64 {
        var z = (h ^ value) &* 0xbf58_476d_1ce4_e5b9
        z ^= z >> 31
        return z &* 0x94d0_49bb_1331_11eb
    }

    @inline(__always)
    private static func hash(_ template: T, _ a: UInt64) -> UInt64 {
        mix(UInt64(template.rawValue) &* 0x9e37_79b9_7f4a_7c15, a) | 1
    }

    @inline(__always)
    private static func hash(_ template: T, _ a: UInt64, _ b: UInt64) -> UInt64 {
        mix(mix(UInt64(template.rawValue) &* 0x9e37_79b9_7f4a_7c15, a), b) | 1
    }

    @inline(__always)
    private static func hash(_ template: T, _ a: UInt64, _ b: UInt64, _ c: UInt64) -> UInt64 {
        mix(mix(mix(UInt64(template.rawValue) &* 0x9e37_79b9_7f4a_7c15, a), b), c) | 1
    }
}
