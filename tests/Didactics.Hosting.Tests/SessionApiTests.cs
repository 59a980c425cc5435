using System.Net;
using System.Net.Http.Json;
using System.Net.ServerSentEvents;
using System.Text;
using System.Text.Json;

namespace Didactics.Hosting.Tests;

public sealed class SessionApiTests : IAsyncLifetime
{
    private TestHost _host = null!;

    private HttpClient Client => _host.Client;

    public async Task InitializeAsync() => _host = await TestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Start_returns_201_with_location_etag_and_opening_reply()
    {
        using var response = await Client.PostAsJsonAsync("sessions", new { strategy = TestStrategy.Name, problemId = "sum-1", learner = "p-17", language = "en" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.JsonAsync();
        var id = body.GetProperty("sessionId").GetString()!;
        Assert.EndsWith("/didactics/sessions/" + id, response.Headers.Location!.ToString());
        Assert.Equal("\"1\"", response.Headers.ETag!.Tag);
        Assert.Equal("elicit", body.GetProperty("phase").GetString());
        Assert.Equal("What do you already know about What is 12 + 30??", body.GetProperty("reply").GetString());
        Assert.Equal(0, body.GetProperty("turn").GetInt32());
    }

    [Fact]
    public async Task Inline_problem_and_turns_move_through_phases_and_transcript_records_them()
    {
        using var start = await Client.PostAsJsonAsync("sessions", new
        {
            strategy = TestStrategy.Name,
            learner = "p-2",
            problem = new { id = "half", statement = "What is half of 10?", answers = new[] { "5" }, hints = new[] { "Divide by two." } },
        });
        Assert.Equal(HttpStatusCode.Created, start.StatusCode);
        var id = (await start.JsonAsync()).GetProperty("sessionId").GetString()!;

        using var wrong = await Client.SendAsync(Api.Turn(id, "is it 4?"));
        var w = await wrong.JsonAsync();
        Assert.Equal("feedback", w.GetProperty("phase").GetString());
        Assert.Equal("IncorrectAttempt", w.GetProperty("signal").GetString());
        Assert.Equal(1, w.GetProperty("turn").GetInt32());

        using var stuck = await Client.SendAsync(Api.Turn(id, "I don't know"));
        var s = await stuck.JsonAsync();
        Assert.Equal("hint", s.GetProperty("phase").GetString());
        Assert.Equal("Hint: Divide by two.", s.GetProperty("reply").GetString());

        using var right = await Client.SendAsync(Api.Turn(id, "5"));
        var r = await right.JsonAsync();
        Assert.Equal("consolidate", r.GetProperty("phase").GetString());
        Assert.True(r.GetProperty("ended").GetBoolean());
        Assert.True(r.GetProperty("solved").GetBoolean());

        var transcript = await Client.GetFromJsonAsync<JsonElement>($"sessions/{id}/transcript");
        var entries = transcript.GetProperty("entries").EnumerateArray().Select(e => (e.GetProperty("speaker").GetString(), e.GetProperty("text").GetString())).ToArray();
        Assert.Equal(7, entries.Length);
        Assert.Equal(("Learner", "is it 4?"), entries[1]);
        Assert.Equal(("Learner", "5"), entries[5]);
        Assert.Equal(4, transcript.GetProperty("version").GetInt64());

        var summary = await Client.GetFromJsonAsync<JsonElement>($"sessions/{id}");
        Assert.Equal("p-2", summary.GetProperty("learner").GetString());
        Assert.Equal("school-a", summary.GetProperty("tenant").GetString());
        Assert.Equal(3, summary.GetProperty("turns").GetInt32());
    }

    [Fact]
    public async Task The_summary_shows_a_teacher_the_help_sought_without_effort()
    {
        var id = (await Api.StartAsync(Client, "p-7")).GetProperty("sessionId").GetString()!;
        foreach (var message in new[] { "just tell me", "I don't know", "is it 4?", "just tell me" })
        {
            (await Client.SendAsync(Api.Turn(id, message))).Dispose();
        }

        var summary = await Client.GetFromJsonAsync<JsonElement>($"sessions/{id}");
        // Two help requests came before any attempt; the last one followed the attempt "is it 4?".
        Assert.Equal(2, summary.GetProperty("helpWithoutEffort").GetInt32());
        Assert.Equal(0.5, summary.GetProperty("delegationShare").GetDouble(), 6);
    }

    [Fact]
    public async Task Export_returns_the_whole_session_as_a_json_attachment_and_delete_erases_it()
    {
        var id = (await Api.StartAsync(Client, "p-9")).GetProperty("sessionId").GetString()!;
        (await Client.SendAsync(Api.Turn(id, "is it 41?"))).Dispose();

        using var export = await Client.GetAsync($"sessions/{id}/export");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("attachment", export.Content.Headers.ContentDisposition!.DispositionType);
        var json = await export.JsonAsync();
        Assert.Equal("didactics-session/1", json.GetProperty("format").GetString());
        Assert.Equal("p-9", json.GetProperty("learner").GetString());
        Assert.Equal(3, json.GetProperty("session").GetProperty("transcript").GetArrayLength());
        Assert.Equal("42", json.GetProperty("session").GetProperty("problem").GetProperty("answers")[0].GetProperty("value").GetString());

        using var delete = await Client.DeleteAsync($"sessions/{id}");
        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        using var again = await Client.DeleteAsync($"sessions/{id}");
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        using var get = await Client.GetAsync($"sessions/{id}/transcript");
        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        using var turn = await Client.SendAsync(Api.Turn(id, "42"));
        Assert.Equal(HttpStatusCode.NotFound, turn.StatusCode);
    }

    [Fact]
    public async Task Unknown_session_is_404_problem_details()
    {
        using var response = await Client.GetAsync("sessions/doesnotexist");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await response.JsonAsync();
        Assert.Equal(404, problem.GetProperty("status").GetInt32());
        Assert.Contains("doesnotexist", problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("""{"problemId":"sum-1","learner":"p"}""", "strategy")]
    [InlineData("""{"strategy":"nope","problemId":"sum-1","learner":"p"}""", "strategy")]
    [InlineData("""{"strategy":"socratic-test","problemId":"nope","learner":"p"}""", "problemId")]
    [InlineData("""{"strategy":"socratic-test","learner":"p"}""", "problem")]
    [InlineData("""{"strategy":"socratic-test","problemId":"sum-1","learner":"Jan de Vries"}""", "learner")]
    [InlineData("""{"strategy":"socratic-test","problemId":"sum-1"}""", "learner")]
    [InlineData("""{"strategy":"socratic-test","problemId":"sum-1","learner":"p","language":"english!"}""", "language")]
    [InlineData("""{"strategy":"socratic-test","learner":"p","problem":{"statement":"x","answers":[]}}""", "problem.answers")]
    [InlineData("""{"strategy":"socratic-test","learner":"p","problem":{"statement":"x","answers":["1"],"kind":"Colour"}}""", "problem.kind")]
    [InlineData("""{"strategy": """, "body")]
    public async Task Bad_start_requests_are_400_validation_problems_naming_the_field(string body, string field)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await Client.PostAsync("sessions", content);
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await response.JsonAsync();
        var message = problem.GetProperty("errors").GetProperty(field)[0].GetString();
        Assert.False(string.IsNullOrWhiteSpace(message));
    }

    [Fact]
    public async Task Bad_turns_are_400()
    {
        var id = (await Api.StartAsync(Client)).GetProperty("sessionId").GetString()!;
        using var empty = await Client.SendAsync(Api.Turn(id, "   "));
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        using var tooLong = await Client.SendAsync(Api.Turn(id, new string('x', 2001)));
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("2001", (await tooLong.JsonAsync()).GetProperty("errors").GetProperty("text")[0].GetString());
        using var badKey = await Client.SendAsync(Api.Turn(id, "42", idempotencyKey: "has space"));
        Assert.Equal(HttpStatusCode.BadRequest, badKey.StatusCode);
        using var notJson = await Client.PostAsync($"sessions/{id}/turns", new StringContent("42"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, notJson.StatusCode);
        using var badId = await Client.SendAsync(Api.Turn("bad!id", "42"));
        Assert.Equal(HttpStatusCode.BadRequest, badId.StatusCode);
        var transcript = await Client.GetFromJsonAsync<JsonElement>($"sessions/{id}/transcript");
        Assert.Equal(1, transcript.GetProperty("entries").GetArrayLength());
    }

    [Fact]
    public async Task Missing_tenant_is_400_and_tenants_cannot_see_each_others_sessions()
    {
        var id = (await Api.StartAsync(Client)).GetProperty("sessionId").GetString()!;
        using var other = new HttpClient { BaseAddress = Client.BaseAddress };
        using var noTenant = await other.GetAsync($"sessions/{id}");
        Assert.Equal(HttpStatusCode.BadRequest, noTenant.StatusCode);
        Assert.Contains("X-Didactics-Tenant", (await noTenant.JsonAsync()).GetProperty("errors").GetProperty("X-Didactics-Tenant")[0].GetString());

        other.DefaultRequestHeaders.Add("X-Didactics-Tenant", "school-b");
        foreach (var path in new[] { $"sessions/{id}", $"sessions/{id}/transcript", $"sessions/{id}/export" })
        {
            using var response = await other.GetAsync(path);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        using var turn = await other.SendAsync(Api.Turn(id, "42"));
        Assert.Equal(HttpStatusCode.NotFound, turn.StatusCode);
        using var delete = await other.DeleteAsync($"sessions/{id}");
        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
        using var mine = await Client.GetAsync($"sessions/{id}");
        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
    }

    [Fact]
    public async Task Idempotent_retry_returns_the_stored_result_and_applies_once()
    {
        var id = (await Api.StartAsync(Client)).GetProperty("sessionId").GetString()!;
        using var first = await Client.SendAsync(Api.Turn(id, "is it 40?", "key-1"));
        using var second = await Client.SendAsync(Api.Turn(id, "is it 40?", "key-1"));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var a = await first.JsonAsync();
        var b = await second.JsonAsync();
        Assert.False(a.GetProperty("replayed").GetBoolean());
        Assert.True(b.GetProperty("replayed").GetBoolean());
        Assert.Equal("true", second.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(a.GetProperty("reply").GetString(), b.GetProperty("reply").GetString());
        Assert.Equal(a.GetProperty("version").GetInt64(), b.GetProperty("version").GetInt64());
        Assert.Equal(a.GetProperty("turn").GetInt32(), b.GetProperty("turn").GetInt32());

        using var reused = await Client.SendAsync(Api.Turn(id, "is it 41?", "key-1"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, reused.StatusCode);

        var transcript = await Client.GetFromJsonAsync<JsonElement>($"sessions/{id}/transcript");
        Assert.Equal(1, transcript.GetProperty("entries").EnumerateArray().Count(e => e.GetProperty("text").GetString() == "is it 40?"));
        Assert.Equal(3, transcript.GetProperty("entries").GetArrayLength());
    }

    [Fact]
    public async Task If_match_with_a_stale_version_is_412_and_applies_nothing()
    {
        var id = (await Api.StartAsync(Client)).GetProperty("sessionId").GetString()!;
        using var current = Api.Turn(id, "is it 40?");
        current.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
        using var ok = await Client.SendAsync(current);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal("\"2\"", ok.Headers.ETag!.Tag);

        using var stale = Api.Turn(id, "is it 41?");
        stale.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
        using var rejected = await Client.SendAsync(stale);
        Assert.Equal(HttpStatusCode.PreconditionFailed, rejected.StatusCode);
        Assert.Equal("\"2\"", rejected.Headers.ETag!.Tag);
        Assert.Contains("version 2", (await rejected.JsonAsync()).GetProperty("detail").GetString());

        using var malformed = Api.Turn(id, "is it 41?");
        malformed.Headers.TryAddWithoutValidation("If-Match", "W/\"2\"");
        using var bad = await Client.SendAsync(malformed);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);

        var transcript = await Client.GetFromJsonAsync<JsonElement>($"sessions/{id}/transcript");
        Assert.Equal(3, transcript.GetProperty("entries").GetArrayLength());
    }

    [Fact]
    public async Task Turn_streams_server_sent_events_when_asked()
    {
        var id = (await Api.StartAsync(Client)).GetProperty("sessionId").GetString()!;
        using var response = await Client.SendAsync(Api.Turn(id, "is it 40?", stream: true), HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType!.MediaType);
        await using var stream = await response.Content.ReadAsStreamAsync();
        var events = new List<SseItem<string>>();
        await foreach (var item in SseParser.Create(stream).EnumerateAsync())
        {
            events.Add(item);
        }

        Assert.Equal("phase", events[0].EventType);
        Assert.Equal("done", events[^1].EventType);
        var done = JsonDocument.Parse(events[^1].Data).RootElement;
        var deltas = string.Concat(events.Where(e => e.EventType == "delta").Select(e => JsonSerializer.Deserialize<string>(e.Data)));
        Assert.True(events.Count(e => e.EventType == "delta") > 3);
        Assert.Equal(done.GetProperty("reply").GetString(), deltas);
        Assert.Equal("feedback", done.GetProperty("phase").GetString());
    }

    [Fact]
    public async Task Problems_lists_the_catalogue_without_answers()
    {
        using var response = await Client.GetAsync("problems");
        var body = await response.Content.ReadAsStringAsync();
        var problem = Assert.Single(JsonDocument.Parse(body).RootElement.EnumerateArray());
        Assert.Equal("sum-1", problem.GetProperty("id").GetString());
        Assert.Contains("\"What is 12 + 30?\"", body);
        Assert.DoesNotContain("42", body);
    }

    [Fact]
    public async Task Strategies_lists_the_registered_strategies()
    {
        var strategies = await Client.GetFromJsonAsync<JsonElement>("strategies");
        var s = Assert.Single(strategies.EnumerateArray());
        Assert.Equal(TestStrategy.Name, s.GetProperty("name").GetString());
        Assert.Equal(5, s.GetProperty("phases").GetArrayLength());
    }
}
