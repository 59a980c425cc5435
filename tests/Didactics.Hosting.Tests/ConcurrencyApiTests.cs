using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Didactics.Tests.Shared;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;

namespace Didactics.Hosting.Tests;

public sealed class ConcurrencyApiTests
{
    [Fact]
    public async Task Two_concurrent_turns_on_one_session_give_one_200_and_one_409_problem()
    {
        // The model holds every turn until two are running, so both read the same session version.
        var arrived = 0;
        var bothIn = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var model = new FakeChatClient(async (call, token) =>
        {
            if (call.Messages.Any(m => m.Role == ChatRole.User) && Interlocked.Increment(ref arrived) == 2)
            {
                bothIn.TrySetResult();
            }

            if (call.Messages.Any(m => m.Role == ChatRole.User))
            {
                await bothIn.Task.WaitAsync(TimeSpan.FromSeconds(30), token);
            }

            return FakeChatClient.Reply("Which step would you check?");
        });
        await using var host = await TestHost.StartAsync(s => s.AddKeyedSingleton<IChatClient>(DidacticsHostingServiceCollectionExtensions.ModelServiceKey, model));
        var id = (await Api.StartAsync(host.Client)).GetProperty("sessionId").GetString()!;

        var first = host.Client.SendAsync(Api.Turn(id, "is it 40?"));
        var second = host.Client.SendAsync(Api.Turn(id, "is it 41?"));
        using var a = await first;
        using var b = await second;
        var statuses = new[] { a.StatusCode, b.StatusCode }.Order().ToArray();
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], statuses);

        var loser = a.StatusCode == HttpStatusCode.Conflict ? a : b;
        Assert.Equal("application/problem+json", loser.Content.Headers.ContentType!.MediaType);
        var problem = await loser.JsonAsync();
        Assert.Equal(409, problem.GetProperty("status").GetInt32());
        Assert.Contains("Retry it", problem.GetProperty("detail").GetString());

        var winnerText = a.StatusCode == HttpStatusCode.OK ? "is it 40?" : "is it 41?";
        var loserText = a.StatusCode == HttpStatusCode.OK ? "is it 41?" : "is it 40?";
        var transcript = await host.Client.GetFromJsonAsync<JsonElement>($"sessions/{id}/transcript");
        var texts = transcript.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("text").GetString()).ToList();
        Assert.Contains(winnerText, texts);
        Assert.DoesNotContain(loserText, texts);
        Assert.Equal(3, texts.Count);
    }

    [Fact]
    public async Task A_tenant_resolver_replaces_the_header()
    {
        await using var host = await TestHost.StartAsync(s => s.Configure<DidacticsHostingOptions>(o =>
            o.TenantResolver = http => http.Request.Query.TryGetValue("school", out var v) ? v.ToString() : null));
        using var start = await host.Client.PostAsJsonAsync("sessions?school=north", new { strategy = TestStrategy.Name, problemId = "sum-1", learner = "p" });
        Assert.Equal(HttpStatusCode.Created, start.StatusCode);
        var id = (await start.JsonAsync()).GetProperty("sessionId").GetString()!;

        using var north = await host.Client.GetAsync($"sessions/{id}?school=north");
        Assert.Equal("north", (await north.JsonAsync()).GetProperty("tenant").GetString());
        using var south = await host.Client.GetAsync($"sessions/{id}?school=south");
        Assert.Equal(HttpStatusCode.NotFound, south.StatusCode);

        // The header is ignored once a resolver is set, and a request it cannot place is a 400.
        using var none = await host.Client.GetAsync($"sessions/{id}");
        Assert.Equal(HttpStatusCode.BadRequest, none.StatusCode);
    }
}
