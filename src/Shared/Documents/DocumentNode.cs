namespace Didactics.Shared;

// A format-neutral tree (JSON and YAML both read into it) that keeps the 1-based position of every node, so that
// validation errors can point at the exact line and column whichever format the designer wrote.
internal abstract class DocumentNode(int line, int column)
{
    public int Line { get; } = line;

    public int Column { get; } = column;

    public abstract string Describe { get; }
}

internal sealed class ScalarNode(int line, int column, string? value, bool isString) : DocumentNode(line, column)
{
    /// <summary>The text, or null for an explicit null (<c>null</c>, <c>~</c> or an empty YAML value).</summary>
    public string? Value { get; } = value;

    /// <summary>True when the source wrote a string (quoted JSON string, any YAML scalar that is not null).</summary>
    public bool IsString { get; } = isString;

    public override string Describe => Value is null ? "null" : "a value";
}

internal sealed class SequenceNode(int line, int column, List<DocumentNode> items) : DocumentNode(line, column)
{
    public List<DocumentNode> Items { get; } = items;

    public override string Describe => "a list";
}

internal sealed class MappingNode(int line, int column, List<KeyValuePair<ScalarNode, DocumentNode>> entries) : DocumentNode(line, column)
{
    public List<KeyValuePair<ScalarNode, DocumentNode>> Entries { get; } = entries;

    /// <summary>The value of the first entry whose key is <paramref name="key"/>, or null when there is none.</summary>
    public DocumentNode? Find(string key)
    {
        foreach (var (name, value) in Entries)
        {
            if (string.Equals(name.Value, key, StringComparison.Ordinal))
            {
                return value;
            }
        }

        return null;
    }

    public override string Describe => "a mapping";
}
