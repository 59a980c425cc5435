namespace Didactics;

/// <summary>
/// A classifier that can consult something slow (a model) to classify a learner turn. The pipeline awaits
/// <see cref="ClassifyAsync"/> when its <see cref="DidacticsChatClient.SignalClassifier"/> implements this interface.
/// </summary>
public interface IAsyncLearnerSignalClassifier : ILearnerSignalClassifier
{
    /// <summary>Classifies <paramref name="learnerMessage"/>, given the answer checker's verdict on it.</summary>
    ValueTask<LearnerSignal> ClassifyAsync(Problem problem, string learnerMessage, AnswerVerdict verdict, CancellationToken cancellationToken = default);
}
