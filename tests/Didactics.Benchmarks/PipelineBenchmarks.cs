using System.Collections.Immutable;
using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.AI;

namespace Didactics.Benchmarks;

/// <summary>
/// Per-turn pipeline overhead (classify, check, render, guard, state update) against the raw inner client. The session
/// store returns the same session every turn so each turn does the same work (the transcript does not grow).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class PipelineBenchmarks
{
    private static readonly ChatMessage[] Request = [new(ChatRole.User, "I think x = 5")];
    private NullChatClient _model = null!;
    private DidacticsChatClient _withModel = null!;
    private DidacticsChatClient _authored = null!;
    private ChatOptions _options = null!;

    [GlobalSetup]
    public void Setup()
    {
        _model = new NullChatClient(Replies.OneKilobyte);
        _withModel = new DidacticsChatClient(_model, new BenchStrategy(), new FixedSessionStore());
        _authored = new DidacticsChatClient(AuthoredContentChatClient.Instance, new BenchStrategy(), new FixedSessionStore());
        _withModel.StartSessionAsync(Replies.Linear, "s").GetAwaiter().GetResult();
        _authored.StartSessionAsync(Replies.Linear, "s").GetAwaiter().GetResult();
        _options = new ChatOptions { ConversationId = "s" };
    }

    [Benchmark(Baseline = true, Description = "Raw IChatClient (null model, 1 KB reply)")]
    public Task<ChatResponse> Raw() => _model.GetResponseAsync(Request, _options);

    [Benchmark(Description = "Didactics turn over null model (1 KB reply)")]
    public Task<ChatResponse> WithModel() => _withModel.GetResponseAsync(Request, _options);

    [Benchmark(Description = "Didactics turn, authored-content mode")]
    public Task<ChatResponse> Authored() => _authored.GetResponseAsync(Request, _options);

    /// <summary>Returns a fixed reply with no work at all.</summary>
    private sealed class NullChatClient(string reply) : IChatClient
    {
        private readonly ChatResponse _response = new(new ChatMessage(ChatRole.Assistant, reply));

        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            Task.FromResult(_response);

        public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException("The benchmark does not stream.");

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }

    /// <summary>A two-phase strategy written by hand (what the generator would emit).</summary>
    private sealed class BenchStrategy : IStrategy
    {
        public StrategyDescriptor Descriptor { get; } = new(
            "bench",
            null,
            "You are a patient tutor.",
            AnswerPolicy.Default,
            ImmutableArray.Create(
                new PhaseDescriptor("ask", PhaseMove.Elicit, IsStart: true, IsTerminal: false, Template: null, ImmutableArray.Create("What would you do first?")),
                new PhaseDescriptor("feedback", PhaseMove.Feedback, IsStart: false, IsTerminal: false, Template: null, ImmutableArray.Create("Not quite. What happens to the 4?"))),
            ImmutableArray<TransitionDescriptor>.Empty,
            ImmutableArray<string>.Empty);

        public int NextPhase(int phase, LearnerSignal signal) => signal == LearnerSignal.Unclassified ? -1 : 1;

        public void RenderInstructions(int phase, TurnModel model, StringBuilder output) =>
            output.Append("Phase ").Append(model.Phase).Append(". The learner's answer is ").Append(model.Verdict).Append(". Do not give the answer.");

        public bool RenderContent(int phase, int variant, TurnModel model, StringBuilder output)
        {
            output.Append(Descriptor.Phases[phase].Content[0]);
            return true;
        }
    }
}
