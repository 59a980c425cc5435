using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

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

    [Fact]
    public async Task Endpoint_tutor_against_a_local_openai_compatible_stub()
    {
        await using var stub = new OpenAiStub(failFirst: 1);
        var tutor = ChatClientTutor.ForEndpoint(stub.BaseUri, "stub-model", "secret", TimeSpan.FromSeconds(5));
        var result = await new CertificationRunner(Fast).RunScenarioAsync(TestSupport.Scenario(PersonaKind.Confused, turns: 2), tutor);
        Assert.Equal(ScenarioStatus.Passed, result.Status);
        Assert.Equal(1, result.Turns[0].Retries);
        Assert.Equal(3, stub.Requests.Count);
        using var body = JsonDocument.Parse(stub.Requests[^1]);
        Assert.Equal("stub-model", body.RootElement.GetProperty("model").GetString());
        var messages = body.RootElement.GetProperty("messages");
        Assert.Equal("system", messages[0].GetProperty("role").GetString());
        Assert.Contains("What is 7 × 8?", messages[0].GetProperty("content").ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("56", messages[0].GetProperty("content").ToString(), StringComparison.Ordinal);
        Assert.Equal(4, messages.GetArrayLength());
        Assert.Equal("Bearer secret", stub.Authorization);
        Assert.StartsWith("endpoint:stub-model@http://127.0.0.1:", tutor.Identity, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Endpoint_errors_are_retried_then_fail_the_scenario()
    {
        await using var stub = new OpenAiStub(failFirst: 100);
        var tutor = ChatClientTutor.ForEndpoint(stub.BaseUri, "stub-model", "k", TimeSpan.FromSeconds(5));
        var result = await new CertificationRunner(Fast with { Retries = 2 }).RunScenarioAsync(TestSupport.Scenario(), tutor);
        Assert.Equal(ScenarioStatus.Error, result.Status);
        Assert.Contains("HTTP 503", result.Error, StringComparison.Ordinal);
        Assert.Contains("after 2 retries", result.Error, StringComparison.Ordinal);
        Assert.Equal(3, stub.Requests.Count);
    }

    /// <summary>A minimal OpenAI-compatible /chat/completions server on 127.0.0.1.</summary>
    internal sealed class OpenAiStub : IAsyncDisposable
    {
        private readonly HttpListener _listener = new();
        private readonly Task _loop;
        private int _failures;
        private int _served;

        private static readonly string[] Replies =
        [
            "Let's look at 7 × 8 together. What is 7 × 4?",
            "Split 7 × 8 into two parts: 7 × 4 and 7 × 4 again. What is 7 × 4, and what do you do with it next?",
        ];

        public OpenAiStub(int failFirst = 0)
        {
            _failures = failFirst;
            var port = FreePort();
            BaseUri = new Uri($"http://127.0.0.1:{port}/v1");
            _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            _listener.Start();
            _loop = Task.Run(async () =>
            {
                while (_listener.IsListening)
                {
                    HttpListenerContext ctx;
                    try
                    {
                        ctx = await _listener.GetContextAsync();
                    }
                    catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
                    {
                        return;
                    }

                    using var reader = new StreamReader(ctx.Request.InputStream, Encoding.UTF8);
                    lock (Requests)
                    {
                        Requests.Add(reader.ReadToEnd());
                    }

                    Authorization = ctx.Request.Headers["Authorization"];
                    if (Interlocked.Decrement(ref _failures) >= 0)
                    {
                        ctx.Response.StatusCode = 503;
                        ctx.Response.Close();
                        continue;
                    }

                    var json = JsonSerializer.Serialize(new
                    {
                        id = "chatcmpl-1",
                        @object = "chat.completion",
                        created = 1,
                        model = "stub-model",
                        choices = new[] { new { index = 0, message = new { role = "assistant", content = Replies[Math.Min(Interlocked.Increment(ref _served) - 1, Replies.Length - 1)] }, finish_reason = "stop" } },
                        usage = new { prompt_tokens = 1, completion_tokens = 1, total_tokens = 2 },
                    });
                    var bytes = Encoding.UTF8.GetBytes(json);
                    ctx.Response.ContentType = "application/json";
                    ctx.Response.ContentLength64 = bytes.Length;
                    await ctx.Response.OutputStream.WriteAsync(bytes);
                    ctx.Response.Close();
                }
            });
        }

        public Uri BaseUri { get; }

        public List<string> Requests { get; } = [];

        public string? Authorization { get; private set; }

        public async ValueTask DisposeAsync()
        {
            _listener.Stop();
            _listener.Close();
            await _loop;
        }

        private static int FreePort()
        {
            using var socket = new TcpListener(IPAddress.Loopback, 0);
            socket.Start();
            return ((IPEndPoint)socket.LocalEndpoint).Port;
        }
    }
}
