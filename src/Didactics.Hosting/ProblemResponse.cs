namespace Didactics.Hosting;

/// <summary>A problem of the host's catalogue (<c>GET /problems</c>); the answers are never listed.</summary>
/// <param name="Id">The problem id.</param>
/// <param name="Statement">The statement.</param>
/// <param name="Language">The problem language.</param>
public sealed record ProblemResponse(string Id, string Statement, string Language);
