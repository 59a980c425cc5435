using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Didactics.Hosting;

/// <summary>Maps the Didactics session API.</summary>
public static class DidacticsEndpointRouteBuilderExtensions
{
    private const string ErrorTypeBase = "https://didactics.dev/problems/";

    /// <summary>
    /// Maps the session API under <paramref name="prefix"/> (default <c>/didactics</c>):
    /// <c>GET strategies</c>, <c>GET problems</c>, <c>POST sessions</c>, <c>GET sessions/{id}</c>, <c>POST sessions/{id}/turns</c>,
    /// <c>GET sessions/{id}/transcript</c>, <c>GET sessions/{id}/export</c> and <c>DELETE sessions/{id}</c>.
    /// Every error is an RFC 9457 problem details response. Requires <c>services.AddDidacticsHosting()</c>.
    /// </summary>
    public static RouteGroupBuilder MapDidactics(this IEndpointRouteBuilder endpoints, string prefix = "/didactics")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var group = endpoints.MapGroup(prefix);
        group.AddEndpointFilter(MapExceptionsAsync);

        // With school authentication configured (AddDidacticsSchoolAuthentication), every call needs a bearer token and
        // the access rules apply; without it the API works as before (tenant header, no roles). Health stays open to probes.
        var access = endpoints.ServiceProvider.GetService<SchoolAccess>();
        if (access is not null)
        {
            group.RequireAuthorization();
        }

        group.MapGet("/health", DidacticsHealthEndpoint.HandleAsync).AllowAnonymous();
        DidacticsDataRightsEndpoints.Map(group, access is not null);

        group.MapGet("/strategies", (DidacticsSessionService service) => TypedResults.Json(
            service.Strategies.Select(s => new StrategyResponse(
                s.Descriptor.Name,
                s.Descriptor.Description,
                s.Descriptor.Phases.Select(p => new PhaseResponse(p.Name, p.Move, p.IsStart, p.IsTerminal)).ToArray(),
                s.Descriptor.Transitions)).ToArray(),
            DidacticsHostingJson.Options));

        group.MapGet("/problems", (IOptions<DidacticsHostingOptions> options) => TypedResults.Json(
            options.Value.Problems.Values.OrderBy(p => p.Id, StringComparer.Ordinal).Select(p => new ProblemResponse(p.Id, p.Statement, p.Language)).ToArray(),
            DidacticsHostingJson.Options));

        group.MapPost("/sessions", async (HttpContext http, DidacticsSessionService service, IOptions<DidacticsHostingOptions> options) =>
        {
            var tenant = ResolveTenant(http, options.Value);
            var idempotencyKey = IdempotencyKeyOf(http);
            var request = await RequestBody.ReadJsonAsync<StartSessionRequest>(http, options.Value.Limits).ConfigureAwait(false);
            if (access is not null)
            {
                SchoolAccess.PrepareStart(http.User, request);
            }

            var opening = await service.StartAsync(tenant, request, idempotencyKey, http.RequestAborted).ConfigureAwait(false);
            if (opening.Replayed)
            {
                http.Response.Headers["Idempotent-Replayed"] = "true";
            }

            http.Response.Headers.Location = $"{http.Request.PathBase}{http.Request.Path}/{opening.SessionId}";
            http.Response.Headers.ETag = ETag(opening.Version);
            return TypedResults.Json(opening, DidacticsHostingJson.Options, statusCode: StatusCodes.Status201Created);
        });

        group.MapGet("/sessions/{id}", async (string id, HttpContext http, DidacticsSessionService service, IOptions<DidacticsHostingOptions> options) =>
        {
            var session = await LoadAsync(id, http, service, options.Value, access).ConfigureAwait(false);
            var s = session.State;
            http.Response.Headers.ETag = ETag(s.Version);
            return TypedResults.Json(
                new SessionResponse(s.Id, session.Tenant, session.Learner, s.Strategy, s.Problem.Id, s.Problem.Statement, s.Phase, s.Language,
                    s.Turns, s.Attempts, s.HintLevel, s.Solved, s.Ended, s.Version, s.CreatedAt, s.UpdatedAt,
                    s.DelegationShare, s.Delegation.HelpWithoutEffort),
                DidacticsHostingJson.Options);
        });

        group.MapGet("/sessions/{id}/transcript", async (string id, HttpContext http, DidacticsSessionService service, IOptions<DidacticsHostingOptions> options) =>
        {
            var session = await LoadAsync(id, http, service, options.Value, access).ConfigureAwait(false);
            http.Response.Headers.ETag = ETag(session.State.Version);
            return TypedResults.Json(new TranscriptResponse(id, session.State.Version, session.State.Transcript), DidacticsHostingJson.Options);
        });

        group.MapGet("/sessions/{id}/export", async (string id, HttpContext http, DidacticsSessionService service, IOptions<DidacticsHostingOptions> options, TimeProvider? time) =>
        {
            var session = await LoadAsync(id, http, service, options.Value, access).ConfigureAwait(false);
            http.Response.Headers.ContentDisposition = $"attachment; filename=\"didactics-session-{id}.json\"";
            var export = new SessionExport("didactics-session/1", (time ?? TimeProvider.System).GetUtcNow(), session.Tenant, session.Learner, session.State);
            if (http.RequestServices.GetService<SchoolModelResolver>() is { } resolver && http.RequestServices.GetService<ISchoolDirectory>() is { } directory)
            {
                // With schools: the school's model and data-processing facts, the age band and consent, and the model of every turn.
                export = export with { School = await DidacticsSchoolEndpointRouteBuilderExtensions.SessionCardAsync(session, resolver, directory, service, http.RequestAborted).ConfigureAwait(false) };
            }

            return TypedResults.Json(export, DidacticsHostingJson.Options);
        });

        group.MapDelete("/sessions/{id}", async (string id, HttpContext http, DidacticsSessionService service, IOptions<DidacticsHostingOptions> options) =>
        {
            var tenant = ResolveTenant(http, options.Value);
            CheckSessionId(id);
            if (access is not null)
            {
                await LoadAsync(id, http, service, options.Value, access, SessionOperation.Erase).ConfigureAwait(false);
            }

            return await service.DeleteAsync(tenant, id, http.RequestAborted).ConfigureAwait(false)
                ? Results.NoContent()
                : NotFound(id, tenant);
        });

        group.MapPost("/sessions/{id}/turns", async (string id, HttpContext http, DidacticsSessionService service, IOptions<DidacticsHostingOptions> options) =>
        {
            var tenant = ResolveTenant(http, options.Value);
            CheckSessionId(id);
            if (access is not null)
            {
                await LoadAsync(id, http, service, options.Value, access, SessionOperation.Turn).ConfigureAwait(false);
            }

            var idempotencyKey = IdempotencyKeyOf(http);

            long? expectedVersion = null;
            if (http.Request.Headers.IfMatch is { Count: > 0 } ifMatch)
            {
                var tag = ifMatch.ToString().Trim();
                if (tag.StartsWith("W/", StringComparison.Ordinal) || tag.Length < 3 || tag[0] != '"' || tag[^1] != '"'
                    || !long.TryParse(tag.AsSpan(1, tag.Length - 2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var version))
                {
                    throw new DidacticsValidationException("If-Match", "If-Match must be one strong ETag of this API, such as \"3\" (the session version).");
                }

                expectedVersion = version;
            }

            var request = await RequestBody.ReadJsonAsync<TurnRequest>(http, options.Value.Limits).ConfigureAwait(false);
            if (request.Text is null)
            {
                throw new DidacticsValidationException("text", "Give the learner's message as 'text'.");
            }

            var turn = await service.SendAsync(tenant, id, request.Text, idempotencyKey, expectedVersion, http.RequestAborted).ConfigureAwait(false);
            http.Response.Headers.ETag = ETag(turn.Version);
            if (turn.Replayed)
            {
                http.Response.Headers["Idempotent-Replayed"] = "true";
            }

            return WantsEventStream(http.Request)
                ? (IResult)TypedResults.ServerSentEvents(StreamAsync(turn, http.RequestAborted))
                : TypedResults.Json(turn, DidacticsHostingJson.Options);
        });

        return group;
    }

    /// <summary>
    /// The event stream of a turn: <c>phase</c> (phase and signal), <c>delta</c> events with the reply in pieces, then
    /// <c>done</c> with the whole <see cref="TurnResponse"/>. The reply was guarded as a whole before the first event.
    /// </summary>
    private static async IAsyncEnumerable<SseItem<string>> StreamAsync(TurnResponse turn, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        yield return new SseItem<string>(JsonSerializer.Serialize(new { turn.Phase, turn.Signal }, DidacticsHostingJson.Options), "phase");
        var start = 0;
        var reply = turn.Reply;
        while (start < reply.Length)
        {
            // Words with their trailing space, so concatenating the deltas gives the reply exactly.
            var end = reply.IndexOf(' ', start);
            end = end < 0 ? reply.Length : end + 1;
            yield return new SseItem<string>(JsonSerializer.Serialize(reply[start..end], DidacticsHostingJson.Options), "delta");
            start = end;
            cancellationToken.ThrowIfCancellationRequested();
            await Task.Yield();
        }

        yield return new SseItem<string>(JsonSerializer.Serialize(turn, DidacticsHostingJson.Options), "done");
    }

    private static string? IdempotencyKeyOf(HttpContext http)
    {
        if (!http.Request.Headers.TryGetValue("Idempotency-Key", out var keys))
        {
            return null;
        }

        var key = keys.ToString();
        if (keys.Count != 1 || !Identifiers.IsIdempotencyKey(key))
        {
            throw new DidacticsValidationException("Idempotency-Key", "The Idempotency-Key header must be one value of 1 to 128 visible ASCII characters (a UUID is a good choice).");
        }

        return key;
    }

    private static bool WantsEventStream(HttpRequest request) =>
        request.Headers.Accept.Any(a => a is not null && a.Contains("text/event-stream", StringComparison.OrdinalIgnoreCase));

    private static string ETag(long version) => $"\"{version}\"";

    internal static async Task<HostedSession> LoadAsync(
        string id, HttpContext http, DidacticsSessionService service, DidacticsHostingOptions options, SchoolAccess? access, SessionOperation operation = SessionOperation.Read)
    {
        var tenant = ResolveTenant(http, options);
        CheckSessionId(id);
        var session = await service.GetAsync(tenant, id, http.RequestAborted).ConfigureAwait(false)
            ?? throw DidacticsSessionService.SessionNotFound(tenant, id);
        if (access is not null)
        {
            await access.CheckAsync(http.User, session, operation, http.RequestAborted).ConfigureAwait(false);
        }

        return session;
    }

    internal static void CheckSessionId(string id)
    {
        if (!Identifiers.IsId(id))
        {
            throw new DidacticsValidationException("id", "A session id has 1 to 64 letters, digits, '_', '.' or '-'.");
        }
    }

    internal static string ResolveTenant(HttpContext http, DidacticsHostingOptions options)
    {
        var tenant = options.TenantResolver is { } resolver
            ? resolver(http)
            : http.Request.Headers.TryGetValue(options.TenantHeader, out var values) ? values.ToString() : null;
        tenant = string.IsNullOrEmpty(tenant) ? options.DefaultTenant : tenant;
        if (tenant is null)
        {
            throw new DidacticsValidationException(options.TenantHeader, $"Name the tenant (school) in the '{options.TenantHeader}' header.");
        }

        if (!Identifiers.IsId(tenant))
        {
            throw new DidacticsValidationException(options.TenantHeader, "A tenant has 1 to 64 letters, digits, '_', '.' or '-'.");
        }

        return tenant;
    }

    /// <summary>Reads a JSON body within the configured request limits (shared with the school endpoints).</summary>
    internal static Task<T> ReadBodyAsync<T>(HttpContext http)
        where T : class =>
        RequestBody.ReadJsonAsync<T>(http, http.RequestServices.GetRequiredService<IOptions<DidacticsHostingOptions>>().Value.Limits);

    private static IResult NotFound(string id, string tenant) =>
        TypedResults.Problem(
            DidacticsSessionService.SessionNotFound(tenant, id).Message, statusCode: StatusCodes.Status404NotFound,
            title: "Session not found", type: ErrorTypeBase + "session-not-found");

    /// <summary>Turns the service's exceptions into problem details; anything else goes to the app's exception handler.</summary>
    internal static async ValueTask<object?> MapExceptionsAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context).ConfigureAwait(false);
        }
        catch (DidacticsValidationException ex)
        {
            return TypedResults.ValidationProblem(ex.Errors, title: "The request is invalid", type: ErrorTypeBase + "validation");
        }
        catch (DidacticsAccessDeniedException ex)
        {
            return TypedResults.Problem(ex.Message, statusCode: StatusCodes.Status403Forbidden, title: "Forbidden", type: ErrorTypeBase + "forbidden");
        }
        catch (DidacticsRequestException ex)
        {
            return TypedResults.Problem(ex.Message, statusCode: ex.StatusCode, title: ex.Title, type: ErrorTypeBase + ex.ProblemType);
        }
        catch (KeyNotFoundException ex)
        {
            return TypedResults.Problem(ex.Message, statusCode: StatusCodes.Status404NotFound, title: "Session not found", type: ErrorTypeBase + "session-not-found");
        }
        catch (SessionConflictException ex)
        {
            return TypedResults.Problem(ex.Message, statusCode: StatusCodes.Status409Conflict, title: "Concurrent turn", type: ErrorTypeBase + "conflict");
        }
        catch (SessionVersionMismatchException ex)
        {
            context.HttpContext.Response.Headers.ETag = ETag(ex.ActualVersion);
            return TypedResults.Problem(ex.Message, statusCode: StatusCodes.Status412PreconditionFailed, title: "Session version changed", type: ErrorTypeBase + "precondition-failed");
        }
        catch (IdempotencyKeyReusedException ex)
        {
            return TypedResults.Problem(ex.Message, statusCode: StatusCodes.Status422UnprocessableEntity, title: "Idempotency key reused", type: ErrorTypeBase + "idempotency-key-reused");
        }
        catch (Exception ex) when (ex is StackExchange.Redis.RedisConnectionException or StackExchange.Redis.RedisTimeoutException)
        {
            // The session store is unreachable: nothing was applied, and the client may retry (with its idempotency key).
            context.HttpContext.Response.Headers.RetryAfter = "1";
            return TypedResults.Problem(
                "The session store did not answer in time, so the outcome is unknown. Retry the request with the same Idempotency-Key in a moment: a turn that was applied is then replayed, never applied twice.",
                statusCode: StatusCodes.Status503ServiceUnavailable, title: "Session store unavailable", type: ErrorTypeBase + "store-unavailable");
        }
        catch (System.Data.Common.DbException)
        {
            context.HttpContext.Response.Headers.RetryAfter = "5";
            return TypedResults.Problem(
                "The audit database did not answer. Nothing was changed by this request; retry in a moment.",
                statusCode: StatusCodes.Status503ServiceUnavailable, title: "Audit store unavailable", type: ErrorTypeBase + "audit-unavailable");
        }
        catch (BadHttpRequestException ex)
        {
            return TypedResults.Problem(ex.Message, statusCode: ex.StatusCode, title: "Bad request", type: ErrorTypeBase + "bad-request");
        }
    }
}
