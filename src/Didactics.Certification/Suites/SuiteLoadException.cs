namespace Didactics.Certification;

/// <summary>Thrown when a suite file is malformed; <see cref="Errors"/> lists every problem with its file and line.</summary>
public sealed class SuiteLoadException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SuiteLoadException(IReadOnlyList<SuiteError> errors)
        : base(string.Join(Environment.NewLine, errors)) => Errors = errors;

    /// <summary>The problems found.</summary>
    public IReadOnlyList<SuiteError> Errors { get; }
}
