using System.Diagnostics;
using BenchmarkDotNet.Running;
using Didactics.Benchmarks;
using Didactics.Guard;

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
            var sw = Stopwatch.StartNew();
            const int N = 5_000;
            for (var i = 0; i < N; i++)
            {
                AnswerLeakGuard.Instance.Scan(Replies.Linear, text);
            }

            best = Math.Min(best, sw.Elapsed.TotalMilliseconds * 1000 / N);
        }

        Console.WriteLine($"guard scan {name}: best {best:0.00} us per 1 KB = {1024 / best:0} MB/s");
    }

    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
