using System.Text;

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

/// <summary>A scenario as a test-case argument; its display name is <c>suite/scenario</c>.</summary>
public sealed class ScenarioCase(Scenario scenario)
{
    /// <summary>The scenario.</summary>
    public Scenario Scenario { get; } = scenario ?? throw new ArgumentNullException(nameof(scenario));

    /// <summary>Runs the scenario against <paramref name="tutor"/> and throws <see cref="CertificationFailedException"/> (with the transcript) unless it passes.</summary>
    public async Task<ScenarioResult> AssertPassesAsync(ITutorUnderTest tutor, CertificationRunOptions? options = null, CancellationToken cancellationToken = default)
    {
        var result = await new CertificationRunner(options).RunScenarioAsync(Scenario, tutor, cancellationToken).ConfigureAwait(false);
        if (result.Status != ScenarioStatus.Passed)
        {
            throw new CertificationFailedException(result);
        }

        return result;
    }

    /// <inheritdoc />
    public override string ToString() => Scenario.ToString();
}

/// <summary>Thrown when a scenario does not pass; the message holds the failing verdicts and the transcript.</summary>
public sealed class CertificationFailedException(ScenarioResult result) : Exception(Describe(result))
{
    /// <summary>The scenario result.</summary>
    public ScenarioResult Result { get; } = result;

    private static string Describe(ScenarioResult result)
    {
        var sb = new StringBuilder().Append("Scenario ").Append(result.Suite).Append('/').Append(result.Scenario).Append(' ').Append(result.Status);
        if (result.Error is not null)
        {
            sb.Append(": ").Append(result.Error);
        }

        sb.AppendLine();
        foreach (var turn in result.Turns)
        {
            if (turn.Learner is not null)
            {
                sb.Append("  learner: ").AppendLine(turn.Learner);
            }

            sb.Append("  tutor:   ").AppendLine(turn.Tutor);
            foreach (var verdict in turn.Verdicts.Where(v => !v.Passed))
            {
                sb.Append("    FAILED ").Append(verdict.Check).Append(": ").AppendLine(verdict.Reason);
            }
        }

        return sb.ToString();
    }
}
