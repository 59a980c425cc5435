namespace Didactics;

/// <summary>Classifies a learner turn into a <see cref="LearnerSignal"/>.</summary>
public interface ILearnerSignalClassifier
{
    /// <summary>Classifies <paramref name="learnerMessage"/>, given the answer checker's verdict on it.</summary>
    LearnerSignal Classify(Problem problem, string learnerMessage, AnswerVerdict verdict);
}
