using FluentAssertions;
using SourceLint.Core.Analysis;
using SourceLint.Core.Configuration;
using SourceLint.Core.Lexicons;

namespace SourceLint.Core.Tests.Lexicons;

/// <summary>The spelling table matches some spellings by the slot alone (up to eight Latin-1 characters): it must never confuse two.</summary>
public class VocabularyTests
{
    /// <summary>
    /// A vocabulary of its own: the built-in lexicon set's is shared by every test, and a spelling first met here
    /// with another kind than the tokenizer gives it ("£" as a word) would keep that kind for the other tests.
    /// </summary>
    private static Vocabulary NewVocabulary() =>
        LexiconSet.Create(LintConfiguration.Default with
        {
            LexiconAdditions = new Dictionary<string, IReadOnlyList<string>> { [LexiconNames.Hedges] = ["perhaps-not-shared"] },
        }).Vocabulary;

    [Fact]
    public void The_same_spelling_gives_the_same_form_and_different_spellings_different_forms()
    {
        var vocabulary = NewVocabulary();
        string[] spellings =
        [
            "said", "Said", "SAID", "saida", "a", "A", "I", "£", "1,200", "3.5", "al-Qaeda", "Mali's", "Mali’s",
            "eightchr", "eightchs", "ninechars", "ninechart", "internationally", "internationalle", "ĀB", "\u0100B", "\u0000B",
            "ĀĀĀĀĀĀĀĀĀ", "āĀĀĀĀĀĀĀĀ", "café", "cafe", "naïve", "naive", "Ünïcödé", "日本", "日本語",
        ];
        var forms = spellings.Select(s => vocabulary.Get(s, TokenKind.Word)).ToList();
        for (int k = 0; k < spellings.Length; k++)
        {
            forms[k].Text.Should().Be(spellings[k]);
            vocabulary.Get(spellings[k].ToCharArray(), TokenKind.Word).Should().BeSameAs(forms[k]);
        }
        forms.Distinct().Should().HaveCount(spellings.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Low_bytes_alone_do_not_match_a_spelling_outside_latin1()
    {
        var vocabulary = NewVocabulary();
        // U+0141 and 'A' (U+0041) share their low byte.
        var latin = vocabulary.Get("ABC", TokenKind.Word);
        var other = vocabulary.Get("\u0141BC", TokenKind.Word);
        other.Should().NotBeSameAs(latin);
        other.Text.Should().Be("\u0141BC");
        vocabulary.Get("ABC", TokenKind.Word).Should().BeSameAs(latin);
    }

    [Fact]
    public void Forms_survive_the_table_growing_many_times_over()
    {
        var vocabulary = NewVocabulary();
        var first = Enumerable.Range(0, 20_000).Select(i => vocabulary.Get("w" + i, TokenKind.Word)).ToList();
        for (int i = 0; i < first.Count; i++)
        {
            var again = vocabulary.Get("w" + i, TokenKind.Word);
            again.Should().BeSameAs(first[i]);
            again.Lower.Should().Be("w" + i);
        }
    }

    [Fact]
    public void Threads_reading_and_adding_at_once_agree_on_each_spelling()
    {
        var vocabulary = NewVocabulary();
        var results = new WordForm[4][];
        Parallel.For(0, 4, t =>
        {
            var mine = new WordForm[5_000];
            for (int i = 0; i < mine.Length; i++) mine[i] = vocabulary.Get("Spelling" + ((i * 7 + t * 13) % mine.Length), TokenKind.Word);
            results[t] = mine;
        });
        for (int t = 0; t < 4; t++)
            for (int i = 0; i < 5_000; i++)
            {
                string spelling = "Spelling" + ((i * 7 + t * 13) % 5_000);
                results[t][i].Text.Should().Be(spelling);
                results[t][i].Lower.Should().Be(spelling.ToLowerInvariant());
                vocabulary.Get(spelling, TokenKind.Word).Should().BeSameAs(results[t][i]);
            }
    }

    /// <summary>The tokenizer reads a spelling's head from the text around it with one vector load: the key must be the one the spelling alone gives.</summary>
    [Fact]
    public void A_key_read_from_the_surrounding_text_is_the_key_of_the_spelling()
    {
        string[] texts = ["a bc def ghij klmno pqrstu vwxyzab cdefghij klmnopqrs", "café naïve Ωmega ab\u0100cd \u0141\u00f3d\u017a 2,000 £5bn", "x\u20acy 12345678 over-the-top"];
        foreach (var text in texts)
            for (int start = 0; start < text.Length; start++)
                for (int length = 1; start + length <= text.Length && length <= 12; length++)
                {
                    var alone = Vocabulary.KeyOf(text.AsSpan(start, length));
                    var inText = Vocabulary.KeyOf(text, start, length);
                    (inText.Head, inText.Shape, inText.Hash).Should().Be((alone.Head, alone.Shape, alone.Hash), $"'{text.Substring(start, length)}'");
                }
    }
}
