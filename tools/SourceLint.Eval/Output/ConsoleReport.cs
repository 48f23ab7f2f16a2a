using System.Globalization;
using SourceLint.Eval.Measures;
using SourceLint.Eval.PolNear;

namespace SourceLint.Eval.Output;

/// <summary>Prints the evaluation as plain, diff-friendly text.</summary>
internal sealed class ConsoleReport(TextWriter output, int top)
{
    // The project builds with InvariantGlobalization, so numbers print the same everywhere.
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>How many SL101/SL102 warnings rules.md's attribution scope keeps (an attribution earlier in the
    /// paragraph that scope rule 2 does not carry; the first sentence after an attributed paragraph), and the rate
    /// without them: the part of the rate a spec change, not an engine fix, would remove.</summary>
    private void Scope(CorpusResult r)
    {
        int kept = 0;
        foreach (var (rule, t) in r.Scope)
        {
            if (t.Total == 0) continue;
            output.WriteLine(string.Create(Invariant,
                $"   {rule} warnings by attribution scope: after an attributed sentence of the paragraph {t[ScopeClass.AfterAttributedSentence]:N0} · " +
                $"opening the paragraph after an attributed one {t[ScopeClass.OpensParagraphAfterAttributedOne]:N0} · no source nearby {t[ScopeClass.NoSourceNearby]:N0}"));
            kept += t[ScopeClass.AfterAttributedSentence] + t[ScopeClass.OpensParagraphAfterAttributedOne];
        }
        if (kept > 0)
            output.WriteLine(string.Create(Invariant,
                $"   warnings/1k words without those the spec's scope keeps: {r.PerThousandWords(r.TotalWarnings - kept):0.000} (a measure of the spec, not of the engine)"));
    }

    public void Corpus(CorpusResult r, string folder)
    {
        output.WriteLine($"== {r.Name}  ({folder})");
        foreach (var note in r.Notes) output.WriteLine($"   {note}");
        var seconds = r.Elapsed.TotalSeconds;
        var mbPerSecond = seconds > 0 ? r.Utf8Bytes / 1_000_000.0 / seconds : 0;
        output.WriteLine($"   files {r.Files:N0} · words {r.Words:N0} · {r.Utf8Bytes / 1_000_000.0:0.00} MB · engine and scan {seconds:0.00} s ({mbPerSecond:0.0} MB/s, not a benchmark)");
        output.WriteLine($"   input problems reported {r.Problems:N0} · engine failures {r.Failures.Count:N0}");
        foreach (var failure in r.Failures.Take(10)) output.WriteLine($"     FAILED {failure}");
        if (r.Failures.Count > 10) output.WriteLine($"     … and {r.Failures.Count - 10} more");
        output.WriteLine($"   direct quotes of 4+ words {r.Quotes:N0} · flagged SL102 {r.QuotesFlaggedSl102:N0} ({PolNearResult.Percent(r.QuotesFlaggedSl102, r.Quotes):0.00}%)");
        output.WriteLine();

        output.WriteLine("   rule   name                          warnings     notes   warnings/1k words");
        foreach (var t in r.Rules)
            output.WriteLine($"   {t.Rule.Id,-6} {t.Rule.Name,-28} {t.Warnings,9:N0} {t.Notes,9:N0}   {r.PerThousandWords(t.Warnings),17:0.000}");
        output.WriteLine($"   {"total",-35} {r.TotalWarnings,9:N0} {r.TotalNotes,9:N0}   {r.PerThousandWords(r.TotalWarnings),17:0.000}");
        if (r.Kinds.Count > 1)
        {
            var kinds = r.Kinds.Select(k => string.Create(Invariant, $"{k.Key} {(k.Value.Words == 0 ? 0 : k.Value.Warnings * 1000.0 / k.Value.Words):0.000} ({k.Value.Files} files)"));
            output.WriteLine($"   warnings/1k words by part: {string.Join(" · ", kinds)}");
        }
        Scope(r);
        output.WriteLine();

        if (top == 0) return;
        output.WriteLine($"   most frequent flagged phrases (top {top} per rule; lower-cased, digits as #):");
        var any = false;
        foreach (var t in r.Rules)
        {
            foreach (var (label, phrases) in new[] { ("warnings", t.WarningPhrases), ("notes", t.NotePhrases) })
            {
                if (phrases.Count == 0) continue;
                any = true;
                output.WriteLine($"   {t.Rule.Id} {t.Rule.Name}, {label}");
                foreach (var (phrase, count) in RuleTally.Top(phrases, top)) output.WriteLine($"     {count,6:N0}  {phrase}");
            }
        }
        if (!any) output.WriteLine("     (nothing flagged)");
        output.WriteLine();
    }

    public void PolNear(PolNearResult r, string folder)
    {
        output.WriteLine($"== polnear  ({folder})");
        foreach (var note in r.Notes) output.WriteLine($"   {note}");
        output.WriteLine($"   articles {r.Articles:N0} · words {r.Words:N0} · engine failures {r.Failures.Count:N0}");
        foreach (var failure in r.Failures.Take(10)) output.WriteLine($"     FAILED {failure}");
        Row("direct quotes of 4+ words", r.Quotes, "");
        Row($"  inside a human-marked attribution (>= {PolNearEvaluator.InsideShare * 100:0}% in Content)", r.Inside,
            $"{PolNearResult.Percent(r.Inside, r.Quotes):0.0}% of quotes");
        Row("    of those flagged SL102 (false positives)", r.InsideFlagged,
            $"{PolNearResult.Percent(r.InsideFlagged, r.Inside):0.00}% of attributed quotes");
        Row("  outside any human-marked attribution", r.Outside, "");
        Row("    of those flagged SL102", r.OutsideFlagged,
            $"{PolNearResult.Percent(r.OutsideFlagged, r.Outside):0.0}% of unattributed quotes");
        Row("  SL102 over all such quotes", r.Flagged, $"{PolNearResult.Percent(r.Flagged, r.Quotes):0.00}% of quotes");
        if (top > 0 && r.FalsePositives.Count > 0)
        {
            output.WriteLine($"   attributed quotes flagged SL102 (first {top}):");
            foreach (var (path, quote) in r.FalsePositives.Take(top)) output.WriteLine($"     {path}: {quote}");
        }
        if (top > 0 && r.UnflaggedOutside.Count > 0)
        {
            output.WriteLine($"   quotes outside any annotated attribution that SL102 leaves alone (first {top}; possible misses to read):");
            foreach (var (path, quote) in r.UnflaggedOutside.Take(top)) output.WriteLine($"     {path}: {quote}");
        }
        output.WriteLine();
    }

    private void Row(string label, int count, string share) =>
        output.WriteLine($"   {label,-62} {count,7:N0}  {(share.Length > 0 ? "(" + share + ")" : "")}".TrimEnd());

    public void Targets(IReadOnlyList<TargetCheck> checks, bool filtered)
    {
        output.WriteLine("== targets" + (filtered ? "  (computed over the rules selected with --rules only)" : ""));
        foreach (var check in checks) output.WriteLine($"   {check}");
        output.WriteLine($"   {checks.Count(c => c.Pass)} of {checks.Count} targets met");
    }
}
