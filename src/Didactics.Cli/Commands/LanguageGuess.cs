namespace Didactics.Cli;

/// <summary>Guesses whether a text is Dutch or English from common function words (it decides how "1.250" reads).</summary>
internal static class LanguageGuess
{
    private static readonly HashSet<string> Dutch = new(StringComparer.OrdinalIgnoreCase)
    {
        "de", "het", "een", "en", "van", "wat", "hoeveel", "niet", "je", "dat", "zijn", "op", "voor", "met", "is", "dus", "antwoord", "welke", "hoe", "keer",
    };

    private static readonly HashSet<string> English = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "and", "of", "what", "how", "many", "not", "you", "that", "are", "on", "for", "with", "is", "so", "answer", "which", "times",
    };

    /// <summary>"nl" when the text has more Dutch than English function words, else "en".</summary>
    public static string Of(string text)
    {
        var nl = 0;
        var en = 0;
        foreach (var word in text.Split([' ', '\n', '\t', ',', '.', '?', '!', ':', ';', '(', ')'], StringSplitOptions.RemoveEmptyEntries))
        {
            nl += Dutch.Contains(word) ? 1 : 0;
            en += English.Contains(word) ? 1 : 0;
        }

        return nl > en ? "nl" : "en";
    }
}
