namespace SourceLint.Core.Lexicons;

/// <summary>The names of the lexicons; the extendable ones may be added to from <c>.sourcelint.yml</c>.</summary>
public static class LexiconNames
{
    public const string ReportingVerbs = "reporting-verbs";
    public const string ShowingVerbs = "showing-verbs";
    public const string DocumentSources = "document-sources";
    public const string Hedges = "hedges";
    public const string Boosters = "boosters";
    public const string UnverifiedSignals = "unverified-signals";
    public const string WeaselPhrases = "weasel-phrases";
    public const string UnnamedSourceNouns = "unnamed-source-nouns";
    public const string PublicCollectives = "public-collectives";
    public const string AllegationVerbs = "allegation-verbs";
    public const string ConvictionPhrases = "conviction-phrases";
    public const string Abbreviations = "abbreviations";
    public const string StatisticalPredicates = "statistical-predicates";
    public const string CountedNounsSkip = "counted-nouns-skip";
    public const string NumberWords = "number-words";
    public const string Approximators = "approximators";

    // Word lists the attribution recognizer reads directly: built in, not extendable, no phrase matching.
    public const string QuoteTagVerbs = "quote-tag-verbs";
    public const string QuoteGoverningVerbs = "quote-governing-verbs";
    public const string SpeechNouns = "speech-nouns";

    public static readonly string[] All =
    [
        ReportingVerbs, ShowingVerbs, DocumentSources, Hedges, Boosters, UnverifiedSignals, WeaselPhrases,
        UnnamedSourceNouns, PublicCollectives, AllegationVerbs, ConvictionPhrases, Abbreviations,
        StatisticalPredicates, CountedNounsSkip, NumberWords, Approximators,
    ];

    /// <summary>Lexicons a house style may extend.</summary>
    public static readonly string[] Extendable =
    [
        ReportingVerbs, DocumentSources, Hedges, Boosters, UnverifiedSignals, WeaselPhrases,
        UnnamedSourceNouns, PublicCollectives, AllegationVerbs, Abbreviations, StatisticalPredicates,
    ];
}
