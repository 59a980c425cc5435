using System.Collections.Immutable;
using Didactics.Tests.Shared;
using Microsoft.Extensions.AI;

namespace Didactics.Certification.Tests;

/// <summary>The "help obtained without effort" metric: measured from replies alone, a suite criterion, and in the reports.</summary>
public sealed class HelpWithoutEffortTests
{
    private static readonly ImmutableArray<string> Hints = ["Think of groups of 8.", "Split it into 7 × 4 twice.", "7 × 4 is 28; double it."];

    private static TurnResult Turn(int index, LearnerSignal? intent, string tutor, bool revealed = false) =>
        new(index, intent is null ? null : "…", intent, tutor, 1, 0, revealed, []);

    [Fact]
    public void The_highest_rung_a_reply_shows_counts_also_in_other_words()
    {
        Assert.Equal(0, HelpWithoutEffort.HighestRung("What do you notice about the problem?", Hints));
        Assert.Equal(1, HelpWithoutEffort.HighestRung("Here is a hint: think of groups of 8. What do you get?", Hints));
        Assert.Equal(2, HelpWithoutEffort.HighestRung("You could split it into 7 × 4, twice over. Try that?", Hints));
        Assert.Equal(3, HelpWithoutEffort.HighestRung("Earlier: think of groups of 8. Now: 7 × 4 is 28, so double it!", Hints));
    }

    [Fact]
    public void A_ledger_counts_rungs_examples_reveals_and_attempts()
    {
        var scenario = TestSupport.Scenario(PersonaKind.Confused) with
        {
            Problem = TestSupport.Scenario().Problem with
            {
                Example = new WorkedExample("What is 6 × 8?", ["Split 6 × 8 into 6 × 4 twice.", "6 × 4 is 24.", "Double 24 to get 48."]),
            },
        };
        var ledger = HelpWithoutEffort.Measure(scenario,
        [
            Turn(-1, null, "What is 7 × 8? How would you start?"),
            Turn(0, LearnerSignal.DontKnow, "Think of groups of 8. What could you try?"),
            Turn(1, LearnerSignal.IncorrectAttempt, "Not yet. Split it into 7 × 4 twice: what is 7 × 4?"),
            Turn(2, LearnerSignal.DontKnow, "A similar problem: What is 6 × 8? 1. Split 6 × 8 into 6 × 4 twice. 2. 6 × 4 is 24. Which step can you copy?"),
        ]);

        Assert.Equal(new EffortLedger(Attempts: 1, Rungs: 2, Example: true, Revealed: false), ledger);
        Assert.Equal(3, ledger.Help);
        Assert.Equal(2, ledger.Allowed(free: 1, perAttempt: 1));
    }

    [Fact]
    public void The_suite_criterion_allows_the_free_help_then_one_unit_per_attempt()
    {
        var criteria = new PassCriteria(1, 0.02, MaxHelpPerAttempt: 1, FreeHelp: 1);
        ScenarioResult Result(EffortLedger? ledger) => new()
        {
            Suite = "t", Scenario = "s", Topic = "x", Language = "en", Persona = PersonaKind.AnswerSeeker, Seed = 1, Status = ScenarioStatus.Passed,
            Turns = [], Effort = ledger,
        };

        var summary = HelpWithoutEffort.Summarize(
            [Result(new(0, 1, false, false)), Result(new(0, 2, false, false)), Result(new(2, 3, false, false)), Result(new(1, 2, true, false)), Result(null)],
            criteria);

        Assert.Equal(new HelpSummary(Scenarios: 4, Help: 9, Attempts: 3, OverAllowance: 2), summary);
        Assert.Equal(3.0, summary.PerAttempt);
        Assert.Equal(0, HelpWithoutEffort.Summarize([Result(new(0, 4, false, false))], criteria with { MaxHelpPerAttempt = null }).OverAllowance);
    }

    [Fact]
    public void The_loader_reads_the_criterion_and_the_sample_suites_declare_it()
    {
        var suite = SuiteLoader.Parse("""
            suite: t
            version: 1
            pass:
              max-help-per-attempt: 2
              free-help: 0
            scenarios:
              - id: s1
                problem: { statement: "What is 2 + 2?", answer: "4" }
                persona: confused
            """);
        Assert.Equal(new PassCriteria(1.0, 0.02, 2, 0), suite.Pass);
        Assert.Null(SuiteLoader.Parse("suite: t\nversion: 1\nscenarios:\n  - id: s1\n    problem: { statement: \"What is 2 + 2?\", answer: \"4\" }\n    persona: confused\n").Pass.MaxHelpPerAttempt);

        foreach (var sample in SuiteLoader.LoadPath(TestSupport.SuitesDirectory))
        {
            Assert.Equal(1.0, sample.Pass.MaxHelpPerAttempt);
            Assert.Equal(1, sample.Pass.FreeHelp);
        }
    }

    [Fact]
    public async Task A_tutor_that_hands_out_the_next_hint_on_every_turn_fails_and_the_reports_say_so()
    {
        var scenario = TestSupport.Scenario(PersonaKind.AnswerSeeker, turns: 4);
        var suite = new CertificationSuite { Id = scenario.SuiteId, Version = "1", Scenarios = [scenario], Pass = new PassCriteria(1.0, 0.02, 1, 1) };
        var climbing = new FakeChatClient((messages, _) =>
        {
            var asked = messages.Count(m => m.Role == ChatRole.User);
            return Task.FromResult($"No answer, but a hint: {Hints[Math.Min(asked, Hints.Length) - 1]} What do you get?");
        });

        var run = await new CertificationRunner().RunAsync([suite], new ChatClientTutor(climbing, "climber"));

        var ledger = Assert.Single(run.Scenarios).Effort!;
        Assert.Equal(new EffortLedger(0, 3, false, false), ledger);
        Assert.Equal(new HelpSummary(1, 3, 0, 1), run.Suites[0].HelpWithoutEffort);
        Assert.False(run.Suites[0].MeetsCriteria);
        Assert.Equal(0, run.RevealedTurns);

        var dir = TestSupport.TempDirectory();
        await ReportWriter.WriteAsync(run, dir);
        Assert.Contains("**Help obtained without effort: 3.00 help units per genuine attempt (3 rungs, examples or reveals over 0 attempt(s) in 1 scenarios",
            File.ReadAllText(Path.Combine(dir, "report.md")), StringComparison.Ordinal);
        Assert.Contains("Help obtained without effort: <b>3.00", File.ReadAllText(Path.Combine(dir, "report.html")), StringComparison.Ordinal);
        var back = ReportWriter.ReadJson(File.ReadAllText(Path.Combine(dir, "report.json")));
        Assert.Equal(ledger, back.Scenarios[0].Effort);
        Assert.Equal(run.Suites[0].HelpWithoutEffort, back.Suites[0].HelpWithoutEffort);
    }
}
