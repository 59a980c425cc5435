namespace Didactics.Certification;

/// <summary>One problem found in a suite file, with its position.</summary>
/// <param name="File">The file.</param>
/// <param name="Line">The 1-based line.</param>
/// <param name="Column">The 1-based column.</param>
/// <param name="Message">What is wrong and how to fix it.</param>
public sealed record SuiteError(string File, int Line, int Column, string Message)
{
    /// <summary>The error as compilers print it: <c>file(line,column): message</c>.</summary>
    public override string ToString() => $"{File}({Line},{Column}): error: {Message}";
}
