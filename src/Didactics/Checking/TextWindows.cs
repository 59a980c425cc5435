namespace Didactics;

/// <summary>Finds a normalized phrase as a run of whole words in a normalized text, within an edit distance.</summary>
internal static class TextWindows
{
    /// <summary>Searches <paramref name="normalized"/> (normalized text) for <paramref name="expected"/> (normalized phrase).</summary>
    public static bool Find(ReadOnlySpan<char> normalized, ReadOnlySpan<char> expected, int allowed, out int start, out int end)
    {
        start = end = 0;
        var words = 1;
        foreach (var c in expected)
        {
            if (c == ' ')
            {
                words++;
            }
        }

        var i = 0;
        while (i < normalized.Length)
        {
            // A window of as many words as the phrase, starting at word i.
            var j = i;
            var w = 0;
            while (j < normalized.Length)
            {
                if (normalized[j] == ' ' && ++w == words)
                {
                    break;
                }

                j++;
            }

            if (w + 1 >= words || j >= normalized.Length)
            {
                var window = normalized[i..j];
                if (window.Length > 0 && (allowed > 0 || window[0] == expected[0]) && TextChars.DamerauLevenshtein(window, expected, allowed) <= allowed)
                {
                    start = i;
                    end = j;
                    return true;
                }
            }

            var next = normalized[i..].IndexOf(' ');
            if (next < 0)
            {
                break;
            }

            i += next + 1;
        }

        return false;
    }
}
