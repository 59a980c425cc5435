using System.Text.Json;

namespace Didactics.SourceGeneration.Tests;

/// <summary>The transparency card (JSON manifest + Mermaid diagram) each generated strategy carries in its descriptor.</summary>
public sealed class TransparencyCardTests
{
    private static IStrategy Load(params string[] sources)
    {
        var run = GeneratorHarness.RunClean(sources);
        var assembly = GeneratorHarness.Load(run.Output);
        var type = assembly.GetTypes().Single(t => typeof(IStrategy).IsAssignableFrom(t));
        return (IStrategy)Activator.CreateInstance(type)!;
    }

    [Fact]
    public void Socratic_card_matches_snapshot_and_is_valid_json()
    {
        var card = Load(Sources.Socratic).Descriptor.TransparencyCard;
        Assert.NotNull(card);
        Snapshot.Verify(card.Json, nameof(Socratic_card_matches_snapshot_and_is_valid_json), "card.json");
        Snapshot.Verify(card.Mermaid, nameof(Socratic_card_matches_snapshot_and_is_valid_json), "card.mmd");

        using var json = JsonDocument.Parse(card.Json);
        var root = json.RootElement;
        Assert.Equal("didactics.transparency-card/1", root.GetProperty("schema").GetString());
        Assert.Equal(Load(Sources.Socratic).Descriptor.Phases.Length, root.GetProperty("phases").GetArrayLength());
        Assert.True(root.GetProperty("dataSentToModel").GetProperty("learnerMessages").GetBoolean());
        Assert.StartsWith("stateDiagram-v2\n", card.Mermaid);
    }

    [Theory]
    [InlineData("Disclosure.AfterAttempts, MinAttempts = 2", "{{ Answer }}", true)]
    [InlineData("Disclosure.Never", "{{ Answer }}", false)]
    [InlineData("Disclosure.Always", "{{ Problem }}", false)]
    public void The_card_says_whether_the_reference_answer_can_reach_the_model(string policy, string template, bool expected)
    {
        var source = $$$"""
            using Didactics;
            namespace T;
            [Strategy("card")]
            [Phase("A", PhaseMove.Elicit, Start = true, Terminal = true, Template = "{{{template}}}", Content = new[] { "{{ Learner }}" })]
            [AnswerPolicy({{{policy}}})]
            internal partial class CardStrategy { }
            """;
        var card = Load(source).Descriptor.TransparencyCard!;
        using var json = JsonDocument.Parse(card.Json);
        Assert.Equal(expected, json.RootElement.GetProperty("referenceAnswerCanReachModel").GetBoolean());
        var variables = json.RootElement.GetProperty("dataSentToModel").GetProperty("templateVariables").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Equal([template.Trim('{', '}', ' ')], variables);
        Assert.Equal(["Learner"], json.RootElement.GetProperty("authoredContentVariables").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void Wildcard_transitions_are_expanded_in_the_diagram_like_the_state_machine()
    {
        var source = """
            using Didactics;
            namespace T;
            [Strategy("w")]
            [Phase("A", PhaseMove.Elicit, Start = true)]
            [Phase("B", PhaseMove.Probe)]
            [Phase("Done", PhaseMove.Consolidate, Terminal = true)]
            [Transition("A", LearnerSignal.CorrectAttempt, "B")]
            [Transition("*", LearnerSignal.CorrectAttempt, "Done")]
            [AnswerPolicy(Disclosure.Never)]
            internal partial class W { }
            """;
        var mermaid = Load(source).Descriptor.TransparencyCard!.Mermaid;
        Assert.Equal(
            "stateDiagram-v2\n    state \"A\" as p0\n    state \"B\" as p1\n    state \"Done\" as p2\n    [*] --> p0\n    p0 --> p1 : CorrectAttempt\n    p1 --> p2 : CorrectAttempt\n    p2 --> [*]\n",
            mermaid);
    }
}
