using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace Didactics.Benchmarks;

/// <summary>
/// A null model: returns a fixed reply and does no work and no I/O. Its response and its streamed updates are built once,
/// so whatever a benchmark allocates beyond the raw call is the caller's own cost.
/// </summary>
internal sealed class NullModel : IChatClient
{
    private readonly ChatResponse _response;
    private readonly Dictionary<int, ChatResponseUpdate[]> _chunked = [];

    public NullModel(string reply, params int[] chunkSizes)
    {
        _response = new ChatResponse(new ChatMessage(ChatRole.Assistant, reply));
        foreach (var size in chunkSizes)
        {
            var updates = new List<ChatResponseUpdate>();
            for (var i = 0; i < reply.Length; i += size)
            {
                updates.Add(new ChatResponseUpdate(ChatRole.Assistant, reply.Substring(i, Math.Min(size, reply.Length - i))));
            }

            _chunked[size] = [.. updates];
        }
    }

    /// <summary>The chunk size <see cref="GetStreamingResponseAsync"/> uses.</summary>
    public int ChunkSize { get; set; }

    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        Task.FromResult(_response);

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        new Stream(_chunked[ChunkSize]);

    public object? GetService(Type serviceType, object? serviceKey = null) => serviceType.IsInstanceOfType(this) ? this : null;

    public void Dispose()
    {
    }

    /// <summary>Yields the prepared updates synchronously: one object per stream, nothing per chunk.</summary>
    private sealed class Stream(ChatResponseUpdate[] updates) : IAsyncEnumerable<ChatResponseUpdate>, IAsyncEnumerator<ChatResponseUpdate>
    {
        private int _index = -1;

        public ChatResponseUpdate Current => updates[_index];

        public IAsyncEnumerator<ChatResponseUpdate> GetAsyncEnumerator(CancellationToken cancellationToken = default) => this;

        public ValueTask<bool> MoveNextAsync() => new(++_index < updates.Length);

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
