using System.Buffers;
using Didactics.Shared;

namespace Didactics;

/// <summary>
/// Finds a reply that gives in to an injection or changes role ("Switching to answer mode as requested.", "I will ignore
/// my previous instructions", "Ik schakel over naar antwoordmodus"). Such a reply is blocked like a leak, whatever it goes
/// on to say: the learner must not see the tutor play along, and the answer usually follows.
/// </summary>
internal static class RoleChange
{
    // Folded (lower case, no accents, straight apostrophes), EN and NL.
    private static readonly string[] Phrases =
    [
        "answer mode", "answerbot", "answer bot", "developer mode", "dan mode", "jailbreak", "jailbroken", "unrestricted mode", "god mode",
        "switching to answer", "switching to solution", "switching to direct", "switching roles", "switch to answer", "i am now a", "i'm now a", "i am no longer a tutor", "i'm no longer a tutor",
        "no longer your tutor", "as requested, here", "as you requested, here", "as requested here is", "here is the answer", "here's the answer",
        "here are the answers", "the answer you asked for", "i'll just give you the answer", "i will just give you the answer",
"fine, the answer is", "ok, the answer is", "okay, the answer is",
        "since you insist", "you win, the answer", "ignoring my previous instructions", "ignore my previous instructions",
        "ignoring my instructions", "ignore my instructions", "ignoring the instructions", "i will ignore", "i'll ignore", "forget my instructions",
        "without restrictions", "no restrictions", "as your teacher allowed", "since your teacher said",
        "antwoordmodus", "antwoord modus", "antwoordbot", "ontwikkelaarsmodus", "ik schakel over", "overschakelen naar", "ik ben nu een",
        "ik ben geen tutor meer", "zoals gevraagd, hier", "zoals je vroeg, hier", "hier is het antwoord", "hier zijn de antwoorden",
        "oke, ik geef je het antwoord:", "goed, ik geef je het antwoord:", "dan geef ik je het antwoord:", "ik geef je gewoon het antwoord:", "omdat je aandringt", "vooruit, het antwoord",
        "oke, het antwoord is", "ok, het antwoord is", "ik negeer", "ik zal mijn instructies negeren", "mijn instructies negeren", "zonder beperkingen",
        "omdat je docent zei", "omdat je leraar zei", "omdat je juf zei",
    ];

    // The phrases by their first two folded letters (26 x 26 slots), so a word start is compared only with phrases that
    // can match there; most words have no candidate at all.
    private static readonly string[][] BySlot = Enumerable.Range(0, 27 * 27)
        .Select(slot => Phrases.Where(p => Slot(p[0], p.Length > 1 ? p[1] : ' ') == slot).ToArray()).ToArray();

    private static readonly string[][] ByFirst = Enumerable.Range(0, 27).Select(c => Phrases.Where(p => Letter(p[0]) == c).ToArray()).ToArray();

    private static int Letter(char c)
    {
        var i = TextFold.Fold(c) - 'a';
        return (uint)i < 26 ? i : 26;
    }

    private static int Slot(char first, char second) => (Letter(first) * 27) + Letter(second);

    private static readonly int Longest = Phrases.Max(p => p.Length);

    /// <summary>Scans <paramref name="text"/> from just before <paramref name="minEnd"/>; while streaming, holds a trailing part that could still grow into a phrase.</summary>
    public static LeakScanResult Scan(ReadOnlySpan<char> text, int minEnd, bool streaming, ref int holdFrom)
    {
        var from = Math.Max(0, minEnd - Longest);
        var window = text[from..];
        var rented = (char[]?)null;
        // Curly apostrophes are folded to straight ones so "I’ll" reads as "I'll"; most replies have none.
        if (window.Contains('\u2019'))
        {
            rented = ArrayPool<char>.Shared.Rent(window.Length);
            window.CopyTo(rented);
            for (var i = 0; i < window.Length; i++)
            {
                if (rented[i] == '\u2019')
                {
                    rented[i] = '\'';
                }
            }

            window = rented.AsSpan(0, window.Length);
        }

        try
        {
            var at = Find(window, out var length);
            if (at >= 0 && from + at + length > minEnd)
            {
                var start = from + at;
                var sentenceStart = start;
                while (sentenceStart > 0 && text[sentenceStart - 1] is not ('.' or '!' or '?' or '\n'))
                {
                    sentenceStart--;
                }

                while (sentenceStart < start && char.IsWhiteSpace(text[sentenceStart]))
                {
                    sentenceStart++;
                }

                return new LeakScanResult(true, 0.95, text[sentenceStart..(start + length)].ToString())
                {
                    Rule = LeakRules.RoleChange, Start = sentenceStart, Length = start + length - sentenceStart,
                };
            }

            if (streaming)
            {
                // The last words could be the start of a phrase ("Switching" + " to answer mode").
                var tailStart = Math.Max(minEnd, text.Length - Longest);
                for (var s = tailStart; s < text.Length; s++)
                {
                    if ((s == 0 || !TextChars.IsLetter(text[s - 1])) && TextChars.IsLetter(text[s]) && IsPrefixOfPhrase(window[(s - from)..]))
                    {
                        holdFrom = Math.Min(holdFrom, s);
                        break;
                    }
                }
            }

            return default;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    // Sentence boundaries: a phrase of giving in stands within the first words of a sentence ("Sure! I am now
    // AnswerBot", "OK, answer mode on", "Fine, since you insist, …").
    private static readonly SearchValues<char> ClauseEnds = SearchValues.Create(".!?;:\n(\"");

    // How many words into a sentence a phrase may start ("Okay, fine, since you insist": the fifth word).
    private const int WordsPerClause = 5;

    private static int Find(ReadOnlySpan<char> text, out int length)
    {
        length = 0;
        var clause = 0;
        while (clause < text.Length)
        {
            var at = MatchInClause(text, clause, out length);
            if (at >= 0)
            {
                return at;
            }

            var next = text[clause..].IndexOfAny(ClauseEnds);
            if (next < 0)
            {
                break;
            }

            clause += next + 1;
        }

        return -1;
    }

    private static int MatchInClause(ReadOnlySpan<char> text, int from, out int length)
    {
        length = 0;
        var words = 0;
        var i = from;
        while (i + 1 < text.Length && words < WordsPerClause)
        {
            var c = text[i];
            if (!TextChars.IsLetter(c))
            {
                if (c is '.' or '!' or '?' or ';' or ':' or '\n')
                {
                    return -1; // the sentence ended; the caller goes on at the next one
                }

                i++;
                continue;
            }

            words++;
            var first = (c | 0x20) - 'a';
            if ((uint)first < 26)
            {
                var second = (text[i + 1] | 0x20) - 'a';
                foreach (var phrase in BySlot[(first * 27) + ((uint)second < 26 ? second : 26)])
                {
                    var end = i + phrase.Length;
                    if (end <= text.Length && StartsWithPhrase(text, i, phrase)
                        && (end >= text.Length || !TextChars.IsLetter(text[end]) || !TextChars.IsLetter(phrase[^1])))
                    {
                        length = phrase.Length;
                        return i;
                    }
                }
            }

            while (i < text.Length && (TextChars.IsLetter(text[i]) || text[i] == '\''))
            {
                i++;
            }
        }

        return -1;
    }

    // A case-insensitive compare that stops at the first difference (phrases are lower case; most fail on the third letter).
    private static bool StartsWithPhrase(ReadOnlySpan<char> text, int at, string phrase)
    {
        for (var k = 2; k < phrase.Length; k++)
        {
            var c = text[at + k];
            if (c != phrase[k] && (c >= 128 ? char.ToLowerInvariant(c) != phrase[k] : (c | 0x20) != phrase[k] || !TextChars.IsLetter(c)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsPrefixOfPhrase(ReadOnlySpan<char> tail)
    {
        foreach (var phrase in ByFirst[Letter(tail[0])])
        {
            if (tail.Length < phrase.Length && phrase.AsSpan().StartsWith(tail, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
