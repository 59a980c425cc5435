namespace Didactics;

/// <summary>
/// Thrown when a problem-set file is malformed. The message names the file, the position and the field in the
/// form compilers use, so editors and CI logs link to it, e.g.
/// <c>fractions.yaml(12,5): problem 'f3': 'answers' must contain at least one answer</c>.
/// </summary>
public sealed class ProblemSetFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="fileName">The file (or source name) that was read.</param>
    /// <param name="line">The 1-based line of the offending node, or 0 when unknown.</param>
    /// <param name="column">The 1-based column of the offending node, or 0 when unknown.</param>
    /// <param name="problemId">The id of the problem the error is in, or null for set-level errors.</param>
    /// <param name="field">The field name, or null for syntax errors.</param>
    /// <param name="reason">What is wrong and what to write instead.</param>
    /// <param name="innerException">The parser's exception, for syntax errors.</param>
    public ProblemSetFormatException(string fileName, int line, int column, string? problemId, string? field, string reason, Exception? innerException = null)
        : base(Format(fileName, line, column, problemId, reason), innerException)
    {
        FileName = fileName;
        Line = line;
        Column = column;
        ProblemId = problemId;
        Field = field;
        Reason = reason;
    }

    /// <summary>The file (or source name) that was read.</summary>
    public string FileName { get; }

    /// <summary>The 1-based line of the error, or 0 when unknown.</summary>
    public int Line { get; }

    /// <summary>The 1-based column of the error, or 0 when unknown.</summary>
    public int Column { get; }

    /// <summary>The id of the problem the error is in, or null.</summary>
    public string? ProblemId { get; }

    /// <summary>The offending field (e.g. <c>answers</c> or <c>answers[0].kind</c>), or null for syntax errors.</summary>
    public string? Field { get; }

    /// <summary>What is wrong, without the location prefix.</summary>
    public string Reason { get; }

    private static string Format(string fileName, int line, int column, string? problemId, string reason)
    {
        var location = line > 0 ? $"{fileName}({line},{column})" : fileName;
        return problemId is null ? $"{location}: {reason}" : $"{location}: problem '{problemId}': {reason}";
    }
}
