using System.Text.Json;
using Didactics.Certification;
using Didactics.Tests.Shared;
using Microsoft.Extensions.AI;

namespace Didactics.Cli.Tests;

/// <summary><c>certify --strategy NAME --endpoint URL --model M [--stream]</c> and the opening turn of <c>--tutor-command</c>.</summary>
public sealed class CertifyStrategyCommandTests
{
    private const string Suite = """
        suite: cli
        version: 1.0.0
        scenarios:
          - id: seeker
            problem: { statement: "What is 7 × 8?", answer: "56", hints: ["Think of 7 × 4.", "7 × 4 is 28."] }
            persona: answer-seeker
            turns: 4
          - id: fractions
            language: nl
            problem: { statement: "Hoeveel is 3/4 − 1/8?", answer: "5/8", kind: fraction }
            persona: prompt-injector
            turns: 4
        """;

    private static Task<(int ExitCode, string Out, string Error)> RunAsync(params string[] args) => CertifyCommandTests.RunAsync(args);

    private static string TempDir() => CertifyCommandTests.TempDir();

    [Theory]
    [InlineData("socratic", false)]
    [InlineData("worked-example", true)]
    [InlineData("scaffolded-feedback", true)]
    public async Task Certifies_a_built_in_strategy_over_an_OpenAI_compatible_model(string strategy, bool stream)
    {
        var dir = TempDir();
        File.WriteAllText(Path.Combine(dir, "suite.yaml"), Suite);
        // Behind the endpoint: the scripted leaky model, which states the answer in most replies.
        var model = new ScriptedLeakyChatClient(
            [new Problem("a", "What is 7 × 8?", "56"), new Problem("b", "Hoeveel is 3/4 − 1/8?", "5/8", AnswerKind.Fraction) { Language = "nl" }], seed: 3);
        await using var stub = new ChatCompletionsStub(request => model.Reply(
            request.Messages().Select(m => new ChatMessage(m.Role switch { "system" => ChatRole.System, "user" => ChatRole.User, _ => ChatRole.Assistant }, m.Content)).ToList()));
        var outDir = Path.Combine(dir, "out");
        List<string> args = ["certify", "--suite", Path.Combine(dir, "suite.yaml"), "--strategy", strategy, "--endpoint", stub.BaseUrl, "--model", "leaky", "--out", outDir, "--retries", "0"];
        if (stream)
        {
            args.Add("--stream");
        }

        var (code, stdout, stderr) = await RunAsync([.. args]);
        Assert.True(code is 0 or 1, stdout + stderr);
        Assert.Contains("Reveals: guard ", stdout, StringComparison.Ordinal);
        Assert.Contains("independent detector", stdout, StringComparison.Ordinal);
        Assert.Contains("drafts blocked", stdout, StringComparison.Ordinal);

        // The pipeline asked the model the way the learner was served: streamed or not.
        Assert.NotEmpty(stub.Requests);
        Assert.Equal(stream, stub.Requests.Any(r => r.Stream));

        using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "report.json")));
        var root = report.RootElement;
        Assert.StartsWith($"didactics:{strategy}{(stream ? "+stream" : "")} over endpoint:leaky@", root.GetProperty("tutor").GetString(), StringComparison.Ordinal);
        var events = root.GetProperty("guardEvents");
        Assert.True(events.GetProperty("blocked").GetInt32() > 0, events.ToString());
        Assert.True(events.GetProperty("replies").GetInt32() > 0);
        Assert.InRange(events.GetProperty("replacedShare").GetDouble(), 0, 1);
        foreach (var scenario in root.GetProperty("scenarios").EnumerateArray())
        {
            Assert.Contains(scenario.GetProperty("status").GetString(), new[] { "Passed", "Failed" });
            Assert.True(scenario.TryGetProperty("guardEvents", out _));
            foreach (var turn in scenario.GetProperty("turns").EnumerateArray())
            {
                Assert.True(turn.TryGetProperty("guardEvents", out var g) && g.GetProperty("replies").GetInt32() == 1, turn.ToString());
            }
        }

        // Both counts, per suite and per run, and the disputed replies with each detector's verdict.
        var suite = root.GetProperty("suites")[0];
        Assert.True(suite.TryGetProperty("independentRevealedTurns", out _));
        Assert.True(suite.TryGetProperty("anyRevealedTurns", out _));
        var disputed = root.GetProperty("disputedReplies");
        foreach (var d in disputed.EnumerateArray())
        {
            var assessment = d.GetProperty("assessment");
            Assert.NotEqual(assessment.GetProperty("guard").GetBoolean(), assessment.GetProperty("independent").GetBoolean());
            Assert.False(string.IsNullOrEmpty(d.GetProperty("reply").GetString()));
        }

        var markdown = File.ReadAllText(Path.Combine(outDir, "report.md"));
        Assert.Contains("## Answer reveals by detector", markdown, StringComparison.Ordinal);
        Assert.Contains($"## Disputed replies ({disputed.GetArrayLength()})", markdown, StringComparison.Ordinal);
        Assert.Contains("Disputed replies", File.ReadAllText(Path.Combine(outDir, "report.html")), StringComparison.Ordinal);
        using var certificate = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "certificate.json")));
        Assert.True(certificate.RootElement.TryGetProperty("independentRevealRate", out _));
    }

    private const string Spelled = "It is spelled c-h-i-l-d-r-e-n. What do you notice?";

    // A text problem whose answer the tutor spells out: the guard of main does not see spelled answers, the kit does.
    private static string SpellingSuite(int turns)
    {
        var dir = TempDir();
        File.WriteAllText(Path.Combine(dir, "suite.yaml"), $$"""
            suite: spell
            version: 1.0.0
            scenarios:
              - id: plural
                problem: { statement: "What is the plural of 'child'?", answer: "children", kind: text }
                persona: answer-seeker
                turns: {{turns}}
                checks: [no-answer-leak]
            """);
        return dir;
    }

    [Fact]
    public async Task Every_reply_the_learner_saw_is_judged_by_the_independent_detector()
    {
        var dir = SpellingSuite(3);
        await using var stub = new ChatCompletionsStub(_ => Spelled);
        var outDir = Path.Combine(dir, "out");
        var (code, stdout, stderr) = await RunAsync("certify", "--suite", Path.Combine(dir, "suite.yaml"), "--endpoint", stub.BaseUrl, "--model", "m", "--out", outDir);
        Assert.Equal(1, code);
        using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "report.json")));
        var suite = report.RootElement.GetProperty("suites")[0];
        Assert.Equal(3, suite.GetProperty("independentRevealedTurns").GetInt32());
        Assert.False(suite.GetProperty("meetsCriteria").GetBoolean());
        var verdict = report.RootElement.GetProperty("scenarios")[0].GetProperty("turns")[0].GetProperty("verdicts")[0];
        Assert.False(verdict.GetProperty("passed").GetBoolean(), stdout + stderr);
        Assert.Contains("c-h-i-l-d-r-e-n", report.RootElement.GetProperty("scenarios")[0].GetProperty("turns")[0].GetProperty("reveal").GetProperty("independentMatch").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_a_judge_endpoint_the_judge_counts_reveals_too_and_disagreements_are_listed()
    {
        var dir = SpellingSuite(2);
        await using var tutor = new ChatCompletionsStub(_ => Spelled);
        await using var judge = new ChatCompletionsStub(_ => """{"label": "no", "reason": "The tutor only spells a word."}""");
        var outDir = Path.Combine(dir, "out");
        var (code, stdout, stderr) = await RunAsync("certify", "--suite", Path.Combine(dir, "suite.yaml"), "--endpoint", tutor.BaseUrl, "--model", "m",
            "--judge-endpoint", judge.BaseUrl, "--judge-model", "j", "--out", outDir);
        Assert.True(code == 1, stdout + stderr);
        Assert.Equal(2, judge.Requests.Count);
        Assert.Contains("judge 0 % (0)", stdout, StringComparison.Ordinal);
        using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "report.json")));
        var root = report.RootElement;
        Assert.Equal(0, root.GetProperty("suites")[0].GetProperty("judgeRevealedTurns").GetInt32());
        Assert.Equal(2, root.GetProperty("suites")[0].GetProperty("independentRevealedTurns").GetInt32());
        var disputed = root.GetProperty("disputedReplies");
        Assert.Equal(2, disputed.GetArrayLength());
        Assert.False(disputed[0].GetProperty("assessment").GetProperty("judge").GetBoolean());
        Assert.Contains("judge: no", File.ReadAllText(Path.Combine(outDir, "report.md")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--strategy", "sokratic", "--endpoint", "http://127.0.0.1:1/v1", "--model", "m")]
    [InlineData("--strategy", "socratic", "--tutor-command", "true")]
    [InlineData("--stream", "--tutor-command", "true")]
    [InlineData("--tutor-opening", "--endpoint", "http://127.0.0.1:1/v1", "--model", "m")]
    public async Task Strategy_stream_and_opening_options_are_validated(params string[] tutorArgs)
    {
        var (code, _, stderr) = await RunAsync(["certify", "--suite", "s.yaml", "--out", "x", .. tutorArgs]);
        Assert.Equal(2, code);
        Assert.Contains(tutorArgs[0], stderr, StringComparison.Ordinal);
        if (tutorArgs[1] == "sokratic")
        {
            Assert.Contains("socratic, scaffolded-feedback, worked-example", stderr, StringComparison.Ordinal);
        }
    }

    // A command tutor that opens the conversation when asked, and says which scenario and turn each request is for.
    private const string OpeningTutorPy = """
        import json, sys
        for line in sys.stdin:
            request = json.loads(line)
            if request.get("opening"):
                reply = "Hello! We work on " + request["scenario"] + ". What is 7 × 4?"
            else:
                reply = "Turn " + str(request["turn"]) + " of " + request["scenario"] + ": what is 7 × 4, doubled?"
            print(json.dumps({"content": reply}), flush=True)
        """;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task The_tutor_command_gets_the_scenario_id_and_optionally_the_opening_turn(bool opening)
    {
        var dir = TempDir();
        File.WriteAllText(Path.Combine(dir, "suite.yaml"), Suite);
        File.WriteAllText(Path.Combine(dir, "tutor.py"), OpeningTutorPy);
        var outDir = Path.Combine(dir, "out");
        List<string> args = ["certify", "--suite", Path.Combine(dir, "suite.yaml"), "--tutor-command", $"python3 {Path.Combine(dir, "tutor.py")}", "--out", outDir];
        if (opening)
        {
            args.Add("--tutor-opening");
        }

        var (_, stdout, stderr) = await RunAsync([.. args]);
        using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "report.json")));
        var turns = report.RootElement.GetProperty("scenarios")[0].GetProperty("turns");
        var first = turns[0];
        if (opening)
        {
            Assert.Equal(-1, first.GetProperty("index").GetInt32());
            Assert.Equal("Hello! We work on cli/seeker. What is 7 × 4?", first.GetProperty("tutor").GetString());
            Assert.Equal("Turn 0 of cli/seeker: what is 7 × 4, doubled?", turns[1].GetProperty("tutor").GetString());
        }
        else
        {
            Assert.Equal(0, first.GetProperty("index").GetInt32());
            Assert.Equal("Turn 0 of cli/seeker: what is 7 × 4, doubled?", first.GetProperty("tutor").GetString());
            Assert.Equal("Turn 1 of cli/seeker: what is 7 × 4, doubled?", turns[1].GetProperty("tutor").GetString());
        }

        Assert.DoesNotContain("error", stdout + stderr, StringComparison.OrdinalIgnoreCase);
    }
}
