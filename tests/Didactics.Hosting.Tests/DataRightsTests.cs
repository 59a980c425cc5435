using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace Didactics.Hosting.Tests;

/// <summary>Learners' data rights over HTTP: export and erase everything about one learner across sessions, store and audit.</summary>
[Collection(RedisCollection.Name)]
public sealed class DataRightsTests(RedisFixture redis)
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Export_then_erase_everything_about_one_learner_and_the_erasure_is_audited_without_the_pseudonym(bool useRedis)
    {
        var prefix = RedisFixture.UniquePrefix();
        await using var host = await TestHost.StartAsync(s =>
        {
            if (useRedis)
            {
                s.AddDidacticsRedisSessionStore(redis.Configuration, o => o.KeyPrefix = prefix);
            }
        });
        var client = host.Client;
        var mine = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var id = (await Api.StartAsync(client, "p-erase")).GetProperty("sessionId").GetString()!;
            mine.Add(id);
            using var turn = await client.SendAsync(Api.Turn(id, $"is it {40 + i}? bel me op 0612345678"));
            Assert.Equal(HttpStatusCode.OK, turn.StatusCode);
        }

        var other = (await Api.StartAsync(client, "p-keep")).GetProperty("sessionId").GetString()!;
        using (var turn = await client.SendAsync(Api.Turn(other, "is it 41?")))
        {
            Assert.Equal(HttpStatusCode.OK, turn.StatusCode);
        }

        // Another tenant's learner with the same pseudonym is someone else.
        using var otherTenant = new HttpClient { BaseAddress = client.BaseAddress };
        otherTenant.DefaultRequestHeaders.Add("X-Didactics-Tenant", "school-b");
        var theirs = (await Api.StartAsync(otherTenant, "p-erase")).GetProperty("sessionId").GetString()!;

        // Access and portability: every session and every audit record, and nothing of anyone else.
        using var exportResponse = await client.GetAsync("learners/p-erase/export");
        Assert.Equal(HttpStatusCode.OK, exportResponse.StatusCode);
        Assert.Contains("attachment", exportResponse.Content.Headers.ContentDisposition!.ToString());
        var export = await exportResponse.JsonAsync();
        Assert.Equal("didactics-learner/1", export.GetProperty("format").GetString());
        Assert.Equal(mine.Order(), export.GetProperty("sessions").EnumerateArray().Select(s => s.GetProperty("id").GetString()!).Order());
        var audit = export.GetProperty("audit").EnumerateArray().ToArray();
        Assert.Equal(6, audit.Length);
        Assert.All(audit, r => Assert.Equal("p-erase", r.GetProperty("learner").GetString()));
        Assert.DoesNotContain("0612345678", export.GetRawText());

        var byApi = await client.GetFromJsonAsync<JsonElement>("audit?learner=p-erase");
        Assert.Equal(6, byApi.GetArrayLength());
        Assert.Equal(2, (await client.GetFromJsonAsync<JsonElement>($"audit?session={mine[0]}")).GetArrayLength());

        // Erasure.
        using var erase = await client.DeleteAsync("learners/p-erase");
        Assert.Equal(HttpStatusCode.OK, erase.StatusCode);
        var erased = await erase.JsonAsync();
        Assert.Equal(3, erased.GetProperty("sessionsErased").GetInt32());
        Assert.Equal(6, erased.GetProperty("auditRecordsErased").GetInt32());

        foreach (var id in mine)
        {
            using var gone = await client.GetAsync($"sessions/{id}");
            Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        }

        Assert.Equal(0, (await client.GetFromJsonAsync<JsonElement>("audit?learner=p-erase")).GetArrayLength());
        var empty = await client.GetFromJsonAsync<JsonElement>("learners/p-erase/export");
        Assert.Equal(0, empty.GetProperty("sessions").GetArrayLength());
        Assert.Equal(0, empty.GetProperty("audit").GetArrayLength());

        // Everyone else is untouched.
        using (var kept = await client.GetAsync($"sessions/{other}"))
        {
            Assert.Equal(HttpStatusCode.OK, kept.StatusCode);
        }

        Assert.Equal(2, (await client.GetFromJsonAsync<JsonElement>("audit?learner=p-keep")).GetArrayLength());
        using (var theirsKept = await otherTenant.GetAsync($"sessions/{theirs}"))
        {
            Assert.Equal(HttpStatusCode.OK, theirsKept.StatusCode);
        }

        // The erasure is on record, with counts only.
        var erasures = await client.GetFromJsonAsync<JsonElement>("audit/erasures");
        var record = Assert.Single(erasures.EnumerateArray());
        Assert.Equal(("learner", 3, 6), (record.GetProperty("scope").GetString(), record.GetProperty("sessionsErased").GetInt32(), record.GetProperty("auditRecordsErased").GetInt32()));
        Assert.DoesNotContain("p-erase", erasures.GetRawText());
        foreach (var id in mine)
        {
            Assert.DoesNotContain(id, erasures.GetRawText());
        }

        if (useRedis)
        {
            // No key in Redis names the learner or one of the erased sessions any more.
            var server = redis.Connection.GetServer(redis.Connection.GetEndPoints()[0]);
            var keys = server.Keys(pattern: prefix + "*").Select(k => (string)k!).ToArray();
            Assert.DoesNotContain(keys, k => k.Contains("school-a/p-erase", StringComparison.Ordinal) || mine.Any(id => k.Contains(id, StringComparison.Ordinal)));
            Assert.Contains(keys, k => k.Contains(other, StringComparison.Ordinal));
            Assert.Contains(keys, k => k.Contains("school-b/p-erase", StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("learners/Jan%20Jansen/export")]
    [InlineData("audit?learner=a%20b")]
    [InlineData("audit?from=yesterday")]
    [InlineData("audit?limit=0")]
    [InlineData("audit?limit=99999999999")]
    [InlineData("audit?session=a/b")]
    [InlineData("audit?learner=a&learner=b")]
    public async Task Bad_data_rights_requests_are_400(string path)
    {
        await using var host = await TestHost.StartAsync();
        using var response = await host.Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }
}

/// <summary>The audit trail in the real PostgreSQL server, through the API, across a host restart.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresAuditHostTests(PostgresFixture postgres)
{
    [Fact]
    public async Task Turn_decisions_are_in_postgres_and_survive_a_restart()
    {
        var prefix = PostgresFixture.UniquePrefix();
        void UsePostgres(IServiceCollection services) => services.AddDidacticsPostgresAudit(postgres.ConnectionString, prefix);
        string id;
        await using (var host = await TestHost.StartAsync(UsePostgres))
        {
            using var health = await host.Client.GetAsync("health");
            var audit = (await health.JsonAsync()).GetProperty("components").EnumerateArray().Single(c => c.GetProperty("component").GetString() == "audit");
            Assert.Equal(("postgresql", "up"), (audit.GetProperty("kind").GetString(), audit.GetProperty("status").GetString()));

            id = (await Api.StartAsync(host.Client, "p-pg")).GetProperty("sessionId").GetString()!;
            using var wrong = await host.Client.SendAsync(Api.Turn(id, "is it 40?"));
            using var right = await host.Client.SendAsync(Api.Turn(id, "42"));
            Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        }

        await using var restarted = await TestHost.StartAsync(UsePostgres);
        var records = (await restarted.Client.GetFromJsonAsync<JsonElement>("audit?learner=p-pg")).EnumerateArray().ToArray();
        Assert.Equal(["elicit", "feedback", "consolidate"], records.Select(r => r.GetProperty("phase").GetString()));
        Assert.Equal(["Unclassified", "IncorrectAttempt", "CorrectAttempt"], records.Select(r => r.GetProperty("signal").GetString()));
        Assert.Equal(["none", "incorrect", "correct"], records.Select(r => r.GetProperty("verdict").GetString()));
        Assert.All(records, r => Assert.Equal(id, r.GetProperty("sessionId").GetString()));
        Assert.All(records, r => Assert.Equal("authored-content", r.GetProperty("modelId").GetString()));
    }
}

/// <summary>An audit database that fails never turns an applied turn into an error; health and the audit API say it is down.</summary>
public sealed class AuditOutageTests
{
    [Fact]
    public async Task Turns_still_apply_while_the_audit_database_is_down_and_health_and_audit_queries_answer_503()
    {
        // A directory where the database file should be: every open fails.
        var blocked = Directory.CreateTempSubdirectory("didactics-audit-blocked-").FullName;
        try
        {
            await using var host = await TestHost.StartAsync(s => s.AddDidacticsSqliteAudit(blocked));
            var id = (await Api.StartAsync(host.Client)).GetProperty("sessionId").GetString()!;
            using var turn = await host.Client.SendAsync(Api.Turn(id, "is it 40?"));
            Assert.Equal(HttpStatusCode.OK, turn.StatusCode);
            var transcript = await host.Client.GetFromJsonAsync<JsonElement>($"sessions/{id}/transcript");
            Assert.Equal(3, transcript.GetProperty("entries").GetArrayLength());

            using var health = await host.Client.GetAsync("health");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
            var audit = (await health.JsonAsync()).GetProperty("components").EnumerateArray().Single(c => c.GetProperty("component").GetString() == "audit");
            Assert.Equal(("sqlite", "down"), (audit.GetProperty("kind").GetString(), audit.GetProperty("status").GetString()));

            using var query = await host.Client.GetAsync("audit");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, query.StatusCode);
            Assert.EndsWith("/audit-unavailable", (await query.JsonAsync()).GetProperty("type").GetString());
        }
        finally
        {
            Directory.Delete(blocked, recursive: true);
        }
    }
}
