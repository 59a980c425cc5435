using Didactics.Shared;

namespace Didactics.Certification;

/// <summary>Small English/Dutch text heuristics shared by the deterministic checks.</summary>
internal static class TextSignals
{
    // The function words, and words that are everywhere in tutoring talk about a problem: neither says what it is about.
    private static readonly HashSet<string> StopWords = new(
        FunctionWords.All.Concat(["into", "its", "wordt", "naar", "give", "tell", "let", "lets", "answer", "antwoord"]), StringComparer.Ordinal);

    public static int WordCount(string text) => TextWords.Of(text).Count;

    /// <summary>Content words: letters only, at least three long, not a stop word; normalized (accents folded).</summary>
    public static HashSet<string> ContentWords(string text)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in TextWords.Of(text))
        {
            if (word.Length >= 3 && char.IsLetter(word[0]) && !StopWords.Contains(word))
            {
                result.Add(TextFold.Fold(word));
            }
        }

        return result;
    }

    public static HashSet<string> Numbers(string text)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in TextWords.Of(text))
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
        var x = new HashSet<string>(TextWords.Of(a), StringComparer.Ordinal);
        var y = new HashSet<string>(TextWords.Of(b), StringComparer.Ordinal);
        if (x.Count == 0 && y.Count == 0)
        {
            return 1;
        }

        var inter = x.Count(y.Contains);
        return (double)inter / (x.Count + y.Count - inter);
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
}
