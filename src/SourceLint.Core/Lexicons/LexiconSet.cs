using System.Collections.Frozen;
using System.Reflection;
using SourceLint.Core.Configuration;

namespace SourceLint.Core.Lexicons;

/// <summary>
/// The word lists the recognizers read: the embedded data files (<c>Lexicons/*.txt</c>) plus the
/// house-style additions from configuration. Built once per configuration and shared.
/// </summary>
public sealed class LexiconSet
{
    /// <summary>Lexicons whose lines list several single-word forms; the others hold one phrase a line.</summary>
    private static readonly HashSet<string> WordFormLexicons =
        [LexiconNames.ReportingVerbs, LexiconNames.ShowingVerbs, LexiconNames.DocumentSources, LexiconNames.Abbreviations,
         LexiconNames.StatisticalPredicates, LexiconNames.CountedNounsSkip];

    private static readonly Lazy<LexiconSet> BuiltIn = new(() => new LexiconSet(LintConfiguration.Default));

    private readonly Dictionary<string, FrozenSet<string>> _words = new();
    private readonly Dictionary<string, PhraseMatcher> _phrases = new();

    private LexiconSet(LintConfiguration configuration)
    {
        int bit = 0;
        foreach (string name in LexiconNames.All)
        {
            var entries = ReadEmbedded(name).ToList();
            if (configuration.LexiconAdditions.TryGetValue(name, out var extra)) entries.AddRange(extra);
            if (WordFormLexicons.Contains(name))
            {
                _words[name] = entries.SelectMany(e => e.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                    .Select(w => w.ToLowerInvariant()).ToFrozenSet();
            }
            if (bit >= 32) throw new InvalidOperationException("more phrase lexicons than bits in WordForm.PhraseStarts");
            _phrases[name] = new PhraseMatcher(entries.Select(e => e.ToLowerInvariant()), 1u << bit++);
        }
        AllPhrases = [.. _phrases.Values];
        Vocabulary = new Vocabulary(this);
        foreach (var matcher in AllPhrases) matcher.Owner = Vocabulary;
    }

    /// <summary>The word forms of the drafts read with these lists, each knowing its place in them.</summary>
    public Vocabulary Vocabulary { get; }

    /// <summary>
    /// Whether these lists give <paramref name="token"/>'s word the trait: read from its form when the form
    /// was made under this set (always, in an analysis), asked of the lists otherwise.
    /// </summary>
    internal bool Has(in Analysis.Token token, WordTraits trait) =>
        ReferenceEquals(token.Form.Owner, Vocabulary)
            ? token.Form.Has(trait)
            : (Vocabulary.TraitsOf(token.Kind, token.Text, token.Lower) & trait) != 0;

    /// <summary>Every phrase lexicon; each has its own bit in <see cref="WordForm.PhraseStarts"/>.</summary>
    internal PhraseMatcher[] AllPhrases { get; }

    public static LexiconSet Create(LintConfiguration configuration) =>
        configuration.LexiconAdditions.Count == 0 ? BuiltIn.Value : new LexiconSet(configuration);

    public FrozenSet<string> Words(string name) => _words[name];
    public PhraseMatcher Phrases(string name) => _phrases[name];

    public FrozenSet<string> ReportingVerbs => _words[LexiconNames.ReportingVerbs];
    public FrozenSet<string> ShowingVerbs => _words[LexiconNames.ShowingVerbs];
    public FrozenSet<string> DocumentSources => _words[LexiconNames.DocumentSources];
    public FrozenSet<string> Abbreviations => _words[LexiconNames.Abbreviations];
    public FrozenSet<string> StatisticalPredicates => _words[LexiconNames.StatisticalPredicates];
    public FrozenSet<string> CountedNounsSkip => _words[LexiconNames.CountedNounsSkip];

    /// <summary>Spelled-out numbers and their values ("thirty" → 30).</summary>
    public FrozenDictionary<string, double> NumberWords { get; } = ReadEmbedded(LexiconNames.NumberWords)
        .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        .ToFrozenDictionary(p => p[0], p => double.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The word forms of an embedded list (several a line, as in reporting-verbs.txt), lower-cased.</summary>
    internal static FrozenSet<string> ReadWordList(string name) =>
        ReadEmbedded(name).SelectMany(e => e.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Select(w => w.ToLowerInvariant()).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The entries of an embedded lexicon file, without comments and blank lines.</summary>
    public static IEnumerable<string> ReadEmbedded(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"SourceLint.Lexicons.{name}.txt")
            ?? throw new InvalidOperationException($"lexicon '{name}' is not embedded");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            line = line.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            lines.Add(line);
        }
        return lines;
    }
}
