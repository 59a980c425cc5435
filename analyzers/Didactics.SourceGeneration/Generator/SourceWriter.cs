using System;
using System.Text;

namespace Didactics.SourceGeneration;

/// <summary>An indented line writer for generated C# (four spaces per level, <c>\n</c> line endings on every platform).</summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder _builder = new StringBuilder();

    public int Indentation { get; set; }

    public SourceWriter WriteLine(string line)
    {
        if (line.Length > 0)
        {
            _builder.Append(' ', Indentation * 4);
            _builder.Append(line);
        }

        _builder.Append('\n');
        return this;
    }

    public SourceWriter WriteLine() => WriteLine(string.Empty);

    /// <summary>Writes <paramref name="line"/> and opens a block (<c>{</c>, indented).</summary>
    public SourceWriter OpenBlock(string line)
    {
        WriteLine(line);
        WriteLine("{");
        Indentation++;
        return this;
    }

    public SourceWriter OpenBlock()
    {
        WriteLine("{");
        Indentation++;
        return this;
    }

    public SourceWriter CloseBlock(string suffix = "")
    {
        if (Indentation == 0)
        {
            throw new InvalidOperationException("CloseBlock without a matching OpenBlock.");
        }

        Indentation--;
        WriteLine("}" + suffix);
        return this;
    }

    public override string ToString() => _builder.ToString();
}
