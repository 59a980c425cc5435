using System.Globalization;
using System.Text;
using Didactics.Shared;

namespace Didactics.Certification;

/// <summary>
/// The text normalization shared by the kit's reveal detector and its answer forms: lowercase, accents folded, dashes,
/// quotes and spaces unified, the fraction slash as '/', superscript and subscript digits as digits, vulgar-fraction
/// characters as "n/d", no spaces around '/' between digits or around '=', none before '%' after a digit, and hyphens
/// between words as spaces.
/// </summary>
internal static class RevealText
{
    private const string Superscripts = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    private const string Subscripts = "₀₁₂₃₄₅₆₇₈₉";

    private static readonly Dictionary<char, string> Vulgar =
        AnswerForms.Vulgar.ToDictionary(p => p.Value, p => string.Create(CultureInfo.InvariantCulture, $"{p.Key.Item1}/{p.Key.Item2}"));

    /// <summary>Normalizes <paramref name="text"/>.</summary>
    public static string Normalize(string text) => NormalizeWithMap(text).Text;

    /// <summary>Normalizes <paramref name="text"/> and maps each output position to its position in the input.</summary>
    public static (string Text, int[] Map) NormalizeWithMap(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length + 8);
        var map = new List<int>(text.Length + 8);
        void Emit(char c, int source)
        {
            if (c == ' ')
            {
                // Collapse spaces; drop spaces after '/' or '=' (and before them, below).
                if (sb.Length == 0 || sb[^1] == ' ' || (sb[^1] is '/' or '=' && sb.Length > 1))
                {
                    return;
                }
            }
            else if (c is '/' or '=' or '%' && sb.Length > 0 && sb[^1] == ' ' && (c == '=' || (sb.Length > 1 && char.IsAsciiDigit(sb[^2]))))
            {
                sb.Length--;
                map.RemoveAt(map.Count - 1);
            }

            sb.Append(c);
            map.Add(source);
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            int k;
            if ((k = Superscripts.IndexOf(c, StringComparison.Ordinal)) >= 0 || (k = Subscripts.IndexOf(c, StringComparison.Ordinal)) >= 0)
            {
                Emit((char)('0' + k), i);
                continue;
            }

            if (Vulgar.TryGetValue(c, out var fraction))
            {
                if (sb.Length > 0 && char.IsAsciiDigit(sb[^1]))
                {
                    Emit(' ', i);
                }

                foreach (var f in fraction)
                {
                    Emit(f, i);
                }

                continue;
            }

            switch (c)
            {
                case '−' or '–' or '—' or '‐' or '‑' or '‒':
                    Emit('-', i);
                    continue;
                case '⁄' or '∕':
                    Emit('/', i);
                    continue;
                case '’' or '‘' or '`':
                    Emit('\'', i);
                    continue;
                case '“' or '”' or '„':
                    Emit('"', i);
                    continue;
            }

            if (char.IsWhiteSpace(c))
            {
                Emit(' ', i);
                continue;
            }

            var folded = TextFold.Fold(c);
            if (!TextFold.IsCombiningMark(folded))
            {
                Emit(folded, i);
            }
        }

        if (sb.Length > 0 && sb[^1] == ' ')
        {
            sb.Length--;
            map.RemoveAt(map.Count - 1);
        }

        // "fifty-six" and "two-and-a-half" read as words with spaces; single spelled letters ("c-h-i-l-d") keep their hyphens.
        for (var i = 1; i + 1 < sb.Length; i++)
        {
            if (sb[i] == '-' && char.IsLetter(sb[i - 1]) && char.IsLetter(sb[i + 1])
                && ((i >= 2 && char.IsLetter(sb[i - 2])) || (i + 2 < sb.Length && char.IsLetter(sb[i + 2]))))
            {
                sb[i] = ' ';
            }
        }

        return (sb.ToString(), map.ToArray());
    }
}
