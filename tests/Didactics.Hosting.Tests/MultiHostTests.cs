using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;

namespace Didactics.Hosting.Tests;

/// <summary>
/// Two hosts sharing one Redis: turns of a session alternate between hosts, several clients post concurrently, one
/// host stops mid-run. Every accepted turn must be in the transcript exactly once, every rejected (409) turn not at
/// all, and a turn whose outcome the client never saw (host stopped) is retried with its idempotency key until it is
/// accepted, and then also appears exactly once.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class MultiHostTests(RedisFixture redis)
{
    private const int Sessions = 3;
    private const int ClientsPerSession = 4;
    private const int TurnsPerClient = 12;

    [Fact]
    public async Task Every_accepted_turn_is_in_the_transcript_exactly_once_across_two_hosts_with_one_stopped_mid_run()
    {
        var prefix = RedisFixture.UniquePrefix();
        void UseRedis(IServiceCollection services) => services.AddDidacticsRedisSessionStore(redis.Configuration, o => o.KeyPrefix = prefix);
        await using var hostA = await TestHost.StartAsync(UseRedis);
        var hostB = await TestHost.StartAsync(UseRedis);
        var bStopped = false;
        try
        {
            var sessionIds = new List<string>();
            for (var s = 0; s < Sessions; s++)
            {
                // Sessions are created on alternating hosts too.
                sessionIds.Add((await Api.StartAsync(s % 2 == 0 ? hostA.Client : hostB.Client, $"p-{s}")).GetProperty("sessionId").GetString()!);
            }

            var accepted = new ConcurrentDictionary<string, ConcurrentBag<string>>();
            var rejected = new ConcurrentDictionary<string, ConcurrentBag<string>>();
            var unknownThenAccepted = new ConcurrentBag<string>();
            var acceptedKeys = new ConcurrentBag<(string Session, string Key, string Text, string Reply)>();
            var conflicts = 0;
            var turnsPosted = 0;
            var servedByB = 0;
            using var stopB = new CancellationTokenSource();

            async Task ClientAsync(string sessionId, int client)
            {
                for (var t = 0; t < TurnsPerClient; t++)
                {
                    for (var attempt = 0; ; attempt++)
                    {
                        // Wrong answers only, so the session never ends; every attempt has a unique text and key.
                        var text = $"c{client}-t{t}-a{attempt}: is it {7 + client}?";
                        var key = Guid.NewGuid().ToString("N");
                        var outcome = await PostUntilKnownAsync(sessionId, text, key, (t + client) % 2 == 0);
                        if (outcome.Status == HttpStatusCode.OK)
                        {
                            accepted.GetOrAdd(sessionId, _ => []).Add(text);
                            acceptedKeys.Add((sessionId, key, text, outcome.Reply!));
                            if (outcome.AfterUnknown)
                            {
                                unknownThenAccepted.Add(text);
                            }

                            break;
                        }

                        Assert.Equal(HttpStatusCode.Conflict, outcome.Status);
                        Interlocked.Increment(ref conflicts);
                        rejected.GetOrAdd(sessionId, _ => []).Add(text);
                    }

                    if (Interlocked.Increment(ref turnsPosted) == Sessions * ClientsPerSession * TurnsPerClient / 3)
                    {
                        stopB.Cancel();
                    }
                }
            }

            async Task<(HttpStatusCode Status, string? Reply, bool AfterUnknown)> PostUntilKnownAsync(string sessionId, string text, string key, bool preferB)
            {
                var afterUnknown = false;
                for (var tries = 0; tries < 20; tries++)
                {
                    var host = preferB && !Volatile.Read(ref bStopped) && tries == 0 ? hostB : hostA;
                    try
                    {
                        using var response = await host.Client.SendAsync(Api.Turn(sessionId, text, key));
                        if (response.StatusCode == HttpStatusCode.OK)
                        {
                            if (ReferenceEquals(host, hostB))
                            {
                                Interlocked.Increment(ref servedByB);
                            }

                            var body = await response.JsonAsync();
                            return (response.StatusCode, body.GetProperty("reply").GetString(), afterUnknown);
                        }

                        if (response.StatusCode is HttpStatusCode.Conflict)
                        {
                            return (response.StatusCode, null, afterUnknown);
                        }

                        if (response.StatusCode is HttpStatusCode.ServiceUnavailable)
                        {
                            // Redis did not answer in time (a loaded machine): the outcome is unknown, exactly as when a host
                            // goes away. Retry with the same key after the advertised pause.
                            afterUnknown = true;
                            await Task.Delay(TimeSpan.FromMilliseconds(200));
                            continue;
                        }

                        Assert.Fail($"Unexpected {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
                    }
                    catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException)
                    {
                        // The host went away: the turn may or may not have been applied. Retry with the same key elsewhere.
                        afterUnknown = true;
                    }
                }

                throw new InvalidOperationException($"Turn '{text}' never got a definite answer.");
            }

            var stopper = Task.Run(async () =>
            {
                await Task.Delay(Timeout.Infinite, stopB.Token).ContinueWith(_ => { });
                Volatile.Write(ref bStopped, true);
                await hostB.App.StopAsync();
            });

            await Task.WhenAll(sessionIds.SelectMany(id => Enumerable.Range(0, ClientsPerSession).Select(c => Task.Run(() => ClientAsync(id, c)))));
            await stopper;
            Assert.True(bStopped);

            foreach (var id in sessionIds)
            {
                var transcript = await hostA.Client.GetFromJsonAsync<JsonElement>($"sessions/{id}/transcript");
                var learnerTexts = transcript.GetProperty("entries").EnumerateArray()
                    .Where(e => e.GetProperty("speaker").GetString() == "Learner")
                    .Select(e => e.GetProperty("text").GetString()!)
                    .ToList();
                var mine = accepted[id].ToList();
                Assert.Equal(ClientsPerSession * TurnsPerClient, mine.Count);
                foreach (var text in mine)
                {
                    Assert.Equal(1, learnerTexts.Count(x => x == text));
                }

                foreach (var text in rejected.GetValueOrDefault(id) ?? [])
                {
                    Assert.DoesNotContain(text, learnerTexts);
                }

                Assert.Equal(mine.Count, learnerTexts.Count);
                var summary = await hostA.Client.GetFromJsonAsync<JsonElement>($"sessions/{id}");
                Assert.Equal(mine.Count, summary.GetProperty("turns").GetInt32());
                Assert.Equal(1 + mine.Count, summary.GetProperty("version").GetInt64());

                // Every tutor reply follows its learner turn (no interleaving of two turns' halves).
                var entries = transcript.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("speaker").GetString()).ToArray();
                for (var i = 0; i < entries.Length; i++)
                {
                    Assert.Equal(i % 2 == 0 ? "Tutor" : "Learner", entries[i]);
                }
            }

            // Retrying accepted turns with their keys (on the surviving host) replays them and applies nothing.
            foreach (var (session, key, text, reply) in acceptedKeys.Take(10))
            {
                using var retry = await hostA.Client.SendAsync(Api.Turn(session, text, key));
                Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
                var body = await retry.JsonAsync();
                Assert.True(body.GetProperty("replayed").GetBoolean());
                Assert.Equal(reply, body.GetProperty("reply").GetString());
            }

            foreach (var id in sessionIds)
            {
                var summary = await hostA.Client.GetFromJsonAsync<JsonElement>($"sessions/{id}");
                Assert.Equal(ClientsPerSession * TurnsPerClient, summary.GetProperty("turns").GetInt32());
            }

            Assert.True(servedByB > 0, "Host B should have accepted turns before it stopped.");
            Assert.True(conflicts > 0, "Concurrent clients on one session should have produced at least one 409.");
        }
        finally
        {
            await hostB.DisposeAsync();
        }
    }
}
