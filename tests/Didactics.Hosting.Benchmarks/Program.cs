// Load test: turns per second for one host with a null model (a chat client that answers instantly).
// Usage: dotnet run -c Release --project tests/Didactics.Hosting.Benchmarks -- [seconds=10] [clients=32] [redis host:port]
//        dotnet run -c Release --project tests/Didactics.Hosting.Benchmarks -- cold-start       (BenchmarkDotNet, fresh host per launch)
//        dotnet run -c Release --project tests/Didactics.Hosting.Benchmarks -- --first-burst [redis|in-memory]
// It measures twice: the session service in process (no HTTP), then over HTTP on loopback (Kestrel, JSON turns).
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Didactics;
using Didactics.Hosting;
using Didactics.Samples.Web;
using Didactics.Tests.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

if (args.Length > 0 && args[0] == "cold-start")
{
    // BenchmarkDotNet: a fresh process per launch, 32 simultaneous first requests (see ColdStartBenchmarks).
    // The generated benchmark project builds the sample (and its source generator): allow for a busy machine.
    BenchmarkDotNet.Running.BenchmarkRunner.Run<Didactics.Hosting.Benchmarks.ColdStartBenchmarks>(
        BenchmarkDotNet.Configs.ManualConfig.Create(BenchmarkDotNet.Configs.DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(10)), args[1..]);
    return;
}

if (args.Length > 0 && args[0] == "--first-burst")
{
    // The same burst without BenchmarkDotNet, in this (cold) process: one line with the time of the whole burst.
    var store = args.Length > 1 ? args[1] : "redis";
    var (burstApp, burstClient) = await Didactics.Hosting.Benchmarks.FirstBurst.StartHostAsync(store);
    var burstWatch = Stopwatch.StartNew();
    await Didactics.Hosting.Benchmarks.FirstBurst.RunAsync(burstClient, 32);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"first burst, {store}: 32 concurrent first requests in {burstWatch.Elapsed.TotalMilliseconds:0} ms"));
    burstClient.Dispose();
    await burstApp.DisposeAsync();
    return;
}

var seconds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10;
var clients = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 32;
var redis = args.Length > 2 ? args[2] : null;

var app = SampleApp.Build([], b =>
{
    b.WebHost.UseUrls(LoopbackHost.AnyPort);
    b.Logging.ClearProviders();
    b.Services.AddKeyedSingleton<IChatClient>(DidacticsHostingServiceCollectionExtensions.ModelServiceKey, new NullModel());
    if (redis is not null)
    {
        b.Services.AddDidacticsRedisSessionStore(redis, o => o.KeyPrefix = "didactics-bench-" + Guid.NewGuid().ToString("N")[..8]);
    }
});
await app.StartAsync();
var service = app.Services.GetRequiredService<DidacticsSessionService>();
Console.WriteLine($"store: {(redis is null ? "in-memory" : "redis " + redis)}, model: null, clients: {clients}, {seconds} s per run, {Environment.ProcessorCount} cores");

await Run("in-process", async (session, text, token) => await service.SendAsync("bench", session, text, cancellationToken: token),
    async () => (await service.StartAsync("bench", new StartSessionRequest { Strategy = "socratic", ProblemId = "sum-1", Learner = "bench" })).SessionId);

using var http = LoopbackHost.Client(LoopbackHost.AddressOf(app), "bench");
await Run("http", async (session, text, token) =>
    {
        using var response = await http.PostAsJsonAsync($"sessions/{session}/turns", new { text }, token);
        response.EnsureSuccessStatusCode();
    },
    async () =>
    {
        using var response = await http.PostAsJsonAsync("sessions", new { strategy = "socratic", problemId = "sum-1", learner = "bench" });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("sessionId").GetString()!;
    });

await app.StopAsync();

async Task Run(string name, Func<string, string, CancellationToken, Task> turn, Func<Task<string>> start)
{
    // Each client owns its session (a learner types one message at a time) and starts a new one every 50 turns,
    // so transcripts stay at a realistic length.
    async Task<(long Turns, List<double> Latencies)> Client(TimeSpan duration, CancellationToken token)
    {
        var latencies = new List<double>();
        var watch = Stopwatch.StartNew();
        var session = await start();
        long turns = 0;
        while (watch.Elapsed < duration)
        {
            if (turns % 50 == 49)
            {
                session = await start();
            }

            var t0 = Stopwatch.GetTimestamp();
            await turn(session, turns % 3 == 0 ? "I don't know" : $"is it {turns % 40}?", token);
            latencies.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
            turns++;
        }

        return (turns, latencies);
    }

    await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Client(TimeSpan.FromSeconds(1), default))); // warm-up
    var sw = Stopwatch.StartNew();
    var results = await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(() => Client(TimeSpan.FromSeconds(seconds), default))));
    sw.Stop();
    var total = results.Sum(r => r.Turns);
    var all = results.SelectMany(r => r.Latencies).Order().ToArray();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{name,-11} {total / sw.Elapsed.TotalSeconds,10:0} turns/s   p50 {all[all.Length / 2]:0.00} ms   p95 {all[(int)(all.Length * 0.95)]:0.00} ms   p99 {all[(int)(all.Length * 0.99)]:0.00} ms   ({total} turns)"));
}

/// <summary>A model that answers instantly with a fixed, answer-free reply.</summary>
internal sealed class NullModel : IChatClient
{
    private static readonly ChatResponse Reply = new(new ChatMessage(ChatRole.Assistant, "What would your next step be?")) { ModelId = "null" };

    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        Task.FromResult(Reply);

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        Reply.ToChatResponseUpdates().ToAsyncEnumerable();

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceType == typeof(ChatClientMetadata) ? new ChatClientMetadata("null", null, "null") : null;

    public void Dispose()
    {
    }
}
