using Didactics.Checking;

namespace Didactics.Signals;

/// <summary>Classifies a learner turn into a <see cref="LearnerSignal"/>.</summary>
public interface ILearnerSignalClassifier
{
    /// <summary>Classifies <paramref name="learnerMessage"/>, given the answer checker's verdict on it.</summary>
    LearnerSignal Classify(Problem problem, string learnerMessage, AnswerVerdict verdict);
}

/// <summary>
/// The built-in deterministic classifier for English and Dutch. Attempts to override the tutor win over everything
/// else, then authority pressure, then answer requests and "I don't know"; a message with an answer in it is an
/// attempt (correct or incorrect by the checker's verdict).
/// </summary>
public sealed class KeywordSignalClassifier : ILearnerSignalClassifier
{
    /// <summary>A shared instance; the classifier is stateless.</summary>
    public static KeywordSignalClassifier Instance { get; } = new();

    private static readonly string[] Injection =
    [
        "ignore your instructions", "ignore all previous", "ignore previous instructions", "ignore the above",
        "disregard your instructions", "you are now", "system prompt", "developer mode", "forget your rules",
        "negeer je instructies", "negeer alle vorige", "negeer de instructies", "vergeet je regels", "je bent nu",
    ];

    private static readonly string[] Authority =
    [
        "my teacher said", "my teacher says", "teacher allowed", "the teacher said", "my parents said", "my mom said", "my dad said",
        "de juf zegt", "de juf zei", "de meester zegt", "de meester zei", "mijn leraar zegt", "mijn docent zegt", "mijn leraar zei", "mijn docent zei",
    ];

    private static readonly string[] AnswerRequest =
    [
        "just tell me", "tell me the answer", "give me the answer", "what is the answer", "what's the answer", "whats the answer",
        "just give", "solve it for me", "do it for me", "show me the answer", "can you solve", "just say it",
        "geef gewoon het antwoord", "geef het antwoord", "zeg het antwoord", "wat is het antwoord", "zeg het gewoon",
        "los het op", "doe het voor mij", "maak het voor mij", "vertel het antwoord",
    ];

    private static readonly string[] DontKnow =
    [
        "i don't know", "i dont know", "i do not know", "no idea", "not sure", "i'm stuck", "im stuck", "idk",
        "weet ik niet", "ik weet het niet", "geen idee", "ik snap het niet", "geen flauw idee", "ik zit vast",
    ];

    /// <inheritdoc />
    public LearnerSignal Classify(Problem problem, string learnerMessage, AnswerVerdict verdict)
    {
        ArgumentNullException.ThrowIfNull(learnerMessage);
        var text = DefaultAnswerChecker.Normalize(learnerMessage.Replace('’', '\''));
        var raw = learnerMessage.ToLowerInvariant().Replace('’', '\'');

        if (ContainsAny(raw, text, Injection))
        {
            return LearnerSignal.InjectionAttempt;
        }

        if (ContainsAny(raw, text, Authority))
        {
            return LearnerSignal.AuthorityPressure;
        }

        if (ContainsAny(raw, text, AnswerRequest))
        {
            return LearnerSignal.AnswerRequest;
        }

        if (verdict.Kind == VerdictKind.Correct)
        {
            return LearnerSignal.CorrectAttempt;
        }

        if (verdict.Kind == VerdictKind.Incorrect && problem.Answers[0].Kind != AnswerKind.Text)
        {
            return LearnerSignal.IncorrectAttempt;
        }

        if (ContainsAny(raw, text, DontKnow))
        {
            return LearnerSignal.DontKnow;
        }

        return verdict.Kind == VerdictKind.Incorrect ? LearnerSignal.IncorrectAttempt : LearnerSignal.Unclassified;
    }

    private static bool ContainsAny(string raw, string normalized, string[] phrases)
    {
        foreach (var phrase in phrases)
        {
            if (raw.Contains(phrase, StringComparison.Ordinal) || normalized.Contains(DefaultAnswerChecker.Normalize(phrase), StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
