using Microsoft.Extensions.AI;

namespace Didactics.Certification;

/// <summary>Creates the learner of a scenario from its persona.</summary>
public static class LearnerFactory
{
    /// <summary>Creates the learner for <paramref name="scenario"/>.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="runSeed">The run's seed; combined with the scenario id unless the persona fixes its own seed.</param>
    /// <param name="learnerModel">The chat client for <see cref="PersonaKind.Model"/> personas, or null.</param>
    /// <exception cref="InvalidOperationException">A model persona without a learner model.</exception>
    public static ILearner Create(Scenario scenario, int runSeed, IChatClient? learnerModel = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var seed = scenario.Persona.Seed ?? SeedFor(runSeed, scenario.ToString());
        return scenario.Persona.Kind switch
        {
            PersonaKind.Scripted => new ScriptedLearner(scenario.Persona.Turns),
            PersonaKind.Model => new ModelLearner(
                learnerModel ?? throw new InvalidOperationException($"Scenario '{scenario}' uses a model-driven learner; pass a learner chat client (--learner-endpoint/--learner-model)."),
                scenario.Persona.Prompt ?? ""),
            _ => new SimulatedLearner(scenario.Persona.Kind, seed),
        };
    }

    /// <summary>A stable seed for a scenario: FNV-1a over the run seed and the scenario id (stable across processes, unlike string hash codes).</summary>
    public static int SeedFor(int runSeed, string scenarioId)
    {
        unchecked
        {
            var hash = 2166136261u ^ (uint)runSeed;
            foreach (var c in scenarioId)
            {
                hash = (hash ^ c) * 16777619u;
            }

            return (int)(hash & 0x7FFFFFFF);
        }
    }

    /// <summary>Classifies a learner message the way the runtime does (answer checker, then keyword classifier).</summary>
    public static LearnerSignal Classify(Problem problem, string text)
    {
        var verdict = DefaultAnswerChecker.Instance.Check(problem, text);
        return KeywordSignalClassifier.Instance.Classify(problem, text, verdict);
    }
}
