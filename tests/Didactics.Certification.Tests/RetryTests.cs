using Microsoft.Extensions.AI;
using Microsoft.Extensions.Time.Testing;

namespace Didactics.Certification.Tests;

// Retry delays and turn timeouts run on CertificationRunOptions.TimeProvider: these tests move a fake clock instead of sleeping.
public sealed class RetryTests
{
    private static readonly Scenario OneTurn = TestSupport.Scenario(PersonaKind.Confused, turns: 1);

    [Fact]
    public async Task Transient_failures_wait_for_the_clock_then_are_retried()
    {
        var time = new FakeTimeProvider();
        var tutor = new CallbackTutor(canRetry: true, (call, _) => call <= 2
            ? throw new TutorFailureException("HTTP 503", isTransient: true)
            : Task.FromResult("What is 7 × 4, and what would you do with it next?"));
        var options = new CertificationRunOptions { TimeProvider = time, Retries = 2, RetryDelay = TimeSpan.FromHours(1), TurnTimeout = TimeSpan.FromMinutes(1) };

        var run = new CertificationRunner(options).RunScenarioAsync(OneTurn, tutor);
        await Task.Delay(200);
        Assert.False(run.IsCompleted);
        Assert.Equal(1, tutor.Calls);

        var result = await Advance(time, run);
        Assert.NotEqual(ScenarioStatus.Error, result.Status);
        Assert.Equal(3, tutor.Calls);
        Assert.Equal(2, result.Turns[0].Retries);
    }

    [Theory]
    [InlineData(false, 2, "The tutor did not reply within 60 s.", 1)]
    [InlineData(true, 1, "The tutor did not reply within 60 s. (after 1 retry)", 2)]
    public async Task A_timed_out_turn_is_retried_only_for_stateless_tutors(bool canRetry, int retries, string error, int calls)
    {
        var time = new FakeTimeProvider();
        var tutor = new CallbackTutor(canRetry, Hang);
        var options = new CertificationRunOptions { TimeProvider = time, Retries = retries, TurnTimeout = TimeSpan.FromMinutes(1) };

        var result = await Advance(time, new CertificationRunner(options).RunScenarioAsync(OneTurn, tutor));
        Assert.Equal((ScenarioStatus.Error, error, calls), (result.Status, result.Error, tutor.Calls));
    }

    [Fact]
    public async Task A_permanent_failure_is_not_retried()
    {
        var tutor = new CallbackTutor(canRetry: true, (_, _) => throw new TutorFailureException("HTTP 401", isTransient: false));
        var result = await new CertificationRunner(new CertificationRunOptions { TimeProvider = new FakeTimeProvider(), Retries = 2 }).RunScenarioAsync(OneTurn, tutor);
        Assert.Equal(("HTTP 401", 1), (result.Error, tutor.Calls));
    }

    [Theory]
    [InlineData(0.001)]
    [InlineData(200_000)]
    public void Turn_timeouts_outside_10_ms_to_24_hours_are_rejected(double seconds) =>
        Assert.Contains("between 10 ms and 24 hours", Assert.Throws<ArgumentException>(() => new CertificationRunner(new CertificationRunOptions { TurnTimeout = TimeSpan.FromSeconds(seconds) })).Message);

    private static async Task<string> Hang(int call, CancellationToken cancellationToken)
    {
        await Task.Delay(Timeout.Infinite, cancellationToken);
        return "never";
    }

    // Moves the fake clock in steps until the run finishes (bounded in real time).
    private static async Task<ScenarioResult> Advance(FakeTimeProvider time, Task<ScenarioResult> run)
    {
        for (var i = 0; i < 500 && !run.IsCompleted; i++)
        {
            await Task.Delay(10);
            time.Advance(TimeSpan.FromMinutes(30));
        }

        return await run.WaitAsync(TimeSpan.FromSeconds(5));
    }

    private sealed class CallbackTutor(bool canRetry, Func<int, CancellationToken, Task<string>> reply) : ITutorUnderTest, ITutorConversation
    {
        private int _calls;

        public int Calls => _calls;

        public string Identity => "callback";

        public string? Opening => null;

        public bool CanRetry => canRetry;

        public Task<ITutorConversation> StartAsync(Scenario scenario, CancellationToken cancellationToken = default) => Task.FromResult<ITutorConversation>(this);

        public Task<string> ReplyAsync(IReadOnlyList<ChatMessage> messages, CancellationToken cancellationToken = default) =>
            reply(Interlocked.Increment(ref _calls), cancellationToken);

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
