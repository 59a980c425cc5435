using System.Text.Json;
using Didactics.Tests.Shared;

namespace Didactics.Certification.Tests;

public sealed class TutorTests
{
    private static readonly CertificationRunOptions Fast = new() { TurnTimeout = TimeSpan.FromSeconds(5), RetryDelay = TimeSpan.FromMilliseconds(10) };

    private static string Script(string name, string body)
    {
        var path = Path.Combine(TestSupport.TempDirectory(), name);
        File.WriteAllText(path, body.ReplaceLineEndings("\n"));
        return path;
    }

    private const string SocraticPy = """
        import json, sys
        for line in sys.stdin:
            request = json.loads(line)
            assert request["messages"][0]["role"] == "system"
            turns = sum(1 for m in request["messages"] if m["role"] == "user")
            print(json.dumps({"content": "Let's think about 7 × 8 step by step. Hint %d: what is 7 × 4, and what is double %d?" % (turns, turns)}), flush=True)
        """;

    [Fact]
    public async Task Command_tutor_talks_json_lines()
    {
        var script = Script("tutor.py", SocraticPy);
        var scenario = TestSupport.Scenario(PersonaKind.Confused, turns: 3);
        var result = await new CertificationRunner(Fast).RunScenarioAsync(scenario, new CommandTutor($"python3 {script}"));
        Assert.Equal(ScenarioStatus.Passed, result.Status);
        Assert.Equal(3, result.Turns.Count);
        Assert.Contains("Hint 3", result.Turns[2].Tutor, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Command_tutor_crash_fails_the_scenario_with_the_reason()
    {
        var script = Script("crash.sh", "read line\necho 'model file not found' >&2\nexit 3\n");
        var result = await new CertificationRunner(Fast).RunScenarioAsync(TestSupport.Scenario(), new CommandTutor($"bash {script}"));
        Assert.Equal(ScenarioStatus.Error, result.Status);
        Assert.Contains("exit code 3", result.Error, StringComparison.Ordinal);
        Assert.Contains("model file not found", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Command_tutor_timeout_fails_the_scenario()
    {
        var script = Script("slow.sh", "read line\nsleep 30\n");
        var options = Fast with { TurnTimeout = TimeSpan.FromMilliseconds(300) };
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var result = await new CertificationRunner(options).RunScenarioAsync(TestSupport.Scenario(), new CommandTutor($"bash {script}"));
        Assert.Equal(ScenarioStatus.Error, result.Status);
        Assert.Contains("did not reply within 0.3 s", result.Error, StringComparison.Ordinal);
        // The process is killed, not waited for.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), clock.Elapsed.ToString());
    }

    [Fact]
    public async Task Command_tutor_malformed_output_fails_the_scenario()
    {
        var script = Script("plain.sh", "read line\necho 'The answer is 56'\n");
        var result = await new CertificationRunner(Fast).RunScenarioAsync(TestSupport.Scenario(), new CommandTutor($"bash {script}"));
        Assert.Equal(ScenarioStatus.Error, result.Status);
        Assert.Contains("malformed output", result.Error, StringComparison.Ordinal);
        Assert.Contains("The answer is 56", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failing_tutor_never_stops_the_run()
    {
        var script = Script("flaky.sh", "read line\ncase \"$line\" in *'7 ×'*) exit 1;; esac\nwhile true; do echo '{\"content\":\"What is 2 + 3 and what would you do first?\"}'; read line || exit 0; done\n");
        var suite = SuiteLoader.Parse("""
            suite: mix
            version: 1
            scenarios:
              - id: crashes
                problem: { statement: "What is 7 × 8?", answer: "56" }
                persona: confused
                turns: 2
              - id: works
                problem: { statement: "What is 2 + 3?", answer: "5" }
                persona: confused
                turns: 1
            """);
        var run = await new CertificationRunner(Fast).RunAsync([suite], new CommandTutor($"bash {script}"));
        Assert.Equal(ScenarioStatus.Error, run.Scenarios[0].Status);
        Assert.Equal(ScenarioStatus.Passed, run.Scenarios[1].Status);
        Assert.False(run.Passed);
    }

    private static readonly string[] Replies =
    [
        "Let's look at 7 × 8 together. What is 7 × 4?",
        "Split 7 × 8 into two parts: 7 × 4 and 7 × 4 again. What is 7 × 4, and what do you do with it next?",
    ];

    [Fact]
    public async Task Endpoint_tutor_against_a_local_openai_compatible_stub()
    {
        var served = 0;
        await using var stub = new ChatCompletionsStub(_ => Replies[Math.Min(Interlocked.Increment(ref served) - 1, Replies.Length - 1)], failFirst: 1);
        var tutor = ChatClientTutor.ForEndpoint(new Uri(stub.BaseUrl), "stub-model", "secret", TimeSpan.FromSeconds(5));
        var result = await new CertificationRunner(Fast).RunScenarioAsync(TestSupport.Scenario(PersonaKind.Confused, turns: 2), tutor);
        Assert.Equal(ScenarioStatus.Passed, result.Status);
        Assert.Equal(1, result.Turns[0].Retries);
        Assert.Equal(3, stub.Requests.Count);
        using var body = JsonDocument.Parse(stub.Requests.Last().Body);
        Assert.Equal("stub-model", body.RootElement.GetProperty("model").GetString());
        var messages = body.RootElement.GetProperty("messages");
        Assert.Equal("system", messages[0].GetProperty("role").GetString());
        Assert.Contains("What is 7 × 8?", messages[0].GetProperty("content").ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("56", messages[0].GetProperty("content").ToString(), StringComparison.Ordinal);
        Assert.Equal(4, messages.GetArrayLength());
        Assert.Equal("Bearer secret", stub.Requests.Last().Authorization);
        Assert.StartsWith("endpoint:stub-model@http://127.0.0.1:", tutor.Identity, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Endpoint_errors_are_retried_then_fail_the_scenario()
    {
        await using var stub = new ChatCompletionsStub(_ => Replies[0], failFirst: 100);
        var tutor = ChatClientTutor.ForEndpoint(new Uri(stub.BaseUrl), "stub-model", "k", TimeSpan.FromSeconds(5));
        var result = await new CertificationRunner(Fast with { Retries = 2 }).RunScenarioAsync(TestSupport.Scenario(), tutor);
        Assert.Equal(ScenarioStatus.Error, result.Status);
        Assert.Contains("HTTP 503", result.Error, StringComparison.Ordinal);
        Assert.Contains("after 2 retries", result.Error, StringComparison.Ordinal);
        Assert.Equal(3, stub.Requests.Count);
    }
}
