namespace Didactics;

/// <summary>
/// Decides deterministically, outside the model, whether a learner message answers a problem correctly.
/// The model is told only the verdict and the diagnosis, never the reference answer.
/// </summary>
public interface IAnswerChecker
{
    /// <summary>Checks <paramref name="learnerMessage"/> against the reference answers of <paramref name="problem"/>.</summary>
    AnswerVerdict Check(Problem problem, string learnerMessage);
}
