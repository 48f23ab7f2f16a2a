using SourceLint.Core.Analysis;

namespace SourceLint.Core.Lexicons;

/// <summary>What the lexicons say about a word, answered once per spelling (see <see cref="WordForm"/>).</summary>
[Flags]
public enum WordTraits
{
    None = 0,
    /// <summary>A content word of a claim (<see cref="Claims.ContentWords.IsContent"/>).</summary>
    Content = 1 << 0,
    ReportingVerb = 1 << 1,
    ShowingVerb = 1 << 2,
    DocumentSource = 1 << 3,
    StatisticalPredicate = 1 << 4,
    /// <summary>A word of killing, injury or capture: small spelled-out counts near it are figures. (Built-in list: the same under every configuration.)</summary>
    CasualtyWord = 1 << 5,
    /// <summary>A spelled-out number ("thirty", "twenty-five") or a plural vague count ("dozens"): a figure may start here. (Built-in lists only.)</summary>
    NumberWord = 1 << 6,
    /// <summary>A word the attribution recognizer may start a reporting cue at: a reporting verb, a verb that reports when it tags or governs a quote, or the first word of "pointed out", "fired back", "put it", "went on" (<see cref="Recognizers.Attribution.AttributionRecognizer.MayStartReportingCue"/>).</summary>
    ReportingCue = 1 << 7,
    /// <summary>"according", "in", "citing", "quoted", "cited", "reported": the words an "according to"-like cue starts with (<see cref="Recognizers.Attribution.AttributionRecognizer.MayStartAccordingCue"/>).</summary>
    AccordingCue = 1 << 8,
    /// <summary>"reportedly", "is", "are", "was", "were": the single words a weasel cue outside the phrase lexicon starts with (<see cref="Recognizers.Attribution.AttributionRecognizer.MayStartWeaselCue"/>).</summary>
    WeaselCue = 1 << 9,
    /// <summary>"it", "they": the pronouns that continue a document source ("It also found …").</summary>
    DocumentPronoun = 1 << 10,
    /// <summary>A noun for something said ("suggestion", "warning"): <see cref="Recognizers.Attribution.SpeechNounAttribution.IsSpeechNoun"/>.</summary>
    SpeechNoun = 1 << 11,
    /// <summary>A word that ends a speaker lead-in's subject (a copula, an attitude verb, an act before speaking): <see cref="Recognizers.Attribution.SpeakerLeadIn.EndsSubject"/>.</summary>
    EndsLeadInSubject = 1 << 12,
    /// <summary>A determiner of a source phrase ("the", "his", "several"): <see cref="Recognizers.Attribution.NounPhrases.Determiners"/>.</summary>
    Determiner = 1 << 13,
    /// <summary>A pronoun that is a source phrase by itself ("he", "they"): <see cref="Recognizers.Attribution.NounPhrases.Pronouns"/>.</summary>
    Pronoun = 1 << 14,
    /// <summary>A word that cannot stand inside a source phrase (a verb, conjunction or preposition that ends it): <see cref="Recognizers.Attribution.NounPhrases.Stops"/>.</summary>
    PhraseStop = 1 << 15,
}

/// <summary>
/// One spelling of a token ("Said", "said", "1,200", "£") with its lower-case form and what the
/// lexicons say about it. A draft repeats its words, and every recognizer used to hash each word
/// again against its own lists; a form is looked up once per token (<see cref="Vocabulary"/>) and
/// carries the answers, so the recognizers read a bit instead of probing a set.
/// </summary>
public sealed class WordForm
{
    internal WordForm(Vocabulary owner, string text, string lower, TokenKind kind, WordTraits traits, uint phraseStarts)
    {
        Owner = owner;
        Text = text;
        Lower = lower;
        Kind = kind;
        Traits = traits;
        PhraseStarts = phraseStarts;
    }

    /// <summary>The vocabulary (and so the lexicon set) whose lists the traits answer.</summary>
    internal Vocabulary Owner { get; }
    public string Text { get; }
    /// <summary>The lower-case form; the same string as <see cref="Text"/> when it has no capital.</summary>
    public string Lower { get; }
    public TokenKind Kind { get; }
    internal WordTraits Traits { get; }
    /// <summary>Bit k: the phrase lexicon numbered k (<see cref="PhraseMatcher.Bit"/>) has a phrase starting with this word.</summary>
    internal uint PhraseStarts { get; }

    private string? _stem;
    private int _stemHash;
    /// <summary>The Porter2 stem of the lower-case form, computed on first use (a pure function, so a race only repeats the work).</summary>
    internal string Stem => Volatile.Read(ref _stem) ?? ComputeStem();

    /// <summary>
    /// The stem's <see cref="string.GetHashCode()"/>, kept beside it. The claim index compares and indexes stems by
    /// it first: the stem strings are scattered over the heap, and reading each one to compare it was a cache miss
    /// per content word (a sentence's stems were compared with each other to find its distinct ones).
    /// </summary>
    internal int StemHash
    {
        get
        {
            _ = Stem;
            return _stemHash;
        }
    }

    private string ComputeStem()
    {
        string stem = Claims.ContentWords.Stem(Lower);
        _stemHash = stem.GetHashCode();
        Volatile.Write(ref _stem, stem); // after the hash: a thread that sees the stem sees its hash
        return stem;
    }

    public bool Has(WordTraits trait) => (Traits & trait) != 0;

    public override string ToString() => Text;
}
