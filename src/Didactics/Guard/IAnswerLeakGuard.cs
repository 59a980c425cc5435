namespace Didactics;

/// <summary>Scans tutor replies for the final answer of a problem, in any equivalent form.</summary>
public interface IAnswerLeakGuard
{
    /// <summary>Scans <paramref name="reply"/>. <paramref name="history"/> is the dialogue so far (confirming an answer the learner already gave is not a reveal).</summary>
    LeakScanResult Scan(Problem problem, string reply, string? history = null);
}
