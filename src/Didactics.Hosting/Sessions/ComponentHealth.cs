namespace Didactics.Hosting;

/// <summary>The state of one backing service of the host (session store, audit log), as the health endpoint reports it.</summary>
/// <param name="Component">What it is for: <c>sessions</c> or <c>audit</c>.</param>
/// <param name="Kind">The implementation, e.g. <c>redis</c>, <c>in-memory</c>, <c>sqlite</c>, <c>postgresql</c>.</param>
/// <param name="Healthy">True when it answers.</param>
/// <param name="Status">A short state word: <c>up</c>, <c>down</c>, <c>connecting</c>.</param>
/// <param name="Detail">What is wrong, or where it is (never a password).</param>
/// <param name="LatencyMs">How long the check took, in milliseconds.</param>
public sealed record ComponentHealth(string Component, string Kind, bool Healthy, string Status, string? Detail, double LatencyMs);
