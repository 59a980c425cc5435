namespace Didactics.Hosting;

/// <summary>Thrown (and retried) when the model answered with an empty or malformed reply.</summary>
public sealed class MalformedModelReplyException(string message) : Exception(message);
