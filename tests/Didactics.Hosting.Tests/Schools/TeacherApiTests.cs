using System.Net;
using System.Net.Http.Json;
using System.Net.ServerSentEvents;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Didactics.Hosting.Tests;

/// <summary>The teacher view: sessions per class, alerts (listed, streamed, sent to a webhook), ending a session and switching its strategy.</summary>
public sealed class TeacherApiTests
{
    /// <summary>The test strategy under another name, so a teacher can switch to it.</summary>
    private sealed class RenamedStrategy(IStrategy inner, string name) : IStrategy
    {
        public StrategyDescriptor Descriptor { get; } = new(
            name, "The test strategy, renamed.", inner.Descriptor.Preamble, inner.Descriptor.AnswerPolicy, inner.Descriptor.Phases,
            inner.Descriptor.Transitions, inner.Descriptor.Hints, null);

        public int NextPhase(int phase, LearnerSignal signal) => inner.NextPhase(phase, signal);

        public void RenderInstructions(int phase, TurnModel model, StringBuilder output) => inner.RenderInstructions(phase, model, output);

        public bool RenderContent(int phase, int variant, TurnModel model, StringBuilder output) => inner.RenderContent(phase, variant, model, output);
    }

    [Fact]
    public async Task Class_list_shows_the_learner_state_of_each_session()
    {
        await using var host = await SchoolTestHost.StartAsync();
        using var client = host.Client();
        var a = (await SchoolApi.StartAsync(client, SchoolApi.Start(learner: "p-1", cls: "1a"))).GetProperty("sessionId").GetString()!;
        var b = (await SchoolApi.StartAsync(client, SchoolApi.Start(learner: "p-2", cls: "1b"))).GetProperty("sessionId").GetString()!;
        await SchoolApi.TurnAsync(client, a, "is it 40?");
        await SchoolApi.TurnAsync(client, a, "I don't know");

        var list = await SchoolApi.GetJsonAsync(client, "teacher/sessions?class=1a");
        var row = Assert.Single(list.EnumerateArray());
        var session = await SchoolApi.GetJsonAsync(client, $"sessions/{a}");
        Assert.Equal(a, row.GetProperty("sessionId").GetString());
        Assert.Equal("p-1", row.GetProperty("learner").GetString());
        Assert.Equal(session.GetProperty("phase").GetString(), row.GetProperty("phase").GetString());
        Assert.Equal(1, row.GetProperty("attempts").GetInt32());
        Assert.Equal(session.GetProperty("hintLevel").GetInt32(), row.GetProperty("hintLevel").GetInt32());
        Assert.Equal(1, row.GetProperty("hintLevel").GetInt32());
        Assert.Equal(JsonValueKind.Object, row.GetProperty("mastery").ValueKind); // per skill; the test problem names no skills
        Assert.Equal(2, row.GetProperty("delegation").GetProperty("total").GetInt32());
        Assert.True(row.GetProperty("timeOnTaskSeconds").GetDouble() >= 0);
        Assert.Equal("OpenAICompatible:model-1", row.GetProperty("lastModel").GetString());
        Assert.Equal(2, (await SchoolApi.GetJsonAsync(client, "teacher/sessions")).GetArrayLength());
        Assert.Contains(b, (await SchoolApi.GetJsonAsync(client, "teacher/sessions?class=1b")).EnumerateArray().Select(r => r.GetProperty("sessionId").GetString()));
    }

    [Fact]
    public async Task Stuck_and_answer_seeking_learners_raise_one_alert_each()
    {
        await using var host = await SchoolTestHost.StartAsync();
        using var client = host.Client();
        var stuck = (await SchoolApi.StartAsync(client, SchoolApi.Start(learner: "p-1"))).GetProperty("sessionId").GetString()!;
        var seeking = (await SchoolApi.StartAsync(client, SchoolApi.Start(learner: "p-2"))).GetProperty("sessionId").GetString()!;
        var steady = (await SchoolApi.StartAsync(client, SchoolApi.Start(learner: "p-3"))).GetProperty("sessionId").GetString()!;
        foreach (var text in new[] { "I don't know", "is it 40?", "I don't know", "is it 41?", "I don't know", "no idea", "is it 43?" })
        {
            await SchoolApi.TurnAsync(client, stuck, text);
        }

        foreach (var text in new[] { "just give me the answer", "tell me the answer", "what is the answer, just say it", "give me the answer now" })
        {
            await SchoolApi.TurnAsync(client, seeking, text);
        }

        await SchoolApi.TurnAsync(client, steady, "is it 40?");
        await SchoolApi.TurnAsync(client, steady, "42");

        var alerts = (await SchoolApi.GetJsonAsync(client, "teacher/alerts")).EnumerateArray().ToArray();
        Assert.Single(alerts, x => x.GetProperty("sessionId").GetString() == stuck && x.GetProperty("kind").GetString() == "Stuck");
        Assert.Single(alerts, x => x.GetProperty("sessionId").GetString() == seeking && x.GetProperty("kind").GetString() == "AnswerSeeking");
        Assert.DoesNotContain(alerts, x => x.GetProperty("sessionId").GetString() == steady);
        Assert.DoesNotContain(alerts, x => x.GetProperty("sessionId").GetString() == seeking && x.GetProperty("kind").GetString() == "Stuck");
    }

    [Fact]
    public async Task Alerts_stream_to_the_teacher_as_server_sent_events_and_go_to_the_webhook_without_the_learner_words()
    {
        var received = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var hook = WebApplication.CreateSlimBuilder();
        hook.WebHost.UseUrls("http://127.0.0.1:0");
        hook.Logging.ClearProviders();
        await using var hookApp = hook.Build();
        hookApp.MapPost("/alerts", async (Microsoft.AspNetCore.Http.HttpContext http) =>
        {
            using var reader = new StreamReader(http.Request.Body);
            received.TrySetResult(await reader.ReadToEndAsync());
            return Microsoft.AspNetCore.Http.Results.Ok();
        });
        await hookApp.StartAsync();

        await using var host = await SchoolTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["Didactics:Schools:Tenants:school-a:AlertWebhook"] = hookApp.Urls.First() + "/alerts",
        });
        using var teacher = host.Client();
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        using var request = new HttpRequestMessage(HttpMethod.Get, "teacher/alerts/stream");
        request.Headers.Accept.ParseAdd("text/event-stream");
        using var stream = await teacher.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cts.Token);
        Assert.Equal("text/event-stream", stream.Content.Headers.ContentType?.MediaType);
        await using var body = await stream.Content.ReadAsStreamAsync(cts.Token);
        await using var events = SseParser.Create(body).EnumerateAsync(cts.Token).GetAsyncEnumerator(cts.Token);
        Assert.True(await events.MoveNextAsync());
        Assert.Equal("ready", events.Current.EventType);

        using var learner = host.Client();
        var id = (await SchoolApi.StartAsync(learner, SchoolApi.Start())).GetProperty("sessionId").GetString()!;
        await SchoolApi.TurnAsync(learner, id, "i've been cutting myself again");

        Assert.True(await events.MoveNextAsync());
        Assert.Equal("alert", events.Current.EventType);
        var alert = JsonDocument.Parse(events.Current.Data).RootElement;
        Assert.Equal("Safeguarding", alert.GetProperty("kind").GetString());
        Assert.Equal(id, alert.GetProperty("sessionId").GetString());

        var webhook = await received.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var posted = JsonDocument.Parse(webhook).RootElement;
        Assert.Equal(id, posted.GetProperty("sessionId").GetString());
        Assert.Equal("Safeguarding", posted.GetProperty("kind").GetString());
        Assert.DoesNotContain("cutting", webhook, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Teacher_ends_a_session_and_later_turns_reach_no_model()
    {
        await using var host = await SchoolTestHost.StartAsync();
        using var client = host.Client();
        var id = (await SchoolApi.StartAsync(client, SchoolApi.Start())).GetProperty("sessionId").GetString()!;
        using (var end = await client.PostAsync($"teacher/sessions/{id}/end", null))
        {
            Assert.Equal(HttpStatusCode.OK, end.StatusCode);
            Assert.True((await end.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("ended").GetBoolean());
        }

        var calls = host.Models.TotalCalls;
        var turn = await SchoolApi.TurnAsync(client, id, "is it 40?");
        Assert.Contains("teacher has ended", turn.GetProperty("reply").GetString());
        Assert.Equal(calls, host.Models.TotalCalls);
        Assert.True((await SchoolApi.GetJsonAsync(client, $"sessions/{id}")).GetProperty("ended").GetBoolean());
    }

    [Fact]
    public async Task Teacher_switches_the_strategy_and_the_next_turn_runs_under_it()
    {
        await using var host = await SchoolTestHost.StartAsync(configure: s => s.AddDidacticsStrategy("renamed", _ => new RenamedStrategy(TestStrategy.Instance, "renamed")));
        using var client = host.Client();
        var id = (await SchoolApi.StartAsync(client, SchoolApi.Start())).GetProperty("sessionId").GetString()!;
        await SchoolApi.TurnAsync(client, id, "is it 40?");
        using (var bad = await client.PostAsJsonAsync($"teacher/sessions/{id}/strategy", new { strategy = "nope" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        }

        using (var ok = await client.PostAsJsonAsync($"teacher/sessions/{id}/strategy", new { strategy = "renamed" }))
        {
            var row = await ok.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("renamed", row.GetProperty("strategy").GetString());
            Assert.Equal("elicit", row.GetProperty("phase").GetString());
        }

        await SchoolApi.TurnAsync(client, id, "I don't know");
        var session = await SchoolApi.GetJsonAsync(client, $"sessions/{id}");
        Assert.Equal("renamed", session.GetProperty("strategy").GetString());
        Assert.Equal("hint", session.GetProperty("phase").GetString());
        Assert.Equal(2, session.GetProperty("turns").GetInt32());
    }
}
