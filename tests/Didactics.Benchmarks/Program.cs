using System.Diagnostics;
using BenchmarkDotNet.Running;
using Didactics.Benchmarks;
using Didactics;

if (args.Length > 0 && args[0] == "--probe")
{
    AllocationProbe.Run();
    AllocationProbe.Time();
    return;
}

if (args.Length > 0 && args[0] == "--quick-turn")
{
    // Only the turn figures of ComparisonBenchmarks (CPU time and allocated bytes per operation), for development.
    var comparison = new ComparisonBenchmarks();
    comparison.Setup();
    Measure("raw IChatClient", () => comparison.Raw().GetAwaiter().GetResult());
    Measure("compiled render, 1 KB template", () => comparison.CompiledRender());
    Measure("turn, SocraticStrategy", () => comparison.Turn().GetAwaiter().GetResult());
    Measure("turn, 1 KB template", () => comparison.TurnKilobyteTemplate().GetAwaiter().GetResult());
    Measure("turn, SocraticStrategy (again)", () => comparison.Turn().GetAwaiter().GetResult());
    Measure("raw streaming, 32-char chunks", () => comparison.RawStreaming32().GetAwaiter().GetResult());
    Measure("streaming turn, 32-char chunks", () => comparison.StreamingTurn32().GetAwaiter().GetResult());
    Measure("raw streaming, 8-char chunks", () => comparison.RawStreaming8().GetAwaiter().GetResult());
    Measure("streaming turn, 8-char chunks", () => comparison.StreamingTurn8().GetAwaiter().GetResult());
    return;
}

if (args.Length > 0 && args[0] == "--quick")
{
    // A rough timing loop for development; the reported figures come from BenchmarkDotNet.
    var texts = new (string Name, string Text)[]
    {
        ("reply", Replies.OneKilobyte),
        ("letters", string.Concat(Enumerable.Repeat("bbbb ", 205))[..1024]),
        ("prose", string.Concat(Enumerable.Repeat("Good thinking so far, where could you start with the balance idea? ", 20))[..1024]),
        ("digits", string.Concat(Enumerable.Repeat("take 3 and 5 away ", 60))[..1024]),
        ("digits-comma", string.Concat(Enumerable.Repeat("3 , 5 , ", 130))[..1024]),
        ("digits-word", string.Concat(Enumerable.Repeat("3 bb 5 bb ", 110))[..1024]),
        ("fours", string.Concat(Enumerable.Repeat("4 , ", 260))[..1024]),
    };
    foreach (var (name, text) in texts)
    {
        var best = double.MaxValue;
        for (var round = 0; round < 8; round++)
        {
            // CPU time of this thread, so other processes on a busy machine do not inflate the figure.
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            const int N = 20_000;
            for (var i = 0; i < N; i++)
            {
                AnswerLeakGuard.Instance.Scan(Replies.Linear, text);
            }

            best = Math.Min(best, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds * 1000 / N);
        }

        Console.WriteLine($"guard scan {name}: best {best:0.00} us CPU per 1 KB = {1024 / best:0} MB/s");
    }

    var pipeline = new PipelineBenchmarks();
    pipeline.Setup();
    var streaming = new StreamingGuardBenchmarks { ChunkSize = 32 };
    Measure("pipeline turn over null model (1 KB reply)", () => pipeline.WithModel().GetAwaiter().GetResult());
    Measure("pipeline turn, authored-content mode", () => pipeline.Authored().GetAwaiter().GetResult());
    Measure("raw IChatClient", () => pipeline.Raw().GetAwaiter().GetResult());
    Measure("streaming guard, 1 KB in 32-char chunks", () => streaming.Stream());

    return;
}

static void Measure(string name, Action action)
{
    var best = double.MaxValue;
    long bytes = 0;
    for (var round = 0; round < 8; round++)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        const int N = 5_000;
        for (var i = 0; i < N; i++)
        {
            action();
        }

        bytes = (GC.GetAllocatedBytesForCurrentThread() - allocated) / N;
        best = Math.Min(best, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds * 1000 / N);
    }

    Console.WriteLine($"{name}: best {best:0.00} us CPU, {bytes} B allocated per operation");
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
