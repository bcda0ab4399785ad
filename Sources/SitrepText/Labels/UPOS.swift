/// Universal part-of-speech tags (UD v2).
public enum UPOS: UInt8, Sendable, Hashable, CaseIterable, Codable, CustomStringConvertible {
    case ADJ, ADP, ADV, AUX, CCONJ, DET, INTJ, NOUN, NUM, PART, PRON, PROPN, PUNCT, SCONJ, SYM, VERB, X

    /// Parses the CoNLL-U spelling ("NOUN"); nil for anything else.
    public init?(_ name: some StringProtocol) {
        guard let tag = UPOS.allCases.first(where: { "\($0)" == name }) else { return nil }
        self = tag
    }

    public var description: String {
        switch self {
        case .ADJ: "ADJ"
        case .ADP: "ADP"
        case .ADV: "ADV"
        case .AUX: "AUX"
        case .CCONJ: "CCONJ"
        case .DET: "DET"
        case .INTJ: "INTJ"
        case .NOUN: "NOUN"
        case .NUM: "NUM"
        case .PART: "PART"
        case .PRON: "PRON"
        case .PROPN: "PROPN"
        case .PUNCT: "PUNCT"
        case .SCONJ: "SCONJ"
        case .SYM: "SYM"
        case .VERB: "VERB"
        case .X: "X"
        }
    }
}
