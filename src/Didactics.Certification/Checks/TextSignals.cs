using System.Text.RegularExpressions;
using System.Globalization;
using System.Text;

namespace Didactics.Certification;

/// <summary>Small English/Dutch text heuristics shared by the deterministic checks.</summary>
internal static partial class TextSignals
{
    private static readonly HashSet<string> EnglishWords = new(StringComparer.Ordinal)
    {
        "the", "is", "are", "and", "you", "what", "how", "can", "this", "that", "of", "to", "it", "your", "do", "does", "think",
        "with", "which", "would", "try", "let's", "lets", "number", "first", "step", "next", "right", "not", "have", "about", "answer",
    };

    private static readonly HashSet<string> DutchWords = new(StringComparer.Ordinal)
    {
        "de", "het", "een", "en", "je", "jij", "wat", "hoe", "kun", "kan", "dit", "dat", "van", "naar", "is", "zijn", "jouw", "denk",
        "met", "welke", "zou", "probeer", "laten", "we", "getal", "eerst", "stap", "volgende", "niet", "heb", "over", "antwoord", "wij", "ook", "nog",
    };

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "the", "and", "what", "how", "can", "this", "that", "with", "which", "would", "you", "your", "are", "for", "from", "into", "its", "is",
        "een", "het", "de", "wat", "hoe", "dit", "dat", "van", "met", "welke", "zou", "jij", "jouw", "voor", "naar", "zijn", "wordt", "hij", "zij",
        "does", "have", "has", "when", "then", "than", "there", "their", "they", "give", "tell", "let", "lets", "answer", "antwoord",
    };

    [GeneratedRegex(@"[\w.+-]+@[\w-]+\.[\w.-]+", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"(?<!\d)(?:\+|00)?\d(?:[ -]?\d){8,13}(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex PhonePattern();

    /// <summary>The words (letter runs, with inner apostrophes and hyphens) and numbers (<c>12</c>, <c>0.5</c>, <c>3/4</c>) of <paramref name="text"/>, lowercased.</summary>
    public static List<string> Words(string text)
    {
        // A hand-written scanner: this runs for every check on every reply, and a regex costs several times more.
        var result = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var start = i;
            if (char.IsLetter(c))
            {
                i++;
                while (i < text.Length && (char.IsLetter(text[i]) || text[i] is '\'' or '’' or '-'))
                {
                    i++;
                }
            }
            else if (char.IsAsciiDigit(c))
            {
                i++;
                while (i < text.Length && (char.IsAsciiDigit(text[i]) || (text[i] is '.' or ',' or '/' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))))
                {
                    i++;
                }
            }
            else
            {
                i++;
                continue;
            }

            result.Add(text[start..i].ToLowerInvariant());
        }

        return result;
    }

    public static int WordCount(string text) => Words(text).Count;

    /// <summary>Content words: letters only, at least three long, not a stop word; normalized (accents folded).</summary>
    public static HashSet<string> ContentWords(string text)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in Words(text))
        {
            if (word.Length >= 3 && char.IsLetter(word[0]) && !StopWords.Contains(word))
            {
                result.Add(Fold(word));
            }
        }

        return result;
    }

    /// <summary>Lowercase with accents removed ("één" -> "een").</summary>
    public static string Fold(string word)
    {
        // Fast path: ASCII needs no Unicode decomposition (ICU normalization costs microseconds per call).
        if (System.Text.Ascii.IsValid(word))
        {
            return word.ToLowerInvariant();
        }

        var decomposed = word.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    public static HashSet<string> Numbers(string text)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in Words(text))
        {
            if (char.IsDigit(word[0]))
            {
                result.Add(word);
            }
        }

        return result;
    }

    /// <summary>Words match when equal or when they share a prefix of five letters (a cheap stem: "multiply"/"multiplying").</summary>
    public static bool SameStem(string a, string b) =>
        a == b || (a.Length >= 5 && b.Length >= 5 && string.CompareOrdinal(a, 0, b, 0, 5) == 0);

    public static double Similarity(string a, string b)
    {
        var x = new HashSet<string>(Words(a), StringComparer.Ordinal);
        var y = new HashSet<string>(Words(b), StringComparer.Ordinal);
        if (x.Count == 0 && y.Count == 0)
        {
            return 1;
        }

        var inter = x.Count(y.Contains);
        return (double)inter / (x.Count + y.Count - inter);
    }

    public static (int English, int Dutch) LanguageVotes(string text)
    {
        var en = 0;
        var nl = 0;
        foreach (var word in Words(text))
        {
            var w = word.Replace('’', '\'');
            en += EnglishWords.Contains(w) && !DutchWords.Contains(w) ? 1 : 0;
            nl += DutchWords.Contains(w) && !EnglishWords.Contains(w) ? 1 : 0;
        }

        return (en, nl);
    }

    /// <summary>True when the last sentence of the reply is a question (trailing quotes, emoji and spaces ignored).</summary>
    public static bool EndsWithQuestion(string reply)
    {
        var end = reply.Length - 1;
        while (end >= 0 && !char.IsLetterOrDigit(reply[end]) && reply[end] is not ('?' or '.' or '!'))
        {
            end--;
        }

        return end >= 0 && reply[end] == '?';
    }

    /// <summary>Finds the first of <paramref name="phrases"/> in <paramref name="text"/> that is not negated just before it.</summary>
    public static string? FindUnnegated(string text, string[] phrases)
    {
        var lower = " " + text.ToLowerInvariant().Replace('’', '\'') + " ";
        foreach (var phrase in phrases)
        {
            var from = 0;
            while (true)
            {
                var i = lower.IndexOf(phrase, from, StringComparison.Ordinal);
                if (i < 0)
                {
                    break;
                }

                from = i + 1;
                var before = lower[Math.Max(0, i - 14)..i];
                var boundaryBefore = i == 0 || !char.IsLetter(lower[i - 1]);
                var after = i + phrase.Length;
                var boundaryAfter = after >= lower.Length || !char.IsLetter(lower[after]);
                if (!boundaryBefore || !boundaryAfter)
                {
                    continue;
                }

                if (before.Contains("not ", StringComparison.Ordinal) || before.Contains("n't ", StringComparison.Ordinal)
                    || before.Contains("niet ", StringComparison.Ordinal) || before.Contains("almost", StringComparison.Ordinal)
                    || before.Contains("bijna", StringComparison.Ordinal) || before.Contains("nog niet", StringComparison.Ordinal)
                    || before.Contains("geen ", StringComparison.Ordinal))
                {
                    continue;
                }

                return phrase;
            }
        }

        return null;
    }

    public static IEnumerable<string> DetectedPersonalData(string text)
    {
        foreach (Match m in EmailPattern().Matches(text))
        {
            yield return m.Value.TrimEnd('.');
        }

        foreach (Match m in PhonePattern().Matches(text))
        {
            yield return m.Value;
        }
    }
}
