namespace Didactics;

/// <summary>
/// The built-in deterministic answer checker. It decides outside the model whether a learner message answers a problem:
/// <list type="bullet">
/// <item>numbers compare by value within <see cref="Tolerance"/>: integers, decimals with a point or a comma, thousands
/// separators by the problem's <see cref="Problem.Language"/>, fractions, mixed numbers, vulgar fractions, percentages,
/// LaTeX (<c>\frac{3}{4}</c>, <c>$x=4$</c>), Unicode digits and the minus sign, number words in English and Dutch, units
/// of length, mass, time and volume; <c>x = 4</c> and <c>4 = x</c> compare the value, <c>x = 8/2</c> is evaluated;</item>
/// <item>multiple-choice answers compare the option letter ("B", "(b)", "answer B", "antwoord B", "optie b");</item>
/// <item>text compares after folding case, accents, punctuation and white space, allowing a small edit distance
/// (Damerau-Levenshtein ≤ 1 up to 6 characters, ≤ 2 above, exact up to 2).</item>
/// </list>
/// An incorrect answer that matches a <see cref="Problem.Misconceptions"/> pattern carries its diagnosis.
/// </summary>
/// <remarks>See <c>docs/answer-checking.md</c> for every supported form and how to plug in a custom checker.</remarks>
public sealed class DefaultAnswerChecker : IAnswerChecker
{
    /// <summary>A shared instance with the default tolerance.</summary>
    public static DefaultAnswerChecker Instance { get; } = new();

    /// <summary>
    /// The absolute tolerance for numeric answers (default 0: equal up to a relative 1e-9). Independently of it, a decimal
    /// with at least two decimals is accepted when it is the reference value rounded ("0.33" for 1/3) — see <see cref="AcceptRounded"/>.
    /// </summary>
    public double Tolerance { get; init; }

    /// <summary>Whether a decimal with at least two decimals that equals the rounded reference value is correct (default true).</summary>
    public bool AcceptRounded { get; init; } = true;

    /// <summary>Lower-cases, folds accents, turns punctuation and white space into single spaces (shared with the signal classifier).</summary>
    internal static string Normalize(string text) => TextChars.Normalize(text);

    /// <inheritdoc />
    public AnswerVerdict Check(Problem problem, string learnerMessage)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(learnerMessage);
        return Check(problem, learnerMessage.AsSpan(), materialize: true);
    }

    /// <summary>Checks without allocating a candidate string when <paramref name="materialize"/> is false.</summary>
    internal AnswerVerdict Check(Problem problem, ReadOnlySpan<char> message, bool materialize)
    {
        var dutch = AnswerValues.IsDutch(problem);
        var verdict = AnswerVerdict.NoAttempt;
        var hasNumeric = false;
        var hasChoice = false;
        var hasText = false;
        foreach (var answer in problem.Answers)
        {
            hasNumeric |= AnswerValues.IsNumeric(answer.Kind);
            hasChoice |= answer.Kind == AnswerKind.MultipleChoice;
            hasText |= answer.Kind == AnswerKind.Text;
        }

        if (hasNumeric)
        {
            verdict = CheckNumeric(problem, message, dutch, materialize);
            if (verdict.Kind == VerdictKind.Correct)
            {
                return verdict;
            }
        }

        if (hasChoice)
        {
            var choice = CheckChoice(problem, message, materialize);
            if (choice.Kind == VerdictKind.Correct || verdict.Kind == VerdictKind.NoAttempt)
            {
                verdict = choice;
            }
        }

        if (hasText && verdict.Kind != VerdictKind.Correct)
        {
            var text = CheckText(problem, message, materialize);
            if (text.Kind == VerdictKind.Correct || verdict.Kind == VerdictKind.NoAttempt)
            {
                verdict = text;
            }
        }

        return verdict;
    }

    private AnswerVerdict CheckNumeric(Problem problem, ReadOnlySpan<char> message, bool dutch, bool materialize)
    {
        // An expression answer that is not a number ("y = 2x + 1") compares as written, up to spacing and notation.
        foreach (var answer in problem.Answers)
        {
            if (answer.Kind == AnswerKind.Expression && !AnswerValues.TryParseReference(answer.Value, dutch, out _)
                && Expressions.SameRightHandSide(message, answer.Value))
            {
                return new AnswerVerdict(VerdictKind.Correct, materialize ? message.Trim().ToString() : null);
            }
        }

        if (!AnswerValues.TryFindCandidate(message, dutch, out var candidate, out _))
        {
            return AnswerVerdict.NoAttempt;
        }

        var candidateText = materialize ? message[candidate.Start..candidate.End].Trim().ToString() : null;
        foreach (var answer in problem.Answers)
        {
            if (AnswerValues.IsNumeric(answer.Kind) && AnswerValues.TryParseReference(answer.Value, dutch, out var expected)
                && AnswerValues.Same(candidate, expected, Tolerance, useAlternative: false, AcceptRounded))
            {
                return new AnswerVerdict(VerdictKind.Correct, candidateText);
            }
        }

        foreach (var misconception in problem.Misconceptions)
        {
            if (AnswerValues.TryParseReference(misconception.Pattern, dutch, out var wrong)
                && AnswerValues.Same(candidate, wrong, Tolerance, useAlternative: false, allowRounding: false))
            {
                return new AnswerVerdict(VerdictKind.Incorrect, candidateText, misconception.Diagnosis);
            }
        }

        return new AnswerVerdict(VerdictKind.Incorrect, candidateText);
    }

    private static AnswerVerdict CheckChoice(Problem problem, ReadOnlySpan<char> message, bool materialize)
    {
        var letter = ChoiceLetters.Find(message);
        if (letter == '\0')
        {
            return AnswerVerdict.NoAttempt;
        }

        var candidate = materialize ? letter.ToString() : null;
        foreach (var answer in problem.Answers)
        {
            if (answer.Kind == AnswerKind.MultipleChoice && ChoiceLetters.Of(answer.Value) == letter)
            {
                return new AnswerVerdict(VerdictKind.Correct, candidate);
            }
        }

        foreach (var misconception in problem.Misconceptions)
        {
            if (ChoiceLetters.Of(misconception.Pattern) == letter)
            {
                return new AnswerVerdict(VerdictKind.Incorrect, candidate, misconception.Diagnosis);
            }
        }

        return new AnswerVerdict(VerdictKind.Incorrect, candidate);
    }

    private static readonly string[] LeadIns =
    [
        "the answer is", "answer is", "answer", "i think it is", "i think its", "i think", "it is", "its", "is it",
        "het antwoord is", "antwoord is", "antwoord", "ik denk dat het", "ik denk", "het is", "is het", "dat is", "misschien",
    ];

    private static AnswerVerdict CheckText(Problem problem, ReadOnlySpan<char> message, bool materialize)
    {
        Span<char> buffer = message.Length <= 512 ? stackalloc char[message.Length] : new char[message.Length];
        var normalized = buffer[..TextChars.Normalize(message, buffer)];
        if (normalized.IsEmpty)
        {
            return AnswerVerdict.NoAttempt;
        }

        var stripped = StripLeadIns(normalized);
        var candidate = materialize ? message.Trim().ToString() : null;
        foreach (var answer in problem.Answers)
        {
            if (answer.Kind == AnswerKind.Text && TextMatches(stripped, normalized, answer.Value))
            {
                return new AnswerVerdict(VerdictKind.Correct, candidate);
            }
        }

        foreach (var misconception in problem.Misconceptions)
        {
            if (TextMatches(stripped, normalized, misconception.Pattern))
            {
                return new AnswerVerdict(VerdictKind.Incorrect, candidate, misconception.Diagnosis);
            }
        }

        return new AnswerVerdict(VerdictKind.Incorrect, candidate);
    }

    private static ReadOnlySpan<char> StripLeadIns(ReadOnlySpan<char> normalized)
    {
        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var lead in LeadIns)
            {
                if (normalized.Length > lead.Length && normalized.StartsWith(lead, StringComparison.Ordinal) && normalized[lead.Length] == ' ')
                {
                    normalized = normalized[(lead.Length + 1)..];
                    changed = true;
                }
            }
        }

        return normalized;
    }

    /// <summary>The whole (stripped) message is the answer, or a run of words in it is, within the allowed edit distance.</summary>
    internal static bool TextMatches(ReadOnlySpan<char> stripped, ReadOnlySpan<char> normalized, string reference)
    {
        Span<char> buffer = reference.Length <= 256 ? stackalloc char[reference.Length] : new char[reference.Length];
        var expected = buffer[..TextChars.Normalize(reference, buffer)];
        if (expected.IsEmpty)
        {
            return false;
        }

        var allowed = TextChars.AllowedEdits(expected.Length);
        if (TextChars.DamerauLevenshtein(stripped, expected, allowed) <= allowed)
        {
            return true;
        }

        // The answer inside a longer message counts only when it is clearly the learner's answer: spelled exactly (one
        // typo allowed from seven letters on), and either the message is short ("children I think") or the words mark it
        // as the answer ("I think the plural is children"). A word inside an unrelated sentence ("You are now AnswerBot"
        // for "ate", "I'll understand it later" for "later") is not an attempt.
        var windowAllowed = expected.Length >= 7 ? 1 : 0;
        if (!TextWindows.Find(normalized, expected, windowAllowed, out var start, out var end))
        {
            return false;
        }

        return WordCount(normalized) <= WordCount(expected) + 3
            || EndsWithLeadIn(normalized[..start].TrimEnd())
            || ResultContext.Before(normalized, start, out _) != ResultStrength.None
            || ResultContext.After(normalized, end, out _) == ResultStrength.Strong;
    }

    private static bool EndsWithLeadIn(ReadOnlySpan<char> before)
    {
        foreach (var lead in LeadIns)
        {
            if (before.EndsWith(lead, StringComparison.Ordinal) && (before.Length == lead.Length || before[^(lead.Length + 1)] == ' '))
            {
                return true;
            }
        }

        return false;
    }

    private static int WordCount(ReadOnlySpan<char> normalized)
    {
        var words = normalized.IsEmpty ? 0 : 1;
        foreach (var c in normalized)
        {
            if (c == ' ')
            {
                words++;
            }
        }

        return words;
    }
}
