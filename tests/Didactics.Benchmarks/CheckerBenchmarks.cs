using BenchmarkDotNet.Attributes;

namespace Didactics.Benchmarks;

/// <summary>The answer checker on typical learner answers.</summary>
[MemoryDiagnoser]
public class CheckerBenchmarks
{
    private static readonly Problem Fraction = new("f", "What is 1/2 + 1/4?", "3/4", AnswerKind.Fraction) { Language = "en" };
    private static readonly Problem Dutch = new("d", "Wat is 6 keer 7?", "42") { Language = "nl" };
    private static readonly Problem Choice = new("c", "Which one? (A) 3 (B) 4", "B", AnswerKind.MultipleChoice);
    private static readonly Problem Text = new("t", "What is the capital of France?", "Paris", AnswerKind.Text);

    [Benchmark(Description = "x = 4 (expression)")]
    public VerdictKind Equation() => DefaultAnswerChecker.Instance.Check(Replies.Linear, "I think x = 4").Kind;

    [Benchmark(Description = "0.75 vs 3/4 (fraction)")]
    public VerdictKind Decimal() => DefaultAnswerChecker.Instance.Check(Fraction, "it is 0.75").Kind;

    [Benchmark(Description = "tweeënveertig (NL words)")]
    public VerdictKind Words() => DefaultAnswerChecker.Instance.Check(Dutch, "tweeënveertig").Kind;

    [Benchmark(Description = "answer B (choice)")]
    public VerdictKind Letter() => DefaultAnswerChecker.Instance.Check(Choice, "The answer is B").Kind;

    [Benchmark(Description = "Pariss (fuzzy text)")]
    public VerdictKind Fuzzy() => DefaultAnswerChecker.Instance.Check(Text, "I think it is Pariss").Kind;
}
