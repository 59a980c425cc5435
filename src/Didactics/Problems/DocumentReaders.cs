using System.Text;
using System.Text.Json;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Didactics;

// Reads JSON with Utf8JsonReader (System.Text.Json) into the positioned tree. A typed JsonSerializer call would lose
// the position of a field once the syntax is valid, and curriculum designers need the line of a missing answer.
internal static class JsonDocumentReader
{
    private static readonly JsonReaderOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 64 };

    public static DocumentNode Read(string text, string fileName)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var lines = new LineMap(bytes);
        var reader = new Utf8JsonReader(bytes, Options);
        try
        {
            if (!reader.Read())
            {
                throw new ProblemSetFormatException(fileName, 1, 1, null, null, "the file is empty; expected a JSON object with a 'problems' list");
            }

            var root = ReadValue(ref reader, lines, fileName);
            if (reader.Read())
            {
                var (line, column) = lines.Position(reader.TokenStartIndex);
                throw new ProblemSetFormatException(fileName, line, column, null, null, "unexpected content after the end of the JSON document");
            }

            return root;
        }
        catch (JsonException ex)
        {
            // The reader reports 0-based lines and byte positions.
            var line = (int)(ex.LineNumber ?? 0) + 1;
            var column = (int)(ex.BytePositionInLine ?? 0) + 1;
            throw new ProblemSetFormatException(fileName, line, column, null, null, "invalid JSON: " + StripPosition(ex.Message), ex);
        }
    }

    private static DocumentNode ReadValue(ref Utf8JsonReader reader, LineMap lines, string fileName)
    {
        var (line, column) = lines.Position(reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
            {
                var entries = new List<KeyValuePair<ScalarNode, DocumentNode>>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var (keyLine, keyColumn) = lines.Position(reader.TokenStartIndex);
                    var key = new ScalarNode(keyLine, keyColumn, reader.GetString(), isString: true);
                    reader.Read();
                    entries.Add(new(key, ReadValue(ref reader, lines, fileName)));
                }

                return new MappingNode(line, column, entries);
            }

            case JsonTokenType.StartArray:
            {
                var items = new List<DocumentNode>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(ReadValue(ref reader, lines, fileName));
                }

                return new SequenceNode(line, column, items);
            }

            case JsonTokenType.String:
                return new ScalarNode(line, column, reader.GetString(), isString: true);
            case JsonTokenType.Number:
            case JsonTokenType.True:
            case JsonTokenType.False:
                return new ScalarNode(line, column, Encoding.UTF8.GetString(reader.ValueSpan), isString: false);
            case JsonTokenType.Null:
                return new ScalarNode(line, column, null, isString: false);
            default:
                throw new ProblemSetFormatException(fileName, line, column, null, null, $"unexpected JSON token {reader.TokenType}");
        }
    }

    private static string StripPosition(string message)
    {
        // "'x' is invalid after a value. Expected ... LineNumber: 3 | BytePositionInLine: 4." -> the part before "LineNumber".
        var at = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (at > 0 ? message[..at] : message).TrimEnd();
    }

    // Maps a UTF-8 byte offset to a 1-based line and a 1-based column counted in characters.
    private sealed class LineMap
    {
        private readonly byte[] _bytes;
        private readonly List<int> _starts = [0];

        public LineMap(byte[] bytes)
        {
            _bytes = bytes;
            for (var i = 0; i < bytes.Length; i++)
            {
                if (bytes[i] == (byte)'\n')
                {
                    _starts.Add(i + 1);
                }
            }
        }

        public (int Line, int Column) Position(long offset)
        {
            var index = _starts.BinarySearch((int)offset);
            var line = index >= 0 ? index : ~index - 1;
            var column = 1;
            for (var i = _starts[line]; i < offset; i++)
            {
                if ((_bytes[i] & 0xC0) != 0x80)
                {
                    column++;
                }
            }

            return (line + 1, column);
        }
    }
}

// Reads YAML with YamlDotNet's parser (events only: no reflection-based deserializer, so the runtime stays AOT-safe).
internal static class YamlDocumentReader
{
    public static DocumentNode Read(string text, string fileName)
    {
        var parser = new Parser(new StringReader(text));
        var anchors = new Dictionary<string, DocumentNode>(StringComparer.Ordinal);
        try
        {
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
            {
                throw new ProblemSetFormatException(fileName, 1, 1, null, null, "the file is empty; expected a mapping with a 'problems' list");
            }

            parser.Consume<DocumentStart>();
            var root = ReadNode(parser, anchors, fileName);
            parser.Consume<DocumentEnd>();
            if (parser.Accept<DocumentStart>(out var extra))
            {
                throw new ProblemSetFormatException(fileName, (int)extra.Start.Line, (int)extra.Start.Column, null, null,
                    "the file contains more than one YAML document; put all problems in one document");
            }

            return root;
        }
        catch (YamlException ex)
        {
            var reason = ex.InnerException is YamlException inner ? inner.Message : ex.Message;
            throw new ProblemSetFormatException(fileName, (int)ex.Start.Line, (int)ex.Start.Column, null, null, "invalid YAML: " + StripPosition(reason), ex);
        }
    }

    private static DocumentNode ReadNode(IParser parser, Dictionary<string, DocumentNode> anchors, string fileName)
    {
        var current = parser.Current ?? throw new ProblemSetFormatException(fileName, 0, 0, null, null, "unexpected end of the YAML document");
        var line = (int)current.Start.Line;
        var column = (int)current.Start.Column;
        DocumentNode node;
        string? anchor = null;
        switch (current)
        {
            case Scalar scalar:
                parser.MoveNext();
                anchor = scalar.Anchor.IsEmpty ? null : scalar.Anchor.Value;
                var isNull = scalar.Style == ScalarStyle.Plain && scalar.Value is "" or "~" or "null" or "Null" or "NULL";
                node = new ScalarNode(line, column, isNull ? null : scalar.Value, isString: !isNull);
                break;
            case SequenceStart sequence:
            {
                parser.MoveNext();
                anchor = sequence.Anchor.IsEmpty ? null : sequence.Anchor.Value;
                var items = new List<DocumentNode>();
                while (!parser.TryConsume<SequenceEnd>(out _))
                {
                    items.Add(ReadNode(parser, anchors, fileName));
                }

                node = new SequenceNode(line, column, items);
                break;
            }

            case MappingStart mapping:
            {
                parser.MoveNext();
                anchor = mapping.Anchor.IsEmpty ? null : mapping.Anchor.Value;
                var entries = new List<KeyValuePair<ScalarNode, DocumentNode>>();
                while (!parser.TryConsume<MappingEnd>(out _))
                {
                    var keyNode = ReadNode(parser, anchors, fileName);
                    if (keyNode is not ScalarNode key || key.Value is null)
                    {
                        throw new ProblemSetFormatException(fileName, keyNode.Line, keyNode.Column, null, null, "a mapping key must be a plain name such as 'id' or 'statement'");
                    }

                    entries.Add(new(key, ReadNode(parser, anchors, fileName)));
                }

                node = new MappingNode(line, column, entries);
                break;
            }

            case AnchorAlias alias:
                parser.MoveNext();
                if (!anchors.TryGetValue(alias.Value.Value, out var target))
                {
                    throw new ProblemSetFormatException(fileName, line, column, null, null, $"alias '*{alias.Value.Value}' refers to no anchor defined before it");
                }

                return target;
            default:
                throw new ProblemSetFormatException(fileName, line, column, null, null, $"unexpected YAML element {current.GetType().Name}");
        }

        if (anchor is not null)
        {
            anchors[anchor] = node;
        }

        return node;
    }

    private static string StripPosition(string message)
    {
        // YamlDotNet prefixes "(Line: 3, Col: 5, Idx: 20) - (Line: 3, Col: 6, Idx: 21): "; the location is reported separately.
        var at = message.LastIndexOf("): ", StringComparison.Ordinal);
        return at >= 0 && message.StartsWith("(Line:", StringComparison.Ordinal) ? message[(at + 3)..] : message;
    }
}
