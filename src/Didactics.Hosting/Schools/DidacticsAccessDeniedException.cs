namespace Didactics.Hosting;

/// <summary>Thrown when the caller's role may not do what the request asks (the API answers 403).</summary>
public sealed class DidacticsAccessDeniedException(string message) : Exception(message);
