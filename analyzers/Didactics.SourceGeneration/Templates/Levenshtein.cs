using System;

namespace Didactics.SourceGeneration;

/// <summary>Edit distance for "did you mean" suggestions.</summary>
internal static class Levenshtein
{
    public static int Distance(string a, string b, bool ignoreCase)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var ca = ignoreCase ? char.ToUpperInvariant(a[i - 1]) : a[i - 1];
                var cb = ignoreCase ? char.ToUpperInvariant(b[j - 1]) : b[j - 1];
                var cost = ca == cb ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            var swap = previous;
            previous = current;
            current = swap;
        }

        return previous[b.Length];
    }
}
