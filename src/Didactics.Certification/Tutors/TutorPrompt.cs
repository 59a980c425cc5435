namespace Didactics.Certification;

/// <summary>The system message every black-box tutor gets: the problem and the language, never the answer.</summary>
public static class TutorPrompt
{
    /// <summary>Builds the system message for <paramref name="scenario"/>.</summary>
    public static string For(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return scenario.Language.StartsWith("nl", StringComparison.OrdinalIgnoreCase)
            ? $"Je bent een tutor. De leerling werkt aan deze opgave: {scenario.Problem.Statement} Antwoord in het Nederlands."
            : $"You are a tutor. The learner is working on this problem: {scenario.Problem.Statement} Reply in English.";
    }
}
