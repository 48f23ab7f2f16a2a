using SourceLint.Core.Text;

namespace SourceLint.Core.Analysis;

/// <summary>A figure expression: approximator, number(s) and counted noun, e.g. "More than 30 soldiers".</summary>
public sealed record Figure(TextSpan Span, string Text, double? Value, string? CountedNoun, string? Approximator, bool IsStatistical)
{
    /// <summary>Set when the figure lies inside a direct quote.</summary>
    public Quote? InsideQuote { get; set; }
}

/// <summary>A direct quotation with its marks. <see cref="Span"/> includes the marks.</summary>
public sealed record Quote(TextSpan Span, TextSpan InnerSpan, string InnerText, int WordCount)
{
    public bool IsScareQuote => WordCount <= 3;
    /// <summary>A title of a work or a defined term ("known as", "dubbed"): not a quote to attribute.</summary>
    public bool IsTitleOrTerm { get; set; }
    /// <summary>The paragraph opened the quote but did not close it: it continues in the next paragraph.</summary>
    public bool ContinuesToNextParagraph { get; set; }
    /// <summary>This quote continues one opened in an earlier paragraph.</summary>
    public bool ContinuesPreviousParagraph { get; set; }
    /// <summary>Set when the quote is attributed (in its sentence or by scope).</summary>
    public Attribution? AttributedBy { get; set; }
}

public enum AttributionKind
{
    /// <summary>A source with a verb of saying: "X said", "said X", "X told Reuters".</summary>
    ReportingVerb,
    /// <summary>"according to X", "citing X", "quoted by X".</summary>
    AccordingTo,
    /// <summary>A document or data source with a verb of showing: "figures showed", "the survey found".</summary>
    Document,
    /// <summary>"X said:" or "X: '…'" introducing a quote.</summary>
    Colon,
    /// <summary>A Markdown link or footnote on the claim.</summary>
    Link,
    /// <summary>Quote marks around a claim in a headline.</summary>
    HeadlineQuote,
    /// <summary>A weasel phrase: an attribution with no identifiable source.</summary>
    Weasel,
    /// <summary>A named speaker's stance introducing the quotes after it: "Ruddock is keen to protect his players. '…'"</summary>
    SpeakerLeadIn,
}

/// <summary>A source tied to a statement by a reporting expression.</summary>
public sealed record Attribution(AttributionKind Kind, TextSpan CueSpan, TextSpan? SourceSpan, string SourceText)
{
    /// <summary>The part of the sentence the attribution governs.</summary>
    public TextSpan Scope { get; set; }
    public bool IsWeasel => Kind == AttributionKind.Weasel;
    /// <summary>The source withholds its identity ("a senior official", "sources").</summary>
    public bool IsUnnamed { get; set; }
    /// <summary>The source's subject is a pronoun ("he said") continuing an earlier named source.</summary>
    public bool IsPronoun { get; set; }
    /// <summary>
    /// A data source that vouches for figures, not for anybody's words: the poll a figure is read "in" ("47 percent in the
    /// latest Post-ABC poll"). A quote in its clause ('Do well enough in polls to "be realistically considered …"') is not the poll's.
    /// </summary>
    public bool FiguresOnly { get; init; }
}

/// <summary>A hedge, booster or unverified signal: a word or phrase that frames how sure the writer is.</summary>
public sealed record Marker(TextSpan Span, string Text);

/// <summary>An unnamed source phrase ("An unnamed local source").</summary>
public sealed record UnnamedSource(TextSpan Span, string Text);

/// <summary>An accusation: the actor, the allegation verb and its object ("JNIM fighters attacked a military airport").</summary>
public sealed record Allegation(TextSpan Span, string Text, TextSpan ActorSpan, string Verb);
