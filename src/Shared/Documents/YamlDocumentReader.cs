using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Didactics.Shared;

// Reads YAML with YamlDotNet's parser (events only: no reflection-based deserializer, so the runtime stays AOT-safe).
internal static class YamlDocumentReader
{
    public static DocumentNode Read(string text, string rootContents)
    {
        var parser = new Parser(new StringReader(text));
        var anchors = new Dictionary<string, DocumentNode>(StringComparer.Ordinal);
        try
        {
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
            {
                throw new DocumentFormatException(1, 1, $"the file is empty; expected a mapping with {rootContents}");
            }

            parser.Consume<DocumentStart>();
            var root = ReadNode(parser, anchors);
            parser.Consume<DocumentEnd>();
            if (parser.Accept<DocumentStart>(out var extra))
            {
                throw new DocumentFormatException((int)extra.Start.Line, (int)extra.Start.Column,
                    "the file contains more than one YAML document; put everything in one document");
            }

            return root;
        }
        catch (YamlException ex)
        {
            var reason = ex.InnerException is YamlException inner ? inner.Message : ex.Message;
            var detail = StripPosition(reason);
            throw new DocumentFormatException((int)ex.Start.Line, (int)ex.Start.Column, "invalid YAML: " + detail, detail, ex);
        }
    }

    private static DocumentNode ReadNode(IParser parser, Dictionary<string, DocumentNode> anchors)
    {
        var current = parser.Current ?? throw new DocumentFormatException(0, 0, "unexpected end of the YAML document");
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
                    items.Add(ReadNode(parser, anchors));
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
                    var keyNode = ReadNode(parser, anchors);
                    if (keyNode is not ScalarNode key || key.Value is null)
                    {
                        throw new DocumentFormatException(keyNode.Line, keyNode.Column, "a mapping key must be a plain name such as 'id'");
                    }

                    entries.Add(new(key, ReadNode(parser, anchors)));
                }

                node = new MappingNode(line, column, entries);
                break;
            }

            case AnchorAlias alias:
                parser.MoveNext();
                if (!anchors.TryGetValue(alias.Value.Value, out var target))
                {
                    throw new DocumentFormatException(line, column, $"alias '*{alias.Value.Value}' refers to no anchor defined before it");
                }

                return target;
            default:
                throw new DocumentFormatException(line, column, $"unexpected YAML element {current.GetType().Name}");
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
