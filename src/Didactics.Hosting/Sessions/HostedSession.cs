namespace Didactics.Hosting;

/// <summary>A session as the host keeps it: the runtime's <see cref="SessionState"/> plus who owns it.</summary>
/// <param name="Tenant">The owning tenant.</param>
/// <param name="Learner">The learner's pseudonym (never a real name).</param>
/// <param name="State">The session state.</param>
public sealed record HostedSession(string Tenant, string Learner, SessionState State);
