using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Didactics.Hosting;

/// <summary>Maps the school endpoints: transparency cards, consent records and the teacher view.</summary>
public static class DidacticsSchoolEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps, under <paramref name="prefix"/> (default <c>/didactics</c>): <c>GET school/card</c>, <c>GET sessions/{id}/card</c>,
    /// <c>PUT sessions/{id}/consent</c> and the teacher view <c>GET teacher/sessions[?class=]</c>, <c>GET teacher/sessions/{id}</c>,
    /// <c>POST teacher/sessions/{id}/end</c>, <c>POST teacher/sessions/{id}/strategy</c>, <c>GET teacher/alerts</c> and
    /// <c>GET teacher/alerts/stream</c> (server-sent events). Requires <c>services.AddDidacticsSchools(...)</c>.
    /// </summary>
    public static RouteGroupBuilder MapDidacticsSchools(this IEndpointRouteBuilder endpoints, string prefix = "/didactics")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var group = endpoints.MapGroup(prefix);
        group.AddEndpointFilter(DidacticsEndpointRouteBuilderExtensions.MapExceptionsAsync);
        var access = endpoints.ServiceProvider.GetService<SchoolAccess>();
        if (access is not null)
        {
            group.RequireAuthorization();
        }

        group.MapGet("/school/card", (HttpContext http, IOptions<DidacticsHostingOptions> options, SchoolModelResolver resolver, DidacticsSessionService service) =>
        {
            var tenant = DidacticsEndpointRouteBuilderExtensions.ResolveTenant(http, options.Value);
            return TypedResults.Json(SchoolCards.For(tenant, resolver, HostModel(service)), DidacticsHostingJson.Options);
        });

        group.MapGet("/sessions/{id}/card", async (string id, HttpContext http, IOptions<DidacticsHostingOptions> options, DidacticsSessionService service, SchoolModelResolver resolver, ISchoolDirectory directory) =>
        {
            var session = await DidacticsEndpointRouteBuilderExtensions.LoadAsync(id, http, service, options.Value, access).ConfigureAwait(false);
            var strategy = service.Strategies.FirstOrDefault(s => s.Descriptor.Name == session.State.Strategy);
            var card = strategy?.Descriptor.TransparencyCard;
            return TypedResults.Json(
                new
                {
                    Strategy = session.State.Strategy,
                    Card = card is null ? (JsonElement?)null : JsonDocument.Parse(card.Json).RootElement.Clone(),
                    Mermaid = card?.Mermaid,
                    School = await SessionCardAsync(session, resolver, directory, HostModel(service), http.RequestAborted).ConfigureAwait(false),
                },
                DidacticsHostingJson.Options);
        });

        group.MapPut("/sessions/{id}/consent", async (string id, HttpContext http, IOptions<DidacticsHostingOptions> options, DidacticsSessionService service, ISchoolDirectory directory, TimeProvider time) =>
        {
            var session = await DidacticsEndpointRouteBuilderExtensions.LoadAsync(id, http, service, options.Value, access, SessionOperation.Consent).ConfigureAwait(false);
            var request = await DidacticsEndpointRouteBuilderExtensions.ReadBodyAsync<ConsentRequest>(http).ConfigureAwait(false);
            if (request.ParentalConsent is not { } consent)
            {
                throw new DidacticsValidationException("parentalConsent", "Give 'parentalConsent': true to record consent, false to withdraw it.");
            }

            var key = new SessionKey(session.Tenant, id);
            var profile = await ProfileOf(directory, session, http.RequestAborted).ConfigureAwait(false);
            if (consent && profile.AgeBand == AgeBand.Under13)
            {
                throw new DidacticsValidationException("parentalConsent", "Under 13 no generative model is used, with or without parental consent.");
            }

            profile = profile with { ParentalConsent = consent, ConsentChangedAt = time.GetUtcNow() };
            await directory.SetProfileAsync(key, profile, http.RequestAborted).ConfigureAwait(false);
            return TypedResults.Json(new { SessionId = id, profile.ParentalConsent, profile.ConsentChangedAt, AgeBand = profile.AgeBandName }, DidacticsHostingJson.Options);
        });

        var teacher = group.MapGroup("/teacher");
        teacher.MapGet("/sessions", async (string? @class, HttpContext http, IOptions<DidacticsHostingOptions> options, DidacticsSessionService service, ISchoolDirectory directory) =>
        {
            var tenant = DidacticsEndpointRouteBuilderExtensions.ResolveTenant(http, options.Value);
            var classes = access is null ? null : SchoolAccess.ClassesOf(http.User);
            if (@class is not null && classes is not null && !classes.Contains(@class))
            {
                throw new DidacticsAccessDeniedException($"You do not teach class '{@class}'.");
            }

            var list = new List<ClassSessionSummary>();
            foreach (var id in await directory.ListSessionsAsync(tenant, 500, http.RequestAborted).ConfigureAwait(false))
            {
                var key = new SessionKey(tenant, id);
                if (await directory.GetProfileAsync(key, http.RequestAborted).ConfigureAwait(false) is not { } profile
                    || (classes is not null && (profile.Class is null || !classes.Contains(profile.Class)))
                    || (@class is not null && profile.Class != @class)
                    || await service.GetAsync(tenant, id, http.RequestAborted).ConfigureAwait(false) is not { } session)
                {
                    continue;
                }

                list.Add(Summarize(session, profile, await directory.GetTurnModelsAsync(key, http.RequestAborted).ConfigureAwait(false)));
            }

            // Active sessions first, then the most recently active.
            return TypedResults.Json(list.OrderBy(s => s.Ended).ThenByDescending(s => s.UpdatedAt).ToArray(), DidacticsHostingJson.Options);
        });

        teacher.MapGet("/sessions/{id}", async (string id, HttpContext http, IOptions<DidacticsHostingOptions> options, DidacticsSessionService service, ISchoolDirectory directory) =>
        {
            RequireStaff(http, access);
            var session = await DidacticsEndpointRouteBuilderExtensions.LoadAsync(id, http, service, options.Value, access).ConfigureAwait(false);
            var key = new SessionKey(session.Tenant, id);
            var profile = await ProfileOf(directory, session, http.RequestAborted).ConfigureAwait(false);
            var models = await directory.GetTurnModelsAsync(key, http.RequestAborted).ConfigureAwait(false);
            var alerts = (await directory.GetAlertsAsync(session.Tenant, 500, http.RequestAborted).ConfigureAwait(false)).Where(a => a.SessionId == id).ToArray();
            return TypedResults.Json(new SessionReview(Summarize(session, profile, models), session.State.Transcript, models, alerts), DidacticsHostingJson.Options);
        });

        teacher.MapPost("/sessions/{id}/end", async (string id, HttpContext http, IOptions<DidacticsHostingOptions> options, DidacticsSessionService service, ISchoolDirectory directory) =>
        {
            var session = await DidacticsEndpointRouteBuilderExtensions.LoadAsync(id, http, service, options.Value, access, SessionOperation.Steer).ConfigureAwait(false);
            var profile = await ProfileOf(directory, session, http.RequestAborted).ConfigureAwait(false);
            await directory.SetProfileAsync(new SessionKey(session.Tenant, id), profile with { EndedByTeacher = true }, http.RequestAborted).ConfigureAwait(false);
            var updated = await UpdateAsync(service.Store, session, s => s with { Ended = true }, http.RequestAborted).ConfigureAwait(false);
            return TypedResults.Json(Summarize(updated, profile with { EndedByTeacher = true }, []), DidacticsHostingJson.Options);
        });

        teacher.MapPost("/sessions/{id}/strategy", async (string id, HttpContext http, IOptions<DidacticsHostingOptions> options, DidacticsSessionService service, ISchoolDirectory directory) =>
        {
            var session = await DidacticsEndpointRouteBuilderExtensions.LoadAsync(id, http, service, options.Value, access, SessionOperation.Steer).ConfigureAwait(false);
            var request = await DidacticsEndpointRouteBuilderExtensions.ReadBodyAsync<SwitchStrategyRequest>(http).ConfigureAwait(false);
            var strategy = service.Strategies.FirstOrDefault(s => s.Descriptor.Name == request.Strategy)
                ?? throw new DidacticsValidationException("strategy", $"There is no strategy '{request.Strategy}'. Registered: {string.Join(", ", service.Strategies.Select(s => s.Descriptor.Name))}.");
            var start = strategy.Descriptor.Phases.First(p => p.IsStart).Name;
            var updated = await UpdateAsync(service.Store, session, s => s with { Strategy = strategy.Descriptor.Name, Phase = start, Ended = false }, http.RequestAborted).ConfigureAwait(false);
            var profile = await ProfileOf(directory, session, http.RequestAborted).ConfigureAwait(false) with { Strategy = strategy.Descriptor.Name };
            await directory.SetProfileAsync(new SessionKey(session.Tenant, id), profile, http.RequestAborted).ConfigureAwait(false);
            return TypedResults.Json(Summarize(updated, profile, []), DidacticsHostingJson.Options);
        });

        teacher.MapGet("/alerts", async (HttpContext http, IOptions<DidacticsHostingOptions> options, ISchoolDirectory directory) =>
        {
            var tenant = DidacticsEndpointRouteBuilderExtensions.ResolveTenant(http, options.Value);
            var classes = access is null ? null : SchoolAccess.ClassesOf(http.User);
            var alerts = await directory.GetAlertsAsync(tenant, 200, http.RequestAborted).ConfigureAwait(false);
            return TypedResults.Json(alerts.Where(a => Visible(a, classes)).ToArray(), DidacticsHostingJson.Options);
        });

        teacher.MapGet("/alerts/stream", (HttpContext http, IOptions<DidacticsHostingOptions> options, ISchoolDirectory directory) =>
        {
            var tenant = DidacticsEndpointRouteBuilderExtensions.ResolveTenant(http, options.Value);
            var classes = access is null ? null : SchoolAccess.ClassesOf(http.User);
            return TypedResults.ServerSentEvents(StreamAlertsAsync(directory, tenant, classes, http.RequestAborted));
        });

        return group;
    }

    private static string HostModel(DidacticsSessionService service) =>
        service.Model is AuthoredContentChatClient ? ModelChoice.AuthoredContent
            : service.Model.GetService(typeof(Microsoft.Extensions.AI.ChatClientMetadata)) is Microsoft.Extensions.AI.ChatClientMetadata { DefaultModelId: { } id } ? id : service.Model.GetType().Name;

    private static void RequireStaff(HttpContext http, SchoolAccess? access)
    {
        if (access is not null)
        {
            _ = SchoolAccess.ClassesOf(http.User);
        }
    }

    private static bool Visible(TeacherAlert alert, IReadOnlySet<string>? classes) =>
        classes is null || (alert.Class is { } c && classes.Contains(c));

    /// <summary>The alert stream: a <c>ready</c> event once subscribed, then one <c>alert</c> event per alert the caller may see.</summary>
    private static async IAsyncEnumerable<SseItem<string>> StreamAlertsAsync(
        ISchoolDirectory directory, string tenant, IReadOnlySet<string>? classes, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<TeacherAlert>(new BoundedChannelOptions(256) { FullMode = BoundedChannelFullMode.DropOldest });
        using var subscription = directory.Subscribe(alert =>
        {
            if (alert.Tenant == tenant && Visible(alert, classes))
            {
                channel.Writer.TryWrite(alert);
            }
        });
        yield return new SseItem<string>("{}", "ready");
        while (true)
        {
            TeacherAlert alert;
            try
            {
                alert = await channel.Reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                yield break;
            }

            yield return new SseItem<string>(JsonSerializer.Serialize(alert, DidacticsHostingJson.Options), "alert") { EventId = alert.Id };
        }
    }

    internal static ValueTask<SchoolSessionCard> SessionCardAsync(
        HostedSession session, SchoolModelResolver resolver, ISchoolDirectory directory, DidacticsSessionService service, CancellationToken cancellationToken) =>
        SessionCardAsync(session, resolver, directory, HostModel(service), cancellationToken);

    private static async ValueTask<SchoolSessionCard> SessionCardAsync(
        HostedSession session, SchoolModelResolver resolver, ISchoolDirectory directory, string hostModel, CancellationToken cancellationToken)
    {
        var key = new SessionKey(session.Tenant, session.State.Id);
        var profile = await ProfileOf(directory, session, cancellationToken).ConfigureAwait(false);
        var next = resolver.Resolve(session.Tenant, profile.AgeBand, profile.ParentalConsent)?.Choice ?? new ModelChoice(ModelProvider.Host, hostModel, "host-model");
        return new SchoolSessionCard(
            SchoolCards.For(session.Tenant, resolver, hostModel), profile.AgeBandName, profile.ParentalConsent, profile.ConsentChangedAt, profile.Class,
            next.Provider == ModelProvider.Host ? hostModel : next.Label, next.Reason,
            await directory.GetTurnModelsAsync(key, cancellationToken).ConfigureAwait(false), profile.Safeguarding);
    }

    private static async ValueTask<LearnerProfile> ProfileOf(ISchoolDirectory directory, HostedSession session, CancellationToken cancellationToken) =>
        await directory.GetProfileAsync(new SessionKey(session.Tenant, session.State.Id), cancellationToken).ConfigureAwait(false)
            ?? new LearnerProfile(session.Learner, null, AgeBand.Unknown, false, null, session.State.Strategy);

    private static ClassSessionSummary Summarize(HostedSession session, LearnerProfile profile, IReadOnlyList<TurnModelRecord> models)
    {
        var s = session.State;
        return new ClassSessionSummary(
            s.Id, session.Learner, profile.Class, s.Strategy, s.Phase, s.Turns, s.Attempts, s.HintLevel,
            s.Mastery.ToDictionary(m => m.Key, m => Math.Round(m.Value.PKnown, 3), StringComparer.Ordinal),
            new DelegationSummary(Math.Round(s.Delegation.Share, 3), s.Delegation.Delegating, s.Delegation.Directive, s.Delegation.Total),
            Math.Round(s.TimeOnTask.TotalSeconds, 1), s.Solved, s.Ended, profile.AgeBandName, profile.ParentalConsent,
            models.Count == 0 ? null : models[^1].Provider == ModelProvider.None ? ModelChoice.AuthoredContent : $"{models[^1].Provider}:{models[^1].Model}",
            profile.Safeguarding, profile.Raised, s.UpdatedAt);
    }

    /// <summary>A teacher's change to a session: compare-and-set like a turn, retried when a turn got in between.</summary>
    private static async Task<HostedSession> UpdateAsync(IHostedSessionStore store, HostedSession session, Func<Didactics.SessionState, Didactics.SessionState> change, CancellationToken cancellationToken)
    {
        var key = new SessionKey(session.Tenant, session.State.Id);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var saved = await store.TryUpdateAsync(key, change(session.State), null, cancellationToken).ConfigureAwait(false);
            if (saved is not null)
            {
                return session with { State = saved };
            }

            session = await store.GetAsync(key, cancellationToken).ConfigureAwait(false) ?? throw DidacticsSessionService.SessionNotFound(key.Tenant, key.SessionId);
        }

        throw new Didactics.SessionConflictException(key.SessionId);
    }
}
