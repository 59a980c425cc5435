using System.Collections.Immutable;
using System.Text.Json;

namespace Didactics.Tests;

public class SessionStateSerializationTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 25, 9, 30, 15, 123, TimeSpan.FromHours(1));

    internal static SessionState Rich() => new()
    {
        Id = "sessie-ü-1",
        Strategy = "hint-ladder",
        Problem = new Problem("b3", "Hoeveel is driekwart van 20? Schrijf je antwoord als één getal.", [new ReferenceAnswer("15"), new ReferenceAnswer("15,0", AnswerKind.Number)])
        {
            Language = "nl",
            Steps = ["Een kwart van 20 is 20 : 4 = 5.", "Driekwart is 3 × 5 = 15."],
            Hints = ["Bereken eerst een kwart.", "Hoeveel kwarten zijn driekwart?"],
            Skills = ["breuk-van-een-hoeveelheid", "delen"],
            Misconceptions = [new Misconception("26,67", "Teller en noemer verwisseld — 20 : 3 × 4.")],
        },
        Phase = "feedback",
        Language = "nl",
        Attempts = 2,
        Engagements = 1,
        EffortAtLastHelp = 1,
        HeldTurns = 1,
        StuckTurns = 1,
        HintLevel = 1,
        Solved = false,
        Turns = 4,
        PhaseVisits = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [new KeyValuePair<string, int>("elicit", 1), new("feedback", 2), new("Hint", 1)]),
        Mastery = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal,
            [new KeyValuePair<string, SkillMastery>("delen", new SkillMastery(0.1757575757575758, 1, 0)), new("breuk-van-een-hoeveelheid", new SkillMastery(0.6000000000000001, 2, 1))]),
        TimeOnTask = TimeSpan.FromSeconds(187.25),
        Delegation = new DelegationMeter(Directive: 1, FeedbackLoop: 1, TaskIteration: 1, Other: 1, HelpWithoutEffort: 1),
        Transcript =
        [
            new TranscriptEntry(Speaker.Tutor, "Wat weet je al over kwarten? 🙂", "elicit", LearnerSignal.Unclassified, T0),
            new TranscriptEntry(Speaker.Learner, "zeg nou gewoon \"het antwoord\"\n— alsjeblieft", "elicit", LearnerSignal.AnswerRequest, T0.AddSeconds(20), CollaborationMode.DirectiveDelegation),
            new TranscriptEntry(Speaker.Learner, "26,67", "feedback", LearnerSignal.IncorrectAttempt, T0.AddSeconds(80), CollaborationMode.TaskIteration),
            new TranscriptEntry(Speaker.Tutor, "Bijna! Kijk naar de noemer… 中文 ✓", "feedback", LearnerSignal.Unclassified, T0.AddSeconds(81)),
        ],
        Version = 7,
        CreatedAt = T0,
        UpdatedAt = T0.AddSeconds(81),
    };

    [Fact]
    public void Round_trips_exactly_and_reserializes_byte_identical()
    {
        var state = Rich();
        var json = JsonSerializer.Serialize(state, DidacticsJsonContext.Default.SessionState);
        var back = JsonSerializer.Deserialize(json, DidacticsJsonContext.Default.SessionState);

        Assert.NotNull(back);
        Assert.Equal(state, back);
        Assert.Equal(json, JsonSerializer.Serialize(back, DidacticsJsonContext.Default.SessionState));
        var bytes = JsonSerializer.SerializeToUtf8Bytes(state, DidacticsJsonContext.Default.SessionState);
        Assert.Equal(bytes, JsonSerializer.SerializeToUtf8Bytes(JsonSerializer.Deserialize(bytes, DidacticsJsonContext.Default.SessionState)!, DidacticsJsonContext.Default.SessionState));

        // The detailed members survive, not only equality.
        Assert.Equal(0.1757575757575758, back!.Mastery["delen"].PKnown);
        Assert.Equal("Bijna! Kijk naar de noemer… 中文 ✓", back.Transcript[3].Text);
        Assert.Equal(CollaborationMode.DirectiveDelegation, back.Transcript[1].Mode);
        Assert.Equal(0.25, back.DelegationShare);
        Assert.Equal(T0.Offset, back.CreatedAt.Offset);
        Assert.Equal(state.Problem, back.Problem);
    }

    [Fact]
    public void Json_uses_camel_case_string_enums_and_sorted_maps()
    {
        var json = JsonSerializer.Serialize(Rich(), DidacticsJsonContext.Default.SessionState);
        Assert.Contains("\"signal\":\"AnswerRequest\"", json, StringComparison.Ordinal);
        Assert.Contains("\"mode\":\"DirectiveDelegation\"", json, StringComparison.Ordinal);
        Assert.Contains("\"delegation\":{\"directive\":1", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"share\"", json, StringComparison.Ordinal); // derived, not stored
        Assert.True(json.IndexOf("\"Hint\"", StringComparison.Ordinal) < json.IndexOf("\"elicit\"", StringComparison.Ordinal), "ordinal key order");
        Assert.True(json.IndexOf("\"breuk-van", StringComparison.Ordinal) < json.IndexOf("\"delen\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Maps_read_with_another_order_or_comparer_are_normalized_to_ordinal()
    {
        var json = JsonSerializer.Serialize(Rich(), DidacticsJsonContext.Default.SessionState);
        var reordered = json.Replace("\"phaseVisits\":{\"Hint\":1,\"elicit\":1,\"feedback\":2}", "\"phaseVisits\":{\"feedback\":2,\"elicit\":1,\"Hint\":1}", StringComparison.Ordinal);
        Assert.NotEqual(json, reordered);
        var back = JsonSerializer.Deserialize(reordered, DidacticsJsonContext.Default.SessionState)!;
        Assert.Equal(json, JsonSerializer.Serialize(back, DidacticsJsonContext.Default.SessionState));
    }

    public static TheoryData<string> Mutations => new()
    {
        "Problem.Hints", "Problem.Skills", "Problem.Statement", "Mastery.value", "Mastery.key", "TimeOnTask", "Delegation", "Delegation.Delegating",
        "PhaseVisits", "Transcript.Mode", "Transcript.Text", "Attempts", "Engagements", "EffortAtLastHelp", "HeldTurns", "StuckTurns", "Delegation.HelpWithoutEffort", "Version",
    };

    [Theory]
    [MemberData(nameof(Mutations))]
    public void Equality_sees_every_member(string member)
    {
        var a = Rich();
        var b = member switch
        {
            "Problem.Hints" => a with { Problem = a.Problem with { Hints = ["other"] } },
            "Problem.Skills" => a with { Problem = a.Problem with { Skills = ["delen"] } },
            "Problem.Statement" => a with { Problem = a.Problem with { Statement = "Hoeveel is een kwart van 20?" } },
            "Mastery.value" => a with { Mastery = a.Mastery.SetItem("delen", new SkillMastery(0.2, 1, 0)) },
            "Mastery.key" => a with { Mastery = a.Mastery.Remove("delen").Add("delen2", a.Mastery["delen"]) },
            "TimeOnTask" => a with { TimeOnTask = a.TimeOnTask + TimeSpan.FromTicks(1) },
            "Delegation" => a with { Delegation = a.Delegation.Record(CollaborationMode.Learning) },
            "Delegation.Delegating" => a with { Delegation = a.Delegation with { Delegating = true } },
            "PhaseVisits" => a with { PhaseVisits = a.PhaseVisits.SetItem("elicit", 2) },
            "Transcript.Mode" => a with { Transcript = a.Transcript.SetItem(2, a.Transcript[2] with { Mode = CollaborationMode.FeedbackLoop }) },
            "Transcript.Text" => a with { Transcript = a.Transcript.SetItem(2, a.Transcript[2] with { Text = "26,68" }) },
            "Attempts" => a with { Attempts = 3 },
            "Engagements" => a with { Engagements = 2 },
            "EffortAtLastHelp" => a with { EffortAtLastHelp = 2 },
            "HeldTurns" => a with { HeldTurns = 2 },
            "StuckTurns" => a with { StuckTurns = 2 },
            "Delegation.HelpWithoutEffort" => a with { Delegation = a.Delegation with { HelpWithoutEffort = 2 } },
            "Version" => a with { Version = 8 },
            _ => throw new ArgumentOutOfRangeException(nameof(member)),
        };

        Assert.NotEqual(a, b);
        Assert.Equal(a, Rich()); // a fresh, separately built copy is equal
    }
}
