using Didactics.Checking;

namespace Didactics.Guard;

/// <summary>The leak policy, shared by <see cref="AnswerLeakGuard"/> and <see cref="StreamingLeakGuard"/>.</summary>
internal static class LeakDetector
{
    /// <summary>Confidence at or above which a match is a leak.</summary>
    public const double Threshold = 0.5;

    /// <summary>
    /// Scans <paramref name="text"/>. Matches that end at or before <paramref name="minEnd"/> were already released and are
    /// ignored. When <paramref name="streaming"/>, <paramref name="holdFrom"/> receives the start of the shortest suffix
    /// that more text could still turn into a leak (the text length when nothing needs holding).
    /// </summary>
    public static LeakScanResult Scan(LeakProfile profile, ReadOnlySpan<char> text, int minEnd, bool answerGiven, bool streaming, out int holdFrom)
    {
        holdFrom = text.Length;
        var best = 0.0;
        if (profile.Numbers.Length > 0)
        {
            var result = ScanNumbers(profile, text, minEnd, answerGiven, streaming, ref holdFrom, ref best);
            if (result.Leak)
            {
                return result;
            }
        }

        if (profile.Letters.Length > 0)
        {
            var result = ScanLetters(profile, text, minEnd, answerGiven, streaming, ref holdFrom, ref best);
            if (result.Leak)
            {
                return result;
            }
        }

        if (profile.Texts.Length > 0)
        {
            var result = ScanTexts(profile, text, minEnd, answerGiven, streaming, ref holdFrom, ref best);
            if (result.Leak)
            {
                return result;
            }
        }

        if (profile.Symbolic.Length > 0)
        {
            var result = ScanSymbolic(profile, text, minEnd, answerGiven, streaming, ref holdFrom, ref best);
            if (result.Leak)
            {
                return result;
            }
        }

        if (streaming)
        {
            HoldTrailing(text, ref holdFrom);
        }

        return new LeakScanResult(false, best, null);
    }

    private static LeakScanResult ScanNumbers(LeakProfile profile, ReadOnlySpan<char> text, int minEnd, bool answerGiven, bool streaming, ref int holdFrom, ref double best)
    {
        // Released text ends where a number or token starts, so no unreleased number starts before it: scan from there
        // (the wording before a value is still read from the whole window).
        var pos = minEnd;
        while (NumberScanner.Next(text, ref pos, profile.Dutch, out var m))
        {
            if (m.End <= minEnd)
            {
                continue;
            }

            if (streaming && IsOpen(text, m.End))
            {
                // More text could still change this number ("4" -> "42", "3/4", "75 %", "4 cm"): hold it and all after it.
                holdFrom = Math.Min(holdFrom, m.Start);
                break;
            }

            if (!profile.MatchesAnswer(m, out var viaAlternative))
            {
                continue;
            }

            var confidence = Judge(text, m.Start, m.End, answerGiven, profile.InStatement(m), m.Weak, out var formStart, out var undecided);
            if (viaAlternative)
            {
                confidence *= 0.9;
            }

            if (confidence >= Threshold)
            {
                return new LeakScanResult(true, Math.Round(confidence, 2), text[formStart..m.End].ToString());
            }

            best = Math.Max(best, confidence);
            if (streaming && undecided)
            {
                holdFrom = Math.Min(holdFrom, m.Start);
            }
        }

        return default;
    }

    /// <summary>A symbolic answer written out ("y = 2x + 1", "$y=2x+1$") is stated, whatever the wording around it.</summary>
    private static LeakScanResult ScanSymbolic(LeakProfile profile, ReadOnlySpan<char> text, int minEnd, bool answerGiven, bool streaming, ref int holdFrom, ref double best)
    {
        var rented = System.Buffers.ArrayPool<char>.Shared.Rent(text.Length);
        var origins = System.Buffers.ArrayPool<int>.Shared.Rent(text.Length);
        try
        {
            var n = Expressions.Compact(text, rented, origins);
            var compact = rented.AsSpan(0, n);
            foreach (var target in profile.Symbolic)
            {
                var from = 0;
                while (from < n)
                {
                    var at = compact[from..].IndexOf(target.AsSpan());
                    if (at < 0)
                    {
                        break;
                    }

                    at += from;
                    var last = at + target.Length - 1;
                    var end = origins[last] + 1;
                    // Whole terms only, judged on the original text: "2x + 10" does not contain "2x + 1".
                    var start = origins[at];
                    var bounded = (start == 0 || !TextFolding.IsLetterOrDigit(text[start - 1]))
                        && (end >= text.Length || !TextFolding.IsLetterOrDigit(text[end]));
                    if (bounded && end > minEnd)
                    {
                        if (streaming && end >= text.Length)
                        {
                            holdFrom = Math.Min(holdFrom, origins[at]); // "2x + 1" may still become "2x + 10"
                        }
                        else if (answerGiven)
                        {
                            best = Math.Max(best, 0.1);
                        }
                        else
                        {
                            return new LeakScanResult(true, 0.9, text[origins[at]..end].ToString());
                        }
                    }

                    from = at + 1;
                }

                if (streaming)
                {
                    // A partial expression at the end could still complete the answer.
                    holdFrom = Math.Min(holdFrom, Math.Max(minEnd, n - target.Length < 0 ? 0 : origins[Math.Max(0, n - target.Length)]));
                }
            }
        }
        finally
        {
            System.Buffers.ArrayPool<char>.Shared.Return(rented);
            System.Buffers.ArrayPool<int>.Shared.Return(origins);
        }

        return default;
    }

    /// <summary>How sure it is that a value equal to the answer states it, from the words around it.</summary>
    private static double Judge(ReadOnlySpan<char> text, int start, int end, bool answerGiven, bool inStatement, bool weak, out int formStart, out bool undecided)
    {
        undecided = false;
        var strength = ResultContext.Before(text, start, out formStart);
        if (strength == ResultStrength.None)
        {
            formStart = start;
            strength = ResultContext.After(text, end, out var complete);
            undecided = !complete;
        }

        if (answerGiven)
        {
            // The learner already gave this answer: confirming it is not a reveal.
            undecided = false;
            return 0.1;
        }

        return (strength, inStatement, weak) switch
        {
            (ResultStrength.Strong, false, _) => 0.95,
            (ResultStrength.Strong, true, _) => 0.9,
            (ResultStrength.Weak, false, false) => 0.85,
            (ResultStrength.Weak, _, _) => 0.45,
            (_, true, _) => 0.2,
            (_, false, true) => 0.4,
            _ => 0.75,
        };
    }

    private static LeakScanResult ScanLetters(LeakProfile profile, ReadOnlySpan<char> text, int minEnd, bool answerGiven, bool streaming, ref int holdFrom, ref double best)
    {
        for (var i = Math.Max(0, minEnd - 1); i < text.Length; i++)
        {
            var c = text[i];
            if ((uint)((c | 0x20) - 'a') > 'j' - 'a' || (i > 0 && TextFolding.IsTokenChar(text[i - 1])) || (i + 1 < text.Length && TextFolding.IsTokenChar(text[i + 1])))
            {
                continue;
            }

            if (i + 1 <= minEnd || Array.IndexOf(profile.Letters, char.ToUpperInvariant(c)) < 0 || c == 'a')
            {
                continue; // lower-case "a" is the article
            }

            if (streaming && i + 1 >= text.Length)
            {
                holdFrom = Math.Min(holdFrom, i); // "B" may still become "Bern"
                continue;
            }

            // "option B", "optie B", "(B)": look at the wording before the option word.
            var start = i;
            var p = i - 1;
            while (p >= 0 && text[p] is ' ' or '(' or '[')
            {
                p--;
            }

            foreach (var word in OptionWords)
            {
                var s = p - word.Length + 1;
                if (s >= 0 && TextFolding.StartsWithFolded(text, s, word) && (s == 0 || !TextFolding.IsLetter(text[s - 1])))
                {
                    start = s;
                    break;
                }
            }

            var end = i + 1;
            while (end < text.Length && text[end] is ')' or ']')
            {
                end++;
            }

            var strength = ResultContext.Before(text, start, out var formStart);
            var undecided = false;
            if (strength == ResultStrength.None)
            {
                formStart = start;
                strength = ResultContext.After(text, end, out var complete);
                undecided = !complete;
            }

            var confidence = answerGiven ? 0.1 : strength switch
            {
                ResultStrength.Strong => 0.95,
                ResultStrength.Weak => 0.8,
                _ => 0.2, // a listed option "(B) 12" is not a reveal
            };
            if (confidence >= Threshold)
            {
                return new LeakScanResult(true, confidence, text[formStart..end].ToString());
            }

            best = Math.Max(best, confidence);
            if (streaming && undecided && !answerGiven)
            {
                holdFrom = Math.Min(holdFrom, start);
            }
        }

        return default;
    }

    private static readonly string[] OptionWords = ["option", "optie", "choice", "keuze", "letter", "answer", "antwoord"];

    private static LeakScanResult ScanTexts(LeakProfile profile, ReadOnlySpan<char> text, int minEnd, bool answerGiven, bool streaming, ref int holdFrom, ref double best)
    {
        for (var t = 0; t < profile.Texts.Length; t++)
        {
            var expected = profile.Texts[t].AsSpan();
            var allowed = expected.Length > 6 ? 1 : 0;
            var i = minEnd;
            while (i < text.Length)
            {
                // Next word start whose first letter matches (a cheap filter before the edit distance).
                while (i < text.Length && !(TextFolding.IsLetterOrDigit(text[i]) && (i == 0 || !TextFolding.IsLetterOrDigit(text[i - 1]))))
                {
                    i++;
                }

                if (i >= text.Length)
                {
                    break;
                }

                if (TextFolding.Fold(text[i]) == expected[0] && TryMatchWords(text, i, expected, allowed, out var end) && end > minEnd)
                {
                    if (streaming && (end >= text.Length || TextFolding.IsLetter(text[end])))
                    {
                        holdFrom = Math.Min(holdFrom, i);
                        break;
                    }

                    var confidence = Judge(text, i, end, answerGiven, profile.TextInStatement[t], weak: false, out var formStart, out var undecided);
                    if (confidence >= Threshold)
                    {
                        return new LeakScanResult(true, Math.Round(confidence, 2), text[formStart..end].ToString());
                    }

                    best = Math.Max(best, confidence);
                    if (streaming && undecided)
                    {
                        holdFrom = Math.Min(holdFrom, i);
                    }
                }

                i++;
            }
        }

        if (streaming && profile.MaxTextWords > 0)
        {
            // The last words could be the start of a multi-word answer.
            var words = 0;
            var p = text.Length;
            while (p > 0 && words < profile.MaxTextWords)
            {
                p--;
                if (TextFolding.IsLetterOrDigit(text[p]) && (p == 0 || !TextFolding.IsLetterOrDigit(text[p - 1])))
                {
                    words++;
                }
            }

            holdFrom = Math.Min(holdFrom, Math.Max(p, minEnd));
        }

        return default;
    }

    /// <summary>Compares the words at <paramref name="start"/> with the normalized phrase, folding as it goes.</summary>
    private static bool TryMatchWords(ReadOnlySpan<char> text, int start, ReadOnlySpan<char> expected, int allowed, out int end)
    {
        Span<char> window = stackalloc char[Math.Min(expected.Length + allowed + 1, 128)];
        var n = 0;
        var p = start;
        var space = false;
        while (p < text.Length && n < window.Length)
        {
            var c = TextFolding.Fold(text[p]);
            if (TextFolding.IsLetterOrDigit(c))
            {
                if (space)
                {
                    if (n >= expected.Length - allowed && Compare(window[..n], expected, allowed))
                    {
                        break;
                    }

                    window[n++] = ' ';
                    if (n >= window.Length)
                    {
                        break;
                    }
                }

                window[n++] = c;
                space = false;
            }
            else if (c is ' ' or '-' or '\'' or '\t')
            {
                space = true;
            }
            else
            {
                break;
            }

            p++;
        }

        while (p > start && !TextFolding.IsLetterOrDigit(text[p - 1]))
        {
            p--;
        }

        end = p;
        while (end < text.Length && TextFolding.IsLetterOrDigit(text[end]))
        {
            end++;
        }

        var m = n;
        while (m > 0 && window[m - 1] == ' ')
        {
            m--;
        }

        return Compare(window[..m], expected, allowed) && !(end < text.Length && TextFolding.IsLetterOrDigit(text[end]));
    }

    private static bool Compare(ReadOnlySpan<char> window, ReadOnlySpan<char> expected, int allowed) =>
        allowed == 0 ? window.SequenceEqual(expected) : TextFolding.DamerauLevenshtein(window, expected, allowed) <= allowed;

    /// <summary>
    /// True when more text could still extend a number that ends at <paramref name="end"/>: only spaces, digits, number
    /// punctuation and connector words ("and", "en", "point", "komma") follow, or a word that is not finished yet.
    /// </summary>
    internal static bool IsOpen(ReadOnlySpan<char> text, int end)
    {
        var p = end;
        while (p < text.Length)
        {
            var c = text[p];
            if (c is '.' or ',')
            {
                // A separator extends a number only when a digit follows ("4." may become "4.5"; "4. Next" is closed).
                if (p + 1 < text.Length && !TextFolding.IsDigit(text[p + 1]))
                {
                    return false;
                }

                p++;
                continue;
            }

            if (c is ' ' or '\t' or '/' or '%' or '-' or '^' or '\\' or '{' or '}' or '$' or '\'' or '\u2212' or '\u2044' or '\u00A0'
                || TextFolding.IsDigit(c) || NumberScanner.VulgarValue(c) > 0)
            {
                p++;
                continue;
            }

            if (!TextFolding.IsLetter(c))
            {
                return false;
            }

            var wordEnd = p + 1;
            while (wordEnd < text.Length && TextFolding.IsLetter(text[wordEnd]))
            {
                wordEnd++;
            }

            if (wordEnd >= text.Length)
            {
                return true;
            }

            var word = text[p..wordEnd];
            if (!IsConnector(word))
            {
                return false;
            }

            p = wordEnd;
        }

        return true;
    }

    private static bool IsConnector(ReadOnlySpan<char> word) =>
        TextFolding.EqualsFolded(word, "and") || TextFolding.EqualsFolded(word, "en") || TextFolding.EqualsFolded(word, "a")
        || TextFolding.EqualsFolded(word, "an") || TextFolding.EqualsFolded(word, "een") || TextFolding.EqualsFolded(word, "point")
        || TextFolding.EqualsFolded(word, "komma") || TextFolding.EqualsFolded(word, "per") || TextFolding.EqualsFolded(word, "frac")
        || TextFolding.EqualsFolded(word, "dfrac") || TextFolding.EqualsFolded(word, "tfrac");

    /// <summary>Holds a trailing unfinished token (part of a number, a number word, "\frac") and trailing result wording ("so x =").</summary>
    private static void HoldTrailing(ReadOnlySpan<char> text, ref int holdFrom)
    {
        if (text.Length == 0)
        {
            return;
        }

        if (!char.IsWhiteSpace(text[^1]))
        {
            var t = text.Length - 1;
            while (t > 0 && !char.IsWhiteSpace(text[t - 1]))
            {
                t--;
            }

            holdFrom = Math.Min(holdFrom, t);
        }

        // Result wording before the held text ("the answer is" + "fo…"), and words that may grow into it, are held too.
        for (var round = 0; round < 4; round++)
        {
            var before = holdFrom;
            var end = Math.Min(holdFrom, text.Length);
            if (ResultContext.Before(text, end, out var markerStart) != ResultStrength.None)
            {
                holdFrom = Math.Min(holdFrom, markerStart);
            }

            var partial = ResultContext.TrailingPartialMarker(text[..Math.Min(holdFrom, text.Length)]);
            if (partial >= 0)
            {
                holdFrom = Math.Min(holdFrom, partial);
            }

            if (holdFrom == before)
            {
                break;
            }
        }
    }
}
