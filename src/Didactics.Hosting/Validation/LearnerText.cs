using System.Globalization;
using System.Text;

namespace Didactics.Hosting;

/// <summary>
/// Cleans text that comes from outside (learner messages, inline problems) before it is stored, checked, redacted or
/// sent to a model, and measures it the way a reader counts characters.
/// </summary>
public static class LearnerText
{
    /// <summary>
    /// Removes what no learner means to send and what can hide text from a reader or a filter: control characters
    /// (tab and line breaks are kept; <c>\r\n</c> and lone <c>\r</c> become <c>\n</c>), bidirectional embeddings,
    /// overrides, isolates and marks (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C), invisible separators
    /// that split words or digit runs (U+200B, U+2060, U+FEFF, U+180E, U+00AD), interlinear annotation marks,
    /// Unicode tag characters outside emoji flag sequences, and unpaired surrogates. Returns the same instance when
    /// nothing was removed. The result is in Unicode normalization form C.
    /// </summary>
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        StringBuilder? builder = null;
        var inFlagTags = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var keep = true;
            var replacement = '\0';
            var width = 1;
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    width = 2;
                    var codePoint = char.ConvertToUtf32(c, text[i + 1]);
                    if (codePoint is >= 0xE0000 and <= 0xE007F)
                    {
                        // Tag characters are invisible; they are only legitimate inside a flag such as England's (U+1F3F4 + tags).
                        keep = inFlagTags;
                        inFlagTags = keep && codePoint != 0xE007F;
                    }
                    else
                    {
                        inFlagTags = codePoint == 0x1F3F4;
                    }
                }
                else
                {
                    keep = false;
                }
            }
            else if (char.IsLowSurrogate(c))
            {
                keep = false;
            }
            else
            {
                inFlagTags = false;
                if (c == '\r')
                {
                    replacement = '\n';
                    if (i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        keep = false;
                    }
                }
                else if (IsRemoved(c))
                {
                    keep = false;
                }
            }

            if (keep && replacement == '\0')
            {
                builder?.Append(text, i, width);
            }
            else
            {
                builder ??= new StringBuilder(text.Length).Append(text, 0, i);
                if (keep)
                {
                    builder.Append(replacement);
                }
            }

            i += width - 1;
        }

        var cleaned = builder?.ToString() ?? text;
        return cleaned.IsNormalized(NormalizationForm.FormC) ? cleaned : cleaned.Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// The length of <paramref name="text"/> in characters as a reader counts them: text elements (an emoji, a letter
    /// with its accents, a flag count once), where an element built from more than <paramref name="maxCodePointsPerCharacter"/>
    /// code points counts once per that many code points started, so stacked combining marks cannot hide a long text.
    /// </summary>
    public static int Length(string text, int maxCodePointsPerCharacter = 16)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxCodePointsPerCharacter, 1);
        var length = 0;
        var span = text.AsSpan();
        while (!span.IsEmpty)
        {
            var size = StringInfo.GetNextTextElementLength(span);
            var codePoints = 0;
            foreach (var _ in span[..size].EnumerateRunes())
            {
                codePoints++;
            }

            length += Math.Max(1, (codePoints + maxCodePointsPerCharacter - 1) / maxCodePointsPerCharacter);
            span = span[size..];
        }

        return length;
    }

    /// <summary>A short, printable form of a client-supplied value for an error message.</summary>
    internal static string Echo(string value)
    {
        var clean = Clean(value.Length > 256 ? value[..256] : value);
        return clean.Length > 64 ? string.Concat(clean.AsSpan(0, 64), "…") : clean;
    }

    private static bool IsRemoved(char c) =>
        (char.IsControl(c) && c is not ('\n' or '\t'))
        || c is '\u061C' or '\u200E' or '\u200F' or '\u200B' or '\u2060' or '\uFEFF' or '\u180E' or '\u00AD'
        || c is >= '\u202A' and <= '\u202E'
        || c is >= '\u2066' and <= '\u2069'
        || c is >= '\uFFF9' and <= '\uFFFB'
        || c is '\u2061' or '\u2062' or '\u2063' or '\u2064';
}
