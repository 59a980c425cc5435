namespace Didactics.Shared;

/// <summary>
/// Tells English from Dutch by words typical of one language and not the other (function words and the words of
/// tutoring: "the", "which", "answer" against "het", "welke", "antwoord"). A word of both languages ("is", "we") does not vote.
/// </summary>
internal static class LanguageMarkers
{
    private static readonly HashSet<string> English = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "is", "are", "and", "you", "what", "how", "many", "can", "this", "that", "of", "to", "it", "your", "do", "does",
        "think", "with", "which", "would", "try", "let's", "lets", "number", "first", "step", "next", "right", "not", "have", "about",
        "answer", "on", "for", "so", "times", "we",
    };

    private static readonly HashSet<string> Dutch = new(StringComparer.Ordinal)
    {
        "de", "het", "een", "en", "je", "jij", "wat", "hoe", "hoeveel", "kun", "kan", "dit", "dat", "van", "naar", "is", "zijn", "jouw",
        "denk", "met", "welke", "zou", "probeer", "laten", "we", "wij", "getal", "eerst", "stap", "volgende", "niet", "heb", "over",
        "antwoord", "ook", "nog", "op", "voor", "dus", "keer",
    };

    /// <summary>How many words of <paramref name="text"/> are typically English and how many typically Dutch.</summary>
    public static (int English, int Dutch) Votes(string text)
    {
        var en = 0;
        var nl = 0;
        foreach (var word in TextWords.Of(text))
        {
            var w = word.Replace('’', '\'');
            var english = English.Contains(w);
            var dutch = Dutch.Contains(w);
            en += english && !dutch ? 1 : 0;
            nl += dutch && !english ? 1 : 0;
        }

        return (en, nl);
    }

    /// <summary><c>nl</c> when <paramref name="text"/> has more typically Dutch than typically English words, else <c>en</c>.</summary>
    public static string Guess(string text)
    {
        var (en, nl) = Votes(text);
        return nl > en ? "nl" : "en";
    }
}
