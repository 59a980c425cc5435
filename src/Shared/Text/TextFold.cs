using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace Didactics.Shared;

/// <summary>
/// The one case and accent folding of the repository: lower case (invariant) with diacritics removed by canonical
/// decomposition (<c>É</c> → <c>e</c>, <c>č</c> → <c>c</c>). Letters that are not a letter plus a diacritic stay
/// themselves, lower-cased (<c>ß</c>, <c>æ</c>, <c>ø</c>, <c>Þ</c> → <c>þ</c>). The answer checker, the leak guard, the
/// learner-signal classifier, the safeguarding classifier and the certification kit all fold with it.
/// </summary>
internal static class TextFold
{
    // Folded characters by block of 256, filled on first use (U+0080.. are looked up, never decomposed twice).
    private static readonly char[]?[] Blocks = new char[]?[256];

    /// <summary>Folds one character to lower case without diacritics; a combining mark folds to itself.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char Fold(char c)
    {
        if (c < 128)
        {
            return (uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : c;
        }

        var block = Blocks[c >> 8] ?? BuildBlock(c >> 8);
        return block[c & 0xFF];
    }

    /// <summary>True for a combining mark (decomposed input such as <c>e</c> + U+0301): folding drops it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsCombiningMark(char c) => c >= 0x300 && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

    /// <summary>True for the characters learners type as an apostrophe (<c>don't</c>, <c>don’t</c>, <c>don´t</c>, …).</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '’' or '‘' or '`' or '´' or '′' or 'ʼ';

    /// <summary>
    /// Folds <paramref name="text"/>: every character folded (<see cref="Fold(char)"/>), combining marks dropped,
    /// everything else kept (<c>"Één!"</c> → <c>"een!"</c>).
    /// </summary>
    public static string Fold(string text)
    {
        // Fast path: ASCII needs no table.
        if (Ascii.IsValid(text))
        {
            return text.ToLowerInvariant();
        }

        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var f = Fold(c);
            if (!IsCombiningMark(f))
            {
                sb.Append(f);
            }
        }

        return sb.ToString();
    }

    private static char[] BuildBlock(int index)
    {
        var block = new char[256];
        for (var i = 0; i < 256; i++)
        {
            block[i] = FoldByDecomposition((char)((index << 8) | i));
        }

        Blocks[index] = block; // a race builds the same table twice, harmlessly
        return block;
    }

    private static char FoldByDecomposition(char c)
    {
        var lower = char.ToLowerInvariant(c);
        if (lower < 128 || char.IsSurrogate(lower) || IsCombiningMark(lower))
        {
            return lower;
        }

        string decomposed;
        try
        {
            decomposed = lower.ToString().Normalize(NormalizationForm.FormD);
        }
        catch (ArgumentException)
        {
            return lower; // not a character normalization accepts
        }

        // Only a base letter followed by diacritics folds to the base letter (a Hangul syllable, say, stays whole).
        for (var i = 1; i < decomposed.Length; i++)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(decomposed[i]) != UnicodeCategory.NonSpacingMark)
            {
                return lower;
            }
        }

        return decomposed[0];
    }
}
