namespace Didactics.Hosting;

/// <summary>Thrown for a request the API rejects with 400; <see cref="Errors"/> maps fields to messages.</summary>
public sealed class DidacticsValidationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public DidacticsValidationException(IDictionary<string, string[]> errors)
        : base("The request is invalid: " + string.Join(" ", errors.SelectMany(e => e.Value))) =>
        Errors = errors;

    /// <summary>Creates the exception for one field.</summary>
    public DidacticsValidationException(string field, string message)
        : this(new Dictionary<string, string[]> { [field] = [message] })
    {
    }

    /// <summary>The field errors.</summary>
    public IDictionary<string, string[]> Errors { get; }
}
