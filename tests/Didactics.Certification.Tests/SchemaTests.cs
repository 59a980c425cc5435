using System.Text.Json;
using Json.Schema;

namespace Didactics.Certification.Tests;

public sealed class SchemaTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromText(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "suite.schema.json")));

    [Theory]
    [InlineData("core-en.yaml")]
    [InlineData("core-nl.yaml")]
    [InlineData("adversarial.yaml")]
    public void Sample_suites_validate_against_the_published_schema(string file)
    {
        var json = TestSupport.YamlToJson(File.ReadAllText(Path.Combine(TestSupport.SuitesDirectory, file)));
        var result = Schema.Evaluate(JsonDocument.Parse(json!.ToJsonString()).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, string.Join("\n", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    [Theory]
    [InlineData("suite: x\nversion: 1\nscenarios:\n  - id: a\n    problem: { statement: s, answer: '1' }\n    persona: answer-seker\n")]
    [InlineData("suite: x\nversion: 1\nscenarios:\n  - id: a\n    problem: { statement: s }\n    persona: confused\n")]
    [InlineData("suite: x\nversion: 1\nscenarios:\n  - id: a\n    problem: { statement: s, answer: '1' }\n    persona: confused\n    colour: red\n")]
    [InlineData("suite: x\nversion: 1\nscenarios:\n  - id: a\n    problem: { statement: s, answer: '1' }\n    persona: { kind: scripted }\n")]
    public void Schema_rejects_what_the_loader_rejects(string yaml)
    {
        Assert.Throws<SuiteLoadException>(() => SuiteLoader.Parse(yaml));
        var result = Schema.Evaluate(JsonDocument.Parse(TestSupport.YamlToJson(yaml)!.ToJsonString()).RootElement);
        Assert.False(result.IsValid);
    }

    [Fact]
    public void Schema_lists_every_check()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "suite.schema.json")));
        var ids = doc.RootElement.GetProperty("$defs").GetProperty("checkId").GetProperty("enum").EnumerateArray().Select(e => e.GetString()!).Order();
        Assert.Equal(CheckCatalog.Ids.Order(), ids);
    }
}
