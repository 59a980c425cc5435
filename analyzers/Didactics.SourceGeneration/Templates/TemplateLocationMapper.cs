using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Didactics.SourceGeneration;

/// <summary>
/// Maps a position inside a template (Scriban's 0-based line and column) to the C# source of the string literal
/// that holds the template, so that a template error points at the exact character in the attribute argument.
/// </summary>
/// <remarks>
/// Regular literals without escape sequences, verbatim literals without doubled quotes, and raw literals are mapped
/// exactly. Anything else (escape sequences, constants, concatenation) falls back to the whole expression.
/// </remarks>
internal static class TemplateLocationMapper
{
    /// <summary>Records where each character of <paramref name="value"/> is written, while the syntax is at hand (parse step).</summary>
    public static TemplateOrigin Capture(ExpressionSyntax? expression, string value)
    {
        if (expression is null)
        {
            return new TemplateOrigin(null, EquatableArray<SourcePoint>.Empty);
        }

        var whole = LocationInfo.From(expression);
        var offsets = expression is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression)
            ? CharacterOffsets(literal.Token, value)
            : null;
        if (offsets is null || offsets.Length == 0)
        {
            return new TemplateOrigin(whole, EquatableArray<SourcePoint>.Empty);
        }

        var lines = expression.SyntaxTree.GetText().Lines;
        var points = new SourcePoint[offsets.Length];
        for (var i = 0; i < offsets.Length; i++)
        {
            var position = lines.GetLinePosition(offsets[i]);
            points[i] = new SourcePoint(offsets[i], position.Line, position.Character);
        }

        return new TemplateOrigin(whole, points.ToEquatableArray());
    }

    /// <summary>The location of <paramref name="problem"/> (compile step): the exact characters, or the whole literal.</summary>
    public static LocationInfo? Map(TemplateOrigin origin, string value, TemplateProblem problem)
    {
        if (origin.FilePath is not null)
        {
            return MapInFile(origin, value, problem);
        }

        var points = origin.Points;
        if (points.Count == 0 || origin.Whole is null)
        {
            return origin.Whole;
        }

        var start = Clamp(IndexOf(value, problem.StartLine, problem.StartColumn), 0, points.Count - 1);
        var end = Clamp(IndexOf(value, problem.EndLine, problem.EndColumn), start + 1, points.Count);
        var first = points[start];
        var last = points[end - 1];
        return new LocationInfo(
            origin.Whole.FilePath,
            TextSpan.FromBounds(first.Offset, last.Offset + 1),
            new LinePositionSpan(new LinePosition(first.Line, first.Column), new LinePosition(last.Line, last.Column + 1)));
    }

    /// <summary>
    /// A template read from a <c>.sbn</c> file: Scriban's 0-based line and column are the file's own (shifted by the
    /// line where the template starts inside the file), so they map directly to a <see cref="LinePositionSpan"/>.
    /// </summary>
    private static LocationInfo MapInFile(TemplateOrigin origin, string value, TemplateProblem problem)
    {
        var start = Clamp(IndexOf(value, problem.StartLine, problem.StartColumn), 0, value.Length);
        var end = Clamp(IndexOf(value, problem.EndLine, problem.EndColumn), start, value.Length);
        var startPosition = Position(value, start);
        var endPosition = Position(value, end);
        return new LocationInfo(
            origin.FilePath!,
            new TextSpan(origin.FileOffset + start, end - start),
            new LinePositionSpan(
                new LinePosition(origin.FileLine + startPosition.Line, startPosition.Character),
                new LinePosition(origin.FileLine + endPosition.Line, endPosition.Character)));
    }

    /// <summary>The 0-based line and column of <paramref name="index"/> in <paramref name="value"/> (lines end at <c>\n</c>).</summary>
    private static LinePosition Position(string value, int index)
    {
        var line = 0;
        var lineStart = 0;
        for (var i = 0; i < index && i < value.Length; i++)
        {
            if (value[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return new LinePosition(line, index - lineStart);
    }

    private static int Clamp(int value, int min, int max) => value < min ? min : value > max ? max : value;

    /// <summary>The index in <paramref name="value"/> of Scriban's (line, column); lines are separated by <c>\n</c>.</summary>
    private static int IndexOf(string value, int line, int column)
    {
        var index = 0;
        for (var l = 0; l < line && index < value.Length; l++)
        {
            var next = value.IndexOf('\n', index);
            if (next < 0)
            {
                return value.Length;
            }

            index = next + 1;
        }

        return index + column;
    }

    /// <summary>The absolute source position of each character of the literal's value, or null when not unambiguous.</summary>
    private static int[]? CharacterOffsets(SyntaxToken token, string value)
    {
        var text = token.Text;
        var start = token.SpanStart;
        int[]? offsets = null;
        if (token.IsKind(SyntaxKind.StringLiteralToken))
        {
            if (text.StartsWith("@\"", System.StringComparison.Ordinal))
            {
                var body = text.Substring(2, text.Length - 3);
                offsets = body.IndexOf('"') < 0 ? Sequential(start + 2, body.Length) : null;
            }
            else if (text.StartsWith("\"", System.StringComparison.Ordinal))
            {
                var body = text.Substring(1, text.Length - 2);
                offsets = body.IndexOf('\\') < 0 ? Sequential(start + 1, body.Length) : null;
            }
        }
        else if (token.IsKind(SyntaxKind.SingleLineRawStringLiteralToken))
        {
            var quotes = CountQuotes(text);
            offsets = Sequential(start + quotes, text.Length - (2 * quotes));
        }
        else if (token.IsKind(SyntaxKind.MultiLineRawStringLiteralToken))
        {
            offsets = MultiLineRaw(text, start, value);
        }

        return offsets is not null && offsets.Length == value.Length ? offsets : null;
    }

    private static int CountQuotes(string text)
    {
        var n = 0;
        while (n < text.Length && text[n] == '"')
        {
            n++;
        }

        return n;
    }

    private static int[] Sequential(int first, int count)
    {
        var offsets = new int[count < 0 ? 0 : count];
        for (var i = 0; i < offsets.Length; i++)
        {
            offsets[i] = first + i;
        }

        return offsets;
    }

    /// <summary>
    /// A multi-line raw literal drops the first and last lines and the closing line's indentation from every
    /// content line; rebuild the value that way, recording where each character came from.
    /// </summary>
    private static int[]? MultiLineRaw(string text, int start, string value)
    {
        var lineStarts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                lineStarts.Add(i + 1);
            }
        }

        if (lineStarts.Count < 3)
        {
            return null;
        }

        var lastLine = lineStarts[lineStarts.Count - 1];
        var indent = 0;
        while (lastLine + indent < text.Length && (text[lastLine + indent] == ' ' || text[lastLine + indent] == '\t'))
        {
            indent++;
        }

        var offsets = new List<int>(value.Length);
        var rebuilt = new System.Text.StringBuilder(value.Length);
        for (var l = 1; l < lineStarts.Count - 1; l++)
        {
            var lineStart = lineStarts[l];
            var lineEnd = lineStarts[l + 1];

            // The line break before the closing line is not part of the value.
            if (l == lineStarts.Count - 2)
            {
                lineEnd--;
                if (lineEnd > lineStart && text[lineEnd - 1] == '\r')
                {
                    lineEnd--;
                }
            }

            // A whitespace-only line may be shorter than the indentation: it contributes only its line break.
            var breakStart = lineEnd;
            while (breakStart > lineStart && (text[breakStart - 1] == '\n' || text[breakStart - 1] == '\r'))
            {
                breakStart--;
            }

            var contentStart = lineStart + indent < breakStart ? lineStart + indent : breakStart;
            for (var i = contentStart; i < lineEnd; i++)
            {
                rebuilt.Append(text[i]);
                offsets.Add(start + i);
            }
        }

        return rebuilt.ToString() == value ? offsets.ToArray() : null;
    }
}
