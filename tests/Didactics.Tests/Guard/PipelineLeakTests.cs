using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.Extensions.AI;

namespace Didactics.Tests;

/// <summary>A deliberately leaky model must never get the answer through the pipeline, streaming or not.</summary>
public sealed class PipelineLeakTests
{
    /// <summary>A minimal hand-written strategy: ask, hint on a wrong answer, consolidate on a right one.</summary>
    private sealed class AskHintStrategy : IStrategy
    {
        public StrategyDescriptor Descriptor { get; } = new(
            "ask-hint",
            "Test strategy.",
            preamble: null,
            AnswerPolicy.Default,
            ImmutableArray.Create(
                new PhaseDescriptor("ask", PhaseMove.Elicit, IsStart: true, IsTerminal: false, Template: null, ImmutableArray.Create("What would you try first?")),
                new PhaseDescriptor("hint", PhaseMove.Hint, IsStart: false, IsTerminal: false, Template: null, ImmutableArray.Create("Look at what is added to x.")),
                new PhaseDescriptor("done", PhaseMove.Consolidate, IsStart: false, IsTerminal: true, Template: null, ImmutableArray.Create("Well done."))),
            ImmutableArray<TransitionDescriptor>.Empty,
            ImmutableArray<string>.Empty);

        public int NextPhase(int phase, LearnerSignal signal) => signal switch
        {
            LearnerSignal.CorrectAttempt => 2,
            LearnerSignal.Unclassified => -1,
            _ => 1,
        };

        public void RenderInstructions(int phase, TurnModel model, StringBuilder output) =>
            output.Append("Phase ").Append(model.Phase).Append(". Verdict: ").Append(model.Verdict).Append('.');

        public bool RenderContent(int phase, int variant, TurnModel model, StringBuilder output)
        {
            var content = Descriptor.Phases[phase].Content;
            output.Append(content[variant % content.Length]);
            return true;
        }
    }

    /// <summary>Replies with scripted texts in order (the last one repeats), streamed in chunks of a given size,
    /// or in two chunks split at <paramref name="splitAt"/> when it is not negative.</summary>
    private sealed class LeakyChatClient(IReadOnlyList<string> replies, int chunkSize, int splitAt = -1) : IChatClient
    {
        private int _calls;

        public int Calls => _calls;

        private string Next() => replies[Math.Min(Interlocked.Increment(ref _calls) - 1, replies.Count - 1)];

        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, Next())));

        public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
            IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            var text = Next();
            if (splitAt >= 0)
            {
                var at = Math.Min(splitAt, text.Length);
                yield return new ChatResponseUpdate(ChatRole.Assistant, text[..at]);
                await Task.Yield();
                yield return new ChatResponseUpdate(ChatRole.Assistant, text[at..]);
                yield break;
            }

            for (var i = 0; i < text.Length; i += chunkSize)
            {
                await Task.Yield();
                yield return new ChatResponseUpdate(ChatRole.Assistant, text.Substring(i, Math.Min(chunkSize, text.Length - i)));
            }
        }

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }

    private static async Task<(string Reply, DidacticTurn Turn)> RunAsync(DidacticsChatClient pipeline, string sessionId, string message, bool streaming)
    {
        var options = new ChatOptions { ConversationId = sessionId };
        var messages = new[] { new ChatMessage(ChatRole.User, message) };
        if (!streaming)
        {
            var response = await pipeline.GetResponseAsync(messages, options);
            return (response.Text, (DidacticTurn)response.AdditionalProperties![DidacticsChatClient.TurnPlanKey]!);
        }

        var text = new StringBuilder();
        DidacticTurn? turn = null;
        await foreach (var update in pipeline.GetStreamingResponseAsync(messages, options))
        {
            text.Append(update.Text);
            if (update.AdditionalProperties?.TryGetValue(DidacticsChatClient.TurnPlanKey, out var value) == true)
            {
                turn = (DidacticTurn)value!;
            }
        }

        return (text.ToString(), turn ?? throw new InvalidOperationException("The stream carried no turn."));
    }

    public static IEnumerable<object[]> LeakyCasesWithChunks()
    {
        foreach (var row in LeakCases.Leaky)
        {
            foreach (var chunk in new[] { 1, 3, 7, 32 })
            {
                yield return [.. row, chunk];
            }
        }
    }

    [Theory]
    [MemberData(nameof(LeakyCasesWithChunks))]
    public async Task A_leaky_model_never_leaks_through_the_pipeline(string language, string statement, string answer, AnswerKind kind, string leakyReply, int chunkSize)
    {
        var problem = LeakCases.Make(language, statement, answer, kind);
        foreach (var streaming in new[] { false, true })
        {
            // The model keeps leaking, also when asked to regenerate: the pipeline must fall back to authored content.
            var model = new LeakyChatClient([leakyReply], chunkSize);
            var pipeline = new DidacticsChatClient(model, new AskHintStrategy());
            var start = await pipeline.StartSessionAsync(LeakCases.Make(language, statement, answer, kind) with { Id = "p" });
            var (reply, turn) = await RunAsync(pipeline, start.State.Id, language == "nl" ? "ik weet het niet" : "I don't know", streaming);

            Assert.False(Didactics.AnswerLeakGuard.Instance.Scan(problem, reply).Leak, $"streaming={streaming}: '{reply}' leaks");
            Assert.False(Didactics.AnswerLeakGuard.Instance.Scan(problem, start.Reply).Leak, $"opening '{start.Reply}' leaks");
            Assert.Contains(turn.Events, e => e.Kind == TurnEventKind.LeakBlocked);
            Assert.Contains(turn.Events, e => e.Kind == TurnEventKind.Regenerated);
            Assert.Contains(turn.Events, e => e.Kind == TurnEventKind.FellBackToAuthored);
            Assert.EndsWith("Look at what is added to x.", reply);
            Assert.Equal(reply, turn.State.Transcript[^1].Text);
            var stored = await pipeline.Sessions.GetAsync(start.State.Id);
            Assert.Equal(reply, stored!.Transcript[^1].Text);
        }
    }

    [Theory]
    [MemberData(nameof(LeakCases.Leaky), MemberType = typeof(LeakCases))]
    public async Task A_leak_split_at_every_position_never_streams_through_the_pipeline(string language, string statement, string answer, AnswerKind kind, string leakyReply)
    {
        var problem = LeakCases.Make(language, statement, answer, kind);
        const string Clean = "What would you try first?";
        for (var at = 0; at <= leakyReply.Length; at++)
        {
            // Opening: clean; the learner's turn: the leaky reply split at `at`; the regeneration: clean.
            var model = new LeakyChatClient([Clean, leakyReply, Clean], chunkSize: 1, splitAt: at);
            var pipeline = new DidacticsChatClient(model, new AskHintStrategy());
            var start = await pipeline.StartSessionAsync(problem);
            var (reply, turn) = await RunAsync(pipeline, start.State.Id, language == "nl" ? "geen idee" : "no idea", streaming: true);
            Assert.False(Didactics.AnswerLeakGuard.Instance.Scan(problem, reply).Leak, $"split at {at}: '{reply}' leaks");
            Assert.EndsWith(Clean, reply);
            Assert.Equal([TurnEventKind.LeakBlocked, TurnEventKind.Regenerated], turn.Events.Select(e => e.Kind).ToArray());
        }
    }

    [Theory]
    [InlineData("en", "So x = 4.", "Look at what is on each side. What can you undo?")]
    [InlineData("nl", "Dus x = 4.", "Kijk wat er aan beide kanten staat. Wat kun je ongedaan maken?")]
    public async Task A_leak_is_regenerated_when_the_model_then_complies(string language, string leaky, string clean)
    {
        var statement = language == "nl" ? LeakCases.LinearNl : LeakCases.LinearEn;
        var problem = LeakCases.Make(language, statement, "x = 4", AnswerKind.Expression);
        foreach (var streaming in new[] { false, true })
        {
            var model = new LeakyChatClient(["Let's start.", leaky, clean], chunkSize: 5);
            var pipeline = new DidacticsChatClient(model, new AskHintStrategy());
            var start = await pipeline.StartSessionAsync(problem);
            var (reply, turn) = await RunAsync(pipeline, start.State.Id, "5?", streaming);
            Assert.Equal(clean, reply.Trim());
            Assert.Equal(
                [TurnEventKind.LeakBlocked, TurnEventKind.Regenerated],
                turn.Events.Select(e => e.Kind).ToArray());
            Assert.Equal(3, model.Calls);
        }
    }

    [Fact]
    public async Task Streaming_releases_clean_text_before_a_leak_and_replaces_the_rest()
    {
        var problem = LeakCases.Make("en", LeakCases.LinearEn, "x = 4", AnswerKind.Expression);
        var model = new LeakyChatClient(["Hello.", "Subtract 4 from both sides first. So x = 4 then.", "What is left on the right?"], chunkSize: 4);
        var pipeline = new DidacticsChatClient(model, new AskHintStrategy());
        var start = await pipeline.StartSessionAsync(problem);
        var (reply, turn) = await RunAsync(pipeline, start.State.Id, "5", streaming: true);
        Assert.StartsWith("Subtract 4 from both sides first. ", reply);
        Assert.DoesNotContain("x = 4", reply);
        Assert.EndsWith("What is left on the right?", reply);
        Assert.Equal(reply, turn.Reply);
        Assert.Equal(reply, turn.State.Transcript[^1].Text);
    }

    [Fact]
    public async Task Streaming_a_clean_reply_arrives_in_several_updates_unchanged()
    {
        var problem = LeakCases.Make("nl", LeakCases.LinearNl, "x = 4", AnswerKind.Expression);
        const string Clean = "Haal 4 van beide kanten af. Wat houd je dan over aan de rechterkant? Schrijf het op. Controleer het daarna door in te vullen.";
        var model = new LeakyChatClient(["Hallo.", Clean], chunkSize: 6);
        var pipeline = new DidacticsChatClient(model, new AskHintStrategy());
        var start = await pipeline.StartSessionAsync(problem);
        var updates = 0;
        var text = new StringBuilder();
        await foreach (var update in pipeline.GetStreamingResponseAsync([new ChatMessage(ChatRole.User, "geen idee")], new ChatOptions { ConversationId = start.State.Id }))
        {
            updates += update.Text.Length > 0 ? 1 : 0;
            text.Append(update.Text);
            // Released sentence by sentence: every update but the last ends a sentence.
            Assert.True(update.Text.Length == 0 || text.Length == Clean.Length || update.Text.EndsWith(". ", StringComparison.Ordinal) || update.Text.EndsWith("? ", StringComparison.Ordinal), $"update '{update.Text}'");
        }

        Assert.Equal(Clean, text.ToString());
        Assert.True(updates >= 4, $"only {updates} text updates");
        var stored = await pipeline.Sessions.GetAsync(start.State.Id);
        Assert.Equal(Clean, stored!.Transcript[^1].Text);
        Assert.Equal(3, stored.Transcript.Count);
    }

    [Fact]
    public async Task Streaming_after_a_correct_answer_may_confirm_it()
    {
        var problem = LeakCases.Make("en", LeakCases.LinearEn, "x = 4", AnswerKind.Expression);
        var model = new LeakyChatClient(["Hi.", "Yes, x = 4 is right."], chunkSize: 3);
        var pipeline = new DidacticsChatClient(model, new AskHintStrategy());
        var start = await pipeline.StartSessionAsync(problem);
        var (reply, turn) = await RunAsync(pipeline, start.State.Id, "x = 4", streaming: true);
        Assert.Equal("Yes, x = 4 is right.", reply);
        Assert.Empty(turn.Events);
    }
}
