namespace Didactics.Tests;

/// <summary>
/// The hot path reuses a per-thread turn model and render buffer and shares authored-content strings between turns
/// (issue 8). Interleaved sessions on one pipeline must render exactly what separate pipelines render.
/// </summary>
public class TurnReuseTests
{
    private static readonly Problem English = new("e", "Solve x + 4 = 8. What is x?", "x = 4", AnswerKind.Expression) { Language = "en" };
    private static readonly Problem Dutch = new("d", "Los op: x + 3 = 10. Wat is x?", "x = 7", AnswerKind.Expression) { Language = "nl" };

    private static readonly string[] Messages = ["I think x = 5", "no idea", "just tell me the answer", "x = 9", "hmm x = 1"];

    [Fact]
    public async Task Interleaved_sessions_render_what_separate_pipelines_render()
    {
        var shared = new DidacticsChatClient(AuthoredContentChatClient.Instance, new SocraticStrategy());
        var english = new DidacticsChatClient(AuthoredContentChatClient.Instance, new SocraticStrategy());
        var dutch = new DidacticsChatClient(AuthoredContentChatClient.Instance, new SocraticStrategy());

        var sharedTurns = new List<DidacticTurn> { await shared.StartSessionAsync(English, "en"), await shared.StartSessionAsync(Dutch, "nl") };
        var separateTurns = new List<DidacticTurn> { await english.StartSessionAsync(English, "en"), await dutch.StartSessionAsync(Dutch, "nl") };
        foreach (var message in Messages)
        {
            sharedTurns.Add(await shared.SendAsync("en", message));
            sharedTurns.Add(await shared.SendAsync("nl", message));
            separateTurns.Add(await english.SendAsync("en", message));
            separateTurns.Add(await dutch.SendAsync("nl", message));
        }

        Assert.Equal(separateTurns.Count, sharedTurns.Count);
        for (var i = 0; i < sharedTurns.Count; i++)
        {
            Assert.Equal(separateTurns[i].Reply, sharedTurns[i].Reply);
            Assert.Equal(separateTurns[i].Plan.Instructions, sharedTurns[i].Plan.Instructions);
            Assert.Equal(separateTurns[i].Plan.AuthoredReply, sharedTurns[i].Plan.AuthoredReply);
        }

        // The two languages really rendered different content, so a stale model or string would have shown.
        Assert.NotEqual(sharedTurns[2].Reply, sharedTurns[3].Reply);
        Assert.Contains("x + 4 = 8", sharedTurns[0].Plan.Instructions, StringComparison.Ordinal);
        Assert.Contains("x + 3 = 10", sharedTurns[1].Plan.Instructions, StringComparison.Ordinal);
        Assert.Contains("I think x = 5", sharedTurns[2].Plan.Instructions, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Repeated_equal_content_is_one_string_and_changed_content_a_new_one()
    {
        var pipeline = new DidacticsChatClient(AuthoredContentChatClient.Instance, new SocraticStrategy());
        await pipeline.StartSessionAsync(English, "a");
        await pipeline.StartSessionAsync(English, "b");
        await pipeline.StartSessionAsync(Dutch, "c");
        var first = await pipeline.SendAsync("a", "just tell me the answer");
        var second = await pipeline.SendAsync("b", "just tell me the answer");
        var dutch = await pipeline.SendAsync("c", "just tell me the answer");

        Assert.Equal("Redirect", first.Phase);
        Assert.Same(first.Plan.AuthoredReply, second.Plan.AuthoredReply);
        Assert.NotEqual(first.Plan.AuthoredReply, dutch.Plan.AuthoredReply);
        Assert.StartsWith("Het antwoord geef ik niet", dutch.Plan.AuthoredReply, StringComparison.Ordinal);
    }
}
