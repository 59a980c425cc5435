using System.Text;

namespace Didactics.Certification;

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
