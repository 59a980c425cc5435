using System.Buffers;
using System.Runtime.CompilerServices;
using Didactics.Shared;

namespace Didactics;

/// <summary>Character-level helpers shared by the checker and the leak guard: letters, digits, number punctuation, edit distance (case and accent folding is <see cref="TextFold"/>).</summary>
internal static class TextChars
{
    /// <summary>True for a letter (any script).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLetter(char c) => c < 128 ? (uint)((c | 0x20) - 'a') <= 'z' - 'a' : char.IsLetter(c);

    /// <summary>Reads a decimal digit in any script (ASCII, full-width, Arabic-Indic, …).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryDigit(char c, out int digit)
    {
        digit = c - '0';
        if ((uint)digit <= 9)
        {
            return true;
        }

        if (c < 0x660)
        {
            return false;
        }

        digit = System.Globalization.CharUnicodeInfo.GetDecimalDigitValue(c);
        return digit >= 0;
    }

    /// <summary>True for a decimal digit in any script.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDigit(char c) => TryDigit(c, out _);

    /// <summary>True for a character that belongs to a word or number token (letter, digit or vulgar fraction): text is never cut after one when the next is one too.</summary>
    public static bool IsTokenChar(char c) => IsLetter(c) || IsDigit(c) || NumberScanner.VulgarValue(c) > 0;

    /// <summary>True for a letter or a digit.</summary>
    public static bool IsLetterOrDigit(char c) => IsLetter(c) || IsDigit(c);

    /// <summary>Maps the minus sign, full-width and other variants of number punctuation to ASCII.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char FoldPunctuation(char c) => c switch
    {
        '\u2212' or '\uFF0D' or '\u2012' or '\uFE63' => '-',
        '\uFF0E' => '.',
        '\uFF0C' => ',',
        '\uFF0F' or '\u2044' or '\u2215' => '/',
        '\uFF05' => '%',
        '\uFF1D' => '=',
        _ => c,
    };

    /// <summary>True when <paramref name="text"/> at <paramref name="index"/> starts with the folded ASCII word <paramref name="word"/>.</summary>
    public static bool StartsWithFolded(ReadOnlySpan<char> text, int index, string word)
    {
        if (index + word.Length > text.Length)
        {
            return false;
        }

        for (var k = 0; k < word.Length; k++)
        {
            if (TextFold.Fold(text[index + k]) != word[k])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when the folded span equals the folded ASCII word.</summary>
    public static bool EqualsFolded(ReadOnlySpan<char> text, string word) => text.Length == word.Length && StartsWithFolded(text, 0, word);

    /// <summary>
    /// Lower-cases, folds accents, turns every run of characters that is not a letter or digit into one space, and trims.
    /// </summary>
    public static string Normalize(string text)
    {
        var buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var n = Normalize(text, buffer);
        return new string(buffer[..n]);
    }

    /// <summary>Normalizes into <paramref name="destination"/> (at least as long as the source) and returns the length written.</summary>
    public static int Normalize(ReadOnlySpan<char> text, Span<char> destination)
    {
        var n = 0;
        var space = false;
        foreach (var raw in text)
        {
            var c = TextFold.Fold(raw);
            if (TextFold.IsCombiningMark(c))
            {
                continue; // combining accent (decomposed input)
            }

            if (IsLetterOrDigit(c))
            {
                if (space && n > 0)
                {
                    destination[n++] = ' ';
                }

                destination[n++] = c;
                space = false;
            }
            else
            {
                space = true;
            }
        }

        return n;
    }

    /// <summary>
    /// The Damerau-Levenshtein distance (optimal string alignment: insert, delete, substitute, swap adjacent) between two
    /// strings, or <paramref name="max"/> + 1 as soon as it is certain to exceed <paramref name="max"/>.
    /// </summary>
    public static int DamerauLevenshtein(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return max + 1;
        }

        if (a.Length == 0 || b.Length == 0)
        {
            return Math.Max(a.Length, b.Length);
        }

        var width = b.Length + 1;
        int[]? rented = null;
        var rows = width * 3 <= 256 ? stackalloc int[width * 3] : (rented = ArrayPool<int>.Shared.Rent(width * 3)).AsSpan(0, width * 3);
        try
        {
            var prev2 = rows[..width];
            var prev = rows.Slice(width, width);
            var cur = rows.Slice(2 * width, width);
            for (var j = 0; j < width; j++)
            {
                prev[j] = j;
            }

            for (var i = 1; i <= a.Length; i++)
            {
                cur[0] = i;
                var rowMin = i;
                for (var j = 1; j < width; j++)
                {
                    var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                    var d = Math.Min(Math.Min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                    if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    {
                        d = Math.Min(d, prev2[j - 2] + 1);
                    }

                    cur[j] = d;
                    rowMin = Math.Min(rowMin, d);
                }

                if (rowMin > max)
                {
                    return max + 1;
                }

                var t = prev2;
                prev2 = prev;
                prev = cur;
                cur = t;
            }

            return prev[b.Length];
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<int>.Shared.Return(rented);
            }
        }
    }

    /// <summary>The edit distance accepted for a text answer of <paramref name="length"/> characters: 0 up to 2, 1 up to 6, 2 above.</summary>
    public static int AllowedEdits(int length) => length <= 2 ? 0 : length <= 6 ? 1 : 2;
}
