using Didactics.Shared;

namespace Didactics;

/// <summary>
/// Reads numbers written in words, in English and Dutch: cardinals with compounds ("forty-two", "one hundred and five",
/// "tweeënveertig", "twaalfhonderdvijftig"), fractions ("three quarters", "a half", "driekwart", "een half", "drie vierde",
/// "anderhalf", "one and a half"), decimals ("three point five", "drie komma vijf") and percentages ("vijftig procent").
/// Words are matched after folding case and accents, so "tweeenveertig" and "TWEEËNVEERTIG" read the same.
/// </summary>
internal static class NumberWords
{
    internal enum Kind : byte
    {
        None,
        Unit,      // 0..9
        Teen,      // 10..19
        Tens,      // 20..90
        Hundred,
        Big,       // thousand, million, billion
        Denominator,
        Article,   // a, an: 1 only before hundred/thousand/fraction
        InWordEn,  // Dutch "en"/"ën" inside a compound word: vier-en-twintig
        And,       // "and" / separate "en"
        Point,     // "point" / "komma"
        Percent,
        OneAndAHalf, // anderhalf
    }

    private readonly record struct Morpheme(string Text, Kind Kind, long Value);

    private static readonly Morpheme[] All =
    [
        // English
        new("zero", Kind.Unit, 0), new("one", Kind.Unit, 1), new("two", Kind.Unit, 2), new("three", Kind.Unit, 3), new("four", Kind.Unit, 4),
        new("five", Kind.Unit, 5), new("six", Kind.Unit, 6), new("seven", Kind.Unit, 7), new("eight", Kind.Unit, 8), new("nine", Kind.Unit, 9),
        new("ten", Kind.Teen, 10), new("eleven", Kind.Teen, 11), new("twelve", Kind.Teen, 12), new("thirteen", Kind.Teen, 13),
        new("fourteen", Kind.Teen, 14), new("fifteen", Kind.Teen, 15), new("sixteen", Kind.Teen, 16), new("seventeen", Kind.Teen, 17),
        new("eighteen", Kind.Teen, 18), new("nineteen", Kind.Teen, 19),
        new("twenty", Kind.Tens, 20), new("thirty", Kind.Tens, 30), new("forty", Kind.Tens, 40), new("fourty", Kind.Tens, 40), new("fifty", Kind.Tens, 50),
        new("sixty", Kind.Tens, 60), new("seventy", Kind.Tens, 70), new("eighty", Kind.Tens, 80), new("ninety", Kind.Tens, 90),
        new("hundred", Kind.Hundred, 100), new("thousand", Kind.Big, 1_000), new("million", Kind.Big, 1_000_000), new("billion", Kind.Big, 1_000_000_000),
        new("half", Kind.Denominator, 2), new("halves", Kind.Denominator, 2), new("third", Kind.Denominator, 3), new("thirds", Kind.Denominator, 3),
        new("quarter", Kind.Denominator, 4), new("quarters", Kind.Denominator, 4), new("fourth", Kind.Denominator, 4), new("fourths", Kind.Denominator, 4),
        new("fifth", Kind.Denominator, 5), new("fifths", Kind.Denominator, 5), new("sixth", Kind.Denominator, 6), new("sixths", Kind.Denominator, 6),
        new("seventh", Kind.Denominator, 7), new("sevenths", Kind.Denominator, 7), new("eighth", Kind.Denominator, 8), new("eighths", Kind.Denominator, 8),
        new("ninth", Kind.Denominator, 9), new("ninths", Kind.Denominator, 9), new("tenth", Kind.Denominator, 10), new("tenths", Kind.Denominator, 10),
        new("hundredth", Kind.Denominator, 100), new("hundredths", Kind.Denominator, 100),
        new("a", Kind.Article, 1), new("an", Kind.Article, 1), new("and", Kind.And, 0), new("point", Kind.Point, 0),
        new("percent", Kind.Percent, 0),

        // Dutch
        new("nul", Kind.Unit, 0), new("een", Kind.Unit, 1), new("twee", Kind.Unit, 2), new("drie", Kind.Unit, 3), new("vier", Kind.Unit, 4),
        new("vijf", Kind.Unit, 5), new("zes", Kind.Unit, 6), new("zeven", Kind.Unit, 7), new("acht", Kind.Unit, 8), new("negen", Kind.Unit, 9),
        new("tien", Kind.Teen, 10), new("elf", Kind.Teen, 11), new("twaalf", Kind.Teen, 12), new("dertien", Kind.Teen, 13),
        new("veertien", Kind.Teen, 14), new("vijftien", Kind.Teen, 15), new("zestien", Kind.Teen, 16), new("zeventien", Kind.Teen, 17),
        new("achttien", Kind.Teen, 18), new("negentien", Kind.Teen, 19),
        new("twintig", Kind.Tens, 20), new("dertig", Kind.Tens, 30), new("veertig", Kind.Tens, 40), new("vijftig", Kind.Tens, 50),
        new("zestig", Kind.Tens, 60), new("zeventig", Kind.Tens, 70), new("tachtig", Kind.Tens, 80), new("negentig", Kind.Tens, 90),
        new("honderd", Kind.Hundred, 100), new("duizend", Kind.Big, 1_000), new("miljoen", Kind.Big, 1_000_000), new("miljard", Kind.Big, 1_000_000_000),
        new("half", Kind.Denominator, 2), new("halve", Kind.Denominator, 2), new("kwart", Kind.Denominator, 4), new("kwarten", Kind.Denominator, 4),
        new("derde", Kind.Denominator, 3), new("derden", Kind.Denominator, 3), new("vierde", Kind.Denominator, 4), new("vierden", Kind.Denominator, 4),
        new("vijfde", Kind.Denominator, 5), new("vijfden", Kind.Denominator, 5), new("zesde", Kind.Denominator, 6), new("zesden", Kind.Denominator, 6),
        new("zevende", Kind.Denominator, 7), new("zevenden", Kind.Denominator, 7), new("achtste", Kind.Denominator, 8), new("achtsten", Kind.Denominator, 8),
        new("negende", Kind.Denominator, 9), new("negenden", Kind.Denominator, 9), new("tiende", Kind.Denominator, 10), new("tienden", Kind.Denominator, 10),
        new("honderdste", Kind.Denominator, 100), new("honderdsten", Kind.Denominator, 100),
        new("en", Kind.InWordEn, 0), new("komma", Kind.Point, 0), new("procent", Kind.Percent, 0), new("anderhalf", Kind.OneAndAHalf, 0),
    ];

    private static readonly string[] MinusWords = ["minus", "negative", "min", "negatief", "negatieve"];

    // Morphemes by folded first letter, longest first, so "achttien" wins over "acht" and "vierde" over "vier".
    private static readonly Morpheme[][] ByFirst = BuildIndex();

    // 27 x 27 x 27 map of the folded three-letter beginnings of all morphemes (26 = the word ended): a cheap reject
    // for ordinary words such as "the", "that", "so", which are most of a reply.
    private static readonly bool[] Prefix3 = BuildPrefixes();

    private static Morpheme[][] BuildIndex()
    {
        var index = new Morpheme[26][];
        for (var c = 0; c < 26; c++)
        {
            index[c] = All.Where(m => m.Text[0] == 'a' + c).OrderByDescending(m => m.Text.Length).ToArray();
        }

        return index;
    }

    private static bool[] BuildPrefixes()
    {
        var map = new bool[27 * 27 * 27];
        foreach (var text in All.Select(m => m.Text).Concat(MinusWords))
        {
            map[PrefixIndex(text, 0)] = true;
        }

        return map;
    }

    private static int Letter(ReadOnlySpan<char> text, int i)
    {
        if (i >= text.Length)
        {
            return 26;
        }

        var c = TextFold.Fold(text[i]) - 'a';
        return (uint)c < 26 ? c : 26;
    }

    private static int PrefixIndex(ReadOnlySpan<char> text, int start)
    {
        var c0 = Letter(text, start);
        var c1 = c0 == 26 ? 26 : Letter(text, start + 1);
        var c2 = c1 == 26 ? 26 : Letter(text, start + 2);
        return (c0 * 27 + c1) * 27 + c2;
    }

    /// <summary>A cheap test whether a word starting at <paramref name="start"/> could begin a number word.</summary>
    public static bool MayStart(ReadOnlySpan<char> text, int start)
    {
        var c0 = Letter(text, start);
        return c0 != 26 && Prefix3[PrefixIndex(text, start)];
    }

    /// <summary>Matches the word at <paramref name="start"/> as a minus word ("minus", "min", "negative", "negatief") and returns its end.</summary>
    public static int MatchMinus(ReadOnlySpan<char> text, int start)
    {
        foreach (var w in MinusWords)
        {
            var end = start + w.Length;
            if (TextChars.StartsWithFolded(text, start, w) && (end >= text.Length || !TextChars.IsLetter(text[end])))
            {
                return end;
            }
        }

        return -1;
    }

    /// <summary>Matches a whole word that is a multiplier, a denominator or "percent" (used after digits: "5 hundred", "3 quarters").</summary>
    public static Kind MatchSuffixWord(ReadOnlySpan<char> text, int start, out long value, out int end)
    {
        value = 0;
        end = start;
        if (!MatchMorpheme(text, start, out var m, out var e) || (e < text.Length && TextChars.IsLetter(text[e])))
        {
            return Kind.None;
        }

        if (m.Kind is Kind.Hundred or Kind.Big or Kind.Denominator or Kind.Percent)
        {
            value = m.Value;
            end = e;
            return m.Kind;
        }

        return Kind.None;
    }

    private static bool MatchMorpheme(ReadOnlySpan<char> text, int pos, out Morpheme morpheme, out int end)
    {
        morpheme = default;
        end = pos;
        var c = TextFold.Fold(text[pos]) - 'a';
        if ((uint)c >= 26)
        {
            return false;
        }

        foreach (var m in ByFirst[c])
        {
            if (TextChars.StartsWithFolded(text, pos, m.Text))
            {
                morpheme = m;
                end = pos + m.Text.Length;
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Reads the longest number phrase in words starting at <paramref name="start"/> (a word start). The phrase must
    /// cover whole words; words are joined by one space or a hyphen.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="start">Where the first word starts.</param>
    /// <param name="value">The value read.</param>
    /// <param name="end">Where the phrase ends.</param>
    /// <param name="weak">True for a single word zero, one or two ("one", "twee"), which often is not a quantity at all.</param>
    /// <param name="percent">True when the phrase ended in "percent"/"procent" (the value is already divided by 100).</param>
    public static bool TryRead(ReadOnlySpan<char> text, int start, out double value, out int end, out bool weak, out bool percent)
    {
        value = 0;
        end = start;
        weak = false;
        percent = false;
        var state = new PhraseState();
        var pos = start;
        var wordStart = start;
        var bestEnd = -1;
        var wordCount = 0;
        while (pos < text.Length)
        {
            if (!MatchMorpheme(text, pos, out var m, out var mEnd))
            {
                break;
            }

            var inWord = pos != wordStart;
            var wordEnds = mEnd >= text.Length || !TextChars.IsLetter(text[mEnd]);
            if (!state.Apply(m.Kind, m.Value, inWord, wordEnds))
            {
                break;
            }

            pos = mEnd;
            if (!wordEnds)
            {
                continue;
            }

            wordCount++;
            if (state.IsComplete)
            {
                // "een" on its own is the Dutch article, not a number; "één" with accents is the number.
                var bareEen = wordCount == 1 && state.Morphemes == 1 && m.Text == "een" && text[start] is not ('é' or 'É') && text[start + 1] is not ('é' or 'É');
                if (!bareEen)
                {
                    bestEnd = pos;
                    value = state.Value;
                    weak = state.Morphemes == 1 && state.Value <= 2 && state.Value >= 0;
                    percent = state.IsPercent;
                }
            }

            if (state.IsTerminal)
            {
                break;
            }

            if (pos + 1 < text.Length && text[pos] is ' ' or '-' && TextChars.IsLetter(text[pos + 1]))
            {
                pos++;
                wordStart = pos;
                continue;
            }

            break;
        }

        if (bestEnd < 0)
        {
            return false;
        }

        end = bestEnd;
        return true;
    }

    /// <summary>The grammar of a number phrase, applied one morpheme at a time.</summary>
    private struct PhraseState
    {
        private long _total;
        private long _current;
        private Kind _last;
        private Kind _beforeAnd;
        private bool _fractionAfterAnd;
        private long _fractionNumerator;
        private double _decimal;
        private double _decimalScale;
        private double _fixed;
        private bool _hasFixed;

        public int Morphemes { get; private set; }

        public bool IsPercent { get; private set; }

        public readonly bool IsTerminal => _last is Kind.Denominator or Kind.Percent or Kind.OneAndAHalf;

        public readonly bool IsComplete => _last switch
        {
            Kind.Unit or Kind.Teen or Kind.Tens or Kind.Hundred or Kind.Big => !_fractionAfterAnd,
            Kind.Denominator or Kind.Percent or Kind.OneAndAHalf => true,
            _ => false,
        } || (_last == Kind.Unit && _decimalScale > 0);

        public readonly double Value
        {
            get
            {
                double v = _hasFixed ? _fixed : _total + _current + _decimal;
                return IsPercent ? v / 100 : v;
            }
        }

        public bool Apply(Kind kind, long value, bool inWord, bool wordEnds)
        {
            Morphemes++;
            if (kind == Kind.InWordEn && !inWord)
            {
                kind = Kind.And; // Dutch "en" as a separate word: "twee en een half"
            }

            switch (kind)
            {
                case Kind.Unit or Kind.Teen:
                    if (_decimalScale > 0)
                    {
                        // "three point one four": digits after the point.
                        if (kind != Kind.Unit || _last is not (Kind.Point or Kind.Unit))
                        {
                            return false;
                        }

                        _decimalScale /= 10;
                        _decimal += value * _decimalScale;
                        _last = Kind.Unit;
                        return true;
                    }

                    if (_fractionAfterAnd)
                    {
                        if (_last != Kind.And || kind != Kind.Unit)
                        {
                            return false;
                        }

                        _fractionNumerator = value;
                        _last = Kind.Article;
                        return true;
                    }

                    if (_last is Kind.None or Kind.Hundred or Kind.Big or Kind.And || (_last == Kind.Tens && kind == Kind.Unit && value > 0))
                    {
                        _current += value;
                        _last = kind;
                        return true;
                    }

                    return false;

                case Kind.InWordEn:
                    // Dutch compounds: vier-en-twintig. Only inside a word, after a unit.
                    if (!inWord || wordEnds || _last != Kind.Unit || _current % 10 == 0 && _current != 0)
                    {
                        return false;
                    }

                    _last = Kind.InWordEn;
                    return true;

                case Kind.Tens:
                    if (_last is Kind.None or Kind.Hundred or Kind.Big or Kind.InWordEn || (_last == Kind.And && !_fractionAfterAnd))
                    {
                        _current += value;
                        _last = Kind.Tens;
                        return true;
                    }

                    return false;

                case Kind.Hundred:
                    if (_fractionAfterAnd || _decimalScale > 0 || _last is not (Kind.None or Kind.Unit or Kind.Teen or Kind.Tens or Kind.Article))
                    {
                        return false;
                    }

                    _current = (_current == 0 ? 1 : _current) * 100;
                    _last = Kind.Hundred;
                    return true;

                case Kind.Big:
                    if (_fractionAfterAnd || _decimalScale > 0 || _last is not (Kind.None or Kind.Unit or Kind.Teen or Kind.Tens or Kind.Hundred or Kind.Article))
                    {
                        return false;
                    }

                    _total += (_current == 0 ? 1 : _current) * value;
                    _current = 0;
                    _last = Kind.Big;
                    return true;

                case Kind.Article:
                    if (_last == Kind.None)
                    {
                        _last = Kind.Article;
                        return true;
                    }

                    if (_last == Kind.And && _fractionAfterAnd)
                    {
                        _fractionNumerator = 1;
                        _last = Kind.Article;
                        return true;
                    }

                    return false;

                case Kind.And:
                    if (inWord || _decimalScale > 0 || _fractionAfterAnd)
                    {
                        return false;
                    }

                    if (_last is Kind.Hundred or Kind.Big)
                    {
                        _beforeAnd = _last;
                        _last = Kind.And;
                        return true;
                    }

                    if (_last is Kind.Unit or Kind.Teen or Kind.Tens)
                    {
                        // "one and a half", "twee en een half": a fraction follows.
                        _fractionAfterAnd = true;
                        _beforeAnd = _last;
                        _last = Kind.And;
                        return true;
                    }

                    return false;

                case Kind.Denominator:
                    if (_decimalScale > 0 || value == 0)
                    {
                        return false;
                    }

                    if (_fractionAfterAnd)
                    {
                        if (_last != Kind.Article)
                        {
                            return false;
                        }

                        _fixed = _total + _current + (double)_fractionNumerator / value;
                        _hasFixed = true;
                        _fractionAfterAnd = false;
                        _last = Kind.Denominator;
                        return true;
                    }

                    if (_last == Kind.Article)
                    {
                        _fixed = 1.0 / value;
                    }
                    else if (_last is Kind.Unit or Kind.Teen or Kind.Tens or Kind.Hundred && _total + _current > 0)
                    {
                        _fixed = (double)(_total + _current) / value;
                    }
                    else
                    {
                        return false;
                    }

                    _hasFixed = true;
                    _last = Kind.Denominator;
                    return true;

                case Kind.Point:
                    if (inWord || _decimalScale > 0 || _fractionAfterAnd || _last is not (Kind.Unit or Kind.Teen or Kind.Tens or Kind.Hundred or Kind.Big))
                    {
                        return false;
                    }

                    _decimalScale = 1;
                    _last = Kind.Point;
                    return true;

                case Kind.Percent:
                    if (inWord || !IsComplete)
                    {
                        return false;
                    }

                    IsPercent = true;
                    if (!_hasFixed)
                    {
                        _fixed = _total + _current + _decimal;
                        _hasFixed = true;
                    }

                    _last = Kind.Percent;
                    return true;

                case Kind.OneAndAHalf:
                    if (_last != Kind.None)
                    {
                        return false;
                    }

                    _fixed = 1.5;
                    _hasFixed = true;
                    _last = Kind.OneAndAHalf;
                    return true;

                default:
                    return false;
            }
        }
    }
}
