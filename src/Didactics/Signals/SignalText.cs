using System.Text;
using Didactics.Shared;

namespace Didactics;

/// <summary>
/// The normalization the deterministic classifiers apply to learner text before matching phrases: lower case,
/// accents folded (<c>ë</c> → <c>e</c>), apostrophe variants removed (<c>don’t</c> → <c>dont</c>), punctuation
/// dropped, runs of a repeated letter collapsed (<c>pleeeease</c> and <c>please</c> become one word), chat
/// abbreviations and contractions expanded (<c>idk</c>, <c>plz</c>, <c>whats</c>, <c>gwn</c>, <c>kweet</c>), and
/// close misspellings of the classifier's key words corrected (one edit, words of five letters or more).
/// </summary>
internal static class SignalText
{
    // Written readably; keys and values go through the same folding as the input at start-up.
    private static readonly (string From, string To)[] Expansions =
    [
        // English chat abbreviations and contractions.
        ("idk", "i do not know"), ("idek", "i do not even know"), ("dunno", "do not know"), ("donno", "do not know"),
        ("plz", "please"), ("pls", "please"), ("plis", "please"), ("pleas", "please"), ("u", "you"), ("ur", "your"), ("r", "are"),
        ("ya", "you"), ("im", "i am"), ("ive", "i have"), ("dont", "do not"), ("doesnt", "does not"), ("didnt", "did not"),
        ("cant", "can not"), ("cannot", "can not"), ("wont", "will not"), ("youre", "you are"), ("its", "it is"),
        ("thats", "that is"), ("whats", "what is"), ("wats", "what is"), ("wat's", "what is"), ("isnt", "is not"),
        ("gimme", "give me"), ("lemme", "let me"), ("wanna", "want to"), ("gonna", "going to"), ("ans", "answer"),
        ("tho", "though"), ("cuz", "because"), ("coz", "because"), ("bc", "because"), ("w", "with"), ("thx", "thanks"),
        ("ty", "thanks"), ("teh", "the"), ("hw", "homework"),

        // Dutch chat spelling.
        ("kweet", "ik weet"), ("kwee", "ik weet"), ("k", "ik"), ("t", "het"), ("tis", "het is"), ("gwn", "gewoon"), ("gewon", "gewoon"),
        ("ff", "even"), ("effe", "even"), ("efkes", "even"), ("nie", "niet"), ("ni", "niet"), ("mn", "mijn"), ("m'n", "mijn"),
        ("zn", "zijn"), ("wa", "wat"), ("da", "dat"), ("nu", "nu"), ("aub", "alsjeblieft"), ("alsjeblief", "alsjeblieft"),
        ("asjeblieft", "alsjeblieft"), ("asjeblief", "alsjeblieft"), ("alstublieft", "alsjeblieft"), ("svp", "alsjeblieft"),
        ("snapt", "snap"), ("begrijpt", "begrijp"), ("jij", "je"), ("jou", "je"), ("jouw", "je"),
        ("nx", "niks"), ("niets", "niks"), ("nix", "niks"), ("jufrouw", "juf"), ("juffrouw", "juf"), ("meneer", "meester"),
        ("mevrouw", "juf"),
    ];

    private static readonly Dictionary<string, string[]> ExpansionMap = BuildExpansions();
    private static readonly object LexiconLock = new();
    private static HashSet<string> s_lexicon = new(StringComparer.Ordinal);

    // One-deletion variants of the lexicon words -> the words (symmetric-delete spelling correction: two words are
    // within one edit when one is a deletion variant of the other or both share a deletion variant).
    private static Dictionary<string, string[]> s_deletions = new(StringComparer.Ordinal);

    // Corrections already computed (learners repeat their words); cleared when it grows large.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Corrections = new(StringComparer.Ordinal);

    /// <summary>Normalizes <paramref name="text"/> and splits it into words (see the type remarks for the steps).</summary>
    public static string[] Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        SignalPhrases.EnsureLoaded(); // the phrase lists feed the spelling lexicon
        var raw = Fold(text);
        var result = new List<string>(raw.Count + 4);
        foreach (var word in raw)
        {
            if (ExpansionMap.TryGetValue(word, out var expansion))
            {
                result.AddRange(expansion);
            }
            else
            {
                result.Add(Correct(word));
            }
        }

        return result.ToArray();
    }

    [ThreadStatic]
    private static string? t_lastText;

    [ThreadStatic]
    private static string[]? t_lastTokens;

    /// <summary>
    /// <see cref="Tokenize"/> with a one-entry per-thread cache: the signal and collaboration-mode classifiers read the
    /// same message instance in one turn. The returned array is shared and must not be changed.
    /// </summary>
    internal static string[] TokenizeCached(string text)
    {
        if (ReferenceEquals(text, t_lastText) && t_lastTokens is { } tokens)
        {
            return tokens;
        }

        tokens = Tokenize(text);
        (t_lastText, t_lastTokens) = (text, tokens);
        return tokens;
    }

    /// <summary>Normalizes <paramref name="text"/> to one string of words separated by single spaces.</summary>
    public static string Normalize(string text) => string.Join(' ', Tokenize(text));

    /// <summary>
    /// Lower-cases, folds accents (<see cref="TextFold"/>) and apostrophes, drops punctuation and collapses repeated
    /// letters, without expanding abbreviations or correcting spelling. Used for the classifier's own phrases and for
    /// problem statements. Redaction placeholders (<see cref="RedactionPlaceholders"/>) are skipped.
    /// </summary>
    internal static List<string> Fold(string text)
    {
        var words = new List<string>(8);
        var sb = new StringBuilder(16);
        var previous = '\0';
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];

            // Redaction placeholders such as "[phone]" or "[e-mail]" stand for removed personal data, not for words
            // the learner wrote: they must not make a turn look off-topic.
            if (c == '[' && PlaceholderLength(text, i) is > 0 and var length)
            {
                Flush();
                i += length - 1;
                continue;
            }

            var lower = TextFold.Fold(c);
            if (TextFold.IsCombiningMark(lower) || TextFold.IsApostrophe(lower))
            {
                continue;
            }

            if (char.IsLetterOrDigit(lower))
            {
                // Unicode digits (e.g. Arabic-Indic) become ASCII so numbers are recognized in any script.
                if (char.IsDigit(lower))
                {
                    lower = (char)('0' + (int)char.GetNumericValue(lower));
                }
                else if (lower == previous)
                {
                    continue; // "pleeease" -> "please"-like; the phrases are folded the same way.
                }

                sb.Append(lower);
                previous = lower;
            }
            else
            {
                Flush();
            }
        }

        Flush();
        return words;

        static int PlaceholderLength(string text, int start)
        {
            var end = start + 1;
            while (end < text.Length && end - start <= 16 && (char.IsAsciiLetterLower(text[end]) || text[end] == '-'))
            {
                end++;
            }

            return end < text.Length && text[end] == ']' && end > start + 1
                && RedactionPlaceholders.Words.Contains(text.Substring(start + 1, end - start - 1)) ? end - start + 1 : 0;
        }

        void Flush()
        {
            if (sb.Length > 0)
            {
                words.Add(sb.ToString());
                sb.Clear();
            }

            previous = '\0';
        }
    }

    /// <summary>Adds words the spelling correction may correct towards (the words of the classifier's phrases).</summary>
    internal static void AddToLexicon(IEnumerable<string> words)
    {
        lock (LexiconLock)
        {
            var lexicon = new HashSet<string>(s_lexicon, StringComparer.Ordinal);
            foreach (var word in words)
            {
                if (word.Length > 0 && char.IsLetter(word[0]))
                {
                    lexicon.Add(word);
                }
            }

            var deletions = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
            foreach (var word in lexicon.Where(w => w.Length >= 5))
            {
                for (var i = 0; i < word.Length; i++)
                {
                    var variant = word.Remove(i, 1);
                    if (!deletions.TryGetValue(variant, out var set))
                    {
                        deletions[variant] = set = new SortedSet<string>(StringComparer.Ordinal);
                    }

                    set.Add(word);
                }
            }

            s_deletions = deletions.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
            s_lexicon = lexicon;
            Corrections.Clear();
        }
    }

    private static string Correct(string word)
    {
        // Only longer words are corrected: one edit in a short word too often makes another real word.
        if (word.Length < 5 || !char.IsLetter(word[0]))
        {
            return word;
        }

        var lexicon = s_lexicon;
        if (lexicon.Contains(word))
        {
            return word;
        }

        if (Corrections.TryGetValue(word, out var known))
        {
            return known;
        }

        var deletions = s_deletions;
        string? best = null;
        if (deletions.TryGetValue(word, out var longer))
        {
            best = Better(best, longer, word); // the learner left a letter out
        }

        for (var i = 0; i < word.Length; i++)
        {
            var variant = word.Remove(i, 1);
            if (variant.Length >= 5 && lexicon.Contains(variant))
            {
                best = Better(best, [variant], word); // the learner typed a letter too many
            }

            if (deletions.TryGetValue(variant, out var same))
            {
                best = Better(best, same, word); // a wrong or swapped letter
            }
        }

        if (Corrections.Count > 4096)
        {
            Corrections.Clear();
        }

        return Corrections[word] = best ?? word;

        // The alphabetically first candidate that really is one edit away, so the result does not depend on hashing.
        static string? Better(string? current, string[] candidates, string word)
        {
            foreach (var candidate in candidates)
            {
                if ((current is null || string.CompareOrdinal(candidate, current) < 0) && WithinOneEdit(word, candidate))
                {
                    current = candidate;
                }
            }

            return current;
        }
    }

    // True when a and b differ by at most one insertion, deletion, substitution or swap of neighbours.
    internal static bool WithinOneEdit(string a, string b)
    {
        if (a.Length > b.Length)
        {
            (a, b) = (b, a);
        }

        var i = 0;
        while (i < a.Length && a[i] == b[i])
        {
            i++;
        }

        if (i == a.Length)
        {
            return b.Length - a.Length <= 1;
        }

        if (a.Length == b.Length)
        {
            // substitution, or transposition of i and i+1
            if (a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i + 1)))
            {
                return true;
            }

            return i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a.AsSpan(i + 2).SequenceEqual(b.AsSpan(i + 2));
        }

        return a.AsSpan(i).SequenceEqual(b.AsSpan(i + 1));
    }

    private static Dictionary<string, string[]> BuildExpansions()
    {
        var map = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (from, to) in Expansions)
        {
            var key = string.Concat(Fold(from));
            map[key] = Fold(to).ToArray();
        }

        return map;
    }
}
