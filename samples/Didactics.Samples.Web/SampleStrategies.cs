using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace Didactics.Samples.Web;

/// <summary>
/// Hand-written strategies for the sample (what the source generator emits from a [Strategy] class): a state machine
/// over the descriptor's transitions and authored content per phase in English and Dutch.
/// </summary>
public sealed class SampleStrategy : IStrategy
{
    private readonly IReadOnlyDictionary<string, (string[] En, string[] Nl)> _content;

    /// <summary>Creates the strategy.</summary>
    public SampleStrategy(StrategyDescriptor descriptor, IReadOnlyDictionary<string, (string[] En, string[] Nl)> content)
    {
        Descriptor = descriptor;
        _content = content;
    }

    /// <inheritdoc />
    public StrategyDescriptor Descriptor { get; }

    /// <inheritdoc />
    public int NextPhase(int phase, LearnerSignal signal)
    {
        var name = Descriptor.Phases[phase].Name;
        foreach (var t in Descriptor.Transitions)
        {
            if (t.On == signal && (t.From == name || t.From == TransitionAttribute.AnyPhase))
            {
                return Descriptor.IndexOf(t.To);
            }
        }

        return -1;
    }

    /// <inheritdoc />
    public void RenderInstructions(int phase, TurnModel model, StringBuilder output) =>
        output.Append(Fill(Descriptor.Phases[phase].Template ?? "", model));

    /// <inheritdoc />
    public bool RenderContent(int phase, int variant, TurnModel model, StringBuilder output)
    {
        if (!_content.TryGetValue(Descriptor.Phases[phase].Name, out var texts))
        {
            return false;
        }

        var variants = model.Language.StartsWith("nl", StringComparison.OrdinalIgnoreCase) ? texts.Nl : texts.En;
        output.Append(Fill(variants[variant % variants.Length], model));
        return true;
    }

    private static string Fill(string template, TurnModel m) => template
        .Replace("{Problem}", m.Problem, StringComparison.Ordinal)
        .Replace("{Hint}", m.Hint, StringComparison.Ordinal)
        .Replace("{Answer}", m.Answer, StringComparison.Ordinal)
        .Replace("{Diagnosis}", m.Diagnosis, StringComparison.Ordinal)
        .Replace("{Attempts}", m.Attempts.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
}

/// <summary>The sample's strategies.</summary>
public static class SampleStrategies
{
    /// <summary>Asks questions; reveals the answer only after three genuine attempts.</summary>
    public static SampleStrategy Socratic { get; } = new(
        new StrategyDescriptor(
            "socratic",
            "Asks questions instead of answering; reveals the answer only after three genuine attempts.",
            "You are a patient tutor who never gives the answer away.",
            new AnswerPolicy(Disclosure.AfterAttempts, 3, IsExplicit: true),
            [
                new PhaseDescriptor("elicit", PhaseMove.Elicit, IsStart: true, IsTerminal: false, "Ask what the learner already knows about: {Problem}", []),
                new PhaseDescriptor("feedback", PhaseMove.Feedback, false, false, "The attempt was wrong. Ask about one step. Never state the answer.", []),
                new PhaseDescriptor("hint", PhaseMove.Hint, false, false, "Give this hint in your own words: {Hint}", []),
                new PhaseDescriptor("redirect", PhaseMove.Redirect, false, false, "Bring the learner back to the problem.", []),
                new PhaseDescriptor("reveal", PhaseMove.Reveal, false, false, "Explain the answer {Answer} step by step.", []),
                new PhaseDescriptor("consolidate", PhaseMove.Consolidate, false, IsTerminal: true, "Ask the learner to explain why it works.", []),
            ],
            [
                new TransitionDescriptor("*", LearnerSignal.IncorrectAttempt, "feedback"),
                new TransitionDescriptor("*", LearnerSignal.DontKnow, "hint"),
                new TransitionDescriptor("*", LearnerSignal.AnswerRequest, "reveal"),
                new TransitionDescriptor("*", LearnerSignal.AuthorityPressure, "redirect"),
                new TransitionDescriptor("*", LearnerSignal.InjectionAttempt, "redirect"),
                new TransitionDescriptor("*", LearnerSignal.OffTopic, "redirect"),
                new TransitionDescriptor("*", LearnerSignal.CorrectAttempt, "consolidate"),
            ],
            ["Break the problem into smaller steps.", "Write down what you know."]),
        new Dictionary<string, (string[], string[])>
        {
            ["elicit"] = (["{Problem} What do you already know that could help?", "Where would you start with this one?"],
                          ["{Problem} Wat weet je al dat je kan helpen?", "Waar zou je beginnen?"]),
            ["feedback"] = (["Not quite yet. Which step would you check first?", "Close, but not there. Walk me through your steps."],
                            ["Nog niet helemaal. Welke stap zou je als eerste controleren?", "Bijna. Loop je stappen eens met me door."]),
            ["hint"] = (["Here is a hint: {Hint}", "Another hint: {Hint}"], ["Een hint: {Hint}", "Nog een hint: {Hint}"]),
            ["redirect"] = (["Let's get back to the problem. What could your first step be?"], ["Terug naar de opgave. Wat kan je eerste stap zijn?"]),
            ["reveal"] = (["You worked hard on this: the answer is {Answer}. Can you see why?"], ["Je hebt hard gewerkt: het antwoord is {Answer}. Zie je waarom?"]),
            ["consolidate"] = (["Well done! How would you explain your method to a classmate?"], ["Goed gedaan! Hoe zou je je aanpak aan een klasgenoot uitleggen?"]),
        });

    /// <summary>Climbs a hint ladder on every wrong or missing answer; never reveals.</summary>
    public static SampleStrategy HintLadder { get; } = new(
        new StrategyDescriptor(
            "hint-ladder",
            "Gives a more specific hint after every wrong attempt; never reveals the answer.",
            null,
            AnswerPolicy.Default,
            [
                new PhaseDescriptor("attempt", PhaseMove.Elicit, IsStart: true, IsTerminal: false, "Invite an attempt at: {Problem}", []),
                new PhaseDescriptor("hint", PhaseMove.Hint, false, false, "Give the hint: {Hint}", []),
                new PhaseDescriptor("done", PhaseMove.Consolidate, false, IsTerminal: true, "Praise the method.", []),
            ],
            [
                new TransitionDescriptor("*", LearnerSignal.IncorrectAttempt, "hint"),
                new TransitionDescriptor("*", LearnerSignal.DontKnow, "hint"),
                new TransitionDescriptor("*", LearnerSignal.AnswerRequest, "hint"),
                new TransitionDescriptor("*", LearnerSignal.CorrectAttempt, "done"),
            ],
            ["Read the problem again slowly.", "Try a simpler version of the problem first."]),
        new Dictionary<string, (string[], string[])>
        {
            ["attempt"] = (["{Problem} Give it a try!"], ["{Problem} Probeer het maar!"]),
            ["hint"] = (["Hint: {Hint}"], ["Hint: {Hint}"]),
            ["done"] = (["That's it! What was the key step?"], ["Dat klopt! Wat was de belangrijkste stap?"]),
        });
}
