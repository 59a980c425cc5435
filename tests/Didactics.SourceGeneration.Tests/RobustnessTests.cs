using Microsoft.CodeAnalysis;

namespace Didactics.SourceGeneration.Tests;

/// <summary>Malformed input must never crash the generator (a crash is CS8785 for the user).</summary>
public sealed class RobustnessTests
{
    [Theory]
    [InlineData("[Strategy] internal partial class A { }")]
    [InlineData("[Strategy(null)] [Phase(\"A\", PhaseMove.Elicit, Start = true)] internal partial class A { }")]
    [InlineData("[Strategy(\"s\")] [Phase(null, PhaseMove.Elicit, Start = true)] internal partial class A { }")]
    [InlineData("[Strategy(\"s\")] [Phase(\"A\")] internal partial class A { }")]
    [InlineData("[Strategy(\"s\")] [Phase(\"A\", 3)] internal partial class A { }")]
    [InlineData("[Strategy(\"s\")] [Phase(\"A\", PhaseMove.Elicit, Start = true, Template = null, Content = null)] internal partial class A { }")]
    [InlineData("[Strategy(\"s\")] [Phase(\"A\", PhaseMove.Elicit, Start = true, Content = new string[] { null })] internal partial class A { }")]
    [InlineData("[Strategy(\"s\")] [Phase(\"A\", PhaseMove.Elicit, Start = true, Template = \"{{\")] internal partial class A { }")]
    [InlineData("[Strategy(\"s\")] [Phase(\"A\", PhaseMove.Elicit, Start = true, Template = \"{{ end }}{{ else }}\")] internal partial class A { }")]
    [InlineData("[Strategy(\"s\")] [Phase(\"A\", PhaseMove.Elicit, Start = true)] [Transition(\"A\", LearnerSignal.DontKnow)] internal partial class A { }")]
    [InlineData("[Strategy(\"s\")] [Phase(\"A\", PhaseMove.Elicit, Start = true)] [Transition(null, LearnerSignal.DontKnow, null)] internal partial class A { }")]
    [InlineData("[Strategy(\"s\")] [Phase(\"A\", PhaseMove.Elicit, Start = true)] [AnswerPolicy] internal partial class A { }")]
    [InlineData("[Strategy(\"s\")] [Phase(\"A\", PhaseMove.Elicit, Start = true)] [Hint(null)] internal partial class A { }")]
    [InlineData("[Strategy(\"s\")] [Phase(\"A\", PhaseMove.Elicit, Start = true)] internal partial class A : IStrategy { }")]
    [InlineData("[Strategy(\"s\")] [Phase(\"A\", PhaseMove.Elicit, Start = true)] internal partial class A")]
    [InlineData("[Strategy(\"s\"")]
    public void Malformed_strategy_sources_never_crash_the_generator(string declaration)
    {
        var source = "using Didactics;\nnamespace T;\n" + declaration + "\n";
        var compilation = GeneratorHarness.CreateCompilation(source);
        var driver = GeneratorHarness.CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out _, out var diagnostics);
        Assert.Null(driver.GetRunResult().Results.Single().Exception);
        Assert.DoesNotContain(diagnostics, d => d.Id == "CS8785");
    }

    [Fact]
    public void Enum_values_without_a_name_are_emitted_as_casts_and_compile()
    {
        var source = """
            using Didactics;
            namespace T;
            [Strategy("s")]
            [Phase("A", (PhaseMove)42, Start = true)]
            [Transition("A", (LearnerSignal)99, "A")]
            [AnswerPolicy((Disclosure)7)]
            internal partial class Casts { }
            """;
        var run = GeneratorHarness.RunClean(source);
        var generated = run.Source("T.Casts.g.cs");
        Assert.Contains("(global::Didactics.PhaseMove)(42)", generated, StringComparison.Ordinal);
        Assert.Contains("case (global::Didactics.LearnerSignal)(99): return 0;", generated, StringComparison.Ordinal);
    }
}
