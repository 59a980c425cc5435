using System.Collections.Immutable;
using System.Text;

namespace Didactics.Hosting.Tests;

/// <summary>
/// A small hand-written strategy (what the source generator would emit for a Socratic strategy): elicit, feedback on
/// wrong attempts, a hint when stuck, a redirect for answer requests, and a terminal consolidate phase.
/// </summary>
internal sealed class TestStrategy : IStrategy
{
    public const string Name = "socratic-test";

    private static readonly string[][] Content =
    [
        ["What do you already know about {Problem}?", "Where would you start with {Problem}?"],
        ["Not quite. Check each step of your work again.", "Close, but not there yet. Which step could be off?"],
        ["Hint: {Hint}", "Another hint: {Hint}"],
        ["I will not just give the answer. Try one step first."],
        ["Well done! Explain why it works."],
    ];

    // After Content: static initializers run in declaration order.
    public static TestStrategy Instance { get; } = new();

    public StrategyDescriptor Descriptor { get; } = new(
        Name,
        "Asks questions instead of answering.",
        "You are a patient tutor.",
        new AnswerPolicy(Disclosure.Never, 0, IsExplicit: true),
        [
            new PhaseDescriptor("elicit", PhaseMove.Elicit, IsStart: true, IsTerminal: false, "Ask what the learner knows.", [.. Content[0]]),
            new PhaseDescriptor("feedback", PhaseMove.Feedback, false, false, "Verdict: {Verdict}.", [.. Content[1]]),
            new PhaseDescriptor("hint", PhaseMove.Hint, false, false, "Give hint {HintLevel}.", [.. Content[2]]),
            new PhaseDescriptor("redirect", PhaseMove.Redirect, false, false, "Redirect to the work.", [.. Content[3]]),
            new PhaseDescriptor("consolidate", PhaseMove.Consolidate, false, IsTerminal: true, "Consolidate.", [.. Content[4]]),
        ],
        [
            new TransitionDescriptor("*", LearnerSignal.IncorrectAttempt, "feedback"),
            new TransitionDescriptor("*", LearnerSignal.DontKnow, "hint"),
            new TransitionDescriptor("*", LearnerSignal.AnswerRequest, "redirect"),
            new TransitionDescriptor("*", LearnerSignal.CorrectAttempt, "consolidate"),
        ],
        ["Split the problem into smaller steps.", "Write down what is given."]);

    public int NextPhase(int phase, LearnerSignal signal)
    {
        foreach (var t in Descriptor.Transitions)
        {
            if (t.On == signal && (t.From == "*" || t.From == Descriptor.Phases[phase].Name))
            {
                return Descriptor.IndexOf(t.To);
            }
        }

        return -1;
    }

    public void RenderInstructions(int phase, TurnModel model, StringBuilder output) =>
        output.Append(Fill(Descriptor.Phases[phase].Template ?? "", model));

    public bool RenderContent(int phase, int variant, TurnModel model, StringBuilder output)
    {
        var content = Content[phase];
        output.Append(Fill(content[variant % content.Length], model));
        return true;
    }

    private static string Fill(string template, TurnModel model) =>
        template.Replace("{Problem}", model.Problem, StringComparison.Ordinal)
            .Replace("{Hint}", model.Hint, StringComparison.Ordinal)
            .Replace("{Verdict}", model.Verdict, StringComparison.Ordinal)
            .Replace("{HintLevel}", model.HintLevel.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

    public static Problem Sum { get; } = new("sum-1", "What is 12 + 30?", "42");
}
