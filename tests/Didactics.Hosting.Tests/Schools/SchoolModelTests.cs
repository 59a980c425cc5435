using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Didactics.Tests.Shared;
using Microsoft.Extensions.AI;

namespace Didactics.Hosting.Tests;

/// <summary>Each school's model comes from configuration, changes without a restart, and every turn records which model produced it.</summary>
public sealed class SchoolModelTests
{
    [Fact]
    public async Task Configured_model_answers_and_a_reloaded_model_takes_over_on_the_next_turn()
    {
        await using var host = await SchoolTestHost.StartAsync();
        using var client = host.Client();
        var start = await SchoolApi.StartAsync(client, SchoolApi.Start());
        var id = start.GetProperty("sessionId").GetString()!;
        Assert.Equal("OpenAICompatible:model-1", start.GetProperty("model").GetString());

        var first = await SchoolApi.TurnAsync(client, id, "I don't know");
        Assert.Equal("OpenAICompatible:model-1", first.GetProperty("model").GetString());
        Assert.StartsWith("[model-1]", first.GetProperty("reply").GetString());
        var callsBefore = host.Models.CallsTo("model-1");

        // The board moves the school to another model: configuration only, no restart, no strategy change.
        host.Reconfigure(new Dictionary<string, string?> { ["Didactics:Schools:Tenants:school-a:Model:Model"] = "model-2" });
        var second = await SchoolApi.TurnAsync(client, id, "is it 40?");
        Assert.Equal("OpenAICompatible:model-2", second.GetProperty("model").GetString());
        Assert.StartsWith("[model-2]", second.GetProperty("reply").GetString());
        Assert.Equal(callsBefore, host.Models.CallsTo("model-1"));

        var export = await SchoolApi.GetJsonAsync(client, $"sessions/{id}/export");
        var turns = export.GetProperty("school").GetProperty("turns").EnumerateArray().ToArray();
        Assert.Equal([0, 1, 2], turns.Select(t => t.GetProperty("turn").GetInt32()));
        Assert.Equal(["model-1", "model-1", "model-2"], turns.Select(t => t.GetProperty("model").GetString()));
        Assert.All(turns, t => Assert.Equal("school-model", t.GetProperty("reason").GetString()));
        var school = export.GetProperty("school").GetProperty("school");
        Assert.Equal("on premises (school server)", school.GetProperty("dataProcessing").GetProperty("location").GetString());
        Assert.False(school.GetProperty("dataProcessing").GetProperty("usedForTraining").GetBoolean());
        Assert.Equal(0, school.GetProperty("dataProcessing").GetProperty("retentionDays").GetInt32());

        // The strategy's card and the school's facts together.
        var card = await SchoolApi.GetJsonAsync(client, $"sessions/{id}/card");
        Assert.Equal("OpenAICompatible:model-2", card.GetProperty("school").GetProperty("nextTurnModel").GetString());
        Assert.Equal("model-2", card.GetProperty("school").GetProperty("school").GetProperty("model").GetString());
    }

    [Fact]
    public async Task School_without_a_model_runs_on_authored_content_and_says_so()
    {
        await using var host = await SchoolTestHost.StartAsync();
        using var client = host.Client("school-b");
        var start = await SchoolApi.StartAsync(client, SchoolApi.Start(cls: null));
        var turn = await SchoolApi.TurnAsync(client, start.GetProperty("sessionId").GetString()!, "I don't know");
        Assert.Equal("authored-content", turn.GetProperty("model").GetString());
        Assert.Equal(0, host.Models.TotalCalls);
        var card = await SchoolApi.GetJsonAsync(client, "school/card");
        Assert.Equal("None", card.GetProperty("provider").GetString());
        Assert.Equal("no-model-configured", card.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Model_outside_the_board_allow_list_is_never_called()
    {
        await using var host = await SchoolTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["Didactics:Schools:AllowedModels:0"] = "AzureOpenAI:gpt-4o-mini",
        });
        using var client = host.Client();
        var start = await SchoolApi.StartAsync(client, SchoolApi.Start());
        var turn = await SchoolApi.TurnAsync(client, start.GetProperty("sessionId").GetString()!, "I don't know");
        Assert.Equal("authored-content", turn.GetProperty("model").GetString());
        Assert.Equal(0, host.Models.TotalCalls);
        var card = await SchoolApi.GetJsonAsync(client, "school/card");
        Assert.Equal("not-on-allow-list", card.GetProperty("status").GetString());

        // The board adds the model: the next turn uses it.
        host.Reconfigure(new Dictionary<string, string?> { ["Didactics:Schools:AllowedModels:1"] = "OpenAICompatible:model-1" });
        var next = await SchoolApi.TurnAsync(client, start.GetProperty("sessionId").GetString()!, "is it 40?");
        Assert.Equal("OpenAICompatible:model-1", next.GetProperty("model").GetString());
    }

    [Fact]
    public async Task Api_key_is_read_from_the_named_secret_and_a_missing_secret_falls_back_to_authored_content()
    {
        await using var host = await SchoolTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["Didactics:Schools:Tenants:school-a:Model:KeySecret"] = "Secrets:SchoolA",
        });
        using var client = host.Client();
        var start = await SchoolApi.StartAsync(client, SchoolApi.Start());
        Assert.Equal("authored-content", start.GetProperty("model").GetString());
        var card = await SchoolApi.GetJsonAsync(client, "school/card");
        Assert.Equal("Secrets:SchoolA", card.GetProperty("keySecret").GetString());
        Assert.DoesNotContain("sk-", card.GetRawText(), StringComparison.Ordinal);

        host.Reconfigure(new Dictionary<string, string?> { ["Secrets:SchoolA"] = "sk-test-123" });
        var turn = await SchoolApi.TurnAsync(client, start.GetProperty("sessionId").GetString()!, "I don't know");
        Assert.Equal("OpenAICompatible:model-1", turn.GetProperty("model").GetString());
        Assert.Contains(("model-1", "sk-test-123"), host.Models.Created);
        Assert.DoesNotContain("sk-test-123", (await SchoolApi.GetJsonAsync(client, "school/card")).GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tenant_without_school_settings_keeps_the_host_behaviour()
    {
        await using var host = await SchoolTestHost.StartAsync();
        using var client = host.Client("other-school");
        var start = await SchoolApi.StartAsync(client, new { strategy = TestStrategy.Name, problemId = TestStrategy.Sum.Id, learner = "l-1" });
        Assert.Equal("authored-content", start.GetProperty("model").GetString());
        Assert.Equal(0, host.Models.TotalCalls);
    }

    [Fact]
    public async Task Default_factory_talks_to_an_openai_compatible_endpoint_with_the_key()
    {
        // A loopback stand-in for Ollama/vLLM/OpenAI: records the request and answers like /chat/completions.
        await using var stub = new ChatCompletionsStub(_ => "Which step would you try first?");
        var client = new Didactics.Hosting.OpenAISchoolModelFactory().Create(
            new Didactics.Hosting.SchoolModelOptions { Provider = Didactics.Hosting.ModelProvider.OpenAICompatible, Endpoint = stub.BaseUrl, Model = "llama3.1" },
            "sk-local");
        var response = await client.GetResponseAsync([new ChatMessage(ChatRole.User, "hello")]);
        Assert.Equal("Which step would you try first?", response.Text);
        var request = Assert.Single(stub.Requests);
        Assert.Equal("Bearer sk-local", request.Authorization);
        using var body = JsonDocument.Parse(request.Body);
        Assert.Equal("llama3.1", body.RootElement.GetProperty("model").GetString());
    }
}

/// <summary>A configuration mistake fails the start with the key named, and a bad reload keeps the last good settings.</summary>
public sealed class SchoolConfigurationTests
{
    [Fact]
    public async Task Unknown_provider_fails_the_start_with_the_key_in_the_message()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => SchoolTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["Didactics:Schools:Tenants:school-a:Model:Provider"] = "Olama",
        }));
        Assert.Contains("Provider", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_reload_keeps_the_last_good_settings_and_a_fixed_one_applies()
    {
        await using var host = await SchoolTestHost.StartAsync();
        using var client = host.Client();
        var id = (await SchoolApi.StartAsync(client, SchoolApi.Start())).GetProperty("sessionId").GetString()!;
        host.Reconfigure(new Dictionary<string, string?>
        {
            ["Didactics:Schools:Tenants:school-a:Model:Provider"] = "Olama",
            ["Didactics:Schools:Tenants:school-a:Model:Model"] = "model-2",
        });
        Assert.Equal("OpenAICompatible:model-1", (await SchoolApi.TurnAsync(client, id, "is it 40?")).GetProperty("model").GetString());
        host.Reconfigure(new Dictionary<string, string?> { ["Didactics:Schools:Tenants:school-a:Model:Provider"] = "OpenAICompatible" });
        Assert.Equal("OpenAICompatible:model-2", (await SchoolApi.TurnAsync(client, id, "is it 41?")).GetProperty("model").GetString());
    }
}
