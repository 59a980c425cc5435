using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Didactics.Tests.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Didactics.Hosting.Tests;

/// <summary>A real Kestrel host on a free loopback port running the session API, and a client for it.</summary>
internal sealed class TestHost : IAsyncDisposable
{
    private readonly TempAuditFile _audit;

    private TestHost(WebApplication app, HttpClient client, TempAuditFile audit)
    {
        App = app;
        Client = client;
        _audit = audit;
    }

    public WebApplication App { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => App.Services;

    public static async Task<TestHost> StartAsync(Action<IServiceCollection>? configure = null, string tenant = "school-a")
    {
        var (app, audit) = await StartAppAsync(builder => configure?.Invoke(builder.Services));
        return new TestHost(app, LoopbackHost.Client(LoopbackHost.AddressOf(app), tenant), audit);
    }

    /// <summary>
    /// Starts what every hosting test host runs: Kestrel on a free loopback port, the test strategy and its problem, a
    /// temporary SQLite audit trail and the session API. <paramref name="configure"/> adds to the builder;
    /// <paramref name="map"/> maps more endpoints. Logs are off unless <c>DIDACTICS_TEST_LOG</c> is set.
    /// </summary>
    public static async Task<(WebApplication App, TempAuditFile Audit)> StartAppAsync(Action<WebApplicationBuilder>? configure = null, Action<WebApplication>? map = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls(LoopbackHost.AnyPort);
        if (Environment.GetEnvironmentVariable("DIDACTICS_TEST_LOG") is null)
        {
            builder.Logging.ClearProviders();
        }

        builder.Services.AddDidacticsStrategy(TestStrategy.Name, _ => TestStrategy.Instance);
        builder.Services.AddDidacticsHosting(o => o.AddProblem(TestStrategy.Sum));
        var audit = new TempAuditFile();
        builder.Services.AddDidacticsAudit(o => o.SqlitePath = audit.Path);
        configure?.Invoke(builder);
        var app = builder.Build();
        app.UseExceptionHandler();
        app.MapDidactics();
        map?.Invoke(app);
        await app.StartAsync();
        return (app, audit);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.DisposeAsync();
        _audit.Dispose();
    }
}

internal static class Api
{
    public static async Task<JsonElement> StartAsync(HttpClient client, string learner = "learner-1")
    {
        using var response = await client.PostAsJsonAsync("sessions", new { strategy = TestStrategy.Name, problemId = TestStrategy.Sum.Id, learner });
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static HttpRequestMessage Turn(string sessionId, string text, string? idempotencyKey = null, bool stream = false)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"sessions/{sessionId}/turns") { Content = JsonContent.Create(new { text }) };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        if (stream)
        {
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        }

        return request;
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>();
}
