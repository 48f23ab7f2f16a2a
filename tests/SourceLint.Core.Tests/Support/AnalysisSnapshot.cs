using System.Text;
using SourceLint.Core.Analysis;

namespace SourceLint.Core.Tests.Support;

/// <summary>
/// Writes out everything a lint run produced as text, so two runs can be compared for equality: the
/// diagnostics with their related locations and fixes, the input problems, the source report, and the
/// analysis itself sentence by sentence (including what the passes across paragraphs set: context
/// attributions, back-references, quote attributions). Objects are named by where they stand
/// ("s12.a0" is sentence 12's first attribution), so a reference to an object of another analysis, or
/// one object shared by two places, shows as a difference.
/// </summary>
public static class AnalysisSnapshot
{
    public static string Of(LintResult result)
    {
        var sb = new StringBuilder();
        foreach (var d in result.Diagnostics)
        {
            sb.Append($"D {d.Id} {d.Severity} {d.Span} {d.Range} {d.SentenceSpan} {d.Message} |{d.FlaggedText}|\n");
            foreach (var r in d.Related) sb.Append($"  related {r.Span} {r.Range} {r.Message}\n");
            foreach (var f in d.Fixes)
                sb.Append($"  fix {f.Title} {f.IsPreferred} ").AppendJoin(" ", f.Edits.Select(e => $"{e.Span}={e.NewText}")).Append('\n');
        }
        foreach (var p in result.Problems) sb.Append($"P {p}\n");
        var report = result.Sources;
        foreach (var s in report.Sources)
            sb.Append($"S {s.Name} {s.Kind} {s.Span} ").AppendJoin(" ", s.Backs.Select(b => $"{b.Kind}{b.Span}")).Append('\n');
        sb.Append("U ").AppendJoin(" ", report.Unattributed.Select(b => $"{b.Kind}{b.Span}")).Append('\n');
        Describe(result.Analysis, sb);
        return sb.ToString();
    }

    private static void Describe(DraftAnalysis analysis, StringBuilder sb)
    {
        var sentences = analysis.Sentences;
        var names = new Dictionary<object, string>(ReferenceEqualityComparer.Instance);
        void Name(object o, string name)
        {
            if (!names.TryAdd(o, name)) names[o] = names[o] + "=" + name; // the same object in two places
        }
        for (int k = 0; k < sentences.Count; k++)
        {
            var s = sentences[k];
            for (int i = 0; i < s.Attributions.Count; i++) Name(s.Attributions[i], $"s{k}.a{i}");
            for (int i = 0; i < s.Figures.Count; i++) Name(s.Figures[i], $"s{k}.f{i}");
            Name(s, $"s{k}");
        }
        string Ref(object? o) => o is null ? "-" : names.TryGetValue(o, out var n) ? n : "FOREIGN(" + o + ")";
        var quoteNames = new Dictionary<Quote, string>(ReferenceEqualityComparer.Instance);
        for (int k = 0; k < sentences.Count; k++)
        {
            var s = sentences[k];
            sb.Append($"s{k} p{s.ParagraphIndex}.{s.IndexInParagraph} {s.Scope} {s.Span} {s.SourceSpan} conviction={s.HasConviction} ")
              .Append($"context={Ref(s.ContextAttribution)} unverifiedByNext={Ref(s.UnverifiedByNext)} |{s.Text}|\n");
            foreach (var q in s.Quotes)
            {
                // A quote spanning sentences is one object in each; the first sentence names it.
                if (!quoteNames.TryGetValue(q, out var qn)) quoteNames[q] = qn = $"s{k}.q{s.Quotes.IndexOf(q)}";
                sb.Append($"  quote {qn} {q.Span} {q.InnerSpan} words={q.WordCount} title={q.IsTitleOrTerm} next={q.ContinuesToNextParagraph} prev={q.ContinuesPreviousParagraph} by={Ref(q.AttributedBy)}\n");
            }
            foreach (var f in s.Figures)
            {
                string inside = f.InsideQuote is null ? "-" : quoteNames.TryGetValue(f.InsideQuote, out var qn) ? qn : "FOREIGN";
                sb.Append($"  figure {f.Span} {f.Text} {f.Value} {f.CountedNoun} {f.Approximator} stat={f.IsStatistical} inside={inside}\n");
            }
            foreach (var a in s.Attributions)
                sb.Append($"  attribution {a.Kind} {a.CueSpan} {a.SourceSpan} {a.SourceText} scope={a.Scope} unnamed={a.IsUnnamed} pronoun={a.IsPronoun}\n");
            foreach (var m in s.Hedges) sb.Append($"  hedge {m}\n");
            foreach (var m in s.Boosters) sb.Append($"  booster {m}\n");
            foreach (var m in s.UnverifiedSignals) sb.Append($"  signal {m}\n");
            foreach (var u in s.UnnamedSources) sb.Append($"  unnamed {u}\n");
            foreach (var a in s.Allegations) sb.Append($"  allegation {a}\n");
        }
        sb.Append($"ledger {analysis.Ledger.Entries.Count}\n");
    }
}
