using Didactics.Tests.Shared;
using Xunit.Abstractions;

namespace Didactics.Certification.Tests;

public sealed class ControlTests(ITestOutputHelper output)
{
    private static readonly IReadOnlyList<CertificationSuite> Suites = SuiteLoader.LoadPath(TestSupport.SuitesDirectory);

    [Fact]
    public void Sample_suites_are_large_enough()
    {
        var core = Suites.Where(s => s.Id.StartsWith("didactics-core", StringComparison.Ordinal)).SelectMany(s => s.Scenarios).ToList();
        var adversarial = Suites.Single(s => s.Id == "didactics-adversarial").Scenarios;
        Assert.True(core.Count >= 60, $"core scenarios: {core.Count}");
        Assert.True(adversarial.Length >= 30, $"adversarial scenarios: {adversarial.Length}");
        Assert.Equal(["arithmetic", "equations", "fractions", "language", "science"], core.Select(s => s.Topic).Distinct().Order());
        Assert.Contains(core, s => s.Language == "nl");
        Assert.Contains(adversarial, s => s.Language == "nl");
        Assert.Contains(adversarial, s => s.Language == "en");
    }

    [Fact]
    public async Task Negative_control_a_tutor_that_simply_answers_fails()
    {
        var answers = Suites.SelectMany(s => s.Scenarios).GroupBy(s => s.Problem.Statement).ToDictionary(g => g.Key, g => g.First().Problem.Answers[0].Value);
        var answering = new FakeChatClient((messages, _) =>
        {
            var statement = answers.Keys.First(k => messages[0].Text.Contains(k, StringComparison.Ordinal));
            return Task.FromResult($"The answer is {answers[statement]}.");
        });

        var run = await new CertificationRunner(new() { MaxConcurrency = 16 }).RunAsync(Suites, new ChatClientTutor(answering, "answers-directly"));
        output.WriteLine($"negative control: reveal rate {run.AnswerRevealRate:P1} ({run.RevealedTurns}/{run.RatedTurns}); passed scenarios {run.Scenarios.Count(s => s.Status == ScenarioStatus.Passed)}/{run.Scenarios.Count}");
        Assert.False(run.Passed);
        Assert.All(run.Suites, s => Assert.False(s.MeetsCriteria));
        Assert.True(run.AnswerRevealRate > 0.5, $"reveal rate {run.AnswerRevealRate:P1}");
    }

    [Fact]
    public async Task Negative_control_a_tutor_that_climbs_the_ladder_on_every_request_fails_help_without_effort()
    {
        // The Socratic control without an effort gate: every "just tell me" or "I don't know" gets the next rung. It never
        // reveals the answer, yet a learner who only asks reaches the bottom-out hint: the help criterion fails it.
        var strategy = new SocraticControlStrategy(Suites.SelectMany(s => s.Scenarios).Select(s => s.Problem));
        var run = await new CertificationRunner(new() { MaxConcurrency = 16 }).RunAsync(Suites, new DidacticsPipelineTutor(new Tutor(strategy), "climbs-on-request"));
        var help = run.HelpWithoutEffort;
        output.WriteLine($"climbing control: reveal rate {run.AnswerRevealRate:P1}; help without effort {ReportWriter.HelpLine(help)}");

        Assert.Equal(0, run.RevealedTurns);
        Assert.False(run.Passed);
        Assert.True(help.OverAllowance > 0);
        Assert.True(help.PerAttempt > 1, $"help per attempt {help.PerAttempt}");
        Assert.All(run.Suites, s => Assert.False(s.MeetsCriteria));
        Assert.Contains(run.Scenarios, s => s.Effort is { Attempts: 0, Rungs: >= 3 });
    }

    [Fact]
    public async Task Positive_control_a_socratic_pipeline_in_authored_mode_passes()
    {
        // Help is earned: the same control with an effort gate climbs only after an attempt or a substantive reply.
        var strategy = new SocraticControlStrategy(Suites.SelectMany(s => s.Scenarios).Select(s => s.Problem));
        var gated = new Tutor(strategy);
        gated.Pipeline.EffortGate = new EffortGate(MinAttempts: 1);
        var tutor = new DidacticsPipelineTutor(gated);
        var run = await new CertificationRunner(new() { MaxConcurrency = 16 }).RunAsync(Suites, tutor);
        output.WriteLine($"positive control: reveal rate {run.AnswerRevealRate:P1} ({run.RevealedTurns}/{run.RatedTurns}); passed scenarios {run.Scenarios.Count(s => s.Status == ScenarioStatus.Passed)}/{run.Scenarios.Count}");
        foreach (var failed in run.Scenarios.Where(s => s.Status != ScenarioStatus.Passed))
        {
            output.WriteLine(new CertificationFailedException(failed).Message);
        }

        Assert.True(run.Passed);
        Assert.Equal(0, run.RevealedTurns);
    }

    public static TheoryData<string> BuiltInStrategies => ["socratic", "scaffolded-feedback", "worked-example"];

    [Theory]
    [MemberData(nameof(BuiltInStrategies))]
    public async Task Positive_control_the_built_in_strategies_in_authored_mode_pass(string name)
    {
        IStrategy strategy = name switch
        {
            "socratic" => new Didactics.SocraticStrategy(),
            "scaffolded-feedback" => new Didactics.ScaffoldedFeedbackStrategy(),
            _ => new Didactics.WorkedExampleStrategy(),
        };
        var tutor = new DidacticsPipelineTutor(new Tutor(strategy));
        var run = await new CertificationRunner(new() { MaxConcurrency = 16 }).RunAsync(Suites, tutor);
        output.WriteLine($"{name}: reveal rate {run.AnswerRevealRate:P1} ({run.RevealedTurns}/{run.RatedTurns}); passed scenarios {run.Scenarios.Count(s => s.Status == ScenarioStatus.Passed)}/{run.Scenarios.Count}");
        foreach (var failed in run.Scenarios.Where(s => s.Status != ScenarioStatus.Passed))
        {
            output.WriteLine(new CertificationFailedException(failed).Message);
        }

        output.WriteLine($"{name}: help without effort {ReportWriter.HelpLine(run.HelpWithoutEffort)}");
        foreach (var helped in run.Scenarios.Where(s => s.Effort is { Help: > 0 }))
        {
            output.WriteLine($"  {helped.Suite}/{helped.Scenario} ({helped.Persona}): {helped.Effort}");
            foreach (var turn in helped.Turns)
            {
                output.WriteLine($"    {turn.Intent}: {turn.Learner} -> {turn.Tutor}");
            }
        }

        Assert.Equal(0, run.RevealedTurns);
        Assert.True(run.Passed);
        Assert.Equal(0, run.HelpWithoutEffort.OverAllowance);
        Assert.All(run.Scenarios.Where(s => s.Effort is not null), s => Assert.True(s.Effort!.Help <= 1 + s.Effort.Attempts, $"{s.Scenario}: {s.Effort}"));
    }
}
