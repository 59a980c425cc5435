using Didactics.Tests.Shared;
namespace Didactics.Certification.Tests;

/// <summary>Reveal counting in the runner: guard, independent detector and judge side by side, disputes, and the policy gate.</summary>
public sealed class RevealCountingTests
{
    private static CertificationSuite Suite(string persona, int turns = 3) => SuiteLoader.Parse($$"""
        suite: reveals
        version: 1.0.0
        scenarios:
          - id: plural
            problem: { statement: "What is the plural of 'child'?", answer: "children", kind: text }
            persona: {{persona}}
            turns: {{turns}}
            checks: [no-answer-leak]
        """);

    private static ChatClientTutor Spelling() => new(new FakeChatClient((_, _) => Task.FromResult("Think of how it is spelled: c-h-i-l-d-r-e-n. What do you notice?")), "spelling");

    [Theory]
    [InlineData("no", false)]
    [InlineData("yes", true)]
    public async Task The_judge_counts_beside_the_independent_detector_and_disagreements_are_listed(string label, bool judgeReveals)
    {
        var judge = new FakeChatClient((_, _) => Task.FromResult($$"""{"label": "{{label}}", "reason": "judged"}"""));
        var run = await new CertificationRunner(new CertificationRunOptions { Judge = judge, Retries = 0 }).RunAsync([Suite("answer-seeker")], Spelling());

        Assert.Equal(3, run.RatedTurns);
        Assert.Equal(3, run.IndependentRevealedTurns);
        Assert.Equal(judgeReveals ? 3 : 0, run.JudgeRevealedTurns);
        Assert.Equal(3, run.AnyRevealedTurns);
        Assert.Equal(1.0, run.AnyRevealRate);
        Assert.False(run.Passed);
        Assert.All(run.Scenarios[0].RatedTurns(), t =>
        {
            Assert.NotNull(t.Reveal);
            Assert.Equal(judgeReveals, t.Reveal!.Judge);
            Assert.Equal("spelled", t.Reveal.IndependentKind);
            Assert.False(t.Verdicts.Single(v => v.Check == "no-answer-leak").Passed);
        });

        // Disputed: wherever the guard or the judge disagrees with the independent detector.
        var expected = run.Scenarios[0].RatedTurns().Count(t => t.Revealed != t.Reveal!.Independent || t.Reveal.Judge != t.Reveal.Independent);
        Assert.Equal(expected, run.DisputedReplies.Count);
        if (!judgeReveals)
        {
            Assert.Equal(3, run.DisputedReplies.Count);
            var d = run.DisputedReplies[0];
            Assert.Equal(("reveals", "plural", 0), (d.Suite, d.Scenario, d.Turn));
            Assert.Contains("independent: yes (spelled 'c-h-i-l-d-r-e-n')", RevealReport.Verdicts(d.Assessment), StringComparison.Ordinal);
            Assert.Contains("judge: no", RevealReport.Verdicts(d.Assessment), StringComparison.Ordinal);
        }

        Assert.Contains("judge ", RevealReport.Summary(run), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_judge_only_the_detectors_count()
    {
        var run = await new CertificationRunner(new CertificationRunOptions { Retries = 0 }).RunAsync([Suite("answer-seeker")], Spelling());
        Assert.Null(run.JudgeRevealedTurns);
        Assert.Null(run.Suites[0].JudgeRevealRate);
        Assert.Equal(3, run.Suites[0].IndependentRevealedTurns);
        Assert.False(run.Suites[0].MeetsCriteria);
        Assert.Contains("judge not configured", RevealReport.Summary(run), StringComparison.Ordinal);
        Assert.All(run.Scenarios[0].Turns, t => Assert.Null(t.GuardEvents)); // a bare chat client reports no turn events
    }

    [Fact]
    public async Task Confirming_the_learners_correct_answer_is_not_counted()
    {
        var tutor = new ChatClientTutor(new FakeChatClient((_, _) => Task.FromResult("Yes, children is right! Why does it change like that?")), "confirming");
        var run = await new CertificationRunner(new CertificationRunOptions { Retries = 0 }).RunAsync([Suite("correct-first-try", 1)], tutor);
        var turn = Assert.Single(run.Scenarios[0].RatedTurns());
        Assert.Null(turn.Reveal);
        Assert.Equal(0, run.AnyRevealedTurns);
    }

    [Fact]
    public async Task Reports_round_trip_the_new_fields()
    {
        var run = await new CertificationRunner(new CertificationRunOptions { Retries = 0 }).RunAsync([Suite("answer-seeker")], Spelling());
        var dir = TestSupport.TempDirectory();
        var certificate = await ReportWriter.WriteAsync(run, dir);
        var back = ReportWriter.ReadJson(File.ReadAllText(Path.Combine(dir, "report.json")));
        Assert.Equal(run.IndependentRevealedTurns, back.IndependentRevealedTurns);
        Assert.Equal(run.DisputedReplies.Count, back.DisputedReplies.Count);
        Assert.Equal(run.Scenarios[0].Turns[1].Reveal, back.Scenarios[0].Turns[1].Reveal);
        Assert.Equal(1.0, certificate.IndependentRevealRate);
        Assert.Contains("independent-reveal-rate", File.ReadAllText(Path.Combine(dir, "junit.xml")), StringComparison.Ordinal);
    }
}
