using FluentAssertions;
using SourceLint.Cli.Output;
using SourceLint.Cli.Tests.Support;

namespace SourceLint.Cli.Tests.Formats;

/// <summary>
/// Every format's exact output for the hand-made sample run, compared with the files in <c>Golden/</c>.
/// A deliberate format change: run the tests with SOURCELINT_UPDATE_GOLDEN=1, review the diff, commit it.
/// </summary>
public sealed class GoldenTests
{
    public static TheoryData<string> Formats => new(Reporters.Names);

    [Theory]
    [MemberData(nameof(Formats))]
    public void The_output_matches_the_golden_file(string format)
    {
        string actual = SampleRun.Render(Reporters.Create(format, color: false)!).Replace("\r\n", "\n");
        string ext = format switch { "json" => "json", "sarif" => "sarif", "junit" => "xml", "html" => "html", _ => "txt" };
        string golden = Path.Combine(RepoPaths.Root, "tests", "SourceLint.Cli.Tests", "Golden", $"sample.{format}.{ext}");

        if (Environment.GetEnvironmentVariable("SOURCELINT_UPDATE_GOLDEN") == "1") File.WriteAllText(golden, actual);

        File.Exists(golden).Should().BeTrue($"{golden} is missing: run with SOURCELINT_UPDATE_GOLDEN=1 to create it");
        actual.Should().Be(File.ReadAllText(golden).Replace("\r\n", "\n"), $"--format {format} changed; if on purpose, regenerate with SOURCELINT_UPDATE_GOLDEN=1");
    }
}
