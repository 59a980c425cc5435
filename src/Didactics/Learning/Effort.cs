namespace Didactics;

/// <summary>
/// What counts as effort, and what a learner who has not made any gets instead of the next rung. Help is earned: a
/// genuine attempt (an answer the checker judged) or a substantive reply to the tutor's question (a few words of the
/// learner's own thinking that are not a request, an "I don't know" or small talk) is effort; asking, pushing,
/// injecting and "I don't know" are not.
/// </summary>
public static class Effort
{
    // Words that carry no thinking of their own: fillers, courtesies and agreement, in English and Dutch.
    private static readonly HashSet<string> Fillers = new(StringComparer.OrdinalIgnoreCase)
    {
        "ok", "okay", "oke", "oké", "yes", "yeah", "yep", "no", "nope", "thanks", "thank", "you", "hmm", "hm", "sure", "fine",
        "hello", "hi", "hey", "please", "well", "the", "and", "but", "so", "uh", "um", "ja", "nee", "dank", "bedankt",
        "je", "jij", "hoi", "hallo", "goed", "prima", "nou", "dus", "en", "maar", "de", "het", "een", "alsjeblieft",
    };

    /// <summary>
    /// True when <paramref name="message"/>, a turn the classifier left <see cref="LearnerSignal.Unclassified"/>, is a
    /// substantive reply: at least three words that are not fillers ("ok", "thanks", "ja", …), or a number (a given,
    /// an intermediate result). "ok thanks" is not effort; "we have to add two fractions" is.
    /// </summary>
    public static bool IsSubstantive(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var words = 0;
        var i = 0;
        while (i < message.Length)
        {
            if (!char.IsLetterOrDigit(message[i]))
            {
                i++;
                continue;
            }

            var start = i;
            var digit = false;
            while (i < message.Length && char.IsLetterOrDigit(message[i]))
            {
                digit |= char.IsDigit(message[i]);
                i++;
            }

            if (digit)
            {
                return true;
            }

            var word = message.AsSpan(start, i - start); // rare path (unclassified turns only): a string per word is fine
            if (word.Length >= 2 && !Fillers.Contains(word.ToString()) && ++words >= 3)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the learner turn is effort: a genuine attempt, or a substantive reply the classifier did not place.</summary>
    public static bool Counts(LearnerSignal signal, string message) =>
        signal.IsAttempt() || (signal == LearnerSignal.Unclassified && IsSubstantive(message));

    /// <summary>True for the turns that seek help without working on the problem: "I don't know", answer requests, injections and authority pressure.</summary>
    public static bool SeeksHelp(LearnerSignal signal) => signal == LearnerSignal.DontKnow || signal.IsDelegation();

    /// <summary>
    /// The concrete smaller question for the <paramref name="heldTurns"/>-th turn in a row whose help was held back
    /// (1-based): what is asked, then what is given, then a first step. For a learner stuck after repeated honest
    /// "I don't know"s (<paramref name="pastExample"/> ≥ 0, with a worked <paramref name="sibling"/>), the worked sibling
    /// problem itself (0), then one of its steps at a time with the question how it goes with the learner's own
    /// numbers (1, 2, …). In Dutch for a language starting with <c>nl</c>, otherwise in English. Never the answer: the
    /// sibling is another problem, worked with other numbers.
    /// </summary>
    /// <param name="language">The session language.</param>
    /// <param name="heldTurns">How many turns in a row had their help held back, this one included (at least 1).</param>
    /// <param name="sibling">The problem's worked sibling example, or null.</param>
    /// <param name="pastExample">How many stuck turns past the worked-example threshold this one is (negative: not there yet).</param>
    public static string SmallerQuestion(string language, int heldTurns, WorkedExample? sibling = null, int pastExample = -1)
    {
        ArgumentNullException.ThrowIfNull(language);
        var nl = language.StartsWith("nl", StringComparison.OrdinalIgnoreCase);
        if (sibling is not null && pastExample >= 0)
        {
            var steps = sibling.Steps.IsDefault ? [] : sibling.Steps;
            if (pastExample == 0 || steps.Length == 0)
            {
                return nl
                    ? "Je zit echt vast, en dat is niet erg. Hier is een vergelijkbare opgave, helemaal uitgewerkt:\n" + sibling.Render() + "\nWelke stap uit dit voorbeeld kun je met de getallen van jouw opgave doen?"
                    : "You're really stuck, and that's okay. Here is a similar problem, fully worked out:\n" + sibling.Render() + "\nWhich step of this example can you do with the numbers of your own problem?";
            }

            var step = (pastExample - 1) % steps.Length;
            return nl
                ? $"Kijk in het uitgewerkte voorbeeld ({sibling.Statement}) alleen naar stap {step + 1}: \"{steps[step]}\" Hoe ziet die stap eruit met de getallen van jouw opgave?"
                : $"In the worked example ({sibling.Statement}), look only at step {step + 1}: \"{steps[step]}\" What does that step look like with the numbers of your own problem?";
        }

        return ((Math.Max(1, heldTurns) - 1) % 3) switch
        {
            0 => nl
                ? "Laten we het kleiner maken: wat moet je uitzoeken, in je eigen woorden?"
                : "Let's make it smaller: in your own words, what are you asked to find?",
            1 => nl
                ? "Nog een kleinere stap: welke getallen of gegevens staan er in de opgave, en wat betekenen ze?"
                : "An even smaller step: which numbers or facts does the problem give you, and what do they stand for?",
            _ => nl
                ? "Het mag fout zijn, elk begin helpt: wat zou een allereerste stap kunnen zijn?"
                : "It's fine if it's wrong, any start helps: what could be the very first step?",
        };
    }
}
