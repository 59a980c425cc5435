namespace Didactics.Shared;

// Thrown by the document readers when the text is not a well-formed document. Each caller turns it into its own
// public error (ProblemSetFormatException, SuiteError) and keeps the 1-based position.
internal sealed class DocumentFormatException(int line, int column, string reason, string? syntaxDetail = null, Exception? innerException = null)
    : FormatException(reason, innerException)
{
    public int Line { get; } = line;

    public int Column { get; } = column;

    /// <summary>What is wrong, in the runtime's wording (e.g. <c>invalid YAML: ...</c>).</summary>
    public string Reason { get; } = reason;

    /// <summary>The parser's own message without its position, when the text is not valid JSON or YAML; null otherwise.</summary>
    public string? SyntaxDetail { get; } = syntaxDetail;
}
