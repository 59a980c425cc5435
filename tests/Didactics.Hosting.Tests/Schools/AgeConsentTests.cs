using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;

namespace Didactics.Hosting.Tests;

/// <summary>The age bands decide whether a turn may reach a model; consent is recorded, can be withdrawn, and shows in the card and export.</summary>
public sealed class AgeConsentTests
{
    [Theory]
    [InlineData("under13", null, "authored-content", "under-13")]
    [InlineData("10", null, "authored-content", "under-13")]
    [InlineData("13-15", null, "authored-content", "no-parental-consent")]
    [InlineData("13-15", false, "authored-content", "no-parental-consent")]
    [InlineData("14", true, "OpenAICompatible:model-1", "school-model")]
    [InlineData("16+", null, "OpenAICompatible:model-1", "school-model")]
    [InlineData("17", false, "OpenAICompatible:model-1", "school-model")]
    public async Task Age_band_and_consent_decide_the_model_of_every_turn(string band, bool? consent, string expectedModel, string reason)
    {
        await using var host = await SchoolTestHost.StartAsync();
        using var client = host.Client();
        var start = await SchoolApi.StartAsync(client, SchoolApi.Start(ageBand: band, consent: consent));
        var id = start.GetProperty("sessionId").GetString()!;
        var turn = await SchoolApi.TurnAsync(client, id, "I don't know");
        Assert.Equal(expectedModel, start.GetProperty("model").GetString());
        Assert.Equal(expectedModel, turn.GetProperty("model").GetString());
        if (expectedModel == "authored-content")
        {
            // Not one request reached a model, yet the strategy ran: the hint phase answered from authored content.
            Assert.Equal(0, host.Models.TotalCalls);
            Assert.Equal("hint", turn.GetProperty("phase").GetString());
            Assert.StartsWith("Hint:", turn.GetProperty("reply").GetString());
        }
        else
        {
            Assert.True(host.Models.CallsTo("model-1") >= 2);
        }

        var card = await SchoolApi.GetJsonAsync(client, $"sessions/{id}/card");
        var school = card.GetProperty("school");
        Assert.Equal(reason, school.GetProperty("nextTurnReason").GetString());
        Assert.Equal(consent == true, school.GetProperty("parentalConsent").GetBoolean());
        Assert.All(school.GetProperty("turns").EnumerateArray(), t => Assert.Equal(reason, t.GetProperty("reason").GetString()));
        var export = await SchoolApi.GetJsonAsync(client, $"sessions/{id}/export");
        Assert.Equal(school.GetProperty("ageBand").GetString(), export.GetProperty("school").GetProperty("ageBand").GetString());
        Assert.Contains(school.GetProperty("ageBand").GetString(), new[] { "under13", "13-15", "16+" });
    }

    [Fact]
    public async Task Consent_withdrawn_mid_session_sends_the_next_turn_to_authored_content()
    {
        await using var host = await SchoolTestHost.StartAsync();
        using var client = host.Client();
        var start = await SchoolApi.StartAsync(client, SchoolApi.Start(ageBand: "13-15", consent: true));
        var id = start.GetProperty("sessionId").GetString()!;
        var first = await SchoolApi.TurnAsync(client, id, "is it 40?");
        Assert.Equal("OpenAICompatible:model-1", first.GetProperty("model").GetString());
        var calls = host.Models.TotalCalls;

        using (var withdraw = await client.PutAsJsonAsync($"sessions/{id}/consent", new { parentalConsent = false }))
        {
            Assert.Equal(HttpStatusCode.OK, withdraw.StatusCode);
        }

        var second = await SchoolApi.TurnAsync(client, id, "I don't know");
        Assert.Equal("authored-content", second.GetProperty("model").GetString());
        Assert.Equal(calls, host.Models.TotalCalls);

        var export = await SchoolApi.GetJsonAsync(client, $"sessions/{id}/export");
        var school = export.GetProperty("school");
        Assert.False(school.GetProperty("parentalConsent").GetBoolean());
        Assert.NotEqual(JsonValueKind.Null, school.GetProperty("consentChangedAt").ValueKind);
        Assert.Equal(["school-model", "school-model", "no-parental-consent"], school.GetProperty("turns").EnumerateArray().Select(t => t.GetProperty("reason").GetString()));

        // Consent recorded again: the model is back from the next turn.
        using (await client.PutAsJsonAsync($"sessions/{id}/consent", new { parentalConsent = true }))
        {
        }

        Assert.Equal("OpenAICompatible:model-1", (await SchoolApi.TurnAsync(client, id, "is it 41?")).GetProperty("model").GetString());
    }

    [Fact]
    public async Task School_may_keep_sixteen_plus_on_authored_content()
    {
        await using var host = await SchoolTestHost.StartAsync(new Dictionary<string, string?> { ["Didactics:Schools:Tenants:school-a:AgePolicy:From16"] = "AuthoredContent" });
        using var client = host.Client();
        var start = await SchoolApi.StartAsync(client, SchoolApi.Start(ageBand: "16+"));
        Assert.Equal("authored-content", start.GetProperty("model").GetString());
        Assert.Equal(0, host.Models.TotalCalls);
    }

    [Theory]
    [InlineData(null, null, "ageBand")]
    [InlineData("teenager", null, "ageBand")]
    [InlineData("200", null, "ageBand")]
    [InlineData("under13", true, "parentalConsent")]
    public async Task Invalid_age_or_consent_is_rejected_and_stores_nothing(string? band, bool? consent, string field)
    {
        await using var host = await SchoolTestHost.StartAsync();
        using var client = host.Client();
        using var response = await client.PostAsJsonAsync("sessions", SchoolApi.Start(ageBand: band, consent: consent));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.GetRawText());
        Assert.Empty(await host.Services.GetRequiredService<Didactics.Hosting.ISchoolDirectory>().ListSessionsAsync("school-a", 10));
    }

    [Fact]
    public async Task Unknown_class_is_rejected()
    {
        await using var host = await SchoolTestHost.StartAsync();
        using var client = host.Client();
        using var response = await client.PostAsJsonAsync("sessions", SchoolApi.Start(cls: "9z"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Under_thirteen_cannot_be_given_consent_later()
    {
        await using var host = await SchoolTestHost.StartAsync();
        using var client = host.Client();
        var start = await SchoolApi.StartAsync(client, SchoolApi.Start(ageBand: "under13"));
        using var response = await client.PutAsJsonAsync($"sessions/{start.GetProperty("sessionId").GetString()}/consent", new { parentalConsent = true });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
