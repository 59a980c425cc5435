namespace Didactics.Analyzers.Tests;

public sealed class WellDesignedStrategyTests
{
    [Fact]
    public Task WellDesignedStrategy_ProducesNoDiagnostics() => new AllAnalyzersTest(Sources.WellDesigned).RunAsync();

    [Fact]
    public Task ClassWithoutStrategyAttribute_IsIgnored() => new AllAnalyzersTest("""
        using Didactics;

        [Phase("A", PhaseMove.Reveal, Start = true)]
        [AnswerPolicy(Disclosure.Always)]
        public class NotAStrategy { }
        """).RunAsync();

    [Fact]
    public Task CompilationWithoutDidactics_IsIgnored()
    {
        var test = new AllAnalyzersTest("""
            [Strategy("x")]
            public class C { }

            public sealed class StrategyAttribute : System.Attribute
            {
                public StrategyAttribute(string name) { }
            }
            """);
        test.TestState.AdditionalReferences.Clear();
        test.TestState.AdditionalReferences.AddRange(Basic.Reference.Assemblies.Net100.References.All);
        return test.RunAsync();
    }
}
