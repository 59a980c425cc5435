namespace Didactics;

/// <summary>
/// The built-in answer-leak guard. It finds the answer in every form the <see cref="DefaultAnswerChecker"/> reads (digits,
/// decimal comma, fractions, percentages, mixed numbers, LaTeX, Unicode digits, number words in English and Dutch, units,
/// option letters, text) and decides from the words around it whether the reply states it:
/// <list type="bullet">
/// <item>stated as a result ("so x = 4", "the answer is 4", "het antwoord is vier", "4 is correct"): a leak;</item>
/// <item>only mentioned, and not in the problem statement: a leak ("Try 4 and see");</item>
/// <item>only mentioned, and also an operand in the problem statement ("subtract 4 from both sides"): not a leak;</item>
/// <item>the single word zero, one or two ("one", "twee") only mentioned: not a leak (it is usually not a quantity);</item>
/// <item>the learner already gave the answer (per <c>history</c>): confirming it is not a leak.</item>
/// </list>
/// The guard allocates nothing per scan unless it finds a leak (the <see cref="LeakScanResult.Form"/> string). For
/// streamed replies use <see cref="StreamingLeakGuard"/>, which applies the same policy chunk by chunk.
/// </summary>
/// <remarks>See <c>docs/answer-leak-guard.md</c>.</remarks>
public sealed class AnswerLeakGuard : IAnswerLeakGuard
{
    /// <summary>A shared instance; the guard is stateless.</summary>
    public static AnswerLeakGuard Instance { get; } = new();

    /// <inheritdoc />
    public LeakScanResult Scan(Problem problem, string reply, string? history = null)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(reply);
        var profile = LeakProfile.For(problem);
        return LeakDetector.Scan(profile, reply, 0, DialogueFacts.Read(profile, history), streaming: false, out _);
    }

    /// <summary>Scans with dialogue facts the caller already knows (the pipeline reads them from the session).</summary>
    internal LeakScanResult ScanWith(Problem problem, string reply, DialogueFacts dialogue) =>
        LeakDetector.Scan(LeakProfile.For(problem), reply, 0, dialogue, streaming: false, out _);

    /// <summary>Creates a streaming scan of one reply with this guard's policy.</summary>
    public StreamingLeakGuard CreateStream(Problem problem, string? history = null) => new(problem, history);

    /// <summary>
    /// Whether the learner's latest answer in <paramref name="history"/> is correct: then a reply that repeats it confirms
    /// it and is not a reveal. The history is read as turns: a line labelled as the tutor ("Tutor:", "Assistant:", "AI:",
    /// "Docent:", "Teacher:", "Bot:", "Model:") starts a tutor turn, a line labelled as the learner ("Learner:", "Student:",
    /// "User:", "Leerling:") or an unlabelled line in a history without labels starts a learner turn, and other lines go on
    /// the turn before them. The learner turns are read from the last one back; the first that gives an answer decides.
    /// In a turn the answer is its last sentence with a value (a value said to be wrong, "it is not 7", does not count):
    /// a value the learner only computed on the way ("20 - 12 = 8, so 7 more") is not their answer.
    /// </summary>
    internal static bool LearnerGaveAnswer(Problem problem, ReadOnlySpan<char> history)
    {
        var labelled = HasLabels(history);
        // Walk the turns from the end: find each learner turn's extent, newest first.
        var end = history.Length;
        var turnEnd = -1;
        while (end > 0)
        {
            var lineStart = history[..end].LastIndexOf('\n') + 1;
            var line = history[lineStart..end];
            var kind = LineKind(line, out _);
            if (turnEnd < 0)
            {
                turnEnd = end;
            }

            if (kind != 0 || !labelled)
            {
                // This line starts a turn that runs to turnEnd.
                if (kind >= 0)
                {
                    var turn = history[lineStart..turnEnd];
                    var verdict = ClaimOf(problem, turn);
                    if (verdict != VerdictKind.NoAttempt)
                    {
                        return verdict == VerdictKind.Correct;
                    }
                }

                turnEnd = -1;
            }

            end = lineStart > 0 ? lineStart - 1 : 0;
        }

        return false;
    }

    private static bool HasLabels(ReadOnlySpan<char> history)
    {
        while (!history.IsEmpty)
        {
            var newline = history.IndexOf('\n');
            var line = newline < 0 ? history : history[..newline];
            if (LineKind(line, out _) != 0)
            {
                return true;
            }

            history = newline < 0 ? ReadOnlySpan<char>.Empty : history[(newline + 1)..];
        }

        return false;
    }

    /// <summary>-1 for a line labelled as the tutor, 1 for one labelled as the learner, 0 for an unlabelled line.</summary>
    private static int LineKind(ReadOnlySpan<char> line, out int textStart)
    {
        textStart = 0;
        var trimmed = line.TrimStart();
        var colon = trimmed.IndexOf(':');
        if (colon is > 0 and <= 16)
        {
            var label = trimmed[..colon].Trim();
            if (IsTutorLabel(label))
            {
                textStart = line.Length - trimmed.Length + colon + 1;
                return -1;
            }

            if (IsLabel(label))
            {
                textStart = line.Length - trimmed.Length + colon + 1;
                return 1;
            }
        }

        return 0;
    }

    /// <summary>The verdict on a learner turn's answer: its last sentence with a value that is not negated.</summary>
    private static VerdictKind ClaimOf(Problem problem, ReadOnlySpan<char> turn)
    {
        LineKind(turn, out var textStart);
        turn = turn[textStart..];
        var end = turn.Length;
        while (end > 0)
        {
            var start = SentenceStart(turn, end);
            var sentence = turn[start..end].Trim();
            if (!sentence.IsEmpty && LeakProfile.For(problem) is { Numbers.Length: > 0 } profile)
            {
                // The learner's value in the sentence: the last one that is not rejected ("it is not 7 weeks").
                var found = false;
                var correct = false;
                var pos = 0;
                while (NumberScanner.Next(sentence, ref pos, profile.Dutch, out var m))
                {
                    if (NegatedBefore(sentence, m.Start) || LeakDetector.IsLabel(sentence, m.Start))
                    {
                        continue;
                    }

                    found = true;
                    correct = profile.MatchesAnswer(m, out _);
                }

                if (found)
                {
                    return correct ? VerdictKind.Correct : VerdictKind.Incorrect;
                }
            }
            else if (!sentence.IsEmpty && !Negated(sentence))
            {
                var verdict = DefaultAnswerChecker.Instance.Check(problem, sentence, materialize: false).Kind;
                if (verdict != VerdictKind.NoAttempt && (verdict == VerdictKind.Correct || HasValue(problem, sentence)))
                {
                    return verdict;
                }
            }

            end = start > 0 ? start - 1 : 0;
        }

        return VerdictKind.NoAttempt;
    }

    // A text answer's checker calls every sentence an attempt; a sentence counts as an answer only when it has a value
    // (numeric problems) or is the whole answer (text problems, decided by the checker as correct).
    private static bool HasValue(Problem problem, ReadOnlySpan<char> sentence)
    {
        foreach (var answer in problem.Answers)
        {
            if (answer.Kind == AnswerKind.Text)
            {
                return sentence.Length <= answer.Value.Length + 24;
            }
        }

        return true;
    }

    /// <summary>Where the sentence that ends at <paramref name="end"/> starts: after ". ", "! ", "? " or a line break.</summary>
    private static int SentenceStart(ReadOnlySpan<char> text, int end)
    {
        for (var i = end - 1; i > 0; i--)
        {
            if (text[i] == '\n' || (text[i] == ' ' && text[i - 1] is '.' or '!' or '?' && (i < 2 || !char.IsDigit(text[i - 2]) || i + 1 >= text.Length || !char.IsDigit(text[i + 1]))))
            {
                return i + 1;
            }
        }

        return 0;
    }

    private static readonly string[] NegationWords = ["not", "isn't", "isnt", "niet", "geen", "never", "nooit", "of", "than", "van"];

    // "not 7", "isn't 7", "instead of 7", "rather than 7", "in plaats van 7": the value is rejected.
    private static bool NegatedBefore(ReadOnlySpan<char> sentence, int start)
    {
        var p = start;
        while (p > 0 && sentence[p - 1] is ' ' or '$' or '\u20AC')
        {
            p--;
        }

        var w = p;
        while (w > 0 && (TextChars.IsLetter(sentence[w - 1]) || sentence[w - 1] == '\''))
        {
            w--;
        }

        var word = sentence[w..p];
        foreach (var n in NegationWords)
        {
            if (TextChars.EqualsFolded(word, n))
            {
                if (n is "of" or "than" or "van")
                {
                    // Only "instead of", "rather than", "in plaats van".
                    var prev = sentence[..w].TrimEnd();
                    return prev.EndsWith("instead", StringComparison.OrdinalIgnoreCase) || prev.EndsWith("rather", StringComparison.OrdinalIgnoreCase)
                        || prev.EndsWith("plaats", StringComparison.OrdinalIgnoreCase);
                }

                return true;
            }
        }

        return false;
    }

    // "It is not 7 weeks", "instead of 3": a value right after a negation is rejected, not given (the words are NegatedBefore's).
    private static bool Negated(ReadOnlySpan<char> sentence)
    {
        for (var i = 0; i < sentence.Length; i++)
        {
            if ((char.IsDigit(sentence[i]) || sentence[i] is '$' or '€') && (i == 0 || !char.IsLetterOrDigit(sentence[i - 1])) && NegatedBefore(sentence, i))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] TutorLabels = ["tutor", "assistant", "ai", "docent", "teacher", "bot", "model", "leraar", "juf", "meester", "system"];
    private static readonly string[] LearnerLabels = ["learner", "student", "user", "leerling", "pupil", "kind", "child", "human"];

    private static bool IsTutorLabel(ReadOnlySpan<char> label)
    {
        foreach (var l in TutorLabels)
        {
            if (TextChars.EqualsFolded(label, l))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsLabel(ReadOnlySpan<char> label)
    {
        label = label.Trim();
        if (IsTutorLabel(label))
        {
            return true;
        }

        foreach (var l in LearnerLabels)
        {
            if (TextChars.EqualsFolded(label, l))
            {
                return true;
            }
        }

        return false;
    }
}
