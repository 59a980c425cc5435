namespace Didactics;

/// <summary>
/// Evaluates a small arithmetic expression (numbers in any form the scanner reads, + - * / : × · ÷ ^, parentheses and
/// braces, LaTeX <c>\cdot</c>, <c>\times</c>, <c>\div</c>), so "x = 8/2" and "x = 2 \cdot 2" compare by value.
/// </summary>
internal ref struct Arithmetic
{
    private readonly ReadOnlySpan<char> _text;
    private readonly bool _dutch;
    private int _pos;
    private int _depth;

    private Arithmetic(ReadOnlySpan<char> text, bool dutch)
    {
        _text = text;
        _dutch = dutch;
        _pos = 0;
        _depth = 0;
    }

    /// <summary>Evaluates the whole of <paramref name="text"/> (trailing sentence punctuation and '$' ignored).</summary>
    public static bool TryEvaluate(ReadOnlySpan<char> text, bool dutch, out double value)
    {
        text = text.Trim().TrimEnd(".!?$ ").TrimStart("$ ");
        var parser = new Arithmetic(text, dutch);
        value = 0;
        if (text.IsEmpty || !parser.Expression(out value))
        {
            return false;
        }

        parser.SkipSpaces();
        return parser._pos == text.Length && double.IsFinite(value);
    }

    private void SkipSpaces()
    {
        while (_pos < _text.Length && (_text[_pos] == ' ' || _text[_pos] == '\t'))
        {
            _pos++;
        }
    }

    private bool Expression(out double value)
    {
        if (++_depth > 32 || !Term(out value))
        {
            value = 0;
            return false;
        }

        while (true)
        {
            SkipSpaces();
            if (_pos >= _text.Length)
            {
                break;
            }

            var c = TextChars.FoldPunctuation(_text[_pos]);
            if (c is not ('+' or '-'))
            {
                break;
            }

            _pos++;
            if (!Term(out var right))
            {
                return false;
            }

            value = c == '+' ? value + right : value - right;
        }

        _depth--;
        return true;
    }

    private bool Term(out double value)
    {
        if (!Power(out value))
        {
            return false;
        }

        while (true)
        {
            SkipSpaces();
            if (_pos >= _text.Length)
            {
                return true;
            }

            var c = TextChars.FoldPunctuation(_text[_pos]);
            bool divide;
            if (c is '*' or '×' or '·' or '⋅')
            {
                divide = false;
                _pos++;
            }
            else if (c is '/' or ':' or '÷')
            {
                divide = true;
                _pos++;
            }
            else if (c == '\\' && Command("cdot", "times"))
            {
                divide = false;
            }
            else if (c == '\\' && Command("div"))
            {
                divide = true;
            }
            else
            {
                return true;
            }

            if (!Power(out var right) || (divide && right == 0))
            {
                return false;
            }

            value = divide ? value / right : value * right;
        }
    }

    private bool Command(params string[] names)
    {
        foreach (var name in names)
        {
            var end = _pos + 1 + name.Length;
            if (TextChars.StartsWithFolded(_text, _pos + 1, name) && (end >= _text.Length || !TextChars.IsLetter(_text[end])))
            {
                _pos = end;
                return true;
            }
        }

        return false;
    }

    private bool Power(out double value)
    {
        if (!Unary(out value))
        {
            return false;
        }

        SkipSpaces();
        if (_pos < _text.Length && _text[_pos] == '^')
        {
            _pos++;
            if (!Power(out var exponent))
            {
                return false;
            }

            value = Math.Pow(value, exponent);
        }

        return true;
    }

    private bool Unary(out double value)
    {
        SkipSpaces();
        value = 0;
        if (_pos >= _text.Length)
        {
            return false;
        }

        var c = TextChars.FoldPunctuation(_text[_pos]);
        if (c == '-' && !(_pos + 1 < _text.Length && TextChars.IsDigit(_text[_pos + 1])))
        {
            _pos++;
            if (!Unary(out value))
            {
                return false;
            }

            value = -value;
            return true;
        }

        if (c is '(' or '{' or '[')
        {
            var close = c == '(' ? ')' : c == '{' ? '}' : ']';
            _pos++;
            if (!Expression(out value))
            {
                return false;
            }

            SkipSpaces();
            if (_pos >= _text.Length || _text[_pos] != close)
            {
                return false;
            }

            _pos++;
            return true;
        }

        if (c == '\\' && (Command("left") || Command("right")))
        {
            return Unary(out value);
        }

        // An operand: plain digits are read without the scanner's prose rules (a power base or exponent is fine here).
        NumberMention mention;
        if (TextChars.IsDigit(_text[_pos]))
        {
            NumberScanner.ReadNumeral(_text, _pos, _dutch, out var number, out _, out var end, out _);
            mention = new NumberMention { Start = _pos, End = end, Value = number, Raw = number };
            if (end < _text.Length && _text[end] == '%')
            {
                mention.Value /= 100;
                mention.End++;
            }
        }
        else if (!NumberScanner.TryReadAt(_text, _pos, _dutch, out mention) || mention.Start != _pos)
        {
            return false;
        }

        value = mention.Value;
        _pos = mention.End;
        return true;
    }
}
