namespace Didactics.Checking;

/// <summary>How strongly the words around a value state it as the result.</summary>
internal enum ResultStrength : byte
{
    /// <summary>No result wording: the value is only mentioned.</summary>
    None = 0,

    /// <summary>Wording that usually states a result: "is", "so", "dus", "gives", "wordt", "that makes".</summary>
    Weak = 1,

    /// <summary>Wording that states the result: "=", "the answer is", "het antwoord is", "equals", "… is the answer".</summary>
    Strong = 2,
}

/// <summary>Recognizes result wording around a value, in English and Dutch ("so x = 4", "het antwoord is 4", "4 is the answer").</summary>
internal static class ResultContext
{
    // Phrases that end right before the value, folded, words separated by one space. Longest first.
    private static readonly (string Phrase, ResultStrength Strength)[] BeforePhrases = Sort(
    [
        ("the answer is", ResultStrength.Strong), ("answer is", ResultStrength.Strong), ("the answer would be", ResultStrength.Strong),
        ("answer would be", ResultStrength.Strong), ("answer", ResultStrength.Strong), ("the solution is", ResultStrength.Strong), ("solution is", ResultStrength.Strong),
        ("the result is", ResultStrength.Strong), ("result is", ResultStrength.Strong), ("equals", ResultStrength.Strong), ("is equal to", ResultStrength.Strong),
        ("equal to", ResultStrength.Strong), ("comes to", ResultStrength.Strong), ("comes out to", ResultStrength.Strong), ("comes out at", ResultStrength.Strong),
        ("you get", ResultStrength.Strong), ("we get", ResultStrength.Strong), ("that gives", ResultStrength.Strong), ("which gives", ResultStrength.Strong),
        ("that makes", ResultStrength.Strong), ("het antwoord is", ResultStrength.Strong), ("antwoord is", ResultStrength.Strong), ("antwoord", ResultStrength.Strong),
        ("het antwoord wordt", ResultStrength.Strong), ("de oplossing is", ResultStrength.Strong), ("oplossing is", ResultStrength.Strong),
        ("de uitkomst is", ResultStrength.Strong), ("uitkomst is", ResultStrength.Strong), ("het resultaat is", ResultStrength.Strong), ("resultaat is", ResultStrength.Strong),
        ("is gelijk aan", ResultStrength.Strong), ("gelijk aan", ResultStrength.Strong), ("komt uit op", ResultStrength.Strong), ("kom je uit op", ResultStrength.Strong),
        ("kom je op", ResultStrength.Strong), ("krijg je", ResultStrength.Strong), ("krijg je dan", ResultStrength.Strong), ("krijgt dan", ResultStrength.Strong),
        ("je krijgt", ResultStrength.Strong), ("you then get", ResultStrength.Strong), ("then you get", ResultStrength.Strong), ("komt eruit", ResultStrength.Strong), ("dat wordt", ResultStrength.Strong), ("dat geeft", ResultStrength.Strong),
        ("dus x is", ResultStrength.Strong), ("so x is", ResultStrength.Strong), ("dus is x", ResultStrength.Strong),
        ("is", ResultStrength.Weak), ("are", ResultStrength.Weak), ("was", ResultStrength.Weak), ("so", ResultStrength.Weak), ("thus", ResultStrength.Weak),
        ("hence", ResultStrength.Weak), ("therefore", ResultStrength.Weak), ("gives", ResultStrength.Weak), ("makes", ResultStrength.Weak),
        ("becomes", ResultStrength.Weak), ("get", ResultStrength.Weak), ("gets", ResultStrength.Weak), ("it's", ResultStrength.Weak), ("that's", ResultStrength.Weak),
        ("dus", ResultStrength.Weak), ("geeft", ResultStrength.Weak), ("wordt", ResultStrength.Weak), ("maakt", ResultStrength.Weak), ("zijn", ResultStrength.Weak),
        ("krijgt", ResultStrength.Weak), ("precies", ResultStrength.Weak),
    ]);

    // Phrases that start right after the value.
    private static readonly (string Phrase, ResultStrength Strength)[] AfterPhrases = Sort(
    [
        ("is the answer", ResultStrength.Strong), ("is the correct answer", ResultStrength.Strong), ("is the right answer", ResultStrength.Strong),
        ("is the solution", ResultStrength.Strong), ("is the result", ResultStrength.Strong), ("is correct", ResultStrength.Strong), ("is right", ResultStrength.Strong),
        ("is het antwoord", ResultStrength.Strong), ("is het juiste antwoord", ResultStrength.Strong), ("is de oplossing", ResultStrength.Strong),
        ("is de uitkomst", ResultStrength.Strong), ("is juist", ResultStrength.Strong), ("is goed", ResultStrength.Strong), ("is correct", ResultStrength.Strong),
        ("is what you get", ResultStrength.Strong), ("is wat je krijgt", ResultStrength.Strong), ("klopt", ResultStrength.Weak), ("it is", ResultStrength.Weak),
        ("dus", ResultStrength.Weak),
    ]);

    // The phrases by their last (before) or first (after) letter, so a word is compared only with phrases that can match.
    private static readonly (string Phrase, ResultStrength Strength)[][] BeforeByLast =
        Enumerable.Range(0, 27).Select(c => BeforePhrases.Where(p => Slot(p.Phrase[^1]) == c).ToArray()).ToArray();

    private static readonly (string Phrase, ResultStrength Strength)[][] AfterByFirst =
        Enumerable.Range(0, 27).Select(c => AfterPhrases.Where(p => Slot(p.Phrase[0]) == c).ToArray()).ToArray();

    private static readonly string[] OtherPrefixes = ["minus ", "negative ", "min ", "negatief ", "negatieve ", "option ", "optie ", "keuze ", "choice "];

    // Result wording and other words that may grow into it, by first letter (for the streaming hold-back).
    private static readonly string[][] PrefixesByFirst =
        Enumerable.Range(0, 27).Select(c => BeforePhrases.Select(p => p.Phrase).Concat(OtherPrefixes).Where(p => Slot(p[0]) == c).ToArray()).ToArray();

    private static int Slot(char c)
    {
        var i = TextFolding.Fold(c) - 'a';
        return (uint)i < 26 ? i : 26;
    }

    /// <summary>The number of characters after a value that <see cref="After"/> needs to decide.</summary>
    public static readonly int AfterWindow = AfterPhrases.Max(p => p.Phrase.Length) + 2;

    private static (string, ResultStrength)[] Sort((string, ResultStrength)[] phrases) =>
        phrases.OrderByDescending(p => p.Item1.Length).ToArray();

    /// <summary>The result wording that ends right before <paramref name="start"/>, and where that wording starts.</summary>
    public static ResultStrength Before(ReadOnlySpan<char> text, int start, out int markerStart)
    {
        markerStart = start;
        var p = start - 1;
        while (p >= 0 && text[p] is ' ' or '\t' or '$' or '*' or '_' or '(' or '{' or '[' or '"' or '\'' or '`')
        {
            p--;
        }

        if (p < 0)
        {
            return ResultStrength.None;
        }

        var c = TextFolding.FoldPunctuation(text[p]);
        if (c is '=' or '≈' or '⇒' or '→' || (c == '>' && p > 0 && text[p - 1] is '=' or '-'))
        {
            // Include the left-hand side if it is a short name: "x = ", "a = ".
            var q = p - 1;
            while (q >= 0 && text[q] == ' ')
            {
                q--;
            }

            var nameEnd = q;
            while (q >= 0 && TextFolding.IsLetter(text[q]))
            {
                q--;
            }

            markerStart = nameEnd - q is > 0 and <= 3 && (q < 0 || !TextFolding.IsTokenChar(text[q])) ? q + 1 : p;
            return ResultStrength.Strong;
        }

        if (c == ':')
        {
            // "Answer: 4", "Antwoord: 4"
            var end = p;
            return MatchBefore(text, end, out markerStart, answerWordsOnly: true);
        }

        return TextFolding.IsLetter(c) ? MatchBefore(text, p + 1, out markerStart, answerWordsOnly: false) : ResultStrength.None;
    }

    private static ResultStrength MatchBefore(ReadOnlySpan<char> text, int end, out int markerStart, bool answerWordsOnly)
    {
        markerStart = end;
        if (end <= 0)
        {
            return ResultStrength.None;
        }

        foreach (var (phrase, strength) in BeforeByLast[Slot(text[end - 1])])
        {
            if (answerWordsOnly && !(phrase.StartsWith("answer", StringComparison.Ordinal) || phrase.StartsWith("antwoord", StringComparison.Ordinal)
                || phrase.Contains("solution", StringComparison.Ordinal) || phrase.Contains("oplossing", StringComparison.Ordinal)))
            {
                continue;
            }

            var s = EndsWithPhrase(text, end, phrase);
            if (s >= 0)
            {
                markerStart = s;
                return strength;
            }
        }

        return ResultStrength.None;
    }

    /// <summary>Where <paramref name="phrase"/> starts if the text ending at <paramref name="end"/> ends with it as whole words, else -1.</summary>
    private static int EndsWithPhrase(ReadOnlySpan<char> text, int end, string phrase)
    {
        var t = end - 1;
        for (var k = phrase.Length - 1; k >= 0; k--)
        {
            if (t < 0)
            {
                return -1;
            }

            if (phrase[k] == ' ')
            {
                if (text[t] is not (' ' or '\t' or '\n'))
                {
                    return -1;
                }

                while (t > 0 && text[t - 1] is ' ' or '\t')
                {
                    t--;
                }

                t--;
                continue;
            }

            var c = TextFolding.Fold(text[t]);
            if (c == '\u2019')
            {
                c = '\'';
            }

            if (c != phrase[k])
            {
                return -1;
            }

            t--;
        }

        return t >= 0 && TextFolding.IsLetter(text[t]) ? -1 : t + 1;
    }

    /// <summary>
    /// Where trailing words start that could still grow into result wording ("the" of "the answer is", "x" of "x =",
    /// "minus" of "minus three"), or -1. Used while streaming to hold back the shortest suffix that could complete a leak.
    /// </summary>
    public static int TrailingPartialMarker(ReadOnlySpan<char> text)
    {
        var from = Math.Max(0, text.Length - 32);
        for (var s = from; s < text.Length; s++)
        {
            if (!TextFolding.IsLetter(text[s]) || (s > 0 && TextFolding.IsTokenChar(text[s - 1])))
            {
                continue;
            }

            var tail = text[s..];
            var trimmed = tail.TrimEnd();
            var trailingSpace = trimmed.Length < tail.Length;
            if (trimmed.Length <= 3 && IsName(trimmed))
            {
                return s; // "x" may become "x = 4"
            }

            foreach (var phrase in PrefixesByFirst[Slot(text[s])])
            {
                if (IsPrefixOf(trimmed, trailingSpace, phrase))
                {
                    return s;
                }
            }
        }

        return -1;
    }

    private static bool IsName(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (!TextFolding.IsLetter(c))
            {
                return false;
            }
        }

        return !s.IsEmpty;
    }

    /// <summary>True when the words of <paramref name="tail"/> (and a space after them, if any) begin <paramref name="phrase"/>.</summary>
    private static bool IsPrefixOf(ReadOnlySpan<char> tail, bool trailingSpace, string phrase)
    {
        var k = 0;
        var t = 0;
        while (t < tail.Length)
        {
            if (k >= phrase.Length)
            {
                return false;
            }

            var c = tail[t];
            if (c is ' ' or '\t' or '\n')
            {
                if (phrase[k] != ' ')
                {
                    return false;
                }

                while (t < tail.Length && tail[t] is ' ' or '\t' or '\n')
                {
                    t++;
                }

                k++;
                continue;
            }

            var f = TextFolding.Fold(c);
            if (f == '\u2019')
            {
                f = '\'';
            }

            if (f != phrase[k])
            {
                return false;
            }

            t++;
            k++;
        }

        // With a space after the words, the phrase must go on with another word.
        return trailingSpace ? k < phrase.Length && phrase[k] == ' ' : k <= phrase.Length;
    }

    /// <summary>The result wording that starts right after <paramref name="end"/>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="end">Where the value ends.</param>
    /// <param name="complete">False when the text stops too soon after the value to decide (used while streaming).</param>
    public static ResultStrength After(ReadOnlySpan<char> text, int end, out bool complete)
    {
        var p = end;
        while (p < text.Length && text[p] is ' ' or '\t' or '$' or '*' or '_' or ')' or '}' or ']' or '"' or '\'')
        {
            p++;
        }

        complete = text.Length - p >= AfterWindow || text[p..].IndexOfAny(".!?\n") >= 0;
        if (p >= text.Length)
        {
            return ResultStrength.None;
        }

        foreach (var (phrase, strength) in AfterByFirst[Slot(text[p])])
        {
            if (StartsWithPhrase(text, p, phrase))
            {
                complete = true;
                return strength;
            }
        }

        return ResultStrength.None;
    }

    private static bool StartsWithPhrase(ReadOnlySpan<char> text, int start, string phrase)
    {
        var t = start;
        foreach (var ch in phrase)
        {
            if (t >= text.Length)
            {
                return false;
            }

            if (ch == ' ')
            {
                if (text[t] is not (' ' or '\t'))
                {
                    return false;
                }

                while (t < text.Length && text[t] is ' ' or '\t')
                {
                    t++;
                }

                continue;
            }

            if (TextFolding.Fold(text[t]) != ch)
            {
                return false;
            }

            t++;
        }

        return t >= text.Length || !TextFolding.IsLetter(text[t]);
    }
}
