using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Net.ServerSentEvents;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;

namespace Didactics.Hosting.Tests;

/// <summary>Schools on two hosts sharing Redis: profiles, model records and alerts are shared, and concurrent turns are neither lost nor doubled.</summary>
[Collection(RedisCollection.Name)]
public sealed class SchoolRedisTests(RedisFixture redis)
{
    [Fact]
    public async Task Two_hosts_share_profiles_model_records_and_alerts_and_lose_no_turn()
    {
        var prefix = RedisFixture.UniquePrefix();
        void UseRedis(IServiceCollection services) => services.AddDidacticsRedisSessionStore(redis.Configuration, o => o.KeyPrefix = prefix);
        var models = new FakeSchoolModels();
        await using var hostA = await SchoolTestHost.StartAsync(configure: UseRedis, models: models);
        await using var hostB = await SchoolTestHost.StartAsync(configure: UseRedis, models: models);
        Assert.IsType<Didactics.Hosting.RedisSchoolDirectory>(hostA.Services.GetRequiredService<Didactics.Hosting.ISchoolDirectory>());
        using var a = hostA.Client();
        using var b = hostB.Client();

        // The teacher watches on host B.
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var request = new HttpRequestMessage(HttpMethod.Get, "teacher/alerts/stream");
        using var stream = await b.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cts.Token);
        await using var body = await stream.Content.ReadAsStreamAsync(cts.Token);
        await using var events = SseParser.Create(body).EnumerateAsync(cts.Token).GetAsyncEnumerator(cts.Token);
        Assert.True(await events.MoveNextAsync());
        Assert.Equal("ready", events.Current.EventType);

        var id = (await SchoolApi.StartAsync(a, SchoolApi.Start(ageBand: "13-15", consent: true))).GetProperty("sessionId").GetString()!;

        // Concurrent turns through both hosts: each accepted (200) turn is applied once, each conflict (409) not at all.
        var accepted = new ConcurrentBag<string>();
        await Task.WhenAll(Enumerable.Range(0, 4).Select(async c =>
        {
            for (var t = 0; t < 5; t++)
            {
                var text = $"c{c}-t{t}: is it {50 + c}?";
                using var response = await (c % 2 == 0 ? a : b).PostAsJsonAsync($"sessions/{id}/turns", new { text });
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    accepted.Add(text);
                }
                else
                {
                    Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
                }
            }
        }));

        // Consent withdrawn on host B applies to the next turn on host A.
        using (await b.PutAsJsonAsync($"sessions/{id}/consent", new { parentalConsent = false }))
        {
        }

        Assert.Equal("authored-content", (await SchoolApi.TurnAsync(a, id, "I don't know")).GetProperty("model").GetString());
        await SchoolApi.TurnAsync(a, id, "my dad hits me");

        Assert.True(await events.MoveNextAsync());
        Assert.Equal("alert", events.Current.EventType);
        Assert.Equal(id, JsonDocument.Parse(events.Current.Data).RootElement.GetProperty("sessionId").GetString());

        var transcript = await SchoolApi.GetJsonAsync(b, $"sessions/{id}/transcript");
        var learnerLines = transcript.GetProperty("entries").EnumerateArray().Where(e => e.GetProperty("speaker").GetString() == "Learner").Select(e => e.GetProperty("text").GetString()!).ToArray();
        foreach (var text in accepted)
        {
            Assert.Single(learnerLines, l => l == text);
        }

        Assert.Equal(accepted.Count + 2, learnerLines.Length);
        var review = await SchoolApi.GetJsonAsync(b, $"teacher/sessions/{id}");
        var records = review.GetProperty("models").EnumerateArray().ToArray();
        Assert.Equal(accepted.Count + 3, records.Length); // the opening turn, every accepted turn, the authored one, the safeguarding one
        Assert.Equal(["no-parental-consent", "safeguarding"], records.TakeLast(2).Select(r => r.GetProperty("reason").GetString()));
        Assert.True(review.GetProperty("session").GetProperty("safeguarding").GetBoolean());
        Assert.Contains(id, (await SchoolApi.GetJsonAsync(b, "teacher/sessions")).EnumerateArray().Select(s => s.GetProperty("sessionId").GetString()));
    }
}
