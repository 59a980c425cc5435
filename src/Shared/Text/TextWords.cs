namespace Didactics.Shared;

/// <summary>Splits text into lower-cased words and numbers, the way the certification kit and the language guess read it.</summary>
internal static class TextWords
{
    /// <summary>The words (letter runs, with inner apostrophes and hyphens) and numbers (<c>12</c>, <c>0.5</c>, <c>3/4</c>) of <paramref name="text"/>, lowercased.</summary>
    public static List<string> Of(string text)
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
}
