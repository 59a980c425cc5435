namespace Didactics.Hosting;

/// <summary>Thrown for a request the API rejects before reading it as data (415 media type, 413 size); mapped to a problem document.</summary>
public sealed class DidacticsRequestException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="statusCode">The HTTP status code.</param>
    /// <param name="problemType">The last segment of the problem type URI, e.g. <c>unsupported-media-type</c>.</param>
    /// <param name="title">The problem title.</param>
    /// <param name="detail">What was wrong and how to fix it.</param>
    public DidacticsRequestException(int statusCode, string problemType, string title, string detail)
        : base(detail)
    {
        StatusCode = statusCode;
        ProblemType = problemType;
        Title = title;
    }

    /// <summary>The HTTP status code.</summary>
    public int StatusCode { get; }

    /// <summary>The last segment of the problem type URI.</summary>
    public string ProblemType { get; }

    /// <summary>The problem title.</summary>
    public string Title { get; }
}
