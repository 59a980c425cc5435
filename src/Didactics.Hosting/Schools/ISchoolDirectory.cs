namespace Didactics.Hosting;

/// <summary>
/// What the host keeps per session for schools, next to the session store: the learner profile (class, age band,
/// consent), the model record of every turn, a per-tenant session index for the teacher view, and alerts.
/// In memory by default; in Redis (<see cref="RedisSchoolDirectory"/>) when the sessions are.
/// </summary>
public interface ISchoolDirectory
{
    /// <summary>Stores (or replaces) a session's learner profile and indexes the session for its tenant.</summary>
    ValueTask SetProfileAsync(SessionKey key, LearnerProfile profile, CancellationToken cancellationToken = default);

    /// <summary>Reads a session's learner profile, or null.</summary>
    ValueTask<LearnerProfile?> GetProfileAsync(SessionKey key, CancellationToken cancellationToken = default);

    /// <summary>The tenant's session ids, most recently started first (at most <paramref name="max"/>).</summary>
    ValueTask<IReadOnlyList<string>> ListSessionsAsync(string tenant, int max, CancellationToken cancellationToken = default);

    /// <summary>Appends the model record of a turn.</summary>
    ValueTask AddTurnModelAsync(SessionKey key, TurnModelRecord record, CancellationToken cancellationToken = default);

    /// <summary>The model records of a session's turns, oldest first.</summary>
    ValueTask<IReadOnlyList<TurnModelRecord>> GetTurnModelsAsync(SessionKey key, CancellationToken cancellationToken = default);

    /// <summary>Stores an alert and delivers it to every subscriber (on every host sharing the directory).</summary>
    ValueTask AddAlertAsync(TeacherAlert alert, CancellationToken cancellationToken = default);

    /// <summary>The tenant's most recent alerts, newest first.</summary>
    ValueTask<IReadOnlyList<TeacherAlert>> GetAlertsAsync(string tenant, int max, CancellationToken cancellationToken = default);

    /// <summary>Registers a callback for new alerts of any tenant; dispose the result to stop.</summary>
    IDisposable Subscribe(Action<TeacherAlert> onAlert);

    /// <summary>Erases everything kept for a session (its alerts stay in the tenant's alert log without the message).</summary>
    ValueTask RemoveAsync(SessionKey key, CancellationToken cancellationToken = default);

    /// <summary>Removes every alert about <paramref name="learner"/> from the tenant's alert log (a learner's erasure); returns how many.</summary>
    ValueTask<int> RemoveLearnerAlertsAsync(string tenant, string learner, CancellationToken cancellationToken = default);
}
