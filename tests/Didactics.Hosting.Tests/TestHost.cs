using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
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
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        if (Environment.GetEnvironmentVariable("DIDACTICS_TEST_LOG") is null)
        {
            builder.Logging.ClearProviders();
        }
        builder.Services.AddDidacticsStrategy(TestStrategy.Name, _ => TestStrategy.Instance);
        builder.Services.AddDidacticsHosting(o => o.AddProblem(TestStrategy.Sum));
        var audit = new TempAuditFile();
        builder.Services.AddDidacticsAudit(o => o.SqlitePath = audit.Path);
        configure?.Invoke(builder.Services);
        var app = builder.Build();
        app.UseExceptionHandler();
        app.MapDidactics();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var client = new HttpClient { BaseAddress = new Uri(address + "/didactics/") };
        client.DefaultRequestHeaders.Add("X-Didactics-Tenant", tenant);
        return new TestHost(app, client, audit);
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
