namespace Didactics.SourceGeneration.Tests;

/// <summary>The Roslyn components keep one copy of the runtime enums (DesignKinds; attribute arguments arrive as ints); this fails if it drifts.</summary>
public sealed class EnumDriftTests
{
    [Fact]
    public void PhaseMove_names_match_the_runtime() => AssertSame<PhaseMove>(KnownEnums.PhaseMove);

    [Fact]
    public void LearnerSignal_names_match_the_runtime() => AssertSame<LearnerSignal>(KnownEnums.LearnerSignal);

    [Fact]
    public void Disclosure_names_match_the_runtime() => AssertSame<Disclosure>(KnownEnums.Disclosure);

    private static void AssertSame<TEnum>(string[] generatorNames)
        where TEnum : struct, Enum
    {
        var runtime = Enum.GetValues<TEnum>().Select(v => (Value: Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture), Name: v.ToString())).OrderBy(x => x.Value).ToList();
        Assert.Equal(Enumerable.Range(0, runtime.Count), runtime.Select(x => x.Value));
        Assert.Equal(runtime.Select(x => x.Name), generatorNames);
    }
}
