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
        Probe("guard scan", () => Didactics.AnswerLeakGuard.Instance.Scan(problem, Replies.OneKilobyte));
        Probe("mode", () => KeywordCollaborationModeClassifier.Instance.Classify(Message, signal, verdict, LearnerSignal.Unclassified));
        Probe("tokenize candidate", () => SignalText.Tokenize(verdict.Candidate!));
        Probe("meter", () => state.Delegation.Record(CollaborationMode.TaskIteration) with { Delegating = false });
        Probe("signal name", () => signal.ToString());
        Probe("phase visits", () => state.PhaseVisits.SetItem("Probe", 1));
        Probe("state with", () => state with { Phase = "Probe" });
    }

    public static void Time()
    {
        var numeric = new Problem("n", "Solve x + 4 = 8. What is x?", "4", AnswerKind.Number) { Language = "en" };
        var textual = new Problem("t", "What is the capital of France?", "Paris", AnswerKind.Text) { Language = "en" };
        Clock("guard, expression answer x = 4", () => Didactics.AnswerLeakGuard.Instance.Scan(Replies.Linear, Replies.OneKilobyte));
        Clock("guard, number answer 4", () => Didactics.AnswerLeakGuard.Instance.Scan(numeric, Replies.OneKilobyte));
        Clock("guard, text answer Paris", () => Didactics.AnswerLeakGuard.Instance.Scan(textual, Replies.OneKilobyte));
        Clock("checker", () => DefaultAnswerChecker.Instance.Check(Replies.Linear, "I think x = 5"));
        var verdict = DefaultAnswerChecker.Instance.Check(Replies.Linear, "I think x = 5");
        Clock("classifier", () => KeywordSignalClassifier.Instance.Classify(Replies.Linear, "I think x = 5", verdict));
        var updater = new LearnerStateUpdater();
        var state = new SessionState { Id = "s", Strategy = "socratic", Problem = Replies.Linear, Phase = "Elicit" };
        Clock("learner model", () => updater.Apply(state, "I think x = 5", LearnerSignal.IncorrectAttempt, verdict, DateTimeOffset.UnixEpoch));
    }

    private static void Clock<T>(string name, Func<T> step)
    {
        var best = double.MaxValue;
        for (var round = 0; round < 6; round++)
        {
            var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
            const int N = 20_000;
            for (var i = 0; i < N; i++)
            {
                step();
            }

            best = Math.Min(best, (System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds * 1000 / N);
        }

        Console.WriteLine($"{name}: {best:0.000} us CPU");
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
