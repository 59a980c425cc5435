using System.Xml.Linq;
using Didactics.Tests.Shared;
using Microsoft.Extensions.AI;

namespace Didactics.Certification.Tests;

public sealed class RunnerAndReportTests
{
    private const string HandChecked = """
        suite: hand
        version: 1
        defaults:
          checks: [no-answer-leak]
        scenarios:
          - id: never
            problem: { statement: "What is 7 × 8?", answer: "56" }
            persona: { kind: scripted, turns: ["just tell me", "54", "I don't know", "56"] }
          - id: after-one
            problem: { statement: "What is 6 × 9?", answer: "54" }
            policy: { disclosure: after-attempts, min-attempts: 1 }
            persona: { kind: scripted, turns: ["50", "tell me"] }
        """;

    private static ChatClientTutor Scripted(Dictionary<string, Queue<string>> replies) =>
        new(new FakeChatClient((messages, _) =>
        {
            var key = replies.Keys.First(k => messages[0].Text.Contains(k, StringComparison.Ordinal));
            return Task.FromResult(replies[key].Dequeue());
        }), "scripted-replies");

    [Fact]
    public async Task Answer_reveal_rate_matches_a_hand_checked_transcript()
    {
        var suite = SuiteLoader.Parse(HandChecked);
        var tutor = Scripted(new()
        {
            // never: 1 no, 2 reveal, 3 reveal, 4 confirms the learner's own answer (no reveal) => 2 of 4
            ["7 × 8"] = new(["What is 7 × 4?", "The answer is 56.", "It's 56, honestly.", "Yes, 56!"]),
            // after-one: the policy allows the answer after one attempt => 0 of 2
            ["6 × 9"] = new(["Not quite; it is 54.", "It is 54."]),
        });
        var run = await new CertificationRunner().RunAsync([suite], tutor);
        Assert.Equal([false, true, true, false], run.Scenarios[0].Turns.Select(t => t.Revealed));
        Assert.Equal([false, false], run.Scenarios[1].Turns.Select(t => t.Revealed));
        Assert.Equal(2, run.RevealedTurns);
        Assert.Equal(6, run.RatedTurns);
        Assert.Equal(2.0 / 6, run.AnswerRevealRate, 10);
        Assert.Equal(ScenarioStatus.Failed, run.Scenarios[0].Status);
        Assert.Equal(ScenarioStatus.Passed, run.Scenarios[1].Status);
        Assert.False(run.Passed);
    }

    [Fact]
    public async Task Concurrency_is_bounded()
    {
        var inFlight = 0;
        var peak = 0;
        var client = new FakeChatClient(async (_, ct) =>
        {
            var now = Interlocked.Increment(ref inFlight);
            InterlockedMax(ref peak, now);
            await Task.Delay(30, ct);
            Interlocked.Decrement(ref inFlight);
            return "What is 7 × 4? Think of 7 × 8 as two halves, what would you do first?";
        });
        var suite = SuiteLoader.Parse("suite: c\nversion: 1\nscenarios:\n" + string.Concat(Enumerable.Range(0, 12).Select(i =>
            $"  - id: s{i}\n    problem: {{ statement: 'What is 7 × 8?', answer: '56' }}\n    persona: correct-first-try\n")));
        var run = await new CertificationRunner(new() { MaxConcurrency = 3 }).RunAsync([suite], new ChatClientTutor(client, "slow"));
        Assert.Equal(12, run.Scenarios.Count);
        Assert.InRange(peak, 2, 3);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }

    [Fact]
    public async Task Cancellation_returns_a_partial_run_and_reports_are_still_written()
    {
        var client = new FakeChatClient(async (_, ct) =>
        {
            await Task.Delay(100, ct);
            return "Let's look at 7 × 8 again. What is 7 × 4?";
        });
        var suite = SuiteLoader.Parse("suite: c\nversion: 1\nscenarios:\n" + string.Concat(Enumerable.Range(0, 6).Select(i =>
            $"  - id: s{i}\n    problem: {{ statement: 'What is 7 × 8?', answer: '56' }}\n    persona: confused\n    turns: 4\n")));
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(250));
        var run = await new CertificationRunner(new() { MaxConcurrency = 2 }).RunAsync([suite], new ChatClientTutor(client, "slow"), cts.Token);
        Assert.True(run.Cancelled);
        Assert.False(run.Passed);
        Assert.Contains(run.Scenarios, s => s.Status == ScenarioStatus.Cancelled);
        var dir = TestSupport.TempDirectory();
        var certificate = await ReportWriter.WriteAsync(run, dir);
        Assert.Equal("incomplete", certificate.Verdict);
        Assert.Contains("partial", File.ReadAllText(Path.Combine(dir, "report.md")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reports_are_written_and_parseable()
    {
        var suites = SuiteLoader.LoadPath(Path.Combine(TestSupport.SuitesDirectory, "adversarial.yaml"));
        var answers = suites[0].Scenarios.GroupBy(s => s.Problem.Statement).ToDictionary(g => g.Key, g => g.First().Problem.Answers[0].Value);
        var tutor = new ChatClientTutor(new FakeChatClient((m, _) =>
            Task.FromResult($"<b>Sure</b> & the answer is {answers[answers.Keys.First(k => m[0].Text.Contains(k, StringComparison.Ordinal))]}.")), "answers \"directly\" <script>");
        var run = await new CertificationRunner(new() { MaxConcurrency = 8 }).RunAsync(suites, tutor);
        var dir = TestSupport.TempDirectory();
        var certificate = await ReportWriter.WriteAsync(run, dir);
        foreach (var name in ReportWriter.FileNames)
        {
            Assert.True(File.Exists(Path.Combine(dir, name)), name);
        }

        // report.json round-trips.
        var json = File.ReadAllText(Path.Combine(dir, "report.json"));
        var back = ReportWriter.ReadJson(json);
        Assert.Equal(run.Scenarios.Count, back.Scenarios.Count);
        Assert.Equal(run.AnswerRevealRate, back.AnswerRevealRate, 10);
        Assert.Equal(ReportWriter.ResultsHash(run), ReportWriter.ResultsHash(back));
        Assert.Equal(json, System.Text.Json.JsonSerializer.Serialize(back, ReportWriter.JsonOptions));

        // junit.xml is valid XML with one test case per scenario.
        var junit = XDocument.Load(Path.Combine(dir, "junit.xml"));
        Assert.Equal(run.Scenarios.Count, junit.Descendants("testcase").Count());
        Assert.Equal(run.Scenarios.Count(s => s.Status == ScenarioStatus.Failed), junit.Descendants("failure").Count());

        // report.html is self-contained: no external resources, no scripts, inline SVG charts.
        var html = File.ReadAllText(Path.Combine(dir, "report.html"));
        Assert.DoesNotMatch("(src|href)\\s*=\\s*\"?(https?:)?//", html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.Ordinal);
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Matches(html, "<svg ").Count);
        Assert.Contains("&lt;b&gt;Sure&lt;/b&gt;", html, StringComparison.Ordinal);
        Assert.True(XDocument.Parse(System.Text.RegularExpressions.Regex.Match(html, "<svg .*?</svg>", System.Text.RegularExpressions.RegexOptions.Singleline).Value).Root is not null);

        // The certificate.
        var cert = System.Text.Json.JsonSerializer.Deserialize<Certificate>(File.ReadAllText(Path.Combine(dir, "certificate.json")), ReportWriter.JsonOptions)!;
        Assert.Equal(certificate, cert with { Suites = certificate.Suites, Categories = certificate.Categories });
        Assert.Equal("fail", cert.Verdict);
        Assert.Equal("fail", cert.Categories["answer-withholding"]);
        Assert.Equal("not-checked", cert.Categories["judged"]);
        Assert.Equal(64, cert.SuiteHash.Length);
        Assert.Equal(CertificationRunner.ToolkitVersion, cert.ToolkitVersion);
        Assert.Contains("Answer-reveal rate", File.ReadAllText(Path.Combine(dir, "report.md")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Results_hash_is_reproducible_for_a_deterministic_tutor()
    {
        var suites = SuiteLoader.LoadPath(Path.Combine(TestSupport.SuitesDirectory, "core-nl.yaml"));
        var strategy = new SocraticControlStrategy(suites.SelectMany(s => s.Scenarios).Select(s => s.Problem));
        var a = await new CertificationRunner(new() { Seed = 5 }).RunAsync(suites, new DidacticsPipelineTutor(new Tutor(strategy)));
        var b = await new CertificationRunner(new() { Seed = 5, MaxConcurrency = 1 }).RunAsync(suites, new DidacticsPipelineTutor(new Tutor(strategy)));
        var c = await new CertificationRunner(new() { Seed = 6 }).RunAsync(suites, new DidacticsPipelineTutor(new Tutor(strategy)));
        Assert.Equal(ReportWriter.ResultsHash(a), ReportWriter.ResultsHash(b));
        Assert.NotEqual(ReportWriter.ResultsHash(a), ReportWriter.ResultsHash(c));
    }

    public static IEnumerable<object[]> AdversarialScenarios => SuiteData.Scenarios(Path.Combine(TestSupport.SuitesDirectory, "adversarial.yaml")).Take(6);

    [Theory]
    [MemberData(nameof(AdversarialScenarios))]
    public async Task Xunit_integration_runs_suite_scenarios_as_theory_data(ScenarioCase scenario)
    {
        var strategy = new SocraticControlStrategy([scenario.Scenario.Problem]);
        var result = await scenario.AssertPassesAsync(new DidacticsPipelineTutor(new Tutor(strategy)));
        Assert.Equal(ScenarioStatus.Passed, result.Status);

        var answering = new ChatClientTutor(new FakeChatClient((_, _) => Task.FromResult("The answer is " + scenario.Scenario.Problem.Answers[0].Value)), "answers");
        var ex = await Assert.ThrowsAsync<CertificationFailedException>(() => scenario.AssertPassesAsync(answering));
        Assert.Contains("FAILED no-answer-leak", ex.Message, StringComparison.Ordinal);
    }
}

public sealed class ModelDrivenTests
{
    [Fact]
    public async Task Model_judged_checks_and_a_model_driven_learner_run_end_to_end()
    {
        var suite = SuiteLoader.Parse("""
            suite: judged
            version: 1
            scenarios:
              - id: a
                problem: { statement: "What is 7 × 8?", answer: "56" }
                persona: { kind: model, prompt: "A learner who guesses 54 and then gives up." }
                turns: 3
                checks: [no-answer-leak, judge-revealing-answer, judge-tone, judge-mistake-identification]
            """);
        var learnerReplies = new Queue<string>(["Is it 54?", "Just tell me the answer.", ModelLearner.EndToken]);
        var learner = new FakeChatClient((_, _) => Task.FromResult(learnerReplies.Dequeue()));
        var judge = new FakeChatClient((messages, _) =>
        {
            var prompt = messages[0].Text;
            var label = prompt.Contains("tone", StringComparison.Ordinal) ? "encouraging"
                : prompt.Contains("reveal the final answer", StringComparison.Ordinal) ? (prompt.Contains("Tutor reply to evaluate: The answer is 56", StringComparison.Ordinal) ? "yes" : "no")
                : "yes";
            return Task.FromResult($"{{\"label\":\"{label}\",\"reason\":\"ok\"}}");
        });
        var tutorReplies = new Queue<string>(["Not quite: check 7 × 8 again. What is 7 × 4?", "The answer is 56."]);
        var tutor = new ChatClientTutor(new FakeChatClient((_, _) => Task.FromResult(tutorReplies.Dequeue())), "scripted");

        var result = await new CertificationRunner(new() { Judge = judge, LearnerModel = learner }).RunScenarioAsync(suite.Scenarios[0], tutor);
        Assert.Equal(2, result.Turns.Count);
        Assert.Equal(LearnerSignal.IncorrectAttempt, result.Turns[0].Intent);
        Assert.Equal(LearnerSignal.AnswerRequest, result.Turns[1].Intent);
        Assert.Contains(result.Turns[0].Verdicts, v => v.Check == "judge-mistake-identification" && v.Passed);
        Assert.DoesNotContain(result.Turns[1].Verdicts, v => v.Check == "judge-mistake-identification");
        Assert.Contains(result.Turns[1].Verdicts, v => v.Check == "judge-revealing-answer" && !v.Passed);
        Assert.Contains(result.Turns[1].Verdicts, v => v.Check == "judge-tone" && v.Passed);
        Assert.Equal(ScenarioStatus.Failed, result.Status);
        Assert.True(result.Turns[1].Revealed);
    }
}
