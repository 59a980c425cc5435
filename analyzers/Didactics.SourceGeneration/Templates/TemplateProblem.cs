namespace Didactics.SourceGeneration;

/// <summary>
/// A problem found in a template, positioned by Scriban's 0-based line and column inside the template text
/// (end exclusive). The parser maps the positions into the C# source that holds the template.
/// </summary>
internal sealed record TemplateProblem(string DescriptorId, int StartLine, int StartColumn, int EndLine, int EndColumn, string[] Arguments);
