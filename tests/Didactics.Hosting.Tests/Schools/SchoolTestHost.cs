using System.Collections.Concurrent;
using System.IdentityModel.Tokens.Jwt;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using Didactics.Tests.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;

namespace Didactics.Hosting.Tests;

/// <summary>A model factory that hands out one recording fake per model name, so a test sees which model a turn reached.</summary>
internal sealed class FakeSchoolModels : ISchoolModelFactory
{
    public ConcurrentDictionary<string, FakeChatClient> Clients { get; } = new();

    public ConcurrentBag<(string Model, string? Key)> Created { get; } = [];

    public IChatClient Create(SchoolModelOptions model, string? apiKey)
    {
        Created.Add((model.Model!, apiKey));
        return Clients.GetOrAdd(model.Model!, name => new FakeChatClient((_, _) => Task.FromResult(FakeChatClient.Reply($"[{name}] Which step would you try first?"))));
    }

    public int CallsTo(string model) => Clients.TryGetValue(model, out var c) ? c.CallCount : 0;

    public int TotalCalls => Clients.Values.Sum(c => c.CallCount);

    public IEnumerable<string> AllRequestText =>
        Clients.Values.SelectMany(c => c.Calls.SelectMany(call => call.Messages).Select(m => m.Text));
}

/// <summary>A Kestrel host on loopback with the session API and the school endpoints, configured from an in-memory configuration that tests change and reload.</summary>
internal sealed class SchoolTestHost : IAsyncDisposable
{
    public const string SigningKey = "didactics-test-signing-key-0123456789abcdef";

    private readonly TempAuditFile _audit;

    private SchoolTestHost(WebApplication app, string baseAddress, FakeSchoolModels models, TempAuditFile audit)
    {
        _audit = audit;
        App = app;
        BaseAddress = baseAddress;
        Models = models;
    }

    public WebApplication App { get; }

    public string BaseAddress { get; }

    public FakeSchoolModels Models { get; }

    public IServiceProvider Services => App.Services;

    /// <summary>Starts a host with the two test schools: <c>school-a</c> (a model, classes 1a/1b) and <c>school-b</c> (no model).</summary>
    public static async Task<SchoolTestHost> StartAsync(
        IDictionary<string, string?>? settings = null, bool auth = false, Action<IServiceCollection>? configure = null, FakeSchoolModels? models = null)
    {
        var config = new Dictionary<string, string?>
        {
            ["Didactics:Schools:AllowedModels:0"] = "OpenAICompatible:*",
            ["Didactics:Schools:Tenants:school-a:Name"] = "Het Test College",
            ["Didactics:Schools:Tenants:school-a:Model:Provider"] = "OpenAICompatible",
            ["Didactics:Schools:Tenants:school-a:Model:Endpoint"] = "http://127.0.0.1:11434/v1",
            ["Didactics:Schools:Tenants:school-a:Model:Model"] = "model-1",
            ["Didactics:Schools:Tenants:school-a:Model:DataProcessing:Location"] = "on premises (school server)",
            ["Didactics:Schools:Tenants:school-a:Model:DataProcessing:RetentionDays"] = "0",
            ["Didactics:Schools:Tenants:school-a:Model:DataProcessing:UsedForTraining"] = "false",
            ["Didactics:Schools:Tenants:school-a:Classes:0"] = "1a",
            ["Didactics:Schools:Tenants:school-a:Classes:1"] = "1b",
            ["Didactics:Schools:Tenants:school-b:Name"] = "De Andere School",
            ["Didactics:Schools:Tenants:school-b:Model:Provider"] = "None",
            ["Didactics:Auth:SigningKey"] = SigningKey,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            config[key] = value;
        }

        var fakes = models ?? new FakeSchoolModels();
        var (app, audit) = await TestHost.StartAppAsync(
            builder =>
            {
                builder.Configuration.AddInMemoryCollection(config);
                builder.Services.AddSingleton<ISchoolModelFactory>(fakes);
                configure?.Invoke(builder.Services);
                builder.Services.AddDidacticsSchools(builder.Configuration);
                if (auth)
                {
                    builder.Services.AddDidacticsSchoolAuthentication(builder.Configuration);
                }
            },
            app => app.MapDidacticsSchools());
        return new SchoolTestHost(app, LoopbackHost.AddressOf(app), fakes, audit);
    }

    /// <summary>A client in <paramref name="tenant"/> (tenant header; no token).</summary>
    public HttpClient Client(string tenant = "school-a") => LoopbackHost.Client(BaseAddress, tenant);

    /// <summary>A client with a bearer token for the given user.</summary>
    public HttpClient ClientFor(string subject, string role, string tenant, params string[] classes) =>
        WithToken(Token(subject, role, tenant, classes));

    public HttpClient WithToken(string token)
    {
        var client = LoopbackHost.Client(BaseAddress, tenant: null);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static string Token(string subject, string role, string tenant, string[] classes, IEnumerable<Claim>? extra = null, string key = SigningKey)
    {
        var claims = new List<Claim> { new("sub", subject), new("role", role), new("tenant", tenant) };
        claims.AddRange(classes.Select(c => new Claim("class", c)));
        claims.AddRange(extra ?? []);
        var token = new JwtSecurityToken(
            audience: "didactics", claims: claims, expires: DateTime.UtcNow.AddMinutes(10),
            signingCredentials: new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key)), SecurityAlgorithms.HmacSha256));
        return new JwtSecurityTokenHandler().WriteToken(token);
    }

    /// <summary>Changes configuration values and reloads, as a changed appsettings.json or environment would.</summary>
    public void Reconfigure(IDictionary<string, string?> values)
    {
        foreach (var (key, value) in values)
        {
            App.Configuration[key] = value;
        }

        ((IConfigurationRoot)App.Configuration).Reload();
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        _audit.Dispose();
    }
}

internal static class SchoolApi
{
    public static async Task<JsonElement> StartAsync(HttpClient client, object body)
    {
        using var response = await client.PostAsJsonAsync("sessions", body);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Created, $"Start failed: {(int)response.StatusCode} {json}");
        return json;
    }

    public static object Start(string learner = "learner-1", string? ageBand = "16+", bool? consent = null, string? cls = "1a") =>
        new { strategy = TestStrategy.Name, problemId = TestStrategy.Sum.Id, learner, ageBand, parentalConsent = consent, @class = cls };

    public static async Task<JsonElement> TurnAsync(HttpClient client, string sessionId, string text)
    {
        using var response = await client.PostAsJsonAsync($"sessions/{sessionId}/turns", new { text });
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.IsSuccessStatusCode, $"Turn failed: {(int)response.StatusCode} {json}");
        return json;
    }

    public static async Task<JsonElement> GetJsonAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.IsSuccessStatusCode, $"GET {path} failed: {(int)response.StatusCode} {json}");
        return json;
    }
}
