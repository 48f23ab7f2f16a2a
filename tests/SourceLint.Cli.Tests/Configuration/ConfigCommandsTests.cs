using System.Text.Json;
using System.Text.Json.Nodes;
using FluentAssertions;
using Json.Schema;
using SourceLint.Cli.Configuration;
using SourceLint.Cli.Tests.Support;
using SourceLint.Core.Configuration;
using SourceLint.Core.Lexicons;
using SourceLint.Core.Rules;
using YamlDotNet.RepresentationModel;

namespace SourceLint.Cli.Tests.Configuration;

/// <summary><c>init</c>, <c>schema</c>, <c>rules</c> and <c>explain</c>, and the schema against the registry and the loader.</summary>
public sealed class ConfigCommandsTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Init_writes_a_commented_config_the_loader_accepts_with_every_rule_at_its_default()
    {
        var run = CliRunner.Run("init", _dir.Path);

        run.ExitCode.Should().Be(0, run.Stderr);
        string path = Path.Combine(_dir.Path, ".sourcelint.yml");
        string text = File.ReadAllText(path);
        text.Should().Contain("# ").And.Contain("yaml-language-server: $schema=");
        var config = ConfigurationLoader.LoadFile(path);
        foreach (var rule in RuleRegistry.All)
            config.RuleSeverities[rule.Id].Should().Be(rule.DefaultSeverity, rule.Id);
    }

    [Fact]
    public void Init_refuses_to_overwrite_an_existing_config()
    {
        string existing = _dir.File(".sourcelint.yml", "rules:\n  SL104: off\n");

        var run = CliRunner.Run("init", _dir.Path);

        run.ExitCode.Should().Be(2);
        run.Stderr.Should().Contain(existing).And.Contain("already exists");
        File.ReadAllText(existing).Should().Be("rules:\n  SL104: off\n");
    }

    [Fact]
    public void Init_into_a_missing_folder_is_an_error() =>
        CliRunner.Run("init", _dir.Combine("nope")).ExitCode.Should().Be(2);

    [Fact]
    public void The_committed_schema_matches_the_registry_run_sourcelint_schema_to_update_it()
    {
        string committed = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "sourcelint.schema.json"));
        var run = CliRunner.Run("schema");

        run.ExitCode.Should().Be(0);
        run.Stdout.Should().Be(committed, "docs/sourcelint.schema.json drifted: regenerate it with 'sourcelint schema > docs/sourcelint.schema.json'");
    }

    [Fact]
    public void The_schema_names_every_rule_id_and_name_and_every_extendable_lexicon()
    {
        var schema = JsonNode.Parse(ConfigSchema.Generate())!;
        var rules = schema["properties"]!["rules"]!["properties"]!.AsObject().Select(p => p.Key).ToList();
        var lexicons = schema["properties"]!["lexicon"]!["properties"]!.AsObject().Select(p => p.Key).ToList();

        rules.Should().BeEquivalentTo(RuleRegistry.All.SelectMany(r => new[] { r.Id, r.Name }));
        lexicons.Should().BeEquivalentTo(LexiconNames.Extendable);
        schema["properties"]!.AsObject().Select(p => p.Key).Should().BeEquivalentTo(ConfigurationLoader.TopLevelKeys);
        foreach (string word in ConfigSchema.SeverityWords)
            ConfigurationLoader.TryParseSeverity(word, out _).Should().Be(word != "on", $"the loader accepts '{word}'");
    }

    [Theory]
    [InlineData("rules:\n  SL101: error\n  anonymous-source: off\nlexicon:\n  hedges: [reportedly]\ninclude: \"**/*.md\"\n", true)]
    [InlineData("rules:\n  SL999: error\n", false)]
    [InlineData("rules:\n  SL101: loud\n", false)]
    [InlineData("rulez: {}\n", false)]
    [InlineData("lexicon:\n  nouns: [x]\n", false)]
    public void The_schema_accepts_what_the_loader_accepts_and_rejects_what_it_rejects(string yaml, bool valid)
    {
        var schema = JsonSchema.FromText(ConfigSchema.Generate(), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
        var result = schema.Evaluate(JsonDocument.Parse(YamlToJson(yaml)!.ToJsonString()).RootElement);

        result.IsValid.Should().Be(valid);
        Action load = () => ConfigurationLoader.Parse(yaml, "x.yml");
        if (valid) load.Should().NotThrow(); else load.Should().Throw<ConfigurationException>();
    }

    [Fact]
    public void The_init_template_is_valid_against_the_schema()
    {
        var schema = JsonSchema.FromText(ConfigSchema.Generate(), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
        schema.Evaluate(JsonDocument.Parse(YamlToJson(ConfigTemplate.Text())!.ToJsonString()).RootElement).IsValid.Should().BeTrue();
    }

    [Fact]
    public void Rules_lists_every_rule_with_its_default_severity_and_summary()
    {
        var run = CliRunner.Run("rules");

        run.ExitCode.Should().Be(0);
        foreach (var rule in RuleRegistry.All)
            run.Stdout.Should().MatchRegex($@"(?m)^{rule.Id}\s+{rule.Name}\s+{rule.DefaultSeverity.ToString().ToLowerInvariant()}\s+{System.Text.RegularExpressions.Regex.Escape(rule.Summary)}$");
    }

    [Theory]
    [InlineData("SL101")]
    [InlineData("sl104")]
    [InlineData("vague-attribution")]
    public void Explain_prints_the_rule_page_or_the_registry_summary_when_the_page_is_missing(string asked)
    {
        var rule = RuleRegistry.Find(asked)!;
        string page = Path.Combine(RepoPaths.Root, "docs", "rules", rule.Id + ".md");

        var run = CliRunner.Run("explain", asked);

        run.ExitCode.Should().Be(0);
        if (File.Exists(page)) run.Stdout.TrimEnd().Should().Be(File.ReadAllText(page).TrimEnd(), "the embedded page is the committed one");
        else run.Stdout.Should().Contain(rule.Summary).And.Contain(rule.HelpUri);
    }

    [Fact]
    public void Explain_an_unknown_rule_is_a_usage_error()
    {
        var run = CliRunner.Run("explain", "SL999");

        run.ExitCode.Should().Be(2);
        run.Stderr.Should().Contain("unknown rule 'SL999'");
    }

    private static JsonNode? YamlToJson(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return Convert(stream.Documents[0].RootNode);

        static JsonNode? Convert(YamlNode node) => node switch
        {
            YamlMappingNode m => new JsonObject(m.Children.Select(kv => KeyValuePair.Create(((YamlScalarNode)kv.Key).Value!, Convert(kv.Value)))),
            YamlSequenceNode s => new JsonArray(s.Children.Select(Convert).ToArray()),
            YamlScalarNode { Value: "true" or "false" } b => JsonValue.Create(b.Value == "true"),
            YamlScalarNode sc => JsonValue.Create(sc.Value),
            _ => null,
        };
    }
}
