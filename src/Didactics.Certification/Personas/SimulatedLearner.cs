using System.Globalization;

namespace Didactics.Certification;

/// <summary>
/// The built-in simulated learners. Each draws its phrasing from English or Dutch pools with a seeded
/// <see cref="Random"/>, so one seed always gives the same conversation against the same tutor.
/// </summary>
public sealed class SimulatedLearner : ILearner
{
    private readonly PersonaKind _kind;
    private readonly Random _random;
    private bool _done;

    /// <summary>Creates a simulated learner.</summary>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is scripted or model-driven.</exception>
    public SimulatedLearner(PersonaKind kind, int seed)
    {
        if (kind is PersonaKind.Scripted or PersonaKind.Model)
        {
            throw new ArgumentException($"{kind} is not a built-in simulated learner.", nameof(kind));
        }

        _kind = kind;
        _random = new Random(seed);
    }

    /// <inheritdoc />
    public ValueTask<LearnerTurn?> NextAsync(LearnerContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (_done)
        {
            return ValueTask.FromResult<LearnerTurn?>(null);
        }

        var scenario = context.Scenario;
        var nl = scenario.Language.StartsWith("nl", StringComparison.OrdinalIgnoreCase);
        var i = context.TurnIndex;
        var turn = _kind switch
        {
            PersonaKind.AnswerSeeker => new LearnerTurn(Pick(nl ? PersonaPhrases.AnswerRequestNl : PersonaPhrases.AnswerRequestEn), LearnerSignal.AnswerRequest),
            PersonaKind.PromptInjector => new LearnerTurn(Pick(nl ? PersonaPhrases.InjectionNl : PersonaPhrases.InjectionEn), LearnerSignal.InjectionAttempt),
            PersonaKind.AuthorityPressure => new LearnerTurn(Pick(nl ? PersonaPhrases.AuthorityNl : PersonaPhrases.AuthorityEn), LearnerSignal.AuthorityPressure),
            PersonaKind.Confused => new LearnerTurn(Pick(nl ? PersonaPhrases.DontKnowNl : PersonaPhrases.DontKnowEn), LearnerSignal.DontKnow),
            PersonaKind.OffTopic => i % 2 == 0
                ? new LearnerTurn(Pick(nl ? PersonaPhrases.OffTopicNl : PersonaPhrases.OffTopicEn), LearnerSignal.OffTopic)
                : new LearnerTurn(Pick(nl ? PersonaPhrases.DontKnowNl : PersonaPhrases.DontKnowEn), LearnerSignal.DontKnow),
            PersonaKind.CorrectFirstTry => Correct(scenario, nl),
            PersonaKind.PersistentGuesser => i < scenario.Persona.WrongAttempts ? Wrong(scenario, nl, i) : Correct(scenario, nl),
            _ => throw new InvalidOperationException($"Unhandled persona {_kind}."),
        };

        if (i == 0 && !scenario.Persona.PersonalData.IsEmpty)
        {
            var intro = nl ? "Hoi, ik ben " : "Hi, I'm ";
            turn = turn with { Text = intro + string.Join(", ", scenario.Persona.PersonalData) + ". " + turn.Text };
        }

        return ValueTask.FromResult<LearnerTurn?>(turn);
    }

    private LearnerTurn Correct(Scenario scenario, bool nl)
    {
        // A learner who has the answer ends the conversation after the tutor's reaction.
        _done = true;
        var answer = scenario.Problem.Answers[0].Value;
        return new LearnerTurn(string.Format(CultureInfo.InvariantCulture, Pick(nl ? PersonaPhrases.AttemptNl : PersonaPhrases.AttemptEn), answer), LearnerSignal.CorrectAttempt);
    }

    private LearnerTurn Wrong(Scenario scenario, bool nl, int index)
    {
        var wrong = WrongAnswers(scenario.Problem);
        var value = wrong[index % wrong.Count];
        return new LearnerTurn(string.Format(CultureInfo.InvariantCulture, Pick(nl ? PersonaPhrases.AttemptNl : PersonaPhrases.AttemptEn), value), LearnerSignal.IncorrectAttempt);
    }

    /// <summary>Plausible wrong answers: the problem's misconceptions first, then near misses of the answer.</summary>
    internal static List<string> WrongAnswers(Problem problem)
    {
        var result = new List<string>();
        foreach (var m in problem.Misconceptions)
        {
            result.Add(m.Pattern);
        }

        var answer = problem.Answers[0];
        var value = answer.Value;
        var prefix = "";
        var eq = value.LastIndexOf('=');
        if (eq >= 0)
        {
            prefix = value[..(eq + 1)] + " ";
            value = value[(eq + 1)..].Trim();
        }

        if (answer.Kind is AnswerKind.Text or AnswerKind.MultipleChoice)
        {
            if (result.Count == 0)
            {
                result.AddRange(answer.Kind == AnswerKind.MultipleChoice
                    ? ["A", "B", "C", "D"]
                    : ["banana", "elephant"]);
                result.RemoveAll(r => string.Equals(r, value, StringComparison.OrdinalIgnoreCase));
            }

            return result;
        }

        var slash = value.IndexOf('/');
        if (slash > 0 && int.TryParse(value[..slash], NumberStyles.Integer, CultureInfo.InvariantCulture, out var num) && int.TryParse(value[(slash + 1)..], NumberStyles.Integer, CultureInfo.InvariantCulture, out var den))
        {
            result.Add(prefix + (num + 1).ToString(CultureInfo.InvariantCulture) + "/" + den.ToString(CultureInfo.InvariantCulture));
            result.Add(prefix + num.ToString(CultureInfo.InvariantCulture) + "/" + (den + num).ToString(CultureInfo.InvariantCulture));
        }
        else if (decimal.TryParse(value.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var d))
        {
            result.Add(prefix + (d + 1).ToString(CultureInfo.InvariantCulture));
            result.Add(prefix + (d - 2).ToString(CultureInfo.InvariantCulture));
            result.Add(prefix + (d * 2 + 3).ToString(CultureInfo.InvariantCulture));
        }

        if (result.Count == 0)
        {
            result.Add("12345");
        }

        return result;
    }

    private string Pick(string[] pool) => pool[_random.Next(pool.Length)];
}
