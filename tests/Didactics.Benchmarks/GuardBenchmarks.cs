using BenchmarkDotNet.Attributes;

namespace Didactics.Benchmarks;

/// <summary>The answer-leak guard over a 1 KB reply: throughput is 1 KB / mean time.</summary>
[MemoryDiagnoser]
[MedianColumn]
public class GuardBenchmarks
{
    private readonly string _reply = Replies.OneKilobyte;
    private readonly string _leaky = Replies.OneKilobyte[..1000] + " So x = 4.";

    [Benchmark(Description = "Scan 1 KB clean reply")]
    public bool ScanClean() => AnswerLeakGuard.Instance.Scan(Replies.Linear, _reply).Leak;

    [Benchmark(Description = "Scan 1 KB reply ending in a leak")]
    public bool ScanLeak() => AnswerLeakGuard.Instance.Scan(Replies.Linear, _leaky).Leak;
}
