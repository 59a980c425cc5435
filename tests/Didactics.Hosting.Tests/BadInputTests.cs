using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Didactics.Tests.Shared;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;

namespace Didactics.Hosting.Tests;

/// <summary>
/// Hostile and malformed requests against a real Kestrel host: every one gets an answer below 500 within a few
/// seconds, and every answer from the API is a problem document.
/// </summary>
public sealed class BadInputTests : IAsyncLifetime
{
    private const string Statement = "What is 12 + 30?";
    private TestHost _host = null!;
    private readonly FakeChatClient _model = new((_, _) => Task.FromResult(FakeChatClient.Reply("What would you try first?")));

    public async Task InitializeAsync() =>
        _host = await TestHost.StartAsync(s => s.AddKeyedSingleton<IChatClient>(DidacticsHostingServiceCollectionExtensions.ModelServiceKey, _model));

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private sealed record Hostile(string Name, HttpMethod Method, string Path, byte[]? Body, string? ContentType, (string Name, string Value)[] Headers);

    private static Hostile Post(string name, string path, string body, string? contentType = "application/json", params (string, string)[] headers) =>
        new(name, HttpMethod.Post, path, Encoding.UTF8.GetBytes(body), contentType, headers);

    private static Hostile PostBytes(string name, string path, byte[] body, string? contentType = "application/json") =>
        new(name, HttpMethod.Post, path, body, contentType, []);

    private static IEnumerable<Hostile> Cases(string session)
    {
        var turns = $"sessions/{session}/turns";
        const string okStart = """{"strategy":"socratic-test","problemId":"sum-1","learner":"p-1"}""";
        const string okTurn = """{"text":"is it 40?"}""";

        // Media types and charsets, on both bodies.
        string?[] contentTypes =
        [
            null, "text/plain", "application/xml", "application/json; charset=bogus", "application/json; charset=utf-16",
            "application/json; charset=\"\"", "application/json;;;", "a/b/c", "application/json; charset=latin1", "multipart/form-data; boundary=x",
            "application/x-www-form-urlencoded", "application/json; charset=utf-32", "*/*", "application/json; charset=\u00e9",
        ];
        foreach (var type in contentTypes)
        {
            yield return Post($"start as {type ?? "(none)"}", "sessions", okStart, type);
            yield return Post($"turn as {type ?? "(none)"}", turns, okTurn, type);
        }

        // Bodies that are not the expected JSON object.
        string[] bodies =
        [
            "", "   ", "null", "[]", "42", "\"text\"", "{", "{\"text\":", "{\"text\":\"abc", "{\"text\":5}", "{\"text\":{}}", "{\"text\":[\"a\"]}",
            "{\"text\":true}", "{\"text\":null}", "{'text':'x'}", "{\"text\":\"a\",}", "{\"text\":\"\\ud800\"}", "{\"text\":\"\\udfff x\"}",
            "{\"text\":\"\\u0000\\u0001\\u001b\"}", "{\"text\":\"\\u202e\\u2066\\u200f\"}", new string('[', 5000) + new string(']', 5000),
            "{\"text\":1e999999}", "{\"text\":\"x\"}{\"text\":\"y\"}", "\uFEFF{\"text\":\"x\"}", "{\"text\":\"x\",\"text\":\"y\",\"text\":5}",
            "{\"text\":\"" + new string('x', 2001) + "\"}", "{\"text\":\"" + string.Concat(Enumerable.Repeat("\\ud83d\\ude00", 2001)) + "\"}",
            "{\"text\":\"a" + string.Concat(Enumerable.Repeat("\\u0301", 5000)) + "\"}", "{\"text\":\"" + new string('x', 300_000) + "\"}",
        ];
        foreach (var body in bodies)
        {
            yield return Post($"turn body {Short(body)}", turns, body);
        }

        // Invalid UTF-8 and binary.
        yield return PostBytes("turn invalid utf-8", turns, [.. "{\"text\":\""u8.ToArray(), 0xC3, 0x28, 0xFF, .. "\"}"u8.ToArray()]);
        yield return PostBytes("turn overlong utf-8", turns, [.. "{\"text\":\""u8.ToArray(), 0xC0, 0xAF, .. "\"}"u8.ToArray()]);
        yield return PostBytes("start binary", "sessions", [0, 1, 2, 3, 0xFF, 0xFE, 0x00, 0x7B]);
        yield return PostBytes("turn utf-16 bytes", turns, Encoding.Unicode.GetBytes(okTurn));
        yield return PostBytes("start 10 MB of zeros", "sessions", new byte[10 * 1024 * 1024]);

        // Start requests: every field too big, of the wrong kind or hostile.
        var big = new string('x', 10 * 1024 * 1024);
        string[] starts =
        [
            $$$"""{"strategy":"socratic-test","learner":"p","problem":{"statement":"{{{big}}}","answers":["1"]}}""",
            $$$"""{"strategy":"socratic-test","learner":"p","problem":{"statement":"x","answers":["1"],"hints":["{{{big}}}"]}}""",
            $$$"""{"strategy":"socratic-test","learner":"p","problem":{"statement":"{{{new string('x', 4001)}}}","answers":["1"]}}""",
            $$$"""{"strategy":"socratic-test","learner":"p","problem":{"statement":"x","answers":["1"],"hints":[{{{string.Join(',', Enumerable.Repeat("\"h\"", 21))}}}]}}""",
            $$$"""{"strategy":"socratic-test","learner":"p","problem":{"statement":"x","answers":["1"],"hints":["{{{new string('h', 1001)}}}"]}}""",
            $$$"""{"strategy":"socratic-test","learner":"p","problem":{"statement":"x","answers":[{{{string.Join(',', Enumerable.Repeat("\"1\"", 21))}}}]}}""",
            $$$"""{"strategy":"socratic-test","learner":"p","problem":{"statement":"x","answers":["{{{new string('1', 201)}}}"]}}""",
            """{"strategy":"socratic-test","learner":"p","problem":{"statement":"x","answers":["1"],"kind":"999"}}""",
            """{"strategy":"socratic-test","learner":"p","problem":{"statement":"x","answers":["1"],"kind":"-1"}}""",
            """{"strategy":"socratic-test","learner":"p","problem":{"statement":"x","answers":["1"],"kind":999}}""",
            """{"strategy":"socratic-test","learner":"p","problem":{"statement":"x","answers":["1"],"kind":"Number,Text"}}""",
            """{"strategy":"socratic-test","learner":"p","problem":{"statement":"x","answers":["1"],"kind":"0x1"}}""",
            """{"strategy":"socratic-test","learner":"p","problem":{"statement":"x","answers":[null]}}""",
            """{"strategy":"socratic-test","learner":"p","problem":{"statement":"x","answers":"1"}}""",
            """{"strategy":"socratic-test","learner":"p","problem":{"statement":"\u0000\u202e","answers":["1"]}}""",
            """{"strategy":"socratic-test","learner":"p","problem":{"statement":"x","answers":["\u200b"]}}""",
            """{"strategy":"socratic-test","learner":"p","problem":{"id":"../../etc","statement":"x","answers":["1"]}}""",
            """{"strategy":"socratic-test","learner":"p","problem":{"id":"a b","statement":"x","answers":["1"]}}""",
            """{"strategy":"socratic-test","learner":"p","problem":[]}""",
            """{"strategy":"socratic-test","learner":"p","problemId":"sum-1","problem":{"statement":"x","answers":["1"]}}""",
            $$$"""{"strategy":"{{{new string('s', 100_000)}}}","problemId":"sum-1","learner":"p"}""",
            """{"strategy":"socratic-test\u0000","problemId":"sum-1","learner":"p"}""",
            """{"strategy":5,"problemId":"sum-1","learner":"p"}""",
            $$$"""{"strategy":"socratic-test","problemId":"{{{new string('p', 100_000)}}}","learner":"p"}""",
            """{"strategy":"socratic-test","problemId":"sum-1","learner":"p\u202e1"}""",
            """{"strategy":"socratic-test","problemId":"sum-1","learner":"Jan Jansen"}""",
            $$$"""{"strategy":"socratic-test","problemId":"sum-1","learner":"{{{new string('l', 65)}}}"}""",
            """{"strategy":"socratic-test","problemId":"sum-1","learner":"p","language":"x"}""",
            $$$"""{"strategy":"socratic-test","problemId":"sum-1","learner":"p","language":"{{{new string('e', 100_000)}}}"}""",
            """{"strategy":"socratic-test","problemId":"sum-1","learner":"p","language":"en-\u0000"}""",
            """{"strategy":"socratic-test","problemId":"sum-1","learner":["p"]}""",
            """{"strategy":"socratic-test","problemId":{"id":"sum-1"},"learner":"p"}""",
        ];
        foreach (var body in starts)
        {
            yield return Post($"start {Short(body)}", "sessions", body);
        }

        // Headers: tenant, idempotency key, If-Match.
        string[] tenants = [new string('t', 65), "school a", "schööl", "../b", "a/b", "{x}", "%00", "a:b"];
        foreach (var tenant in tenants)
        {
            yield return Post($"tenant {Short(tenant)}", turns, okTurn, "application/json", ("X-Didactics-Tenant", tenant));
        }

        string[] keys = [new string('k', 129), "a b", "é", "\t"];
        foreach (var key in keys)
        {
            yield return Post($"idempotency key {Short(key)}", turns, okTurn, "application/json", ("Idempotency-Key", key));
        }

        string[] tags = ["1", "W/\"1\"", "\"\"", "\"-1\"", "\"99999999999999999999999\"", "\"1\", \"2\"", "*", "\"1", "\"999\""];
        foreach (var tag in tags)
        {
            yield return Post($"If-Match {tag}", turns, okTurn, "application/json", ("If-Match", tag));
        }

        // Paths.
        string[] ids = ["%00", new string('i', 65), "a%2Fb", "..", "%E2%80%AE", "a%20b", "%C0%AF", "a%7Bb%7D", "a:b"];
        foreach (var id in ids)
        {
            yield return Post($"turn on id {Short(id)}", $"sessions/{id}/turns", okTurn);
            yield return new Hostile($"get id {Short(id)}", HttpMethod.Get, $"sessions/{id}", null, null, []);
            yield return new Hostile($"delete id {Short(id)}", HttpMethod.Delete, $"sessions/{id}", null, null, []);
        }

        yield return new Hostile("PUT sessions", HttpMethod.Put, "sessions", Encoding.UTF8.GetBytes(okStart), "application/json", []);
        yield return new Hostile("PATCH turn", HttpMethod.Patch, turns, Encoding.UTF8.GetBytes(okTurn), "application/json", []);
    }

    private static bool KestrelRejects(Hostile c) =>
        c.Path.Contains("%00", StringComparison.Ordinal) || c.Headers.Any(h => h.Value.Any(ch => ch > 127)) || (c.ContentType?.Any(ch => ch > 127) ?? false);

    private static string Short(string value) => value.Length <= 40 ? value : value[..40] + $"…({value.Length})";

    [Fact]
    public async Task More_than_100_hostile_requests_get_a_4xx_problem_document_quickly_and_never_a_500()
    {
        var session = (await Api.StartAsync(_host.Client)).GetProperty("sessionId").GetString()!;
        var cases = Cases(session).ToList();
        Assert.True(cases.Count >= 120, $"only {cases.Count} hostile requests");
        // UTF-8 header values, which HttpClient refuses to send by default, reach the server too.
        using var handler = new SocketsHttpHandler { RequestHeaderEncodingSelector = (_, _) => Encoding.UTF8 };
        using var client = new HttpClient(handler) { BaseAddress = _host.Client.BaseAddress, Timeout = TimeSpan.FromSeconds(20) };
        var failures = new List<string>();
        var slowest = TimeSpan.Zero;
        foreach (var c in cases)
        {
            using var request = new HttpRequestMessage(c.Method, c.Path);
            if (c.Body is not null)
            {
                request.Content = new ByteArrayContent(c.Body);
                if (c.ContentType is not null)
                {
                    request.Content.Headers.TryAddWithoutValidation("Content-Type", c.ContentType);
                }
            }

            if (!c.Headers.Any(h => h.Name == "X-Didactics-Tenant"))
            {
                request.Headers.Add("X-Didactics-Tenant", "school-a");
            }

            foreach (var (name, value) in c.Headers)
            {
                request.Headers.TryAddWithoutValidation(name, value);
            }

            var watch = Stopwatch.StartNew();
            HttpResponseMessage response;
            try
            {
                response = await client.SendAsync(request);
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                failures.Add($"{c.Name}: no answer ({ex.GetType().Name}: {ex.Message})");
                continue;
            }

            using (response)
            {
                slowest = watch.Elapsed > slowest ? watch.Elapsed : slowest;
                var status = (int)response.StatusCode;
                var body = await response.Content.ReadAsStringAsync();
                if (status >= 500)
                {
                    failures.Add($"{c.Name}: {status} {Short(body)}");
                }
                else if (status == 400 && body.Length == 0 && KestrelRejects(c))
                {
                    // Kestrel refuses a NUL in the path or non-ASCII header bytes before any middleware runs: a bare 400.
                }
                else if (status is >= 400 and not (404 or 405) && response.Content.Headers.ContentType?.MediaType != "application/problem+json")
                {
                    failures.Add($"{c.Name}: {status} without a problem document ({response.Content.Headers.ContentType})");
                }
                else if (status is 404 && body.Length > 0 && response.Content.Headers.ContentType?.MediaType != "application/problem+json")
                {
                    failures.Add($"{c.Name}: 404 with a body that is not a problem document");
                }
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {cases.Count} hostile requests failed:\n" + string.Join("\n", failures));
        Assert.True(slowest < TimeSpan.FromSeconds(10), $"the slowest answer took {slowest}");

        // The host is still healthy and the session intact after all that.
        using var turn = await _host.Client.SendAsync(Api.Turn(session, "42"));
        Assert.Equal(HttpStatusCode.OK, turn.StatusCode);
    }

    [Theory]
    [InlineData("application/json; charset=bogus", "unsupported-charset")]
    [InlineData("application/json; charset=utf-16", "unsupported-charset")]
    [InlineData("text/plain", "unsupported-media-type")]
    [InlineData("application/xml; charset=utf-8", "unsupported-media-type")]
    public async Task Unsupported_media_types_and_charsets_are_415_problems(string contentType, string type)
    {
        using var content = new StringContent("""{"strategy":"socratic-test","problemId":"sum-1","learner":"p"}""");
        content.Headers.Remove("Content-Type");
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        using var response = await _host.Client.PostAsync("sessions", content);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        var problem = await response.JsonAsync();
        Assert.EndsWith("/" + type, problem.GetProperty("type").GetString());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
    }

    [Theory]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("application/json; charset=UTF-8")]
    [InlineData("application/json;charset=\"utf-8\"")]
    [InlineData("application/problem+json")]
    public async Task Utf8_json_media_types_are_accepted(string contentType)
    {
        using var content = new StringContent("""{"strategy":"socratic-test","problemId":"sum-1","learner":"p"}""");
        content.Headers.Remove("Content-Type");
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        using var response = await _host.Client.PostAsync("sessions", content);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task Oversized_bodies_are_413_before_they_are_read_whole()
    {
        var big = new string('x', 10 * 1024 * 1024);
        using var statement = await _host.Client.PostAsJsonAsync("sessions", new { strategy = TestStrategy.Name, learner = "p", problem = new { statement = big, answers = new[] { "1" } } });
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, statement.StatusCode);
        Assert.EndsWith("/body-too-large", (await statement.JsonAsync()).GetProperty("type").GetString());
        using var hints = await _host.Client.PostAsJsonAsync("sessions", new { strategy = TestStrategy.Name, learner = "p", problem = new { statement = "x", answers = new[] { "1" }, hints = Enumerable.Repeat("h", 2_000_000) } });
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, hints.StatusCode);
    }

    [Theory]
    [InlineData("statement", 4001, "problem.statement")]
    [InlineData("hint", 1001, "problem.hints")]
    [InlineData("hints", 21, "problem.hints")]
    [InlineData("answer", 201, "problem.answers")]
    [InlineData("answers", 21, "problem.answers")]
    public async Task Every_inline_problem_field_has_a_limit(string what, int size, string field)
    {
        var statement = what == "statement" ? new string('s', size) : "What is 2 + 2?";
        var hints = what switch { "hint" => [new string('h', size)], "hints" => Enumerable.Repeat("h", size).ToArray(), _ => new[] { "h" } };
        var answers = what switch { "answer" => [new string('4', size)], "answers" => Enumerable.Repeat("4", size).ToArray(), _ => new[] { "4" } };
        using var response = await _host.Client.PostAsJsonAsync("sessions", new { strategy = TestStrategy.Name, learner = "p", problem = new { statement, answers, hints } });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = (await response.JsonAsync()).GetProperty("errors").GetProperty(field)[0].GetString()!;
        Assert.Contains("at most", message);

        // One less is fine.
        statement = what == "statement" ? new string('s', size - 1) : statement;
        hints = what == "hint" ? [new string('h', size - 1)] : what == "hints" ? hints[1..] : hints;
        answers = what == "answer" ? [new string('4', size - 1)] : what == "answers" ? answers[1..] : answers;
        using var ok = await _host.Client.PostAsJsonAsync("sessions", new { strategy = TestStrategy.Name, learner = "p", problem = new { statement, answers, hints } });
        Assert.Equal(HttpStatusCode.Created, ok.StatusCode);
    }

    [Theory]
    [InlineData("999")]
    [InlineData("-1")]
    [InlineData("5")]
    [InlineData("0")]
    [InlineData("Number, Text")]
    [InlineData("Colour")]
    public async Task Answer_kinds_are_names_only(string kind)
    {
        using var response = await _host.Client.PostAsJsonAsync("sessions", new { strategy = TestStrategy.Name, learner = "p", problem = new { statement = "x", answers = new[] { "1" }, kind } });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Number", (await response.JsonAsync()).GetProperty("errors").GetProperty("problem.kind")[0].GetString());
    }

    [Fact]
    public async Task An_inline_problem_with_a_named_kind_recognises_its_answer()
    {
        using var start = await _host.Client.PostAsJsonAsync("sessions", new { strategy = TestStrategy.Name, learner = "p", problem = new { statement = "Name the colour of grass.", answers = new[] { "green" }, kind = "text" } });
        Assert.Equal(HttpStatusCode.Created, start.StatusCode);
        var id = (await start.JsonAsync()).GetProperty("sessionId").GetString()!;
        using var turn = await _host.Client.SendAsync(Api.Turn(id, "green"));
        Assert.True((await turn.JsonAsync()).GetProperty("solved").GetBoolean());
    }

    [Theory]
    [InlineData("\U0001F600", 2000)]
    [InlineData("\U0001F44D\U0001F3FD", 2000)]
    [InlineData("\U0001F468\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466", 2000)]
    [InlineData("\U0001F1F3\U0001F1F1", 2000)]
    [InlineData("e\u0301", 2000)]
    [InlineData("x", 2000)]
    public async Task The_message_limit_counts_characters_as_a_reader_sees_them(string character, int count)
    {
        var id = (await Api.StartAsync(_host.Client)).GetProperty("sessionId").GetString()!;
        using var ok = await _host.Client.SendAsync(Api.Turn(id, string.Concat(Enumerable.Repeat(character, count))));
        Assert.True(ok.StatusCode == HttpStatusCode.OK, await ok.Content.ReadAsStringAsync());
        using var tooLong = await _host.Client.SendAsync(Api.Turn(id, string.Concat(Enumerable.Repeat(character, count + 1))));
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains($"{count + 1} characters", (await tooLong.JsonAsync()).GetProperty("errors").GetProperty("text")[0].GetString());
    }

    [Fact]
    public async Task Stacked_combining_marks_cannot_hide_a_long_message_in_one_character()
    {
        var id = (await Api.StartAsync(_host.Client)).GetProperty("sessionId").GetString()!;
        using var zalgo = await _host.Client.SendAsync(Api.Turn(id, "a" + new string('\u0301', 40_000)));
        Assert.Equal(HttpStatusCode.BadRequest, zalgo.StatusCode);
    }

    [Fact]
    public async Task Control_and_bidi_characters_never_reach_the_store_or_the_model()
    {
        var id = (await Api.StartAsync(_host.Client)).GetProperty("sessionId").GetString()!;
        const string hostile = "is\u0000 it\u001b[31m \u202e04\u202c\u2066?\u2069\u200b\u200f\r\n\u0007 4\u00ad1\uFEFF\U000E0041\U000E0042";
        using var response = await _host.Client.SendAsync(Api.Turn(id, hostile));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var transcript = await _host.Client.GetFromJsonAsync<JsonElement>($"sessions/{id}/transcript");
        var stored = transcript.GetProperty("entries")[1].GetProperty("text").GetString()!;
        Assert.Equal("is it[31m 04?\n 41", stored);
        var sent = string.Join("\n", _model.Calls.SelectMany(c => c.Messages).Select(m => m.Text));
        foreach (var c in sent.EnumerateRunes())
        {
            Assert.False(Rune.IsControl(c) && c.Value is not ('\n' or '\t'), $"U+{c.Value:X4} reached the model");
            Assert.False(c.Value is (>= 0x202A and <= 0x202E) or (>= 0x2066 and <= 0x2069) or 0x200B or 0x200F or (>= 0xE0000 and <= 0xE007F), $"U+{c.Value:X4} reached the model");
        }

        Assert.Contains("is it[31m 04?", sent);
    }

    [Fact]
    public async Task Text_that_is_only_invisible_characters_is_an_empty_message()
    {
        var id = (await Api.StartAsync(_host.Client)).GetProperty("sessionId").GetString()!;
        using var response = await _host.Client.SendAsync(Api.Turn(id, "\u0000\u202e\u200b\u0007"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("empty", (await response.JsonAsync()).GetProperty("errors").GetProperty("text")[0].GetString());
    }

    [Fact]
    public async Task Inline_problem_text_is_cleaned_too()
    {
        using var start = await _host.Client.PostAsJsonAsync("sessions", new { strategy = TestStrategy.Name, learner = "p", problem = new { statement = "What is \u202e2 + 2\u202c?\u0000", answers = new[] { "4\u200b" }, hints = new[] { "\u001bAdd.", "\u200b" } } });
        Assert.Equal(HttpStatusCode.Created, start.StatusCode);
        var id = (await start.JsonAsync()).GetProperty("sessionId").GetString()!;
        var session = await _host.Client.GetFromJsonAsync<JsonElement>($"sessions/{id}");
        Assert.Equal("What is 2 + 2?", session.GetProperty("statement").GetString());
        using var turn = await _host.Client.SendAsync(Api.Turn(id, "4"));
        Assert.True((await turn.JsonAsync()).GetProperty("solved").GetBoolean());
    }

    [Theory]
    [InlineData("England \U0001F3F4\U000E0067\U000E0062\U000E0065\U000E006E\U000E0067\U000E007F!", "England \U0001F3F4\U000E0067\U000E0062\U000E0065\U000E006E\U000E0067\U000E007F!")]
    [InlineData("a\U000E0041b", "ab")]
    [InlineData("line\r\nnext\rthird", "line\nnext\nthird")]
    [InlineData("tab\tkept", "tab\tkept")]
    [InlineData("e\u0301", "\u00e9")]
    [InlineData("\U0001F468\u200D\U0001F469", "\U0001F468\u200D\U0001F469")]
    public void Clean_keeps_what_a_learner_means(string input, string expected) => Assert.Equal(expected, LearnerText.Clean(input));

    [Fact]
    public void Clean_drops_unpaired_surrogates() => Assert.Equal("x", LearnerText.Clean("\ud800x\udc00"));

    [Fact]
    public void Clean_returns_the_same_instance_when_nothing_changes()
    {
        const string text = "Is het 3/4 of 0,75? \U0001F914";
        Assert.Same(text, LearnerText.Clean(text));
    }
}
