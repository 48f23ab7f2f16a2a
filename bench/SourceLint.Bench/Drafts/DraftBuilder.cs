using System.Text;
using SourceLint.Eval.Corpora;
using SourceLint.Eval.Measures;

namespace SourceLint.Bench.Drafts;

/// <summary>A synthetic long draft: a Markdown headline, then real story paragraphs, and its word count.</summary>
internal sealed record BenchDraft(string Text, int Words)
{
    public int Utf8Bytes => Encoding.UTF8.GetByteCount(Text);
}

/// <summary>
/// Builds long Markdown drafts from BBC stories held in memory: the first story's headline as a level-1
/// heading, then the body paragraphs of story after story (each story's own headline left out) until the
/// draft reaches the wanted number of words. Drafts of different sizes share their beginning, so a larger
/// one is the smaller one continued.
/// </summary>
internal static class DraftBuilder
{
    public static BenchDraft Build(IReadOnlyList<CorpusDocument> stories, int minimumWords)
    {
        if (stories.Count == 0) throw new ArgumentException("no stories to build a draft from", nameof(stories));
        var sb = new StringBuilder();
        sb.Append("# ").Append(Headline(stories[0].Text)).Append("\n\n");
        var words = 0;
        while (words < minimumWords)
        {
            var wordsBefore = words;
            foreach (var paragraph in stories.SelectMany(s => BodyParagraphs(s.Text)))
            {
                sb.Append(paragraph).Append("\n\n");
                words += WordCounter.Count(paragraph);
                if (words >= minimumWords) break;
            }
            // Fewer stories than words wanted goes round again (only tiny test corpora need this).
            if (words == wordsBefore) throw new ArgumentException("the stories hold no body text", nameof(stories));
        }
        var text = sb.ToString();
        return new BenchDraft(text, WordCounter.Count(text));
    }

    /// <summary>The same draft with its body written out twice under one headline.</summary>
    public static BenchDraft Doubled(BenchDraft draft)
    {
        var headlineEnd = draft.Text.IndexOf("\n\n", StringComparison.Ordinal) + 2;
        var headline = draft.Text[..headlineEnd];
        var body = draft.Text[headlineEnd..];
        var text = headline + body + body;
        return new BenchDraft(text, WordCounter.Count(text));
    }

    private static string Headline(string story)
    {
        var end = story.IndexOf('\n');
        return (end < 0 ? story : story[..end]).Trim();
    }

    /// <summary>BBC layout: line 1 the headline, then one paragraph a line.</summary>
    private static IEnumerable<string> BodyParagraphs(string story) =>
        story.Split('\n').Skip(1).Select(l => l.Trim()).Where(l => l.Length > 0);
}
