using System.Net;
using System.Net.Http.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Didactics.Samples.Web;
using Didactics.Tests.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Didactics.Hosting.Benchmarks;

/// <summary>
/// 32 simultaneous first requests (session starts) on a host that has just started: each launch is a new process, so
/// nothing is warm but what the host itself warms while starting. Target with Redis: ≤ 1 s for the whole burst.
/// Redis comes from <c>DIDACTICS_BENCH_REDIS</c> or <c>DIDACTICS_TEST_REDIS</c> (host:port).
/// </summary>
[SimpleJob(RunStrategy.ColdStart, launchCount: 5, warmupCount: 0, iterationCount: 1)]
[MinColumn, MaxColumn]
public class ColdStartBenchmarks
{
    private WebApplication? _app;
    private HttpClient? _client;

    /// <summary>The session store: <c>in-memory</c> or <c>redis</c>.</summary>
    [Params("in-memory", "redis")]
    public string Store { get; set; } = "redis";

    [IterationSetup]
    public void StartHost() => (_app, _client) = FirstBurst.StartHostAsync(Store).GetAwaiter().GetResult();

    [Benchmark(Description = "32 concurrent first requests")]
    public Task ThirtyTwoFirstRequests() => FirstBurst.RunAsync(_client!, 32);

    [IterationCleanup]
    public void StopHost()
    {
        _client?.Dispose();
        _app?.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }
}

/// <summary>Starts a fresh sample host and sends a burst of first requests (shared by the benchmark and <c>--first-burst</c>).</summary>
internal static class FirstBurst
{
    public static string? Redis =>
        Environment.GetEnvironmentVariable("DIDACTICS_BENCH_REDIS") is { Length: > 0 } bench ? bench : Environment.GetEnvironmentVariable("DIDACTICS_TEST_REDIS");

    public static async Task<(WebApplication App, HttpClient Client)> StartHostAsync(string store)
    {
        var redis = store == "redis"
            ? Redis ?? throw new InvalidOperationException("Set DIDACTICS_BENCH_REDIS (or DIDACTICS_TEST_REDIS) to host:port of a Redis server; `. .ci/services.sh; start_services` starts one.")
            : null;
        var app = SampleApp.Build([], b =>
        {
            b.WebHost.UseUrls(LoopbackHost.AnyPort);
            b.Logging.ClearProviders();
            b.Services.AddKeyedSingleton<IChatClient>(DidacticsHostingServiceCollectionExtensions.ModelServiceKey, new NullModel());
            b.Services.AddDidacticsInMemoryAudit();
            if (redis is not null)
            {
                b.Services.AddDidacticsRedisSessionStore(redis, o => o.KeyPrefix = "didactics-bench-" + Guid.NewGuid().ToString("N")[..8]);
            }
        });
        await app.StartAsync();
        return (app, LoopbackHost.Client(LoopbackHost.AddressOf(app), "bench"));
    }

    public static async Task RunAsync(HttpClient client, int requests)
    {
        var responses = await Task.WhenAll(Enumerable.Range(0, requests).Select(i =>
            client.PostAsJsonAsync("sessions", new { strategy = "socratic", problemId = "sum-1", learner = $"bench-{i}" })));
        foreach (var response in responses)
        {
            using (response)
            {
                if (response.StatusCode != HttpStatusCode.Created)
                {
                    throw new InvalidOperationException($"A first request got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
                }
            }
        }
    }
}
