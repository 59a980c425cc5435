using System.Text.Json;

namespace Didactics.Hosting;

/// <summary>Runs the code path of a turn once while the host starts, so the first requests of a burst do not pay for it.</summary>
internal static class DidacticsSessionWarmUp
{
    /// <summary>
    /// Starts a session and runs two turns of the first registered strategy in authored-content mode (never the
    /// model: warming up must not call it) over a private in-memory store, and touches the JSON contracts, the
    /// redactor and the text cleaning. Nothing reaches the host's store, audit trail or metrics.
    /// </summary>
    public static async Task RunAsync(DidacticsSessionService service, CancellationToken cancellationToken)
    {
        var strategy = service.Strategies.FirstOrDefault();
        var problem = new Problem("warm-up", "What is 12 + 30?", "42") { Hints = ["Add the tens first."] };
        _ = JsonSerializer.Deserialize<StartSessionRequest>("""{"strategy":"s","problemId":"p","learner":"l","problem":{"statement":"x","answers":["1"]}}""", DidacticsHostingJson.Options);
        _ = JsonSerializer.Deserialize<TurnRequest>("""{"text":"x"}""", DidacticsHostingJson.Options);
        _ = LearnerText.Length(LearnerText.Clean("is it 40?\u202e"));
        _ = PersonalDataRedactor.Default.RedactText("is it 40? bel 0612345678 of mail a@b.nl, NL91ABNA0417164300", null, RedactionContext.ForProblem(problem));
        if (strategy is null)
        {
            return;
        }

        var store = new TenantSessionStore(new InMemoryHostedSessionStore(), "warm-up", "warm-up", "warm-up", "0");
        var pipeline = service.CreatePipeline(strategy, store, roster: null, RedactionContext.ForProblem(problem), modelOverride: AuthoredContentChatClient.Instance);
        var opening = await pipeline.StartSessionAsync(problem, "warm-up", cancellationToken).ConfigureAwait(false);
        _ = JsonSerializer.Serialize(DidacticsSessionService.ToResponse(opening, replayed: false), DidacticsHostingJson.Options);
        var turn = await pipeline.SendAsync("warm-up", "is it 40?", options: null, cancellationToken).ConfigureAwait(false);
        var state = JsonSerializer.Serialize(turn.State, DidacticsJsonContext.Default.SessionState);
        _ = JsonSerializer.Deserialize(state, DidacticsJsonContext.Default.SessionState);
        _ = JsonSerializer.Serialize(DidacticsSessionService.ToResponse(turn, replayed: false), DidacticsHostingJson.Options);
    }
}
