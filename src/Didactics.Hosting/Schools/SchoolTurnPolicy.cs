using System.Net.Http.Json;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Didactics.Hosting;

/// <summary>Thresholds of the teacher alerts and other school behaviour that is not per school.</summary>
public sealed class SchoolHostingOptions
{
    /// <summary>The hint level at which an unsolved session counts as stuck (default 3).</summary>
    public int StuckHintLevel { get; set; } = 3;

    /// <summary>How many of the last learner turns without progress ("I don't know", wrong attempts) make a session stuck (default 5).</summary>
    public int StuckTurns { get; set; } = 5;

    /// <summary>How many answer requests (or injections, pressure) in a session raise an answer-seeking alert (default 3).</summary>
    public int AnswerSeekingTurns { get; set; } = 3;

    /// <summary>How long a webhook call may take (default 5 s).</summary>
    public TimeSpan WebhookTimeout { get; set; } = TimeSpan.FromSeconds(5);
}

/// <summary>The school rules around every turn: model choice by school, age and consent; safeguarding; teacher alerts.</summary>
internal sealed class SchoolTurnPolicy : IDidacticsTurnPolicy
{
    internal const string WithheldText = "[withheld: safeguarding disclosure, shown to the teacher only]";
    internal const string EndedText = "[not answered: the teacher ended this session]";

    private readonly SchoolModelResolver _resolver;
    private readonly ISchoolDirectory _directory;
    private readonly ISafeguardingClassifier _classifier;
    private readonly SchoolHostingOptions _options;
    private readonly IHttpClientFactory? _http;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    public SchoolTurnPolicy(
        SchoolModelResolver resolver, ISchoolDirectory directory, ISafeguardingClassifier classifier, IOptions<SchoolHostingOptions> options,
        TimeProvider time, IHttpClientFactory? http = null, ILogger<SchoolTurnPolicy>? logger = null)
    {
        _resolver = resolver;
        _directory = directory;
        _classifier = classifier;
        _options = options.Value;
        _time = time;
        _http = http;
        _logger = logger ?? (ILogger)NullLogger.Instance;
    }

    public ValueTask<TurnPlan> PlanStartAsync(string tenant, string learner, StartSessionRequest request, CancellationToken cancellationToken)
    {
        var school = _resolver.School(tenant);
        var errors = new Dictionary<string, string[]>();
        var band = AgeBand.Unknown;
        if (request.AgeBand is { } ageText)
        {
            if (!AgeBands.TryParse(ageText, out band))
            {
                errors["ageBand"] = [$"'{ageText}' is not an age band; use 'under13', '13-15' or '16+'."];
            }
        }
        else if (school?.AgePolicy.RequireAgeBand == true)
        {
            errors["ageBand"] = ["This school requires the learner's age band: 'under13', '13-15' or '16+'."];
        }

        if (request.ParentalConsent == true && band is AgeBand.Under13)
        {
            errors["parentalConsent"] = ["Under 13 no generative model is used, with or without parental consent; leave 'parentalConsent' out."];
        }

        if (request.Class is { } cls && !Identifiers.IsId(cls))
        {
            errors["class"] = ["A class has 1 to 64 letters, digits, '_', '.' or '-'."];
        }
        else if (request.Class is { } known && school is { Classes.Count: > 0 } && !school.Classes.Contains(known, StringComparer.Ordinal))
        {
            errors["class"] = [$"The school has no class '{known}'."];
        }

        if (errors.Count > 0)
        {
            throw new DidacticsValidationException(errors);
        }

        var consent = request.ParentalConsent == true;
        var profile = new LearnerProfile(learner, request.Class, band, consent, consent ? _time.GetUtcNow() : null, request.Strategy ?? "");
        return new(Plan(tenant, profile) with { Profile = profile });
    }

    public async ValueTask<TurnPlan> PlanTurnAsync(string tenant, HostedSession session, string text, CancellationToken cancellationToken)
    {
        var key = new SessionKey(tenant, session.State.Id);
        var profile = await _directory.GetProfileAsync(key, cancellationToken).ConfigureAwait(false)
            ?? new LearnerProfile(session.Learner, null, AgeBand.Unknown, false, null, session.State.Strategy);

        // Safeguarding runs before anything else, so a disclosure never reaches a model, whatever the age band or state.
        var verdict = await _classifier.ClassifyAsync(text, session.State.Language, cancellationToken).ConfigureAwait(false);
        if (verdict.IsDisclosure)
        {
            return new TurnPlan(null, ModelChoice.Authored("safeguarding"))
            {
                FixedReply = SafeguardingReplies.Reply(verdict.Category, ReplyLanguage(verdict, session.State.Language), _resolver.School(tenant)),
                TranscriptText = WithheldText,
                Safeguarding = verdict,
            };
        }

        if (profile.EndedByTeacher)
        {
            return new TurnPlan(null, ModelChoice.Authored("ended-by-teacher"))
            {
                FixedReply = session.State.Language.StartsWith("nl", StringComparison.OrdinalIgnoreCase)
                    ? "Je leraar heeft deze sessie beëindigd. Vraag je leraar wat je nu gaat doen."
                    : "Your teacher has ended this session. Ask your teacher what to work on next.",
            };
        }

        return Plan(tenant, profile);
    }

    public async ValueTask CompletedAsync(string tenant, string learner, TurnPlan plan, DidacticTurn turn, CancellationToken cancellationToken)
    {
        var key = new SessionKey(tenant, turn.State.Id);
        var profile = plan.Profile;
        if (profile is not null)
        {
            await _directory.SetProfileAsync(key, profile, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            profile = await _directory.GetProfileAsync(key, cancellationToken).ConfigureAwait(false)
                ?? new LearnerProfile(learner, null, AgeBand.Unknown, false, null, turn.State.Strategy);
        }

        // A model that failed left the turn to authored content: record what really produced it.
        var choice = turn.Events.Any(e => e.Kind == TurnEventKind.FellBackToAuthored) && plan.Choice.Provider != ModelProvider.None
            ? ModelChoice.Authored("model-failed:" + plan.Choice.Label)
            : plan.Choice;
        await _directory.AddTurnModelAsync(key, new TurnModelRecord(turn.State.Turns, choice.Provider, choice.Model, choice.Reason, _time.GetUtcNow()), cancellationToken)
            .ConfigureAwait(false);

        var raise = new List<(AlertKind Kind, string Detail, string? Message)>();
        if (plan.Safeguarding is { IsDisclosure: true } verdict)
        {
            // Every disclosure alerts, not only the first.
            raise.Add((AlertKind.Safeguarding, $"The learner's message looks like a disclosure of {Describe(verdict.Category)}; it was not sent to any model. Talk to the learner.", plan.DisclosedText));
            profile = profile with { Safeguarding = true };
        }

        var s = turn.State;
        if (!profile.Raised.Contains(AlertKind.Stuck) && !s.Solved && IsStuck(s))
        {
            raise.Add((AlertKind.Stuck, $"Stuck: hint level {s.HintLevel}, {s.Attempts} attempts and no progress in the last turns.", null));
        }

        if (!profile.Raised.Contains(AlertKind.AnswerSeeking) && IsAnswerSeeking(s))
        {
            raise.Add((AlertKind.AnswerSeeking, $"Keeps asking for the answer: {s.Delegation.Directive} of {s.Delegation.Total} turns tried to get it handed over.", null));
        }

        if (raise.Count == 0 && plan.Safeguarding is null)
        {
            return;
        }

        profile = profile with { Raised = [.. profile.Raised.Union(raise.Select(r => r.Kind))] };
        await _directory.SetProfileAsync(key, profile, cancellationToken).ConfigureAwait(false);
        foreach (var (kind, detail, message) in raise)
        {
            var alert = new TeacherAlert(Guid.NewGuid().ToString("N"), tenant, profile.Class, s.Id, learner, kind, detail, _time.GetUtcNow()) { Message = message };
            await _directory.AddAlertAsync(alert, cancellationToken).ConfigureAwait(false);
            SendWebhook(alert);
        }
    }

    public ValueTask ErasedAsync(SessionKey key, CancellationToken cancellationToken) => _directory.RemoveAsync(key, cancellationToken);

    private TurnPlan Plan(string tenant, LearnerProfile profile)
    {
        var resolved = _resolver.Resolve(tenant, profile.AgeBand, profile.ParentalConsent);
        return resolved is { } r
            ? new TurnPlan(r.Client, r.Choice)
            : new TurnPlan(null, new ModelChoice(ModelProvider.Host, "", "host-model"));
    }

    // The reply speaks the language the learner wrote in: a Dutch rule fired → Dutch, an English one → English; a model's
    // verdict says nothing about the language, so the session's stays.
    private static string ReplyLanguage(SafeguardingVerdict verdict, string sessionLanguage) => verdict.Rule switch
    {
        { } rule when rule.StartsWith("nl-", StringComparison.Ordinal) => "nl",
        null or "model" => sessionLanguage,
        _ => "en",
    };

    private bool IsStuck(SessionState s)
    {
        if (s.HintLevel >= _options.StuckHintLevel)
        {
            return true;
        }

        var recent = s.Transcript.Where(e => e.Speaker == Speaker.Learner).TakeLast(_options.StuckTurns).ToArray();
        return recent.Length >= _options.StuckTurns && recent.All(e => e.Signal is LearnerSignal.DontKnow or LearnerSignal.IncorrectAttempt);
    }

    private bool IsAnswerSeeking(SessionState s) =>
        s.Delegation.Delegating || s.Transcript.Count(e => e.Speaker == Speaker.Learner && e.Signal.IsDelegation()) >= _options.AnswerSeekingTurns;

    private static string Describe(SafeguardingCategory category) => category switch
    {
        SafeguardingCategory.SelfHarm => "self-harm or suicidal thoughts",
        SafeguardingCategory.Abuse => "abuse or not being safe",
        _ => "bullying",
    };

    private void SendWebhook(TeacherAlert alert)
    {
        if (_http is null || _resolver.School(alert.Tenant)?.AlertWebhook is not { Length: > 0 } url)
        {
            return;
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && !(uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback)))
        {
            SchoolLog.WebhookFailed(_logger, alert.Tenant, "the webhook must be an https URL (or http on loopback)");
            return;
        }

        // The learner's own words never leave the host through a webhook; the teacher reads them in the teacher view.
        var body = alert with { Message = null };
        _ = Task.Run(async () =>
        {
            try
            {
                using var client = _http.CreateClient(nameof(SchoolTurnPolicy));
                using var cts = new CancellationTokenSource(_options.WebhookTimeout);
                using var response = await client.PostAsJsonAsync(uri, body, SchoolJsonContext.Default.TeacherAlert, cts.Token).ConfigureAwait(false);
                if (!response.IsSuccessStatusCode)
                {
                    SchoolLog.WebhookFailed(_logger, alert.Tenant, $"HTTP {(int)response.StatusCode}");
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException)
            {
                SchoolLog.WebhookFailed(_logger, alert.Tenant, ex.GetType().Name);
            }
        });
    }
}

internal static partial class SchoolLog
{
    [LoggerMessage(EventId = 7101, Level = LogLevel.Warning, Message = "Alert webhook of tenant {Tenant} failed: {Reason}")]
    public static partial void WebhookFailed(ILogger logger, string tenant, string reason);
}
