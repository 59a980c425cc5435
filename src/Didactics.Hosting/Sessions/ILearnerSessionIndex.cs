namespace Didactics.Hosting;

/// <summary>
/// Finds every session of one learner in a tenant, for the learner's data rights (export and erase everything about
/// them). Both built-in stores implement it; a custom <see cref="IHostedSessionStore"/> should too.
/// </summary>
public interface ILearnerSessionIndex
{
    /// <summary>The ids of the sessions of <paramref name="learner"/> in <paramref name="tenant"/> that still exist.</summary>
    ValueTask<IReadOnlyList<string>> ListSessionsAsync(string tenant, string learner, CancellationToken cancellationToken = default);
}
