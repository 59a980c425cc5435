using Didactics.Shared;

namespace Didactics;

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
        ("should be", ResultStrength.Strong), ("would be", ResultStrength.Strong), ("must be", ResultStrength.Strong), ("should actually be", ResultStrength.Strong),
        ("would actually be", ResultStrength.Strong), ("is actually", ResultStrength.Strong), ("are actually", ResultStrength.Strong), ("is simply", ResultStrength.Strong),
        ("which equals", ResultStrength.Strong), ("which is", ResultStrength.Strong), ("actually means", ResultStrength.Strong), ("actually mean", ResultStrength.Strong),
        ("the word is", ResultStrength.Strong), ("missing word is", ResultStrength.Strong), ("word is", ResultStrength.Strong), ("the plural is", ResultStrength.Strong),
        ("het woord is", ResultStrength.Strong), ("ontbrekende woord is", ResultStrength.Strong), ("woord is", ResultStrength.Strong), ("het meervoud is", ResultStrength.Strong),
        ("meervoud is", ResultStrength.Strong), ("plural is", ResultStrength.Strong), ("past tense is", ResultStrength.Strong), ("verleden tijd is", ResultStrength.Strong),
        ("you got", ResultStrength.Weak), ("we got", ResultStrength.Weak), ("means", ResultStrength.Weak), ("to get", ResultStrength.Weak), ("gives us", ResultStrength.Strong), ("gives you", ResultStrength.Strong), ("which gives us", ResultStrength.Strong),
        ("answer of", ResultStrength.Strong), ("arrived at", ResultStrength.Strong), ("end up with", ResultStrength.Strong), ("ends up with", ResultStrength.Strong),
        ("works out to", ResultStrength.Strong), ("works out at", ResultStrength.Strong), ("moet zijn", ResultStrength.Strong), ("zou moeten zijn", ResultStrength.Strong),
        ("is eigenlijk", ResultStrength.Strong), ("uitkomen op", ResultStrength.Strong), ("kom je dan uit op", ResultStrength.Strong),
        ("about", ResultStrength.Weak), ("roughly", ResultStrength.Weak), ("approximately", ResultStrength.Weak), ("ongeveer", ResultStrength.Weak), ("zo'n", ResultStrength.Weak),
        ("total of", ResultStrength.Weak), ("in total", ResultStrength.Weak), ("in totaal", ResultStrength.Weak), ("totaal", ResultStrength.Weak), ("total", ResultStrength.Weak),
    ]);

    // Phrases that start right after the value.
    private static readonly (string Phrase, ResultStrength Strength)[] AfterPhrases = Sort(
    [
        ("is the answer", ResultStrength.Strong), ("is the correct answer", ResultStrength.Strong), ("is the right answer", ResultStrength.Strong),
        ("is the solution", ResultStrength.Strong), ("is the result", ResultStrength.Strong), ("is correct", ResultStrength.Strong), ("is right", ResultStrength.Strong),
        ("is het antwoord", ResultStrength.Strong), ("is het juiste antwoord", ResultStrength.Strong), ("is de oplossing", ResultStrength.Strong),
        ("is de uitkomst", ResultStrength.Strong), ("is juist", ResultStrength.Strong), ("is goed", ResultStrength.Strong), ("is correct", ResultStrength.Strong),
        ("is what you get", ResultStrength.Strong), ("is wat je krijgt", ResultStrength.Strong), ("klopt", ResultStrength.Weak), ("it is", ResultStrength.Weak),
        ("is the one", ResultStrength.Strong), ("is the right one", ResultStrength.Strong), ("is the correct one", ResultStrength.Strong),
        ("is the right choice", ResultStrength.Strong), ("is the correct choice", ResultStrength.Strong), ("is de goede", ResultStrength.Strong),
        ("is de juiste", ResultStrength.Strong), ("is het goede", ResultStrength.Strong), ("is het juiste", ResultStrength.Strong), ("is het goede antwoord", ResultStrength.Strong),
        ("in total", ResultStrength.Weak), ("in totaal", ResultStrength.Weak), ("altogether", ResultStrength.Weak),
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
        var i = TextFold.Fold(c) - 'a';
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

        var c = TextChars.FoldPunctuation(text[p]);
        if (c is '=' or '≈' or '⇒' or '→' || (c == '>' && p > 0 && text[p - 1] is '=' or '-'))
        {
            // Include the left-hand side if it is a short name: "x = ", "a = ".
            var q = p - 1;
            while (q >= 0 && text[q] == ' ')
            {
                q--;
            }

            var nameEnd = q;
            while (q >= 0 && TextChars.IsLetter(text[q]))
            {
                q--;
            }

            markerStart = nameEnd - q is > 0 and <= 3 && (q < 0 || !TextChars.IsTokenChar(text[q])) ? q + 1 : p;
            // "3x/2 = 150", "0.1x = 50", "10 + x = 18": the right side of an equation being set up is not a result.
            return c == '=' && EquationSide(text, p) ? ResultStrength.Weak : ResultStrength.Strong;
        }

        if (c == ':')
        {
            // "Answer: 4", "Antwoord: 4"
            var end = p;
            return MatchBefore(text, end, out markerStart, answerWordsOnly: true);
        }

        return TextChars.IsLetter(c) ? MatchBefore(text, p + 1, out markerStart, answerWordsOnly: false) : ResultStrength.None;
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
    internal static int EndsWithPhrase(ReadOnlySpan<char> text, int end, string phrase)
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

            var c = TextFold.Fold(text[t]);
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

        return t >= 0 && TextChars.IsLetter(text[t]) ? -1 : t + 1;
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
            if (!TextChars.IsLetter(text[s]) || (s > 0 && TextChars.IsTokenChar(text[s - 1])))
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
            if (!TextChars.IsLetter(c))
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

            var f = TextFold.Fold(c);
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

            if (TextFold.Fold(text[t]) != ch)
            {
                return false;
            }

            t++;
        }

        return t >= text.Length || !TextChars.IsLetter(text[t]);
    }

    // Words that reject another value after the stated one: "5, not 12", "7 weeks instead of 3", "300 en niet 100".
    private static readonly string[] CorrectionWords = ["not", "and not", "rather than", "instead of", "niet", "en niet", "in plaats van", "ipv", "i.p.v."];

    private static readonly string[][] CorrectionsByLead = Enumerable.Range(0, 26).Select(c => CorrectionWords.Where(w => w[0] == 'a' + c).ToArray()).ToArray();

    private static string[] CorrectionByLead(char lead) => (uint)(lead - 'a') < 26 ? CorrectionsByLead[lead - 'a'] : [];

    /// <summary>
    /// Whether the value that ends at <paramref name="end"/> is followed by a rejected other value ("5, not 12",
    /// "100 minutes, not 88", "7 weeks instead of 3 weeks"): the reply asserts it as the result.
    /// <paramref name="complete"/> is false when the text stops too soon after the value to tell.
    /// </summary>
    public static bool Correction(ReadOnlySpan<char> text, int end, out bool complete, bool anyWord = false)
    {
        var p = end;
        var words = 0;
        while (true)
        {
            while (p < text.Length && text[p] is ' ' or '\t' or ')' or '*' or '_')
            {
                p++;
            }

            if (p < text.Length && text[p] == ',')
            {
                p++;
                while (p < text.Length && text[p] is ' ' or '\t')
                {
                    p++;
                }
            }

            complete = text.Length - p >= 24 || text[p..].IndexOfAny(".!?\n") >= 0;
            // Every rejection word starts with one of these letters; most words after a value do not.
            var lead = p < text.Length ? TextFold.Fold(text[p]) : ' ';
            foreach (var word in CorrectionByLead(lead))
            {
                var e = p + word.Length;
                if (e < text.Length && text[e] == ' ' && TextChars.StartsWithFolded(text, p, word))
                {
                    var q = e;
                    while (q < text.Length && text[q] is ' ' or '$' or '\u20AC' or '(')
                    {
                        q++;
                    }

                    if (q < text.Length && (TextChars.IsDigit(text[q]) || text[q] == '.' || (TextChars.IsLetter(text[q]) && (anyWord || NumberWords.MayStart(text, q)))))
                    {
                        complete = true;
                        return true;
                    }

                    complete = q < text.Length;
                    return false;
                }
            }

            // Skip up to two words between the value and the rejection ("100 minutes, not 88", "7 weeks instead of 3").
            if (anyWord || words >= 2 || p >= text.Length || !TextChars.IsLetter(text[p]))
            {
                return false;
            }

            var w = p;
            while (w < text.Length && TextChars.IsLetter(text[w]))
            {
                w++;
            }

            if (w >= text.Length)
            {
                complete = false;
                return false;
            }

            p = w;
            words++;
        }
    }

    private static readonly string[] PredicateAfter = ["is", "are", "was", "zijn", "is een", "een"];
    private static readonly string[] PredicateBefore = ["only", "just", "alleen", "enkel", "slechts", "alleen maar"];

    /// <summary>
    /// Whether a sentence says something of the value: "29 is prime", "5/8 is the larger one", "only 29", "alleen 29".
    /// Used for a multiple-choice option's content, which stands in the statement and is revealed by being singled out.
    /// </summary>
    public static bool Predicate(ReadOnlySpan<char> text, int start, int end)
    {
        var p = end;
        while (p < text.Length && text[p] is ' ' or ')' or '*' or '_')
        {
            p++;
        }

        foreach (var word in PredicateAfter)
        {
            if (StartsWithPhrase(text, p, word))
            {
                return true;
            }
        }

        foreach (var word in PredicateBefore)
        {
            if (EndsWithPhrase(text, TrimEndIndex(text, start), word) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static int TrimEndIndex(ReadOnlySpan<char> text, int start)
    {
        var p = start;
        while (p > 0 && text[p - 1] is ' ' or '(' or '*' or '_')
        {
            p--;
        }

        return p;
    }

    /// <summary>
    /// Whether the left side of the "=" at <paramref name="equals"/> is an expression with an unknown ("3x/2", "0.1x",
    /// "10 + x", "2(x + 1)"), so the value after it sets up an equation rather than stating a result. A bare name
    /// ("x = 4") and a calculation without an unknown ("33 - 28 = 5") state results.
    /// </summary>
    private static bool EquationSide(ReadOnlySpan<char> text, int equals)
    {
        var start = equals;
        var limit = Math.Max(0, equals - 40);
        while (start > limit)
        {
            var c = text[start - 1];
            if (TextChars.IsLetter(c))
            {
                var w = start - 1;
                while (w > 0 && TextChars.IsLetter(text[w - 1]))
                {
                    w--;
                }

                if (start - w >= 3)
                {
                    break; // a word: the expression starts after it
                }

                start = w;
                continue;
            }

            if (TextChars.IsDigit(c) || c is ' ' or '+' or '-' or '*' or '/' or '(' or ')' or '.' or '^' or '\u00D7' or '\u2212' or '\u00B7')
            {
                start--;
                continue;
            }

            break;
        }

        var side = text[start..equals].TrimStart(" *_");
        for (var i = 0; i < side.Length; i++)
        {
            if (!TextChars.IsLetter(side[i]) || (i > 0 && TextChars.IsLetter(side[i - 1])) || (i + 1 < side.Length && TextChars.IsLetter(side[i + 1])))
            {
                continue;
            }

            // A single letter next to a digit, an operator or a bracket is an unknown in an expression; an "x" between two
            // numbers is a times sign ("15 x 20").
            if (side[i] is 'x' or 'X' && i > 0 && i + 1 < side.Length && side[i - 1] == ' ' && side[i + 1] == ' ')
            {
                continue;
            }

            var before = i > 0 ? side[..i].TrimEnd() : ReadOnlySpan<char>.Empty;
            var after = side[(i + 1)..].TrimStart();
            var left = before.IsEmpty ? ' ' : before[^1];
            var right = after.IsEmpty ? ' ' : after[0];
            if (TextChars.IsDigit(left) || left is '+' or '-' or '*' or '/' or '(' or '\u00D7' || right is '+' or '-' or '*' or '/' or ')' or '^' or '\u00D7'
                || (i > 0 && TextChars.IsDigit(side[i - 1])))
            {
                return true;
            }
        }

        return false;
    }
}
