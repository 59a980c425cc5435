using System.Text;
using System.Text.Json;

namespace Didactics.Shared;

// Reads JSON with Utf8JsonReader (System.Text.Json) into the positioned tree. A typed JsonSerializer call would lose
// the position of a field once the syntax is valid, and curriculum designers need the line of a missing answer.
internal static class JsonDocumentReader
{
    private static readonly JsonReaderOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 64 };

    public static DocumentNode Read(string text, string rootContents)
    {
        // Utf8JsonReader rejects an empty input as "no JSON tokens"; say what the file should hold instead.
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new DocumentFormatException(1, 1, $"the file is empty; expected a JSON object with {rootContents}");
        }

        var bytes = Encoding.UTF8.GetBytes(text);
        var lines = new LineMap(bytes);
        var reader = new Utf8JsonReader(bytes, Options);
        try
        {
            reader.Read();
            var root = ReadValue(ref reader, lines);
            if (reader.Read())
            {
                var (line, column) = lines.Position(reader.TokenStartIndex);
                throw new DocumentFormatException(line, column, "unexpected content after the end of the JSON document");
            }

            return root;
        }
        catch (JsonException ex)
        {
            // The reader reports 0-based lines and byte positions.
            var line = (int)(ex.LineNumber ?? 0) + 1;
            var column = (int)(ex.BytePositionInLine ?? 0) + 1;
            var detail = StripPosition(ex.Message);
            throw new DocumentFormatException(line, column, "invalid JSON: " + detail, detail, ex);
        }
    }

    private static DocumentNode ReadValue(ref Utf8JsonReader reader, LineMap lines)
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
                    entries.Add(new(key, ReadValue(ref reader, lines)));
                }

                return new MappingNode(line, column, entries);
            }

            case JsonTokenType.StartArray:
            {
                var items = new List<DocumentNode>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(ReadValue(ref reader, lines));
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
                throw new DocumentFormatException(line, column, $"unexpected JSON token {reader.TokenType}");
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
