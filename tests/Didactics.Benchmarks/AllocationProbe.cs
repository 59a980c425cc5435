using Didactics.Checking;
using Didactics.Learning;
using Didactics.Sessions;
using Didactics.Signals;

namespace Didactics.Benchmarks;

/// <summary>Bytes allocated by each step of a turn, measured one step at a time (development aid: `--probe`).</summary>
internal static class AllocationProbe
{
    public static void Run()
    {
        var problem = Replies.Linear;
        const string Message = "I think x = 5";
        var verdict = DefaultAnswerChecker.Instance.Check(problem, Message);
        var signal = KeywordSignalClassifier.Instance.Classify(problem, Message, verdict);
        var updater = new LearnerStateUpdater();
        var state = new SessionState { Id = "s", Strategy = "socratic", Problem = problem, Phase = "Elicit" };
        Probe("checker", () => DefaultAnswerChecker.Instance.Check(problem, Message));
        Probe("classifier", () => KeywordSignalClassifier.Instance.Classify(problem, Message, verdict));
        Probe("learner model", () => updater.Apply(state, Message, signal, verdict, DateTimeOffset.UnixEpoch));
        Probe("guard scan", () => Didactics.Guard.AnswerLeakGuard.Instance.Scan(problem, Replies.OneKilobyte));
        Probe("mode", () => KeywordCollaborationModeClassifier.Instance.Classify(Message, signal, verdict, LearnerSignal.Unclassified));
        Probe("tokenize candidate", () => SignalText.Tokenize(verdict.Candidate!));
        Probe("meter", () => state.Delegation.Record(CollaborationMode.TaskIteration) with { Delegating = false });
        Probe("signal name", () => signal.ToString());
        Probe("phase visits", () => state.PhaseVisits.SetItem("Probe", 1));
        Probe("state with", () => state with { Phase = "Probe" });
    }

    private static void Probe<T>(string name, Func<T> step)
    {
        for (var i = 0; i < 100; i++)
        {
            step();
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        const int N = 1000;
        for (var i = 0; i < N; i++)
        {
            step();
        }

        Console.WriteLine($"{name}: {(GC.GetAllocatedBytesForCurrentThread() - before) / N} B");
    }
}
