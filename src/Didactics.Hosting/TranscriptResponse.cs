namespace Didactics.Hosting;

/// <summary>A session transcript (<c>GET /sessions/{id}/transcript</c>).</summary>
/// <param name="SessionId">The session id.</param>
/// <param name="Version">The session version.</param>
/// <param name="Entries">The transcript, oldest first.</param>
public sealed record TranscriptResponse(string SessionId, long Version, IReadOnlyList<TranscriptEntry> Entries);
