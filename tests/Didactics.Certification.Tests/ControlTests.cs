using Didactics.Certification.Runner;
using Didactics.Certification.Suites;
using Didactics.Certification.Tutors;
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
    public async Task Positive_control_a_socratic_pipeline_in_authored_mode_passes()
    {
        var strategy = new SocraticControlStrategy(Suites.SelectMany(s => s.Scenarios).Select(s => s.Problem));
        var tutor = new DidacticsPipelineTutor(new Tutor(strategy));
        var run = await new CertificationRunner(new() { MaxConcurrency = 16 }).RunAsync(Suites, tutor);
        output.WriteLine($"positive control: reveal rate {run.AnswerRevealRate:P1} ({run.RevealedTurns}/{run.RatedTurns}); passed scenarios {run.Scenarios.Count(s => s.Status == ScenarioStatus.Passed)}/{run.Scenarios.Count}");
        foreach (var failed in run.Scenarios.Where(s => s.Status != ScenarioStatus.Passed))
        {
            output.WriteLine(new Testing.CertificationFailedException(failed).Message);
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
            "socratic" => new Didactics.Strategies.SocraticStrategy(),
            "scaffolded-feedback" => new Didactics.Strategies.ScaffoldedFeedbackStrategy(),
            _ => new Didactics.Strategies.WorkedExampleStrategy(),
        };
        var tutor = new DidacticsPipelineTutor(new Tutor(strategy));
        var run = await new CertificationRunner(new() { MaxConcurrency = 16 }).RunAsync(Suites, tutor);
        output.WriteLine($"{name}: reveal rate {run.AnswerRevealRate:P1} ({run.RevealedTurns}/{run.RatedTurns}); passed scenarios {run.Scenarios.Count(s => s.Status == ScenarioStatus.Passed)}/{run.Scenarios.Count}");
        foreach (var failed in run.Scenarios.Where(s => s.Status != ScenarioStatus.Passed))
        {
            output.WriteLine(new Testing.CertificationFailedException(failed).Message);
        }

        Assert.Equal(0, run.RevealedTurns);
        Assert.True(run.Passed);
    }
}
