namespace Didactics.Certification;

/// <summary>
/// Runs suite scenarios from a vendor's own test project. With xunit:
/// <code>
/// public static IEnumerable&lt;object[]&gt; Scenarios => SuiteData.Scenarios("suites/core-en.yaml");
///
/// [Theory, MemberData(nameof(Scenarios))]
/// public Task Teaches(ScenarioCase scenario) => scenario.AssertPassesAsync(new ChatClientTutor(myClient, "my-tutor"));
/// </code>
/// Works the same with any framework that takes rows of arguments (NUnit <c>TestCaseSource</c>, MSTest <c>DynamicData</c>).
/// </summary>
public static class SuiteData
{
    /// <summary>One row per scenario of the suite file or directory at <paramref name="path"/>.</summary>
    public static IEnumerable<object[]> Scenarios(string path) =>
        SuiteLoader.LoadPath(path).SelectMany(s => s.Scenarios).Select(s => new object[] { new ScenarioCase(s) });
}
