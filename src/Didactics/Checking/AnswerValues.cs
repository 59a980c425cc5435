namespace Didactics;

/// <summary>Reads reference answers and learner candidates as values and compares them.</summary>
internal static class AnswerValues
{
    /// <summary>True for the kinds compared by value.</summary>
    public static bool IsNumeric(AnswerKind kind) => kind is AnswerKind.Number or AnswerKind.Fraction or AnswerKind.Expression;

    /// <summary>True when the problem's language is Dutch (decimal comma, thousands dot).</summary>
    public static bool IsDutch(Problem problem) => problem.Language.StartsWith("nl", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Reads a reference answer or misconception pattern as a value: the right-hand side of <c>x = 4</c> (or the
    /// left-hand side of <c>4 = x</c>), a single number in any form, or an arithmetic expression.
    /// </summary>
    public static bool TryParseReference(ReadOnlySpan<char> text, bool dutch, out NumberMention value) =>
        text.IndexOfAny('=', '\uFF1D') >= 0 ? TryReadEquation(text, dutch, lenient: false, out value) : TryReadWhole(text.Trim(), dutch, out value);

    /// <summary>Reads the value of a side of an equation or a whole answer: one number covering it, or an expression.</summary>
    public static bool TryReadWhole(ReadOnlySpan<char> text, bool dutch, out NumberMention value)
    {
        text = text.Trim().Trim("$").TrimEnd(".!?;").Trim();
        value = default;
        if (text.IsEmpty)
        {
            return false;
        }

        var pos = 0;
        if (NumberScanner.Next(text, ref pos, dutch, out value) && value.Start == 0 && value.End == text.Length)
        {
            return true;
        }

        if (Arithmetic.TryEvaluate(text, dutch, out var result))
        {
            value = new NumberMention { Start = 0, End = text.Length, Value = result, Raw = result, Alternative = double.NaN, Form = MentionForm.Digits };
            return true;
        }

        return false;
    }

    /// <summary>Reads <c>x = 4</c>, <c>$x=4$</c> or <c>4 = x</c>: the value on the side that is not a bare variable name.</summary>
    public static bool TryReadEquation(ReadOnlySpan<char> text, bool dutch, bool lenient, out NumberMention value)
    {
        value = default;
        var eq = text.LastIndexOfAny('=', '\uFF1D');
        if (eq < 0)
        {
            return false;
        }

        var left = text[..eq];
        var right = text[(eq + 1)..];
        var rightTrim = right.Trim().Trim("$").TrimEnd(".!?;").Trim();
        if (IsVariableName(rightTrim))
        {
            // "4 = x": the value is on the left, possibly after other words ("so 4 = x").
            var leftTrim = left.Trim().Trim("$").Trim();
            if (TryReadWhole(leftTrim, dutch, out value))
            {
                return true;
            }

            return lenient && LastMention(leftTrim, dutch, out value);
        }

        if (TryReadWhole(rightTrim, dutch, out value))
        {
            return true;
        }

        // "x = 4, I think": the first number after the sign (for a learner's message, not for a reference answer).
        var pos = 0;
        return lenient && NumberScanner.Next(right, ref pos, dutch, out value);
    }

    private static bool IsVariableName(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty || s.Length > 3)
        {
            return false;
        }

        foreach (var c in s)
        {
            if (!TextChars.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool LastMention(ReadOnlySpan<char> text, bool dutch, out NumberMention last)
    {
        last = default;
        var found = false;
        var pos = 0;
        while (NumberScanner.Next(text, ref pos, dutch, out var m))
        {
            last = m;
            found = true;
        }

        return found;
    }

    /// <summary>
    /// Picks the learner's answer from a message: the value of an equation; else the last value stated as a result
    /// ("I think it is 3/4 because 3 of the 4 …" reads 3/4); else the last value.
    /// </summary>
    public static bool TryFindCandidate(ReadOnlySpan<char> message, bool dutch, out NumberMention candidate, out int offset)
    {
        offset = 0;
        var eq = message.LastIndexOfAny('=', '\uFF1D');
        if (eq >= 0 && TryReadEquation(message, dutch, lenient: true, out candidate))
        {
            // Positions of an equation read are relative to one side; report the whole message.
            candidate.Start = 0;
            candidate.End = message.Length;
            return true;
        }

        // A bare expression: "2^3", "8 : 2".
        var trimmed = message.Trim().TrimEnd(".!?").Trim();
        if (!trimmed.IsEmpty && trimmed.IndexOfAny(ExpressionOperators) >= 0 && Arithmetic.TryEvaluate(trimmed, dutch, out var result))
        {
            candidate = new NumberMention { Start = 0, End = message.Length, Value = result, Raw = result, Alternative = double.NaN, Form = MentionForm.Digits };
            return true;
        }

        candidate = default;
        var found = false;
        var stated = false;
        var pos = 0;
        while (NumberScanner.Next(message, ref pos, dutch, out var m))
        {
            var isResult = ResultContext.Before(message, m.Start, out _) != ResultStrength.None;
            if (isResult || !stated)
            {
                candidate = m;
                found = true;
                stated |= isResult;
            }
        }

        return found;
    }

    private static readonly char[] ExpressionOperators = ['+', '*', '^', '×', '·', ':', '÷', '(', '\\'];

    /// <summary>
    /// True when <paramref name="candidate"/> equals <paramref name="expected"/>: same value within the tolerance; a
    /// missing unit is accepted, a unit of another dimension is not, units of one dimension are converted ("5 m" =
    /// "500 cm"); when only one side is a percentage the bare numbers are compared too ("75" for "75%").
    /// </summary>
    public static bool Same(in NumberMention candidate, in NumberMention expected, double tolerance, bool useAlternative, bool allowRounding)
    {
        if (!candidate.Unit.IsNone && !expected.Unit.IsNone)
        {
            if (!candidate.Unit.SameKind(expected.Unit))
            {
                return false;
            }

            var e = expected.Value * expected.Unit.Factor;
            return Close(candidate.Value * candidate.Unit.Factor, e, tolerance)
                || (useAlternative && !double.IsNaN(candidate.Alternative) && Close(candidate.Alternative * candidate.Unit.Factor, e, tolerance));
        }

        if (Close(candidate.Value, expected.Value, tolerance)
            || (candidate.Percent != expected.Percent && Close(candidate.Raw, expected.Raw, tolerance)))
        {
            return true;
        }

        if (useAlternative && !double.IsNaN(candidate.Alternative) && Close(candidate.Alternative, expected.Value, tolerance))
        {
            return true;
        }

        // "0.33" for 1/3: a decimal with at least two decimals that is the answer rounded.
        if (allowRounding && candidate.Form == MentionForm.Decimal && candidate.Decimals >= 2)
        {
            var scale = Math.Pow(10, candidate.Decimals);
            var expectedRounded = Math.Round(expected.Value * scale, MidpointRounding.AwayFromZero) / scale;
            var expectedExact = Math.Abs(expected.Value * scale - Math.Round(expected.Value * scale)) < 1e-6;
            return !expectedExact && Close(candidate.Value, expectedRounded, 1e-12);
        }

        return false;
    }

    /// <summary>Equal within <paramref name="tolerance"/> or a relative 1e-9.</summary>
    public static bool Close(double a, double b, double tolerance) =>
        Math.Abs(a - b) <= Math.Max(tolerance, 1e-9 * Math.Max(1, Math.Max(Math.Abs(a), Math.Abs(b))));
}
