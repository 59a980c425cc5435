namespace Didactics.Certification;

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
