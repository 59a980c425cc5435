using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Microsoft.Extensions.AI;
using Didactics.Shared;

namespace Didactics.Certification.Benchmarks;

/// <summary>
/// 1,000 scenarios × 8 turns against a fake tutor with 100 ms latency. The critical-path bound at concurrency C is
/// ceil(1000 / C) waves × 8 turns × 100 ms: no runner can be faster. The target is at most 1.15× that bound.
/// </summary>
[Config(typeof(Config))]
public class RunnerThroughputBenchmark
{
    public const int Scenarios = 1000;
    public const int Turns = 8;
    public static readonly TimeSpan Latency = TimeSpan.FromMilliseconds(100);

    [Params(100)]
    public int Concurrency { get; set; }

    private CertificationSuite _suite = null!;
    private ChatClientTutor _tutor = null!;

    /// <summary>The critical-path bound for <paramref name="concurrency"/>.</summary>
    public static TimeSpan CriticalPathBound(int concurrency) =>
        TimeSpan.FromTicks((long)Math.Ceiling(Scenarios / (double)concurrency) * Turns * Latency.Ticks);

    [GlobalSetup]
    public void Setup()
    {
        _suite = Suite();
        _tutor = FakeTutor();
    }

    internal void UseTutor(ChatClientTutor tutor) => _tutor = tutor;

    [Benchmark]
    public async Task<int> Run1000ScenariosX8Turns()
    {
        var run = await new CertificationRunner(new CertificationRunOptions { MaxConcurrency = Concurrency }).RunAsync([_suite], _tutor);
        if (run.Scenarios.Count != Scenarios || run.Scenarios.Any(s => s.Turns.Count != Turns))
        {
            throw new InvalidOperationException("The benchmark run did not complete every turn.");
        }

        return run.RatedTurns;
    }

    public static CertificationSuite Suite()
    {
        var scenarios = ImmutableArray.CreateBuilder<Scenario>(Scenarios);
        for (var i = 0; i < Scenarios; i++)
        {
            scenarios.Add(new Scenario
            {
                Id = $"s{i:0000}",
                SuiteId = "bench",
                Problem = new Problem($"p{i}", $"What is {i} + 7?", (i + 7).ToString(System.Globalization.CultureInfo.InvariantCulture)),
                Persona = new PersonaSpec { Kind = PersonaKind.Confused },
                MaxTurns = Turns,
                Checks = Environment.GetEnvironmentVariable("BENCH_NO_CHECKS") == "1" ? [] : CheckCatalog.DefaultChecks,
            });
        }

        return new CertificationSuite { Id = "bench", Version = "1", Scenarios = scenarios.ToImmutable() };
    }

    public static ChatClientTutor FakeTutor() => new(new LatencyChatClient(Latency), "fake-100ms");

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            // In-process: the workload is I/O-bound (100 ms per turn), so a separate host process would only add build time.
            AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(3)
                .WithToolchain(BenchmarkDotNet.Toolchains.InProcess.Emit.InProcessEmitToolchain.Instance));
            AddColumn(new BoundRatioColumn());
        }
    }

    /// <summary>Mean run time divided by the critical-path bound.</summary>
    private sealed class BoundRatioColumn : IColumn
    {
        public string Id => nameof(BoundRatioColumn);
        public string ColumnName => "xBound";
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Custom;
        public int PriorityInCategory => 0;
        public bool IsNumeric => true;
        public UnitType UnitType => UnitType.Dimensionless;
        public string Legend => "Mean time / critical-path bound (ceil(1000/C) x 8 x 100 ms); target <= 1.15";
        public bool IsAvailable(Summary summary) => true;
        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var report = summary[benchmarkCase];
            if (report?.ResultStatistics is not { } stats)
            {
                return "n/a";
            }

            var concurrency = (int)benchmarkCase.Parameters["Concurrency"];
            var bound = CriticalPathBound(concurrency).TotalNanoseconds;
            return (stats.Mean / bound).ToString("0.000", System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}

/// <summary>A tutor that answers every request after a fixed latency, like a remote model would.</summary>
internal sealed class LatencyChatClient(TimeSpan latency) : IChatClient
{
    private static readonly string[] Replies =
    [
        "Let's look at the problem again. What do you add first?",
        "Try counting on from the first number. What do you get after one step?",
        "Which number is bigger, and how many more do you need to add?",
        "Split the sum into tens and ones. What are the tens?",
    ];

    public async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (latency > TimeSpan.Zero)
        {
            await Task.Delay(latency, cancellationToken).ConfigureAwait(false);
        }

        var turn = messages.Count(m => m.Role == ChatRole.User);
        return new ChatResponse(new ChatMessage(ChatRole.Assistant, Replies[turn % Replies.Length]));
    }

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var response = await GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
        foreach (var update in response.ToChatResponseUpdates())
        {
            yield return update;
        }
    }

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }
}

public static class Program
{
    /// <summary>
    /// <c>dotnet run -c Release --project tests/Didactics.Certification.Benchmarks</c> runs BenchmarkDotNet;
    /// <c>-- --once [concurrency]</c> runs the workload once and prints the ratio to the bound.
    /// </summary>
    public static async Task<int> Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "--once")
        {
            var benchmark = new RunnerThroughputBenchmark { Concurrency = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100 };
            benchmark.Setup();
            if (args.Length > 2 && args[2] == "--no-latency")
            {
                // Measures the runner's own CPU cost: the same workload with an instant tutor.
                benchmark.UseTutor(new ChatClientTutor(new LatencyChatClient(TimeSpan.Zero), "instant"));
            }

            var clock = System.Diagnostics.Stopwatch.StartNew();
            await benchmark.Run1000ScenariosX8Turns();
            var bound = RunnerThroughputBenchmark.CriticalPathBound(benchmark.Concurrency);
            var ratio = clock.Elapsed / bound;
            Console.WriteLine($"concurrency {benchmark.Concurrency}: {clock.Elapsed.TotalSeconds:0.000} s, bound {bound.TotalSeconds:0.000} s, ratio {ratio:0.000} (target <= 1.15)");
            return ratio <= 1.15 ? 0 : 1;
        }

        if (args.Length > 0 && args[0] == "--checks")
        {
            // Per-check cost on a typical turn, to find where the runner's CPU time goes.
            var scenario = RunnerThroughputBenchmark.Suite().Scenarios[3];
            var learner = new Didactics.Certification.LearnerTurn("I don't know", LearnerSignal.DontKnow);
            var replies = new[] { new TutorReply("Let's look at the problem again. What do you add first?", LearnerSignal.DontKnow) };
            var context = new TurnContext(scenario, 1, learner, [learner], replies);
            var response = new ChatResponse(new ChatMessage(ChatRole.Assistant, "Try counting on from the first number. What do you get after one step?"));
            var t0 = System.Diagnostics.Stopwatch.StartNew();
            for (var i = 0; i < 8000; i++)
            {
                HintsGrowSpecificCheck.Specificity(response.Text, scenario);
            }

            Console.WriteLine($"specificity {t0.Elapsed.TotalMilliseconds / 8000 * 1000:0.0} us");
            foreach (var (name, action) in new (string, Action)[]
            {
                ("words", () => TextWords.Of(response.Text)),
                ("content", () => TextSignals.ContentWords(response.Text)),
                ("numbers", () => TextSignals.Numbers(response.Text)),
                ("fold", () => TextFold.Fold("counting")),
            })
            {
                var t = System.Diagnostics.Stopwatch.StartNew();
                for (var i = 0; i < 8000; i++)
                {
                    action();
                }

                Console.WriteLine($"{name} {t.Elapsed.TotalMilliseconds / 8000 * 1000:0.0} us");
            }

            foreach (var spec in CheckCatalog.DefaultChecks)
            {
                var check = CheckCatalog.Create(spec);
                for (var w = 0; w < 200; w++)
                {
                    await check.EvaluateAsync([], response, null, [context]);
                }

                var sw = System.Diagnostics.Stopwatch.StartNew();
                for (var i = 0; i < 8000; i++)
                {
                    await check.EvaluateAsync([], response, null, [context]);
                }

                Console.WriteLine($"{spec.Id,-22} {sw.Elapsed.TotalMilliseconds / 8000 * 1000:0.0} us");
            }

            return 0;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
