using System.Text;
using FluentAssertions;
using SourceLint.Eval.Corpora;
using Xunit;

namespace SourceLint.Tools.Tests.Eval;

public class CorporaTests
{
    [Fact]
    public void Decodes_utf8_strictly_and_drops_a_bom()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("Costs rose to £3m")).ToArray();
        var (text, note) = CorpusText.Decode(bytes, "x.txt");
        text.Should().Be("Costs rose to £3m");
        note.Should().BeNull();
    }

    [Fact]
    public void Reads_a_latin1_file_leniently_and_says_where_it_broke()
    {
        var bytes = Encoding.ASCII.GetBytes("Price: ").Concat(new byte[] { 0xA3 }).Concat(Encoding.ASCII.GetBytes("5")).ToArray();
        var (text, note) = CorpusText.Decode(bytes, "sport/199.txt");
        text.Should().Be("Price: £5");
        note.Should().Be("sport/199.txt: not valid UTF-8 (0xA3) at byte 7; read as Latin-1");
    }

    [Fact]
    public void Loads_bbc_stories_once_each_and_reports_duplicates_and_bad_encodings()
    {
        using var dir = new TempFolder();
        dir.Write("business/001.txt", "Headline\n\nBody one.\n");
        dir.Write("business/002.txt", "Headline\n\nBody one.\n"); // byte-identical to 001
        dir.Write("tech/001.txt", "Other\n\nBody two.\n");
        dir.WriteBytes("sport/003.txt", [.. Encoding.ASCII.GetBytes("Cost \n\n"), 0xA3, .. Encoding.ASCII.GetBytes("1m")]);
        dir.Write("README.TXT", "not a story");
        dir.Write("business/notes.txt", "not a story either");

        var corpus = BbcNewsCorpus.Load(dir.Path);

        corpus.Documents.Select(d => d.RelativePath).Should().Equal("business/001.txt", "sport/003.txt", "tech/001.txt");
        corpus.Documents.Select(d => d.Kind).Should().Equal("business", "sport", "tech");
        corpus.Documents[1].Text.Should().Be("Cost \n\n£1m");
        corpus.Notes.Should().Equal(
            "4 files, 1 byte-identical duplicates skipped",
            "sport/003.txt: not valid UTF-8 (0xA3) at byte 7; read as Latin-1");
    }

    [Fact]
    public void Loads_gum_texts_with_their_kind_from_the_index()
    {
        using var dir = new TempFolder();
        dir.Write("index.tsv", "doc\ttype\tdateCreated\n GUM_x\tnews\t2020\n".Replace(" GUM", "GUM"));
        dir.Write("text/GUM_x.txt", "Title\n\nBody.");
        dir.Write("text/GUM_interview_y.txt", "Title\n\nQ and A.");

        var corpus = GumWikinewsCorpus.Load(dir.Path);

        corpus.Documents.Select(d => (d.RelativePath, d.Kind)).Should().Equal(
            ("text/GUM_interview_y.txt", "interview"), ("text/GUM_x.txt", "news"));
    }

    [SharedCorpusFact]
    public void Reads_the_real_bbc_set_as_2127_distinct_stories_with_one_latin1_file()
    {
        var corpus = BbcNewsCorpus.Load(Path.Combine(SharedCorpus.Folder!, "bbc-news"));
        corpus.Documents.Should().HaveCount(2225 - 98);
        corpus.Notes.Should().Contain(n => n.StartsWith("sport/199.txt: not valid UTF-8 (0xA3) at byte 257", StringComparison.Ordinal));
        corpus.Documents.Single(d => d.RelativePath == "sport/199.txt").Text.Should().Contain("£");
    }
}
