using Microsoft.Extensions.Logging;

namespace Didactics.Hosting;

/// <summary>The host's log messages (LoggerMessage source generation). None carries learner or tutor text.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 7001, Level = LogLevel.Information, Message = "Session {SessionId} started for tenant {Tenant} with strategy {Strategy} in phase {Phase}.")]
    public static partial void SessionStarted(ILogger logger, string tenant, string sessionId, string strategy, string phase);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Debug, Message = "Turn {Turn} of session {SessionId} (tenant {Tenant}): signal {Signal}, phase {Phase}, {ElapsedMs:0.0} ms.")]
    public static partial void TurnApplied(ILogger logger, string tenant, string sessionId, int turn, LearnerSignal signal, string phase, double elapsedMs);

    [LoggerMessage(EventId = 7003, Level = LogLevel.Information, Message = "Turn on session {SessionId} (tenant {Tenant}) lost a race with a concurrent turn and was not applied.")]
    public static partial void TurnConflict(ILogger logger, string tenant, string sessionId);

    [LoggerMessage(EventId = 7004, Level = LogLevel.Information, Message = "Turn on session {SessionId} (tenant {Tenant}) was a retry; the stored result of turn {Turn} was returned.")]
    public static partial void TurnReplayed(ILogger logger, string tenant, string sessionId, int turn);

    [LoggerMessage(EventId = 7005, Level = LogLevel.Warning, Message = "The answer-leak guard withheld a model reply in session {SessionId} (strategy {Strategy}, phase {Phase}).")]
    public static partial void LeakBlocked(ILogger logger, string sessionId, string strategy, string phase);

    [LoggerMessage(EventId = 7006, Level = LogLevel.Warning, Message = "Session {SessionId} (phase {Phase}) answered from authored content after the model failed or kept leaking.")]
    public static partial void FellBack(ILogger logger, string sessionId, string phase);

    [LoggerMessage(EventId = 7007, Level = LogLevel.Information, Message = "Removed {Count} personal data item(s) ({Kinds}) from a learner message in session {SessionId}.")]
    public static partial void Redacted(ILogger logger, string sessionId, int count, string kinds);

    [LoggerMessage(EventId = 7008, Level = LogLevel.Information, Message = "Session {SessionId} of tenant {Tenant} was erased.")]
    public static partial void SessionErased(ILogger logger, string tenant, string sessionId);

    [LoggerMessage(EventId = 7020, Level = LogLevel.Information, Message = "A learner of tenant {Tenant} was erased: {Sessions} session(s), {AuditRecords} audit record(s).")]
    public static partial void LearnerErased(ILogger logger, string tenant, int sessions, int auditRecords);

    [LoggerMessage(EventId = 7021, Level = LogLevel.Error, Message = "The audit record of turn {Turn} of session {SessionId} (tenant {Tenant}) could not be written; the turn itself was applied.")]
    public static partial void AuditFailed(ILogger logger, Exception exception, string tenant, string sessionId, int turn);

    public static string KindsOf(IEnumerable<PersonalDataKind> kinds) => string.Join(",", kinds.Distinct());
}
