namespace Didactics;

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
