using Didactics.Shared;

namespace Didactics;

/// <summary>The physical dimension of a unit.</summary>
internal enum Dimension : byte
{
    None,
    Length,
    Mass,
    Time,
    Volume,
}

/// <summary>
/// A unit attached to a number: its dimension and the factor to the base unit (metre, gram, second, litre). A rate
/// ("km/h", "kilometres per hour", "km per uur") also has the dimension it is divided by in <see cref="Per"/>, and its
/// factor is already divided by that unit's factor (km/h = 1000 / 3600 m/s).
/// </summary>
internal readonly record struct UnitInfo(Dimension Dimension, double Factor, Dimension Per = Dimension.None)
{
    public bool IsNone => Dimension == Dimension.None;

    /// <summary>True when both measure the same quantity (the same dimension, divided by the same dimension).</summary>
    public bool SameKind(UnitInfo other) => Dimension == other.Dimension && Per == other.Per;
}

/// <summary>The units the checker and the guard understand (length, mass, time and volume basics, English and Dutch).</summary>
internal static class Units
{
    private static readonly (string Text, Dimension Dimension, double Factor)[] Table = BuildTable();

    // The table by folded first letter: most words after a number are not units, and are rejected by one lookup.
    private static readonly (string Text, Dimension Dimension, double Factor)[][] ByFirst =
        Enumerable.Range(0, 26).Select(c => Table.Where(u => u.Text[0] == 'a' + c).ToArray()).ToArray();

    private static (string, Dimension, double)[] BuildTable()
    {
        var list = new List<(string, Dimension, double)>();
        void Add(Dimension d, double f, params string[] names)
        {
            foreach (var n in names)
            {
                list.Add((n, d, f));
            }
        }

        Add(Dimension.Length, 0.001, "mm", "millimeter", "millimeters", "millimetre", "millimetres");
        Add(Dimension.Length, 0.01, "cm", "centimeter", "centimeters", "centimetre", "centimetres");
        Add(Dimension.Length, 0.1, "dm", "decimeter", "decimeters", "decimetre", "decimetres");
        Add(Dimension.Length, 1, "m", "meter", "meters", "metre", "metres");
        Add(Dimension.Length, 1000, "km", "kilometer", "kilometers", "kilometre", "kilometres");
        Add(Dimension.Mass, 0.001, "mg", "milligram", "milligrams");
        Add(Dimension.Mass, 1, "g", "gram", "grams", "gramme", "grammes");
        Add(Dimension.Mass, 1000, "kg", "kilogram", "kilograms", "kilo", "kilos", "kilo's");
        Add(Dimension.Mass, 1_000_000, "ton", "tons", "tonne", "tonnes");
        Add(Dimension.Time, 0.001, "ms", "millisecond", "milliseconds", "milliseconde", "milliseconden");
        Add(Dimension.Time, 1, "s", "sec", "secs", "second", "seconds", "seconde", "seconden");
        Add(Dimension.Time, 60, "min", "mins", "minute", "minutes", "minuut", "minuten");
        Add(Dimension.Time, 3600, "h", "hr", "hrs", "hour", "hours", "uur", "uren");
        Add(Dimension.Time, 86400, "day", "days", "dag", "dagen");
        Add(Dimension.Volume, 0.001, "ml", "milliliter", "milliliters", "millilitre", "millilitres");
        Add(Dimension.Volume, 0.01, "cl", "centiliter", "centiliters");
        Add(Dimension.Volume, 0.1, "dl", "deciliter", "deciliters");
        Add(Dimension.Volume, 1, "l", "liter", "liters", "litre", "litres");
        list.Sort((a, b) => b.Item1.Length.CompareTo(a.Item1.Length));
        return list.ToArray();
    }

    /// <summary>Matches a unit word at <paramref name="start"/> (a whole word) and returns its end, or -1.</summary>
    public static int Match(ReadOnlySpan<char> text, int start, out UnitInfo unit)
    {
        unit = default;
        if (start >= text.Length || !TextChars.IsLetter(text[start]))
        {
            return -1;
        }

        var first = TextFold.Fold(text[start]) - 'a';
        if ((uint)first >= 26 || ByFirst[first].Length == 0)
        {
            return -1;
        }

        var wordEnd = start;
        while (wordEnd < text.Length && (TextChars.IsLetter(text[wordEnd]) || (text[wordEnd] == '\'' && wordEnd + 1 < text.Length && TextChars.IsLetter(text[wordEnd + 1]))))
        {
            wordEnd++;
        }

        var length = wordEnd - start;
        if (length > 12)
        {
            return -1;
        }

        foreach (var (name, dimension, factor) in ByFirst[first])
        {
            if (name.Length == length && TextChars.StartsWithFolded(text, start, name))
            {
                // A capital "M" or "S" on its own is more often a label than a unit.
                if (length == 1 && char.IsUpper(text[start]))
                {
                    return -1;
                }

                unit = new UnitInfo(dimension, factor);
                return MatchPer(text, wordEnd, ref unit);
            }
        }

        return -1;
    }

    // Words that divide by the unit after them: "per hour", "each hour", "every hour", "an hour", "a day", "per uur".
    private static readonly string[] PerWords = ["per", "each", "every", "an", "a", "elk", "elke", "ieder", "iedere", "in the", "in een", "per een"];

    /// <summary>Extends a unit that ends at <paramref name="end"/> with "/h", " per hour", " each hour", " per uur" into a rate.</summary>
    private static int MatchPer(ReadOnlySpan<char> text, int end, ref UnitInfo unit)
    {
        var p = end;
        if (p < text.Length && TextChars.FoldPunctuation(text[p]) == '/')
        {
            var afterSlash = p + 1 < text.Length && text[p + 1] == ' ' ? p + 2 : p + 1;
            var perEnd = MatchSimple(text, afterSlash, out var per);
            if (perEnd < 0 && afterSlash < text.Length && TextFold.Fold(text[afterSlash]) == 'u' && (afterSlash + 1 == text.Length || !TextChars.IsLetter(text[afterSlash + 1])))
            {
                // The Dutch abbreviation of "per uur": "km/u" (a bare "u" is an hour only after a slash).
                per = new UnitInfo(Dimension.Time, 3600);
                perEnd = afterSlash + 1;
            }

            if (perEnd > 0 && per.Dimension != unit.Dimension)
            {
                unit = new UnitInfo(unit.Dimension, unit.Factor / per.Factor, per.Dimension);
                return perEnd;
            }

            return end;
        }

        if (p >= text.Length || text[p] != ' ')
        {
            return end;
        }

        p++;
        foreach (var word in PerWords)
        {
            var e = p + word.Length;
            if (e < text.Length && text[e] == ' ' && TextChars.StartsWithFolded(text, p, word))
            {
                var perEnd = MatchSimple(text, e + 1, out var per);
                if (perEnd > 0 && per.Dimension != unit.Dimension && per.Dimension == Dimension.Time)
                {
                    unit = new UnitInfo(unit.Dimension, unit.Factor / per.Factor, per.Dimension);
                    return perEnd;
                }
            }
        }

        return end;
    }

    /// <summary>A single unit word (no rate) at <paramref name="start"/>; singular time words only after "per"-words.</summary>
    private static int MatchSimple(ReadOnlySpan<char> text, int start, out UnitInfo unit)
    {
        unit = default;
        if (start >= text.Length || !TextChars.IsLetter(text[start]))
        {
            return -1;
        }

        var first = TextFold.Fold(text[start]) - 'a';
        if ((uint)first >= 26)
        {
            return -1;
        }

        var wordEnd = start;
        while (wordEnd < text.Length && TextChars.IsLetter(text[wordEnd]))
        {
            wordEnd++;
        }

        var length = wordEnd - start;
        foreach (var (name, dimension, factor) in ByFirst[first])
        {
            if (name.Length == length && TextChars.StartsWithFolded(text, start, name))
            {
                unit = new UnitInfo(dimension, factor);
                return wordEnd;
            }
        }

        return -1;
    }
}
