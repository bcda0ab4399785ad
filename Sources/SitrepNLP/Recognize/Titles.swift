/// Words that stand before a person's name but are not part of it in UNER's annotation
/// ("President Joe Biden" → PER "Joe Biden"), lowercased.
///
/// GUM-NER and re3d include them in the span and the Phoenix dictionaries in the phrase;
/// the readers and the gazetteer builder strip them so the corpora agree with UNER.
enum Titles {
    static let words: Set<String> = [
        "president", "vice", "prime", "minister", "foreign", "senator", "sen.", "governor", "gov.", "mayor",
        "king", "queen", "prince", "princess", "pope", "emperor", "dr.", "dr", "mr.", "mr", "mrs.", "mrs",
        "ms.", "ms", "sir", "lord", "lady", "general", "gen.", "colonel", "col.", "captain", "capt.",
        "lieutenant", "lt.", "sergeant", "sgt.", "admiral", "adm.", "major", "maj.", "chancellor", "judge",
        "justice", "rev.", "reverend", "professor", "prof.", "chairman", "secretary", "ambassador",
        "ayatollah", "hojatolislam", "sheikh", "sayyed", "mullah", "mawlawi", "imam", "rabbi", "bishop",
        "archbishop", "cardinal", "pastor", "acting", "deputy", "commander", "chief", "supreme", "leader",
        "spokesman", "spokeswoman", "representative", "rep.", "congressman", "congresswoman",
    ]
}
