namespace Didactics;

/// <summary>Reads multiple-choice option letters: "B", "b.", "(b)", "b)", "[B]", "answer B", "antwoord B", "optie b", "I pick C".</summary>
internal static class ChoiceLetters
{
    private static readonly string[] Markers =
    [
        "answer", "antwoord", "option", "optie", "choice", "keuze", "letter", "pick", "choose", "kies", "kiezen", "is", "it's", "its",
        "wordt", "neem", "take", "go with",
    ];

    /// <summary>The option letter of a reference answer ("B", "b)", "(B) Paris"), upper-cased, or '\0'.</summary>
    public static char Of(string answer)
    {
        var s = answer.AsSpan().Trim().TrimStart("([ ");
        return s.Length >= 1 && IsOption(s[0]) && (s.Length == 1 || !TextChars.IsLetter(s[1])) ? char.ToUpperInvariant(s[0]) : '\0';
    }

    private static bool IsOption(char c) => (uint)((c | 0x20) - 'a') <= 'j' - 'a';

    /// <summary>The option letter a learner message chooses, upper-cased, or '\0'.</summary>
    public static char Find(ReadOnlySpan<char> message)
    {
        var trimmed = message.Trim().TrimEnd(".!?) ]").TrimStart("([ ").Trim();
        if (trimmed.Length == 1 && IsOption(trimmed[0]))
        {
            return char.ToUpperInvariant(trimmed[0]);
        }

        // Single-letter words: accept one in parentheses "(b)", followed by ")" "b)", or after a marker word.
        var found = '\0';
        for (var i = 0; i < message.Length; i++)
        {
            var c = message[i];
            if (!IsOption(c) || (i > 0 && TextChars.IsLetterOrDigit(message[i - 1])) || (i + 1 < message.Length && TextChars.IsLetterOrDigit(message[i + 1])))
            {
                continue;
            }

            var before = i > 0 ? message[i - 1] : ' ';
            var after = i + 1 < message.Length ? message[i + 1] : ' ';
            var bracketed = before is '(' or '[' || after is ')' or ']';
            var marked = AfterMarker(message, i);

            // The English article "a" and the Dutch "e" are only options when bracketed or marked and written as a letter.
            if (!bracketed && !marked)
            {
                continue;
            }

            if (c is 'a' && !bracketed && !(i + 1 >= message.Length || message[i + 1] is '.' or '!' or ' ' && i + 2 >= message.Length))
            {
                continue;
            }

            found = char.ToUpperInvariant(c);
        }

        return found;
    }

    private static bool AfterMarker(ReadOnlySpan<char> text, int index)
    {
        var p = index - 1;
        while (p >= 0 && text[p] is ' ' or ':' or '(' or '[' or '"' or '\'')
        {
            p--;
        }

        foreach (var marker in Markers)
        {
            var start = p - marker.Length + 1;
            if (start >= 0 && TextChars.StartsWithFolded(text, start, marker) && (start == 0 || !TextChars.IsLetter(text[start - 1])))
            {
                return true;
            }
        }

        return false;
    }
}
