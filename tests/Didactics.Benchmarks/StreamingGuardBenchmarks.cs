using BenchmarkDotNet.Attributes;

namespace Didactics.Benchmarks;

/// <summary>
/// The streaming guard over a 1 KB reply in chunks. Allocation is the same for 32-char and 8-char chunks (4x more chunks):
/// nothing is allocated per chunk; what remains is the guard object itself.
/// </summary>
[MemoryDiagnoser]
public class StreamingGuardBenchmarks
{
    private readonly string _reply = Replies.OneKilobyte;

    [Params(32, 8)]
    public int ChunkSize { get; set; }

    [Benchmark(Description = "Stream 1 KB reply through the guard")]
    public int Stream()
    {
        using var guard = new StreamingLeakGuard(Replies.Linear);
        var released = 0;
        var text = _reply.AsSpan();
        for (var i = 0; i < text.Length; i += ChunkSize)
        {
            released += guard.Push(text.Slice(i, Math.Min(ChunkSize, text.Length - i))).Length;
        }

        return released + guard.Complete().Length;
    }
}
