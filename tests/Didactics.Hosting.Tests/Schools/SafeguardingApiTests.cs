using System.Net.Http.Json;
using System.Text.Json;
using Didactics.Tests.Shared;
using Microsoft.Extensions.AI;

namespace Didactics.Hosting.Tests;

/// <summary>A disclosure never reaches a model: the learner gets the fixed caring reply, the teacher an alert.</summary>
public sealed class SafeguardingApiTests
{
    [Theory]
    [InlineData("en", "honestly i just wanna die", "trusted", "113")]
    [InlineData("en", "my stepdad hits me when he is drunk", "trusted", "Kindertelefoon")]
    [InlineData("nl", "ik word elke dag gepest", "vertrouwt", "Kindertelefoon")]
    [InlineData("nl", "ik wil niet meer leven", "vertrouwt", "113")]
    public async Task Disclosure_gets_the_fixed_reply_reaches_no_model_and_alerts_the_teacher(string language, string message, string trustedAdult, string helpline)
    {
        await using var host = await SchoolTestHost.StartAsync();
        using var client = host.Client();
        var start = await SchoolApi.StartAsync(client, new { strategy = TestStrategy.Name, problemId = TestStrategy.Sum.Id, learner = "pupil-7", ageBand = "16+", @class = "1a", language });
        var id = start.GetProperty("sessionId").GetString()!;
        var callsBefore = host.Models.TotalCalls;

        var turn = await SchoolApi.TurnAsync(client, id, message);
        var reply = turn.GetProperty("reply").GetString()!;
        Assert.Contains(trustedAdult, reply, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(helpline, reply, StringComparison.Ordinal);
        Assert.Equal("authored-content", turn.GetProperty("model").GetString());
        Assert.Equal(callsBefore, host.Models.TotalCalls);

        // Later turns go to the model again, but the disclosure is not in what they send.
        await SchoolApi.TurnAsync(client, id, "is it 40?");
        Assert.True(host.Models.TotalCalls > callsBefore);
        Assert.DoesNotContain(host.Models.AllRequestText, t => t.Contains(message, StringComparison.OrdinalIgnoreCase));

        var transcript = await SchoolApi.GetJsonAsync(client, $"sessions/{id}/transcript");
        Assert.DoesNotContain(message, transcript.GetRawText(), StringComparison.OrdinalIgnoreCase);

        var alerts = await SchoolApi.GetJsonAsync(client, "teacher/alerts");
        var alert = Assert.Single(alerts.EnumerateArray(), a => a.GetProperty("kind").GetString() == "Safeguarding");
        Assert.Equal(id, alert.GetProperty("sessionId").GetString());
        Assert.Equal("1a", alert.GetProperty("class").GetString());
        Assert.Equal(message, alert.GetProperty("message").GetString());

        var review = await SchoolApi.GetJsonAsync(client, $"teacher/sessions/{id}");
        Assert.True(review.GetProperty("session").GetProperty("safeguarding").GetBoolean());
        Assert.Equal("safeguarding", review.GetProperty("models").EnumerateArray().ElementAt(1).GetProperty("reason").GetString());
    }

    [Theory]
    [InlineData("en", "ik word gepest", "vertrouwt")]
    [InlineData("nl", "they bully me every day", "trusted adult")]
    public async Task Reply_speaks_the_language_the_learner_wrote_in(string sessionLanguage, string message, string expected)
    {
        await using var host = await SchoolTestHost.StartAsync();
        using var client = host.Client();
        var start = await SchoolApi.StartAsync(client, new { strategy = TestStrategy.Name, problemId = TestStrategy.Sum.Id, learner = "p-5", ageBand = "16+", language = sessionLanguage });
        var turn = await SchoolApi.TurnAsync(client, start.GetProperty("sessionId").GetString()!, message);
        Assert.Contains(expected, turn.GetProperty("reply").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Look_alike_goes_to_the_tutor_as_usual()
    {
        await using var host = await SchoolTestHost.StartAsync();
        using var client = host.Client();
        var start = await SchoolApi.StartAsync(client, SchoolApi.Start());
        var turn = await SchoolApi.TurnAsync(client, start.GetProperty("sessionId").GetString()!, "these fractions will be the death of me");
        Assert.Equal("OpenAICompatible:model-1", turn.GetProperty("model").GetString());
        Assert.Empty((await SchoolApi.GetJsonAsync(client, "teacher/alerts")).EnumerateArray());
    }

    [Fact]
    public async Task Reply_names_the_helplines_the_school_configured_and_disclosure_under_thirteen_is_handled_the_same()
    {
        await using var host = await SchoolTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["Didactics:Schools:Tenants:school-b:Helplines:0:Name"] = "Schoolmaatschappelijk werk",
            ["Didactics:Schools:Tenants:school-b:Helplines:0:Phone"] = "010-1234567",
        });
        using var client = host.Client("school-b");
        var start = await SchoolApi.StartAsync(client, SchoolApi.Start(ageBand: "under13", cls: null));
        var turn = await SchoolApi.TurnAsync(client, start.GetProperty("sessionId").GetString()!, "they bully me every day");
        Assert.Contains("Schoolmaatschappelijk werk", turn.GetProperty("reply").GetString());
        Assert.Contains("010-1234567", turn.GetProperty("reply").GetString());
        Assert.DoesNotContain("Kindertelefoon", turn.GetProperty("reply").GetString());
    }

    [Fact]
    public async Task Optional_model_classifier_catches_what_the_rules_miss_and_never_lowers_recall()
    {
        var judge = new FakeChatClient((call, _) => Task.FromResult(FakeChatClient.Reply(
            call.Messages[^1].Text.Contains("nobody at home talks to me anymore", StringComparison.Ordinal) ? "abuse" : "none")));
        var classifier = new Didactics.Hosting.ChatClientSafeguardingClassifier(judge);
        Assert.Equal(Didactics.Hosting.SafeguardingCategory.Abuse, (await classifier.ClassifyAsync("nobody at home talks to me anymore and i am scared", "en")).Category);
        Assert.Equal(Didactics.Hosting.SafeguardingCategory.SelfHarm, (await classifier.ClassifyAsync("i want to kill myself", "en")).Category);
        Assert.Equal(1, judge.CallCount); // the rules decided the second message; the model was not asked

        var failing = new Didactics.Hosting.ChatClientSafeguardingClassifier(new FakeChatClient((_, _) => Task.FromException<ChatResponse>(new HttpRequestException("down"))));
        Assert.False((await failing.ClassifyAsync("what is 12 + 30", "en")).IsDisclosure);
        Assert.True((await failing.ClassifyAsync("ik word gepest", "nl")).IsDisclosure);
    }
}
