using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;

namespace Didactics.Hosting.Tests;

/// <summary>
/// The audit trail and learners' data rights under school roles, and how safeguarding meets cleaning, redaction, the
/// audit trail and erasure.
/// </summary>
public sealed class SchoolDataRightsTests
{
    [Fact]
    public async Task With_tokens_the_audit_is_for_school_admins_and_a_learners_data_for_admins_and_the_learner_only()
    {
        await using var host = await SchoolTestHost.StartAsync(auth: true);
        using var owner = host.ClientFor("pupil-a", "learner", "school-a", "1a");
        using var classmate = host.ClientFor("pupil-b", "learner", "school-a", "1a");
        using var teacher = host.ClientFor("t-1", "teacher", "school-a", "1a");
        using var admin = host.ClientFor("adm-1", "school-admin", "school-a");
        using var otherAdmin = host.ClientFor("adm-9", "school-admin", "school-b");
        var start = await SchoolApi.StartAsync(owner, SchoolApi.Start(learner: "pupil-a"));
        await SchoolApi.TurnAsync(owner, start.GetProperty("sessionId").GetString()!, "is it 40?");

        foreach (var path in new[] { "audit", "audit/erasures", "audit?learner=pupil-a" })
        {
            foreach (var refused in new[] { owner, classmate, teacher })
            {
                using var response = await refused.GetAsync(path);
                Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
                Assert.DoesNotContain("pupil-a\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }

            using var allowed = await admin.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        Assert.Contains("pupil-a", (await SchoolApi.GetJsonAsync(admin, "audit")).GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("pupil-a", (await SchoolApi.GetJsonAsync(otherAdmin, "audit")).GetRawText(), StringComparison.Ordinal);

        foreach (var refused in new[] { classmate, teacher })
        {
            using var export = await refused.GetAsync("learners/pupil-a/export");
            Assert.Equal(HttpStatusCode.Forbidden, export.StatusCode);
            using var erase = await refused.DeleteAsync("learners/pupil-a");
            Assert.Equal(HttpStatusCode.Forbidden, erase.StatusCode);
        }

        Assert.Single((await SchoolApi.GetJsonAsync(admin, "learners/pupil-a/export")).GetProperty("sessions").EnumerateArray());
        Assert.Single((await SchoolApi.GetJsonAsync(owner, "learners/pupil-a/export")).GetProperty("sessions").EnumerateArray());
        using (var erase = await owner.DeleteAsync("learners/pupil-a"))
        {
            Assert.Equal(HttpStatusCode.OK, erase.StatusCode);
            Assert.Equal(1, (await erase.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("sessionsErased").GetInt32());
        }

        // Health stays open to probes without a token.
        using var anonymous = new HttpClient { BaseAddress = new Uri(host.BaseAddress + "/didactics/") };
        using var health = await anonymous.GetAsync("health");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task A_disclosure_is_checked_on_the_cleaned_text_kept_redacted_audited_without_text_and_erased_with_the_learner()
    {
        await using var host = await SchoolTestHost.StartAsync(
            configure: s => s.Configure<DidacticsHostingOptions>(o => o.Privacy.Roster = _ => ["Jan Jansen"]));
        using var client = host.Client();
        var start = await SchoolApi.StartAsync(client, SchoolApi.Start(learner: "pupil-7"));
        var id = start.GetProperty("sessionId").GetString()!;
        var callsBefore = host.Models.TotalCalls;

        // A control character inside the message is removed before the check; the name is redacted after it.
        var turn = await SchoolApi.TurnAsync(client, id, "my stepdad\u0007 hits me. Jan Jansen knows");
        Assert.Equal("authored-content", turn.GetProperty("model").GetString());
        Assert.Equal(callsBefore, host.Models.TotalCalls);

        var alert = Assert.Single((await SchoolApi.GetJsonAsync(client, "teacher/alerts")).EnumerateArray(), a => a.GetProperty("kind").GetString() == "Safeguarding");
        var words = alert.GetProperty("message").GetString()!;
        Assert.Contains("my stepdad hits me", words, StringComparison.Ordinal);
        Assert.DoesNotContain("Jan Jansen", words, StringComparison.Ordinal);
        Assert.DoesNotContain('\u0007', words);

        var audit = await SchoolApi.GetJsonAsync(client, $"audit?session={id}");
        var record = audit.EnumerateArray().Last();
        Assert.Equal("safeguarding", record.GetProperty("outcome").GetString());
        foreach (var secret in new[] { "stepdad", "hits", "Jan", "Abuse", "abuse" })
        {
            Assert.DoesNotContain(secret, audit.GetRawText(), StringComparison.Ordinal);
        }

        // A second learner's alert survives the first learner's erasure; the first learner's alerts do not.
        var other = await SchoolApi.StartAsync(client, SchoolApi.Start(learner: "pupil-8"));
        await SchoolApi.TurnAsync(client, other.GetProperty("sessionId").GetString()!, "they bully me every day");
        using (var erase = await client.DeleteAsync("learners/pupil-7"))
        {
            Assert.Equal(HttpStatusCode.OK, erase.StatusCode);
        }

        var alerts = (await SchoolApi.GetJsonAsync(client, "teacher/alerts")).EnumerateArray().ToArray();
        Assert.DoesNotContain(alerts, a => a.GetProperty("learner").GetString() == "pupil-7");
        Assert.Contains(alerts, a => a.GetProperty("learner").GetString() == "pupil-8");
        Assert.DoesNotContain(id, (await SchoolApi.GetJsonAsync(client, "teacher/sessions")).GetRawText(), StringComparison.Ordinal);
    }
}
