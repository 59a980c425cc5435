namespace Didactics;

/// <summary>
/// A phrase the deterministic classifiers look for in normalized learner text (<see cref="SignalText"/>). The
/// pattern language is small on purpose, so that a teacher can read and extend the lists:
/// words are separated by spaces; <c>a|b</c> is a choice; <c>word*</c> matches any word starting with
/// <c>word</c>; a trailing <c>?</c> makes a word optional (<c>just?</c>); <c>~</c> skips up to three words and
/// <c>~5</c> up to five; <c>^</c> and <c>$</c> anchor the phrase to the start and end of the message.
/// </summary>
internal sealed class PhrasePattern
{
    private readonly Element[] _elements;
    private readonly bool _anchorStart;
    private readonly bool _anchorEnd;

    /// <summary>Compiles <paramref name="pattern"/>.</summary>
    /// <exception cref="ArgumentException">The pattern is empty or malformed.</exception>
    public PhrasePattern(string pattern)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pattern);
        Text = pattern;
        var parts = pattern.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var elements = new List<Element>(parts.Length);
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            if (part == "^" && i == 0)
            {
                _anchorStart = true;
                continue;
            }

            if (part == "$" && i == parts.Length - 1)
            {
                _anchorEnd = true;
                continue;
            }

            if (part[0] == '~')
            {
                var max = part.Length == 1 ? 3 : int.TryParse(part.AsSpan(1), out var n) && n > 0 ? n
                    : throw new ArgumentException($"Pattern '{pattern}': '{part}' is not a gap; write '~' or '~N' with N > 0.", nameof(pattern));
                elements.Add(new Element([], [], Optional: false, Gap: max));
                continue;
            }

            var optional = part.EndsWith('?');
            var body = optional ? part[..^1] : part;
            var words = new List<string>();
            var prefixes = new List<string>();
            foreach (var alternative in body.Split('|', StringSplitOptions.RemoveEmptyEntries))
            {
                var isPrefix = alternative.EndsWith('*');
                var folded = string.Concat(SignalText.Fold(isPrefix ? alternative[..^1] : alternative));
                if (folded.Length == 0)
                {
                    throw new ArgumentException($"Pattern '{pattern}': '{alternative}' contains no letters or digits.", nameof(pattern));
                }

                (isPrefix ? prefixes : words).Add(folded);
            }

            if (words.Count + prefixes.Count == 0)
            {
                throw new ArgumentException($"Pattern '{pattern}': '{part}' is empty.", nameof(pattern));
            }

            elements.Add(new Element(words.ToArray(), prefixes.ToArray(), optional, Gap: 0));
        }

        if (elements.Count == 0)
        {
            throw new ArgumentException($"Pattern '{pattern}' contains no words.", nameof(pattern));
        }

        _elements = elements.ToArray();
    }

    /// <summary>The pattern as written.</summary>
    public string Text { get; }

    /// <summary>The exact words of the pattern (for the spelling correction's lexicon).</summary>
    internal IEnumerable<string> Words => _elements.SelectMany(e => e.Words);

    /// <summary>
    /// The words of the required exact-word element with the longest shortest word (the most selective one), or
    /// null when every required element allows a prefix.
    /// </summary>
    internal string[]? KeyWords
    {
        get
        {
            string[]? best = null;
            var bestLength = -1;
            foreach (var e in _elements)
            {
                if (e.Gap == 0 && !e.Optional && e.Prefixes.Length == 0 && e.Words.Length > 0)
                {
                    var shortest = e.Words.Min(w => w.Length);
                    if (shortest > bestLength)
                    {
                        (best, bestLength) = (e.Words, shortest);
                    }
                }
            }

            return best;
        }
    }

    /// <summary>True when the pattern occurs in <paramref name="tokens"/> (words from <see cref="SignalText.Tokenize"/>).</summary>
    public bool IsMatch(ReadOnlySpan<string> tokens)
    {
        var lastStart = _anchorStart ? 0 : tokens.Length;
        for (var start = 0; start <= lastStart; start++)
        {
            if (MatchFrom(tokens, 0, start))
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc />
    public override string ToString() => Text;

    private bool MatchFrom(ReadOnlySpan<string> tokens, int element, int position)
    {
        if (element == _elements.Length)
        {
            return !_anchorEnd || position == tokens.Length;
        }

        var e = _elements[element];
        if (e.Gap > 0)
        {
            for (var skip = 0; skip <= e.Gap && position + skip <= tokens.Length; skip++)
            {
                if (MatchFrom(tokens, element + 1, position + skip))
                {
                    return true;
                }
            }

            return false;
        }

        if (position < tokens.Length && e.Matches(tokens[position]) && MatchFrom(tokens, element + 1, position + 1))
        {
            return true;
        }

        return e.Optional && MatchFrom(tokens, element + 1, position);
    }

    private sealed record Element(string[] Words, string[] Prefixes, bool Optional, int Gap)
    {
        public bool Matches(string token)
        {
            foreach (var word in Words)
            {
                if (string.Equals(word, token, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            foreach (var prefix in Prefixes)
            {
                if (token.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }
    }
}

/// <summary>A list of <see cref="PhrasePattern"/>s with an index from words to the patterns that need them.</summary>
internal sealed class PhraseList
{
    private readonly PhrasePattern[] _patterns;

    // A pattern can only match when the message contains one of the words of its key element (a required,
    // exact-word element), so a message is matched only against the patterns one of its words selects.
    private readonly Dictionary<string, int[]> _byWord;
    private readonly int[] _unindexed;

    public PhraseList(params string[] patterns)
    {
        _patterns = patterns.Select(p => new PhrasePattern(p)).ToArray();
        SignalText.AddToLexicon(_patterns.SelectMany(p => p.Words));
        var byWord = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var unindexed = new List<int>();
        for (var i = 0; i < _patterns.Length; i++)
        {
            if (_patterns[i].KeyWords is { } keys)
            {
                foreach (var key in keys)
                {
                    if (!byWord.TryGetValue(key, out var list))
                    {
                        byWord[key] = list = [];
                    }

                    if (list.Count == 0 || list[^1] != i)
                    {
                        list.Add(i);
                    }
                }
            }
            else
            {
                unindexed.Add(i);
            }
        }

        _byWord = byWord.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
        _unindexed = unindexed.ToArray();
    }

    /// <summary>The first pattern (in list order) that matches, or null.</summary>
    public PhrasePattern? Match(ReadOnlySpan<string> tokens)
    {
        Span<bool> candidates = _patterns.Length <= 256 ? stackalloc bool[_patterns.Length] : new bool[_patterns.Length];
        var any = false;
        foreach (var token in tokens)
        {
            if (_byWord.TryGetValue(token, out var indices))
            {
                foreach (var i in indices)
                {
                    candidates[i] = true;
                }

                any = true;
            }
        }

        foreach (var i in _unindexed)
        {
            candidates[i] = true;
            any = true;
        }

        if (!any)
        {
            return null;
        }

        for (var i = 0; i < _patterns.Length; i++)
        {
            if (candidates[i] && _patterns[i].IsMatch(tokens))
            {
                return _patterns[i];
            }
        }

        return null;
    }
}
