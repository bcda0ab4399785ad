/// The word lists behind the tokenizer's and splitter's decisions, each stored as hashes of
/// scalars so a lookup allocates nothing.
///
/// The lists follow UD English EWT and GUM: what those treebanks keep whole ("Mr.", "U.S.",
/// "e-mail", "co-workers") and what they split ("do" + "n't", "gon" + "na", "5" + "pm").
enum TokenizerExceptions {
    /// Abbreviations that stand before a name and so never end a sentence ("Gen. Milley").
    static let titles = ScalarKey.set(
        "Mr", "Mrs", "Ms", "Messrs", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Cmdr", "Cdr", "Cpl",
        "Sgt", "Pvt", "Adm", "Brig", "Gov", "Sen", "Sens", "Rep", "Reps", "Rev", "Hon", "Pres", "Supt", "Fr",
        "St", "Ste", "Mt", "Ft", "Amb", "Atty", "Det", "Insp", "Spec", "Gens", "Mme", "Mlle", "Drs", "Profs")

    /// Abbreviations written with a capital that may end a sentence ("Apple Inc.").
    static let capitalized = ScalarKey.set(
        "Jr", "Sr", "Inc", "Corp", "Co", "Cos", "Ltd", "Bros", "Mfg", "Assn", "Dept", "Univ", "Ave", "Blvd", "Rd",
        "Hwy", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mon", "Tue",
        "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun", "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn",
        "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans", "Ky", "Md", "Mich", "Minn", "Mo", "Mont", "Neb", "Nev",
        "Okla", "Pa", "Penn", "Tenn", "Tex", "Va", "Vt", "Wis", "Wyo", "Ph", "Vol", "Fig", "Figs", "Eq", "Ed",
        "Eds", "Gov't", "Attn", "Ext", "Tel", "Nos", "Art", "Sec", "Ref", "Approx", "Est", "Dist")

    /// Abbreviations compared in lower case ("etc.", "vs.", "approx.").
    static let lowercase = ScalarKey.set(
        "etc", "vs", "v", "al", "approx", "ca", "cf", "fig", "figs", "vol", "vols", "pp", "p", "ed", "eds",
        "est", "incl", "esp", "ext", "misc", "attn", "tel", "oz", "lb", "lbs", "hr", "hrs", "min", "mins", "sec",
        "secs", "yr", "yrs", "govt", "dept", "div", "no", "nos", "op", "viz", "resp", "sq", "ft", "mt", "seq")

    /// `No.` is an abbreviation only before a number ("No. 10"); otherwise it is "no" + ".".
    static let beforeNumberOnly = ScalarKey.set("no", "nos", "art", "sec", "p", "pp", "vol", "fig", "figs", "op")

    /// Prefixes UD keeps attached to the word after the hyphen ("e-mail", "non-stop").
    static let hyphenPrefixes = ScalarKey.set(
        "e", "non", "pre", "post", "anti", "mid", "co", "re", "multi", "pro", "ex", "neo", "semi", "sub",
        "counter", "cross", "socio", "pan", "mini", "inter", "over", "arch", "psycho", "bi", "tri", "uni", "mis",
        "infra", "intra", "ultra", "micro", "macro", "cyber")

    /// Unit words UD splits from a number written against them ("5pm", "$4bn", "10k").
    static let units = ScalarKey.set(
        "am", "pm", "a.m.", "p.m.", "bn", "mn", "tn", "k", "km", "cm", "mm", "kg", "mg", "lb", "lbs", "oz",
        "ft", "mph", "kph", "kmh", "mb", "gb", "tb", "kb", "mw", "kw", "gw", "hz", "khz", "mhz", "ghz", "ml",
        "yr", "yrs", "hr", "hrs", "min", "mins", "sec", "secs", "bln", "mln", "m", "b", "g", "l", "ms")

    /// Words spelled without a space that UD splits into two words, with where the split
    /// falls: "cannot" → "can" + "not", "gonna" → "gon" + "na".
    static let fusedWords: [UInt64: Int] = {
        var table: [UInt64: Int] = [:]
        for (word, split) in [
            ("cannot", 3), ("gonna", 3), ("gotta", 3), ("wanna", 3), ("lemme", 3), ("gimme", 3), ("dont", 2),
            ("didnt", 3), ("doesnt", 4), ("isnt", 2), ("wasnt", 3), ("arent", 3), ("werent", 4), ("couldnt", 5),
            ("wouldnt", 5), ("shouldnt", 6), ("havent", 4), ("hasnt", 3), ("hadnt", 3), ("wont", 2), ("im", 1), ("alot", 1),
        ] {
            table[ScalarKey.of(word)] = split
        }
        return table
    }()

    /// Emoticons kept whole (":-)"), matched against a whole whitespace-delimited chunk.
    static let emoticons = ScalarKey.set(
        ":)", ":-)", ":(", ":-(", ";)", ";-)", ":D", ":-D", ":P", ":-P", ":p", ":-p", ":/", ":-/", "<3", "^_^",
        ":o", ":O", "=)", "XD", ":'(", ";D")

    /// Words that start sentences and are rarely capitalised inside one, so an abbreviation
    /// before them ("…in the U.S. The Pentagon said…") ends its sentence.
    static let sentenceStarters = ScalarKey.set(
        "The", "A", "An", "This", "That", "These", "Those", "It", "Its", "He", "She", "They", "We", "I", "You",
        "His", "Her", "Their", "Our", "My", "Your", "But", "And", "Or", "So", "Yet", "However", "In", "On", "At",
        "For", "If", "When", "While", "After", "Before", "As", "Since", "Although", "Though", "There", "Here",
        "What", "Who", "Why", "How", "Where", "Which", "Some", "Many", "Most", "All", "No", "Not", "One", "Two",
        "Both", "Each", "Every", "Also", "Still", "Then", "Thus", "Meanwhile", "Instead", "Now", "Today", "Yesterday",
        "Last", "Earlier", "Later", "According", "Under", "Over", "During", "Despite", "Because", "Such", "Other",
        "Another", "More", "Even", "Only", "Do", "Does", "Did", "Is", "Are", "Was", "Were", "Will", "Would", "Can",
        "Could", "Should", "May", "Might", "Must", "Let", "Please", "Thanks", "Thank", "Yes", "Officials", "Police")
}

/// A 64-bit FNV-1a hash of a run of scalars, ASCII letters optionally folded to lower case:
/// the key of the tokenizer's word lists.
enum ScalarKey {
    static func of(_ word: String) -> UInt64 {
        var hash = start
        for scalar in word.unicodeScalars { hash = mix(hash, scalar.value) }
        return hash
    }

    static func set(_ words: String...) -> Set<UInt64> {
        Set(words.map(of))
    }

    static let start: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always)
    static func mix(_ hash: UInt64, _ scalar: UInt32) -> UInt64 {
        var h = hash
        var s = scalar
        repeat {
            h = (h ^ UInt64(s & 0xff)) &* 0x100_0000_01b3
            s >>= 8
        } while s != 0
        return h
    }

    @inline(__always)
    static func lower(_ scalar: UInt32) -> UInt32 {
        scalar >= 0x41 && scalar <= 0x5A ? scalar | 0x20 : scalar
    }
}
