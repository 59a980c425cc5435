using Didactics.Shared;

namespace Didactics;

/// <summary>Compares symbolic answers ("y = 2x + 1") as written, ignoring spacing, case, '$' and multiplication signs.</summary>
internal static class Expressions
{
    /// <summary>
    /// True when the right-hand side of <paramref name="message"/> (or the whole message) equals the right-hand side of
    /// <paramref name="reference"/> after compacting: <c>y = 2x+1</c>, <c>2 x + 1</c>, <c>$y=2 \cdot x+1$</c> all match <c>y = 2x + 1</c>.
    /// </summary>
    public static bool SameRightHandSide(ReadOnlySpan<char> message, string reference)
    {
        Span<char> a = stackalloc char[Math.Min(message.Length, 256)];
        Span<char> b = stackalloc char[Math.Min(reference.Length, 256)];
        var n = Compact(RightHandSide(message), a);
        var m = Compact(RightHandSide(reference), b);
        return n > 0 && n == m && a[..n].SequenceEqual(b[..m]);
    }

    private static ReadOnlySpan<char> RightHandSide(ReadOnlySpan<char> text)
    {
        var eq = text.LastIndexOf('=');
        return eq >= 0 ? text[(eq + 1)..] : text;
    }

    /// <summary>The compacted right-hand side of a symbolic reference answer, as the leak guard looks for it.</summary>
    public static string CompactRightHandSide(string reference)
    {
        Span<char> buffer = stackalloc char[Math.Min(reference.Length, 256)];
        return new string(buffer[..Compact(RightHandSide(reference), buffer)]);
    }

    /// <summary>Compacts <paramref name="text"/> and records for each output character where it came from.</summary>
    public static int Compact(ReadOnlySpan<char> text, Span<char> destination, Span<int> origins) => Compact(text, destination, origins, track: true);

    private static int Compact(ReadOnlySpan<char> text, Span<char> destination) => Compact(text, destination, Span<int>.Empty, track: false);

    private static int Compact(ReadOnlySpan<char> text, Span<char> destination, Span<int> origins, bool track)
    {
        var n = 0;
        for (var i = 0; i < text.Length && n < destination.Length; i++)
        {
            var c = TextChars.FoldPunctuation(text[i]);
            if (c == '\\')
            {
                // \cdot, \times: multiplication; other commands are kept as letters.
                if (TextChars.StartsWithFolded(text, i + 1, "cdot"))
                {
                    i += 4;
                    continue;
                }

                if (TextChars.StartsWithFolded(text, i + 1, "times"))
                {
                    i += 5;
                    continue;
                }
            }

            if (char.IsWhiteSpace(c) || c is '$' or '*' or '·' or '×' or '⋅')
            {
                continue;
            }

            if (track)
            {
                origins[n] = i;
            }

            destination[n++] = TextFold.Fold(c);
        }

        // Trailing sentence punctuation is not part of the expression.
        while (n > 0 && destination[n - 1] is '.' or '!' or '?')
        {
            n--;
        }

        return n;
    }
}
