import SitrepText

/// Repairs a hyphen inside a word that the tagger read as a comma or colon between clauses:
/// in "Army officers in Guinea-Bissau said …" it tagged the "-" a comma, and the parser then
/// cut the sentence in two there. A hyphen with a letter right before and right after it is
/// HYPH 1,237 times in 1,282 in EWT + GUM train and dev (the rest are dashes typed without
/// spaces in web text).
struct HyphenRepair {
    let hyphen: Int?

    init(classes: [TagClass]) {
        hyphen = classes.firstIndex { $0.upos == .PUNCT && $0.xpos == "HYPH" }
    }

    /// `predicted`, one class per token of a sentence (`word` gives the text of its n-th token,
    /// `touchesNext` whether no space parts it from the next), with such hyphens made HYPH.
    func apply(to predicted: inout [Int], word: (Int) -> String, touchesNext: (Int) -> Bool) {
        guard let hyphen, predicted.count >= 3 else { return }
        for position in 1..<(predicted.count - 1) where predicted[position] != hyphen && word(position) == "-"
            && touchesNext(position - 1) && touchesNext(position)
            && word(position - 1).last?.isLetter == true && word(position + 1).first?.isLetter == true {
            predicted[position] = hyphen
        }
    }
}
