using FluentAssertions;
using SourceLint.Eval.Measures;
using SourceLint.Eval.PolNear;
using Xunit;

namespace SourceLint.Tools.Tests.Eval;

public class PolNearTests
{
    [Fact]
    public void Parses_brat_spans_and_attribution_relations()
    {
        string[] lines =
        [
            "T1\tSource 0 5\tSmith",
            "T2\tCue 6 10\tsaid",
            "T3\tContent 11 20;22 30\tsomething …",
            "T4\tAttribution 6 10\tsaid",
            "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
            "T5\tContent 40 50\tother",
            "T6\tContent 52 60\tmore",
            "T7\tAttribution-no-source 35 39\tcue",
            "E2\tAttribution-no-source:T7 Content:T5 Content2:T6",
            "T8\tContent twelve 14\tbroken",
            "#1\tAnnotatorNotes T1\tnote",
        ];

        var parsed = BratAnnotation.Parse(lines, new CodePointMap(new string('x', 100)));

        parsed.MalformedLines.Should().Be(1);
        parsed.Relations.Should().HaveCount(2);
        parsed.Relations[0].Should().BeEquivalentTo(new AttributionRelation("Attribution", true, [new Span(11, 20), new Span(22, 30)]));
        parsed.Relations[1].Kind.Should().Be("Attribution-no-source");
        parsed.Relations[1].HasSource.Should().BeFalse();
        parsed.Relations[1].Content.Should().Equal(new Span(40, 50), new Span(52, 60));
    }

    [Fact]
    public void Maps_code_point_offsets_past_an_emoji_to_utf16()
    {
        var text = "a😀b said \"x\"";
        var map = new CodePointMap(text);
        map.ToUtf16(0).Should().Be(0);
        map.ToUtf16(1).Should().Be(1);
        map.ToUtf16(2).Should().Be(3); // 'b' is code point 2, UTF-16 index 3
        text[map.ToUtf16(2)].Should().Be('b');
        map.ToUtf16(1000).Should().Be(text.Length);
    }

    [Fact]
    public void Needs_ninety_percent_of_a_quote_inside_annotated_content()
    {
        var text = "He said \"one two three four five six seven eight nine\".";
        var quote = QuoteFinder.Find(text).Single();
        var inner = quote.InnerEnd - quote.InnerStart;

        var whole = Article(text, new Span(quote.InnerStart, quote.InnerEnd));
        PolNearEvaluator.IsInside(PolNearEvaluator.ContentMask(whole), quote).Should().BeTrue();

        var mostly = Article(text, new Span(quote.InnerStart, quote.InnerStart + (int)Math.Ceiling(inner * 0.9)));
        PolNearEvaluator.IsInside(PolNearEvaluator.ContentMask(mostly), quote).Should().BeTrue();

        var half = Article(text, new Span(quote.InnerStart, quote.InnerStart + inner / 2));
        PolNearEvaluator.IsInside(PolNearEvaluator.ContentMask(half), quote).Should().BeFalse();

        PolNearEvaluator.IsInside(PolNearEvaluator.ContentMask(Article(text)), quote).Should().BeFalse();
    }

    [Fact]
    public void Sorts_each_quote_by_annotation_and_by_flag()
    {
        // One quote tagged by its speaker (left alone), one with no speaker (flagged); only the first lies in annotated content.
        const string text = "\"We will rebuild every pier on the island,\" the mayor said.\n\n\"Nobody asked the fishermen what they thought of it.\"\n";
        var quotes = QuoteFinder.Find(text).ToList();
        quotes.Should().HaveCount(2);
        var article = Article(text, new Span(quotes[0].InnerStart, quotes[0].InnerEnd));

        var result = new PolNearEvaluator(new SourceLint.Core.LintEngine()).Evaluate([article], []);

        result.Quotes.Should().Be(2);
        result.Inside.Should().Be(1);
        result.InsideFlagged.Should().Be(0);
        result.OutsideFlagged.Should().Be(1);
        result.UnflaggedOutside.Should().BeEmpty("the quote outside the annotation is flagged");
        result.FalsePositives.Should().BeEmpty();

        // The same tagged quote with no annotation at all: outside, left alone, listed for a reader to judge.
        var unannotated = new PolNearEvaluator(new SourceLint.Core.LintEngine()).Evaluate([Article(text)], []);
        unannotated.UnflaggedOutside.Should().ContainSingle().Which.Quote.Should().Contain("we will rebuild every pier");
    }

    [Fact]
    public void Loads_one_annotator_per_article()
    {
        using var dir = new TempFolder();
        dir.Write("train/text/pub_2016-01-01_story.txt", "Title\n\nSmith said \"we will win this race\".");
        dir.Write("train/attributions/pub_2016-01-01_story_bbbb.ann", "T1\tContent 0 5\tTitle\nE1\tAttribution:T1 Content:T1\n");
        dir.Write("train/attributions/pub_2016-01-01_story_aaaa.ann", "T1\tContent 25 45\tx\nT2\tSource 7 12\tSmith\nE1\tAttribution:T1 Content:T1 Source:T2\n");
        dir.Write("train/text/pub_2016-01-02_unannotated.txt", "No annotations here.");

        var (articles, notes) = PolNearCorpus.Load(dir.Path);

        articles.Should().ContainSingle();
        articles[0].Annotator.Should().Be("aaaa");
        articles[0].Relations.Should().ContainSingle().Which.Content.Should().Equal(new Span(25, 45));
        notes[0].Should().Contain("1 articles").And.Contain("1 without annotations skipped");
    }

    private static PolNearArticle Article(string text, params Span[] content) =>
        new("x.txt", text, "a", [new AttributionRelation("Attribution", true, content)]);
}
