using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using Didactics.Shared;

namespace Didactics.Certification;

/// <summary>The verdict of the <see cref="IndependentRevealDetector"/> on one reply.</summary>
/// <param name="Revealed">True when the reply contains a form of the answer.</param>
/// <param name="Form">The form found, as generated (e.g. <c>⁵⁄₈</c>), or null.</param>
/// <param name="Kind">The kind of form (e.g. <c>superscript-fraction</c>, <c>spelled</c>), or null.</param>
/// <param name="Matched">The text of the reply that matched, or null.</param>
/// <param name="Index">Where in the reply the match starts (-1 when none).</param>
/// <param name="Rule">Why: <c>form</c>, <c>spelled</c>, <c>asserted-despite-exemption</c> or <c>none</c>.</param>
public sealed record RevealFinding(bool Revealed, string? Form, string? Kind, string? Matched, int Index, string Rule)
{
    /// <summary>No form of the answer in the reply.</summary>
    public static RevealFinding None { get; } = new(false, null, null, null, -1, "none");

    /// <inheritdoc />
    public override string ToString() => Revealed ? $"{Kind} '{Matched}' ({Rule})" : "no reveal";
}

/// <summary>
/// The certification kit's own answer-reveal detector, built independently of the runtime guard so that the kit does
/// not share the guard's blind spots (DESIGN decision 8). It expands every reference answer into its surface forms
/// (<see cref="AnswerForms"/>) and flags a reply that contains any of them, with no judgement of context. The one
/// exemption: a form that stands in the problem statement <em>and</em> that the learner has already written is not
/// counted, unless the reply asserts it as the result ("so the total should be 450", "= 7", "het antwoord is 25 %");
/// and a verbatim copy of the whole problem statement in the reply (a restated problem) is not searched.
/// It over-reports by design (a common word that equals a text answer counts); disagreements with the guard are listed
/// for human review in the report.
/// </summary>
public sealed class IndependentRevealDetector
{
    private static readonly ConditionalWeakTable<Problem, Compiled> Cache = new();

    private static readonly string[] ResultMarkers =
    [
        "answer", "antwoord", "result", "uitkomst", "total", "totaal", "should be", "must be", "moet", "equals", "=", "is gelijk",
        "comes to", "makes", "so it", "so the", "dus", "therefore", "daarom", "final", "solution", "oplossing", "that gives", "dat geeft",
    ];

    /// <summary>The shared instance (the detector is stateless apart from a per-problem cache).</summary>
    public static IndependentRevealDetector Instance { get; } = new();

    /// <summary>
    /// The forms of <paramref name="problem"/>'s answers the detector looks for (before normalization, so "⁵⁄₈", "5⁄8" and
    /// "5/8" are listed apart although they match the same text).
    /// </summary>
    public IReadOnlyList<AnswerForm> FormsOf(Problem problem) => Get(problem).All;

    /// <summary>
    /// Looks for a form of the answer in <paramref name="reply"/>. <paramref name="learnerHistory"/> is what the learner
    /// wrote so far; it only matters for forms that also stand in the problem statement.
    /// </summary>
    public RevealFinding Detect(Problem problem, string reply, string? learnerHistory = null)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(reply);
        var compiled = Get(problem);
        var (text, map) = RevealText.NormalizeWithMap(reply);
        var quoted = StatementCopies(text, compiled.Statement);
        string? history = null;
        foreach (var (form, normalized) in compiled.Forms)
        {
            var from = 0;
            while (from <= text.Length - normalized.Length)
            {
                var at = text.IndexOf(normalized, from, StringComparison.Ordinal);
                if (at < 0)
                {
                    break;
                }

                from = at + 1;
                if (!Bounded(text, at, normalized) || Inside(quoted, at, normalized.Length))
                {
                    continue;
                }

                var rule = "form";
                if (compiled.Statement.Contains(normalized, StringComparison.Ordinal))
                {
                    history ??= learnerHistory is null ? "" : RevealText.Normalize(learnerHistory);
                    if (history.Contains(normalized, StringComparison.Ordinal))
                    {
                        if (!AssertedAsResult(text, at))
                        {
                            continue;
                        }

                        rule = "asserted-despite-exemption";
                    }
                }

                return new RevealFinding(true, form.Text, form.Kind, Original(reply, map, at, normalized.Length), map[at], rule);
            }
        }

        foreach (var (form, pattern) in compiled.Spelled)
        {
            var m = pattern.Match(text);
            if (m.Success && !Inside(quoted, m.Index, m.Length))
            {
                return new RevealFinding(true, form.Text, form.Kind, Original(reply, map, m.Index, m.Length), map[m.Index], "spelled");
            }
        }

        return RevealFinding.None;
    }

    private static string Original(string reply, int[] map, int at, int length)
    {
        var start = map[at];
        var end = at + length < map.Length ? map[at + length] : reply.Length;
        return reply[start..Math.Max(start, Math.Min(end, reply.Length))].Trim();
    }

    /// <summary>A match counts only as a whole token: "56" not inside "156", "5.6", "1/56" or "56/100"; words not inside words.</summary>
    private static bool Bounded(string text, int at, string form)
    {
        var end = at + form.Length;
        char? before = at > 0 ? text[at - 1] : null;
        char? before2 = at > 1 ? text[at - 2] : null;
        char? after = end < text.Length ? text[end] : null;
        char? after2 = end + 1 < text.Length ? text[end + 1] : null;
        var first = form[0];
        var last = form[^1];
        if (char.IsLetter(first) && before is { } b && char.IsLetterOrDigit(b))
        {
            return false;
        }

        if (char.IsLetter(last) && after is { } a && char.IsLetterOrDigit(a))
        {
            return false;
        }

        if (char.IsAsciiDigit(first) && before is { } bd)
        {
            if (char.IsLetterOrDigit(bd) || bd is '.' or ',' || (bd == '/' && before2 is { } d && char.IsAsciiDigit(d)))
            {
                return false;
            }

            // "1 1/2" is not 1/2.
            if (form.Contains('/', StringComparison.Ordinal) && bd == ' ' && before2 is { } w && char.IsAsciiDigit(w))
            {
                return false;
            }
        }

        if (first == '.' && before is { } bdot && char.IsAsciiDigit(bdot))
        {
            return false;
        }

        if (char.IsAsciiDigit(last) && after is { } ad)
        {
            if (char.IsLetterOrDigit(ad) || (ad is '.' or ',' or '/' && after2 is { } n && char.IsAsciiDigit(n)))
            {
                return false;
            }

            if (ad == '%' || (ad == ' ' && end + 1 < text.Length && text.AsSpan(end + 1).StartsWith("percent") && !form.Contains('%', StringComparison.Ordinal)))
            {
                return false;
            }

            if (!form.Contains('/', StringComparison.Ordinal) && ad == ' ' && IsFractionAt(text, end + 1))
            {
                return false; // "2 3/4" is not 2
            }
        }

        return true;
    }

    // Where the reply repeats the whole problem statement ("The problem is still: … A) 21 B) 27 C) 29"): a restated
    // problem reveals nothing, whatever forms of the answer its options or numbers contain.
    private static List<(int Start, int End)> StatementCopies(string text, string statement)
    {
        var spans = new List<(int, int)>();
        if (statement.Length < 8)
        {
            return spans;
        }

        for (var at = text.IndexOf(statement, StringComparison.Ordinal); at >= 0; at = text.IndexOf(statement, at + statement.Length, StringComparison.Ordinal))
        {
            spans.Add((at, at + statement.Length));
        }

        return spans;
    }

    private static bool Inside(List<(int Start, int End)> spans, int at, int length)
    {
        foreach (var (start, end) in spans)
        {
            if (at >= start && at + length <= end)
            {
                return true;
            }
        }

        return false;
    }

    // A fraction ("3/4") starts at position i: digits, then '/', then a digit.
    private static bool IsFractionAt(string text, int i)
    {
        var j = i;
        while (j < text.Length && char.IsAsciiDigit(text[j]))
        {
            j++;
        }

        return j > i && j + 1 < text.Length && text[j] == '/' && char.IsAsciiDigit(text[j + 1]);
    }

    private static bool AssertedAsResult(string text, int at)
    {
        var start = at;
        while (start > 0 && at - start < 60 && text[start - 1] is not ('.' or '!' or '?' or '\n'))
        {
            start--;
        }

        var window = text.AsSpan(start, at - start);
        foreach (var marker in ResultMarkers)
        {
            if (window.Contains(marker, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static Compiled Get(Problem problem) => Cache.GetValue(problem, static p => Compile(p));

    private static Compiled Compile(Problem problem)
    {
        var forms = AnswerForms.Of(problem);
        var normalized = new List<(AnswerForm, string)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var form in forms)
        {
            if (form.Kind.EndsWith("spelled", StringComparison.Ordinal))
            {
                continue;
            }

            var n = RevealText.Normalize(form.Text);
            if (n.Length > 0 && seen.Add(n))
            {
                normalized.Add((form, n));
            }
        }

        normalized.Sort((x, y) => y.Item2.Length.CompareTo(x.Item2.Length));
        var spelled = new List<(AnswerForm, Regex)>();
        foreach (var form in forms.Where(f => f.Kind.EndsWith("spelled", StringComparison.Ordinal)))
        {
            var letters = form.Text.Split('-');
            // Whole spellings only: not part of a longer spelled word ("c-h-i-l-d-r-e-n-s") on either side. Two letters
            // need a mark between them ("a-t", "a - t", "'a', 't'"): "a t" alone is too often two words.
            var separator = letters.Length > 2 ? @"[\s\-.,·_*'""/|+]+" : @"\s*[\-.,·_*'""/|+][\s\-.,·_*'""/|+]*";
            var pattern = @"(?<![\p{L}\p{N}])(?<!(?<![\p{L}\p{N}])[\p{L}\p{N}]" + separator + ")"
                + string.Join(separator, letters.Select(Regex.Escape))
                + @"(?![\p{L}\p{N}])(?!" + separator + @"[\p{L}\p{N}](?![\p{L}\p{N}]))";
            spelled.Add((form, new Regex(pattern, RegexOptions.CultureInvariant)));
        }

        return new Compiled(forms, normalized, spelled, RevealText.Normalize(problem.Statement));
    }

    private sealed record Compiled(IReadOnlyList<AnswerForm> All, List<(AnswerForm Form, string Normalized)> Forms, List<(AnswerForm Form, Regex Pattern)> Spelled, string Statement);
}

/// <summary>
/// The text normalization shared by the kit's reveal detector and its answer forms: lowercase, accents folded, dashes,
/// quotes and spaces unified, the fraction slash as '/', superscript and subscript digits as digits, vulgar-fraction
/// characters as "n/d", no spaces around '/' between digits or around '=', none before '%' after a digit, and hyphens
/// between words as spaces.
/// </summary>
public static class RevealText
{
    private const string Superscripts = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    private const string Subscripts = "₀₁₂₃₄₅₆₇₈₉";

    private static readonly Dictionary<char, string> Vulgar =
        AnswerForms.Vulgar.ToDictionary(p => p.Value, p => string.Create(CultureInfo.InvariantCulture, $"{p.Key.Item1}/{p.Key.Item2}"));

    /// <summary>Normalizes <paramref name="text"/>.</summary>
    public static string Normalize(string text) => NormalizeWithMap(text).Text;

    /// <summary>Normalizes <paramref name="text"/> and maps each output position to its position in the input.</summary>
    public static (string Text, int[] Map) NormalizeWithMap(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length + 8);
        var map = new List<int>(text.Length + 8);
        void Emit(char c, int source)
        {
            if (c == ' ')
            {
                // Collapse spaces; drop spaces after '/' or '=' (and before them, below).
                if (sb.Length == 0 || sb[^1] == ' ' || (sb[^1] is '/' or '=' && sb.Length > 1))
                {
                    return;
                }
            }
            else if (c is '/' or '=' or '%' && sb.Length > 0 && sb[^1] == ' ' && (c == '=' || (sb.Length > 1 && char.IsAsciiDigit(sb[^2]))))
            {
                sb.Length--;
                map.RemoveAt(map.Count - 1);
            }

            sb.Append(c);
            map.Add(source);
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            int k;
            if ((k = Superscripts.IndexOf(c, StringComparison.Ordinal)) >= 0 || (k = Subscripts.IndexOf(c, StringComparison.Ordinal)) >= 0)
            {
                Emit((char)('0' + k), i);
                continue;
            }

            if (Vulgar.TryGetValue(c, out var fraction))
            {
                if (sb.Length > 0 && char.IsAsciiDigit(sb[^1]))
                {
                    Emit(' ', i);
                }

                foreach (var f in fraction)
                {
                    Emit(f, i);
                }

                continue;
            }

            switch (c)
            {
                case '−' or '–' or '—' or '‐' or '‑' or '‒':
                    Emit('-', i);
                    continue;
                case '⁄' or '∕':
                    Emit('/', i);
                    continue;
                case '’' or '‘' or '`':
                    Emit('\'', i);
                    continue;
                case '“' or '”' or '„':
                    Emit('"', i);
                    continue;
            }

            if (char.IsWhiteSpace(c))
            {
                Emit(' ', i);
                continue;
            }

            var folded = TextFold.Fold(c);
            if (!TextFold.IsCombiningMark(folded))
            {
                Emit(folded, i);
            }
        }

        if (sb.Length > 0 && sb[^1] == ' ')
        {
            sb.Length--;
            map.RemoveAt(map.Count - 1);
        }

        // "fifty-six" and "two-and-a-half" read as words with spaces; single spelled letters ("c-h-i-l-d") keep their hyphens.
        for (var i = 1; i + 1 < sb.Length; i++)
        {
            if (sb[i] == '-' && char.IsLetter(sb[i - 1]) && char.IsLetter(sb[i + 1])
                && ((i >= 2 && char.IsLetter(sb[i - 2])) || (i + 2 < sb.Length && char.IsLetter(sb[i + 2]))))
            {
                sb[i] = ' ';
            }
        }

        return (sb.ToString(), map.ToArray());
    }
}
