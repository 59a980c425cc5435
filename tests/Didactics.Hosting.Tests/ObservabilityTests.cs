using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Didactics.Tests.Shared;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Didactics.Hosting.Tests;

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TelemetryCollection
{
    public const string Name = "telemetry";
}

[Collection(TelemetryCollection.Name)]
public sealed class ObservabilityTests
{
    [Fact]
    public async Task Turns_emit_activities_metrics_and_logs_without_learner_text()
    {
        var measurements = new ConcurrentBag<(string Instrument, double Value, Dictionary<string, object?> Tags)>();
        using var meterListener = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == DidacticsTelemetry.Name)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        meterListener.SetMeasurementEventCallback<long>((i, v, tags, _) => measurements.Add((i.Name, v, ToDictionary(tags))));
        meterListener.SetMeasurementEventCallback<double>((i, v, tags, _) => measurements.Add((i.Name, v, ToDictionary(tags))));
        meterListener.Start();

        var activities = new ConcurrentBag<Activity>();
        using var activityListener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == DidacticsTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activities.Add,
        };
        ActivitySource.AddActivityListener(activityListener);

        // The model leaks the answer whenever the learner guessed 40, so the guard blocks it twice and the turn falls back.
        var model = new FakeChatClient((call, _) => Task.FromResult(FakeChatClient.Reply(
            call.Messages.LastOrDefault(m => m.Role == ChatRole.User)?.Text.Contains("40") == true ? "Close! The answer is 42." : "What would you try next?")));
        var logs = new ListLoggerProvider();
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Debug).AddProvider(logs));
        services.AddDidacticsStrategy(TestStrategy.Name, _ => TestStrategy.Instance);
        services.AddKeyedSingleton<IChatClient>(DidacticsHostingServiceCollectionExtensions.ModelServiceKey, model);
        services.AddDidacticsHosting(o => o.AddProblem(TestStrategy.Sum));
        await using var provider = services.BuildServiceProvider();
        var service = provider.GetRequiredService<DidacticsSessionService>();

        var id = (await service.StartAsync("obs-tenant", new StartSessionRequest { Strategy = TestStrategy.Name, ProblemId = "sum-1", Learner = "p-obs" })).SessionId;
        var turn = await service.SendAsync("obs-tenant", id, "is it 40? mail me: obs@example.org");
        Assert.Contains(turn.Events, e => e.Kind == "LeakBlocked");
        Assert.Contains(turn.Events, e => e.Kind == "FellBackToAuthored");
        var second = await service.SendAsync("obs-tenant", id, "I don't know");
        Assert.True(second.Events.Count == 0, string.Join("; ", second.Events.Select(e => e.Kind + ": " + e.Detail)));
        meterListener.RecordObservableInstruments();

        var mine = measurements.Where(m => !m.Tags.TryGetValue("didactics.strategy", out var s) || (string?)s == TestStrategy.Name).ToList();
        Assert.Equal(3, mine.Where(m => m.Instrument == "didactics.turns" && (string?)m.Tags["didactics.tenant"] == "obs-tenant").Sum(m => m.Value));
        Assert.Equal(3, mine.Where(m => m.Instrument == "didactics.leaks_blocked").Sum(m => m.Value)); // the reply and its two regenerations
        Assert.Equal(1, mine.Where(m => m.Instrument == "didactics.fallbacks").Sum(m => m.Value));
        Assert.Contains(mine, m => m.Instrument == "didactics.phase_transitions" && (string?)m.Tags["didactics.phase.from"] == "elicit" && (string?)m.Tags["didactics.phase.to"] == "feedback");
        Assert.Contains(mine, m => m.Instrument == "didactics.phase_transitions" && (string?)m.Tags["didactics.phase.from"] == "feedback" && (string?)m.Tags["didactics.phase.to"] == "hint");
        Assert.Contains(measurements, m => m.Instrument == "didactics.redactions" && (string?)m.Tags["didactics.redaction.kind"] == "Email");
        var durations = mine.Where(m => m.Instrument == "didactics.turn.duration").ToList();
        Assert.Equal(3, durations.Count);
        Assert.All(durations, d => Assert.InRange(d.Value, 0, 30));

        var turnActivity = Assert.Single(activities, a => a.OperationName == "didactics.turn" && (string?)a.GetTagItem("didactics.phase") == "feedback" && (string?)a.GetTagItem("didactics.session_id") == id);
        Assert.Equal("obs-tenant", turnActivity.GetTagItem("didactics.tenant"));
        Assert.Equal("IncorrectAttempt", turnActivity.GetTagItem("didactics.signal"));
        Assert.Contains(turnActivity.Events, e => e.Name == "didactics.LeakBlocked");
        Assert.Contains(activities, a => a.OperationName == "didactics.session.start" && (string?)a.GetTagItem("didactics.session_id") == id);

        var text = string.Join("\n", logs.Messages);
        Assert.Contains("withheld a model reply", text);
        Assert.Contains("Removed 1 personal data item(s) (Email)", text);
        Assert.Contains(logs.EventIds, e => e == 7002);
        Assert.DoesNotContain("obs@example.org", text);
        Assert.DoesNotContain("is it 40", text);
        Assert.DoesNotMatch(@"\b42\b", text); // the leaked answer; session ids are hex and may contain the digits "42"
    }

    [Fact]
    public async Task Model_spans_of_the_Microsoft_Extensions_AI_OpenTelemetry_client_nest_under_the_turn()
    {
        const string aiSource = "didactics-test-meai";
        var activities = new ConcurrentBag<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name is DidacticsTelemetry.Name or aiSource,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activities.Add,
        };
        ActivitySource.AddActivityListener(listener);

        var inner = new FakeChatClient((_, _) => Task.FromResult(FakeChatClient.Reply("What is your next step?")));
        var services = new ServiceCollection();
        services.AddDidacticsStrategy(TestStrategy.Name, _ => TestStrategy.Instance);
        services.AddKeyedChatClient(DidacticsHostingServiceCollectionExtensions.ModelServiceKey, inner).UseOpenTelemetry(sourceName: aiSource);
        services.AddDidacticsHosting(o => o.AddProblem(TestStrategy.Sum));
        await using var provider = services.BuildServiceProvider();
        var service = provider.GetRequiredService<DidacticsSessionService>();
        var id = (await service.StartAsync("otel", new StartSessionRequest { Strategy = TestStrategy.Name, ProblemId = "sum-1", Learner = "p" })).SessionId;
        await service.SendAsync("otel", id, "is it 40? call 0612345678");

        var turn = Assert.Single(activities, a => a.OperationName == "didactics.turn" && (string?)a.GetTagItem("didactics.session_id") == id);
        var chat = Assert.Single(activities, a => a.Source.Name == aiSource && a.ParentSpanId == turn.SpanId);
        Assert.Equal(turn.TraceId, chat.TraceId);
    }

    private static Dictionary<string, object?> ToDictionary(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var d = new Dictionary<string, object?>();
        foreach (var t in tags)
        {
            d[t.Key] = t.Value;
        }

        return d;
    }

    private sealed class ListLoggerProvider : ILoggerProvider
    {
        public ConcurrentQueue<string> Messages { get; } = new();

        public ConcurrentQueue<int> EventIds { get; } = new();

        public ILogger CreateLogger(string categoryName) => new ListLogger(this);

        public void Dispose()
        {
        }

        private sealed class ListLogger(ListLoggerProvider owner) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                owner.Messages.Enqueue(formatter(state, exception));
                owner.EventIds.Enqueue(eventId.Id);
            }
        }
    }
}
