using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace Didactics.Tests;

/// <summary>
/// A hand-written strategy (what the source generator will emit for an attributed class): elicit, feedback, hint,
/// redirect, consolidate (terminal) and reveal, with authored content that uses the turn model.
/// </summary>
internal sealed class TestStrategy : IStrategy
{
    public const int Elicit = 0, Feedback = 1, Hint = 2, Redirect = 3, Consolidate = 4, Reveal = 5;

    private static readonly (string From, LearnerSignal On, string To)[] Transitions =
    [
        ("feedback", LearnerSignal.IncorrectAttempt, "hint"),
        ("hint", LearnerSignal.IncorrectAttempt, "feedback"),
        ("redirect", LearnerSignal.AnswerRequest, "reveal"),
        ("*", LearnerSignal.CorrectAttempt, "consolidate"),
        ("*", LearnerSignal.IncorrectAttempt, "feedback"),
        ("*", LearnerSignal.DontKnow, "hint"),
        ("*", LearnerSignal.AnswerRequest, "redirect"),
        ("*", LearnerSignal.InjectionAttempt, "redirect"),
        ("*", LearnerSignal.AuthorityPressure, "redirect"),
        ("*", LearnerSignal.OffTopic, "redirect"),
    ];

    private static readonly string[][] Content =
    [
        ["What do you notice about: {Problem}", "Have a go first: what would you try?"],
        ["Not quite. {Diagnosis} What could you check?"],
        ["Hint {HintLevel}: {Hint}"],
        ["I won't give you the answer, but I will help you find it. What is your first step?"],
        ["Well done! Can you explain why it works?"],
        ["The answer is {Answer}."],
    ];

    public TestStrategy(AnswerPolicy? policy = null) =>
        Descriptor = new StrategyDescriptor(
            "test-ladder",
            "A hand-written test strategy.",
            "You are a tutor.",
            policy ?? new AnswerPolicy(Disclosure.AfterAttempts, 2, IsExplicit: true),
            [
                new PhaseDescriptor("elicit", PhaseMove.Elicit, IsStart: true, IsTerminal: false, "Elicit.", [.. Content[0]]),
                new PhaseDescriptor("feedback", PhaseMove.Feedback, false, false, "Feedback.", [.. Content[1]]),
                new PhaseDescriptor("hint", PhaseMove.Hint, false, false, "Hint.", [.. Content[2]]),
                new PhaseDescriptor("redirect", PhaseMove.Redirect, false, false, "Redirect.", [.. Content[3]]),
                new PhaseDescriptor("consolidate", PhaseMove.Consolidate, false, true, "Consolidate.", [.. Content[4]]),
                new PhaseDescriptor("reveal", PhaseMove.Reveal, false, true, "Reveal.", [.. Content[5]]),
            ],
            [.. Transitions.Select(t => new TransitionDescriptor(t.From, t.On, t.To))],
            ["Think about what the denominators tell you.", "Make the denominators the same.", "Rewrite 1/2 in quarters."]);

    public StrategyDescriptor Descriptor { get; }

    public int NextPhase(int phase, LearnerSignal signal)
    {
        var name = Descriptor.Phases[phase].Name;
        foreach (var specific in new[] { true, false })
        {
            foreach (var (from, on, to) in Transitions)
            {
                if (on == signal && (specific ? from == name : from == "*"))
                {
                    return Descriptor.IndexOf(to);
                }
            }
        }

        return -1;
    }

    public void RenderInstructions(int phase, TurnModel model, StringBuilder output) =>
        output.Append(CultureInfo.InvariantCulture,
            $"Phase {model.Phase}. Signal: {model.Signal}. Verdict: {model.Verdict}. Diagnosis: {model.Diagnosis}. Mode: {model.Mode}. " +
            $"Delegating: {model.Delegating}. EffortRequired: {model.EffortRequired}. Attempts: {model.Attempts}. Answer: {model.Answer}");

    public bool RenderContent(int phase, int variant, TurnModel model, StringBuilder output)
    {
        var variants = Content[phase];
        var text = variants[variant % variants.Length];

        // The conditional parts a designer would write in the template.
        if (phase == Elicit && model.EffortRequired)
        {
            text = "Try it yourself first; you need {AttemptsNeeded} more attempt(s) before a hint.";
        }
        else if (model.EffortRequired && Descriptor.Phases[phase].Move == PhaseMove.Hint)
        {
            text = "No new hint yet. " + model.SmallerQuestion;
        }
        else if (phase == Redirect && model.Delegating)
        {
            text = "You keep asking me to do it for you. Let's do one small step together: what do the denominators tell you?";
        }

        output.Append(text
            .Replace("{Problem}", model.Problem, StringComparison.Ordinal)
            .Replace("{Diagnosis}", model.Diagnosis, StringComparison.Ordinal)
            .Replace("{HintLevel}", model.HintLevel.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{Hint}", model.Hint, StringComparison.Ordinal)
            .Replace("{Answer}", model.Answer, StringComparison.Ordinal)
            .Replace("{AttemptsNeeded}", model.AttemptsNeeded.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Trim());
        return true;
    }
}
