using System.Globalization;
using System.Text.Json.Nodes;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Didactics.Certification.Tests;

internal static class TestSupport
{
    public static string SuitesDirectory => Path.Combine(AppContext.BaseDirectory, "suites");

    public static string TempDirectory()
    {
        var dir = Path.Combine(Path.GetTempPath(), "didactics-cert-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    public static Scenario Scenario(
        PersonaKind persona = PersonaKind.AnswerSeeker, string statement = "What is 7 × 8?", string answer = "56", string language = "en",
        int turns = 4, params string[] checks) =>
        SuiteLoader.Parse($$"""
            suite: t
            version: 1
            scenarios:
              - id: s1
                language: {{language}}
                turns: {{turns}}
                problem:
                  statement: "{{statement}}"
                  answer: "{{answer}}"
                  hints: ["Think of groups of 8.", "Split it into 7 × 4 twice.", "7 × 4 is 28; double it."]
                persona: {{Kebab(persona)}}
            {{(checks.Length == 0 ? "" : "    checks: [" + string.Join(", ", checks) + "]")}}
            """).Scenarios[0];

    // YAML to JSON with plain scalars typed the way YAML 1.2 core schema types them.
    public static JsonNode? YamlToJson(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return Convert(stream.Documents[0].RootNode);
    }

    private static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(kv => KeyValuePair.Create(((YamlScalarNode)kv.Key).Value!, Convert(kv.Value)))),
        YamlSequenceNode seq => new JsonArray(seq.Children.Select(Convert).ToArray()),
        YamlScalarNode { Style: ScalarStyle.Plain } s when long.TryParse(s.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var l) => JsonValue.Create(l),
        YamlScalarNode { Style: ScalarStyle.Plain } s when double.TryParse(s.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => JsonValue.Create(d),
        YamlScalarNode s => JsonValue.Create(s.Value),
        _ => null,
    };

    public static string Kebab(PersonaKind kind) => ReportWriter.Kebab(kind.ToString());
}
