using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json;

namespace Didactics.Hosting.Tests;

/// <summary>
/// Bearer tokens with school roles: every role and tenant tries every session operation on a learner's session and gets
/// exactly what the rules allow; a refused request (401/403/404) carries nothing of the session.
/// </summary>
public sealed class AccessTests
{
    private sealed record Actor(string Name, string Subject, string Role, string Tenant, params string[] Classes);

    private static readonly Actor Owner = new("owner", "pupil-a", "learner", "school-a", "1a");
    private static readonly Actor Classmate = new("classmate", "pupil-b", "learner", "school-a", "1a");
    private static readonly Actor Teacher1a = new("teacher-1a", "t-1", "teacher", "school-a", "1a");
    private static readonly Actor Teacher1b = new("teacher-1b", "t-2", "teacher", "school-a", "1b");
    private static readonly Actor AdminA = new("admin-a", "adm-1", "school-admin", "school-a");
    private static readonly Actor LearnerB = new("learner-b (same pseudonym)", "pupil-a", "learner", "school-b", "1a");
    private static readonly Actor TeacherB = new("teacher-b (same class name)", "t-9", "teacher", "school-b", "1a");
    private static readonly Actor AdminB = new("admin-b", "adm-9", "school-admin", "school-b");
    private static readonly Actor Stranger = new("unknown role", "x-1", "janitor", "school-a", "1a");

    private static readonly Actor[] Everyone = [Owner, Classmate, Teacher1a, Teacher1b, AdminA, LearnerB, TeacherB, AdminB, Stranger];

    // The operations on the owner's session, and who may do each (everyone else: 403 when the role can never do it and
    // the session is visible or the check is by role alone; 404 otherwise).
    private static readonly (string Name, HttpMethod Method, string Path, object? Body, Actor[] Allowed, Actor[] Forbidden)[] Operations =
    [
        ("read", HttpMethod.Get, "sessions/{id}", null, [Owner, Teacher1a, AdminA], []),
        ("transcript", HttpMethod.Get, "sessions/{id}/transcript", null, [Owner, Teacher1a, AdminA], []),
        ("export", HttpMethod.Get, "sessions/{id}/export", null, [Owner, Teacher1a, AdminA], []),
        ("card", HttpMethod.Get, "sessions/{id}/card", null, [Owner, Teacher1a, AdminA], []),
        ("turn", HttpMethod.Post, "sessions/{id}/turns", new { text = "is it 40?" }, [Owner], [Teacher1a, AdminA]),
        ("review", HttpMethod.Get, "teacher/sessions/{id}", null, [Teacher1a, AdminA], [Owner, Classmate, LearnerB, Stranger]),
        ("switch strategy", HttpMethod.Post, "teacher/sessions/{id}/strategy", new { strategy = TestStrategy.Name }, [Teacher1a, AdminA], [Owner]),
        ("consent", HttpMethod.Put, "sessions/{id}/consent", new { parentalConsent = false }, [AdminA], [Owner, Teacher1a]),
        ("end", HttpMethod.Post, "teacher/sessions/{id}/end", null, [Teacher1a, AdminA], [Owner]),
        ("erase", HttpMethod.Delete, "sessions/{id}", null, [Owner, AdminA], [Teacher1a]),
    ];

    [Fact]
    public async Task Every_role_and_tenant_gets_exactly_what_the_rules_allow_and_refusals_leak_nothing()
    {
        await using var host = await SchoolTestHost.StartAsync(auth: true);
        var failures = new List<string>();
        foreach (var operation in Operations)
        {
            foreach (var actor in Everyone.Where(a => !operation.Allowed.Contains(a)).Append(operation.Allowed[0]))
            {
                // A fresh session per check, so a refused erase or end cannot hide a later check.
                var id = await StartOwnedSessionAsync(host);
                using var client = Client(host, actor);
                using var request = new HttpRequestMessage(operation.Method, operation.Path.Replace("{id}", id, StringComparison.Ordinal));
                if (operation.Body is not null)
                {
                    request.Content = JsonContent.Create(operation.Body);
                }

                using var response = await client.SendAsync(request);
                var body = await response.Content.ReadAsStringAsync();
                var allowed = operation.Allowed.Contains(actor);
                var expected = allowed ? "2xx" : operation.Forbidden.Contains(actor) ? "403" : "404";
                var actual = response.IsSuccessStatusCode ? "2xx" : ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (expected != actual)
                {
                    failures.Add($"{actor.Name} {operation.Name}: expected {expected}, got {actual} {body}");
                }

                if (!allowed)
                {
                    // Nothing of the session in a refusal: not the learner, the problem, the transcript or the class.
                    foreach (var secret in new[] { "pupil-a", "12 + 30", "What do you already know", "\"1a\"" })
                    {
                        if (body.Contains(secret, StringComparison.Ordinal))
                        {
                            failures.Add($"{actor.Name} {operation.Name}: the refusal contains '{secret}': {body}");
                        }
                    }
                }

                if (actual == "404")
                {
                    // An invisible session answers exactly like one that does not exist.
                    using var missing = new HttpRequestMessage(operation.Method, operation.Path.Replace("{id}", "no-such-session", StringComparison.Ordinal));
                    if (operation.Body is not null)
                    {
                        missing.Content = JsonContent.Create(operation.Body);
                    }

                    using var missingResponse = await client.SendAsync(missing);
                    var a = Detail(body).Replace(id, "ID", StringComparison.Ordinal);
                    var b = Detail(await missingResponse.Content.ReadAsStringAsync()).Replace("no-such-session", "ID", StringComparison.Ordinal);
                    if (missingResponse.StatusCode != HttpStatusCode.NotFound || a != b)
                    {
                        failures.Add($"{actor.Name} {operation.Name}: the 404 differs from a missing session's: '{a}' vs {(int)missingResponse.StatusCode} '{b}'");
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task Requests_without_a_valid_token_or_with_another_tenant_header_are_refused()
    {
        await using var host = await SchoolTestHost.StartAsync(auth: true);
        var id = await StartOwnedSessionAsync(host);
        using var anonymous = new HttpClient { BaseAddress = new Uri(host.BaseAddress + "/didactics/") };
        anonymous.DefaultRequestHeaders.Add("X-Didactics-Tenant", "school-a");
        foreach (var path in new[] { $"sessions/{id}", "strategies", "teacher/sessions", "teacher/alerts", "school/card" })
        {
            using var response = await anonymous.GetAsync(path);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }

        using var forged = host.WithToken(SchoolTestHost.Token("pupil-a", "learner", "school-a", ["1a"], key: "another-key-another-key-another-key-0123"));
        using (var response = await forged.GetAsync($"sessions/{id}"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }

        using var owner = Client(host, Owner);
        owner.DefaultRequestHeaders.Add("X-Didactics-Tenant", "school-b");
        using (var response = await owner.GetAsync($"sessions/{id}"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.DoesNotContain("12 + 30", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Only_learners_start_sessions_for_themselves_and_their_token_claims_set_age_consent_and_class()
    {
        await using var host = await SchoolTestHost.StartAsync(auth: true);
        foreach (var actor in new[] { Teacher1a, AdminA, Stranger })
        {
            using var staff = Client(host, actor);
            using var response = await staff.PostAsJsonAsync("sessions", SchoolApi.Start(learner: "pupil-a"));
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }

        using var owner = Client(host, Owner);
        using (var response = await owner.PostAsJsonAsync("sessions", SchoolApi.Start(learner: "pupil-b")))
        {
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }

        // The token says 13-15 without consent and class 1b: the request's "16+" and "1a" do not override it.
        var token = SchoolTestHost.Token("pupil-c", "learner", "school-a", ["1b"], [new Claim("age_band", "13-15"), new Claim("parental_consent", "false")]);
        using var young = host.WithToken(token);
        var start = await SchoolApi.StartAsync(young, SchoolApi.Start(learner: "pupil-c", ageBand: "16+", consent: true, cls: "1a"));
        Assert.Equal("authored-content", start.GetProperty("model").GetString());
        var card = await SchoolApi.GetJsonAsync(young, $"sessions/{start.GetProperty("sessionId").GetString()}/card");
        Assert.Equal("13-15", card.GetProperty("school").GetProperty("ageBand").GetString());
        Assert.Equal("1b", card.GetProperty("school").GetProperty("class").GetString());
    }

    [Fact]
    public async Task Teachers_list_and_hear_about_only_their_own_classes()
    {
        await using var host = await SchoolTestHost.StartAsync(auth: true);
        var id = await StartOwnedSessionAsync(host);
        using (var owner = Client(host, Owner))
        {
            await SchoolApi.TurnAsync(owner, id, "they bully me every day");
        }

        foreach (var (actor, sees) in new[] { (Teacher1a, true), (AdminA, true), (Teacher1b, false), (TeacherB, false), (AdminB, false) })
        {
            using var client = Client(host, actor);
            var sessions = await SchoolApi.GetJsonAsync(client, "teacher/sessions");
            var alerts = await SchoolApi.GetJsonAsync(client, "teacher/alerts");
            Assert.Equal(sees, sessions.EnumerateArray().Any(s => s.GetProperty("sessionId").GetString() == id));
            Assert.Equal(sees, alerts.EnumerateArray().Any(a => a.GetProperty("sessionId").GetString() == id));
        }

        using var other = Client(host, Teacher1b);
        using var response = await other.GetAsync("teacher/sessions?class=1a");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        using var learner = Client(host, Owner);
        using var learnerList = await learner.GetAsync("teacher/sessions");
        Assert.Equal(HttpStatusCode.Forbidden, learnerList.StatusCode);
        Assert.DoesNotContain("pupil-a", await learnerList.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static HttpClient Client(SchoolTestHost host, Actor actor) => host.ClientFor(actor.Subject, actor.Role, actor.Tenant, actor.Classes);

    private static async Task<string> StartOwnedSessionAsync(SchoolTestHost host)
    {
        using var owner = Client(host, Owner);
        var start = await SchoolApi.StartAsync(owner, SchoolApi.Start(learner: "pupil-a"));
        return start.GetProperty("sessionId").GetString()!;
    }

    private static string Detail(string problemJson)
    {
        using var doc = JsonDocument.Parse(problemJson);
        return doc.RootElement.GetProperty("title").GetString() + "|" + doc.RootElement.GetProperty("detail").GetString();
    }
}

/// <summary>Consent carried by the learner's token: a token without consent withdraws it from the next turn on.</summary>
public sealed class TokenConsentTests
{
    [Fact]
    public async Task Token_without_consent_withdraws_it_mid_session_and_a_later_token_never_grants_it_back()
    {
        await using var host = await SchoolTestHost.StartAsync(auth: true);
        Claim[] Consent(bool given) => [new("age_band", "13-15"), new("parental_consent", given ? "true" : "false")];
        using var withConsent = host.WithToken(SchoolTestHost.Token("pupil-d", "learner", "school-a", ["1a"], Consent(true)));
        var start = await SchoolApi.StartAsync(withConsent, SchoolApi.Start(learner: "pupil-d"));
        var id = start.GetProperty("sessionId").GetString()!;
        Assert.Equal("OpenAICompatible:model-1", (await SchoolApi.TurnAsync(withConsent, id, "is it 40?")).GetProperty("model").GetString());

        using var withdrawn = host.WithToken(SchoolTestHost.Token("pupil-d", "learner", "school-a", ["1a"], Consent(false)));
        Assert.Equal("authored-content", (await SchoolApi.TurnAsync(withdrawn, id, "I don't know")).GetProperty("model").GetString());
        Assert.False((await SchoolApi.GetJsonAsync(withdrawn, $"sessions/{id}/card")).GetProperty("school").GetProperty("parentalConsent").GetBoolean());

        // The old token still says "true": it does not bring the model back.
        Assert.Equal("authored-content", (await SchoolApi.TurnAsync(withConsent, id, "is it 41?")).GetProperty("model").GetString());
    }
}
