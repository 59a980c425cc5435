namespace Didactics.Shared;

// The one entry point for reading a JSON or YAML document into the positioned tree (problem sets, certification suites).
internal static class DocumentReader
{
    /// <summary>Reads <paramref name="text"/>; <paramref name="rootContents"/> names what the root mapping holds (for the empty-file message).</summary>
    /// <exception cref="DocumentFormatException">The text is not one well-formed document.</exception>
    public static DocumentNode Read(string text, DocumentFormat format, string rootContents) =>
        format == DocumentFormat.Yaml ? YamlDocumentReader.Read(text, rootContents) : JsonDocumentReader.Read(text, rootContents);

    /// <summary>The format a file name's extension implies: <c>.json</c> is JSON, anything else YAML.</summary>
    public static DocumentFormat FormatOf(string fileName) =>
        fileName.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? DocumentFormat.Json : DocumentFormat.Yaml;
}
