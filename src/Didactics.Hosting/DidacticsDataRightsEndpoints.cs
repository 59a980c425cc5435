using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Didactics.Hosting;

/// <summary>The audit trail and learners' data rights: <c>GET audit</c>, <c>GET audit/erasures</c>, <c>GET learners/{learner}/export</c>, <c>DELETE learners/{learner}</c>.</summary>
internal static class DidacticsDataRightsEndpoints
{
    /// <param name="group">The Didactics endpoint group.</param>
    /// <param name="authenticated">
    /// Whether school authentication is on: then the audit trail is for school admins only, and a learner's data for
    /// school admins and that learner (their token's subject).
    /// </param>
    public static void Map(RouteGroupBuilder group, bool authenticated = false)
    {
        group.MapGet("/audit", async (HttpContext http, IOptions<DidacticsHostingOptions> options, IServiceProvider services) =>
        {
            RequireSchoolAdmin(http, authenticated);
            var tenant = DidacticsEndpointRouteBuilderExtensions.ResolveTenant(http, options.Value);
            var query = ParseQuery(http.Request.Query, tenant);
            var audit = services.GetService<IAuditLog>();
            return TypedResults.Json(audit is null ? [] : await audit.QueryAsync(query, http.RequestAborted).ConfigureAwait(false), DidacticsHostingJson.Options);
        });

        group.MapGet("/audit/erasures", async (HttpContext http, IOptions<DidacticsHostingOptions> options, IServiceProvider services) =>
        {
            RequireSchoolAdmin(http, authenticated);
            var tenant = DidacticsEndpointRouteBuilderExtensions.ResolveTenant(http, options.Value);
            var audit = services.GetService<IAuditLog>();
            return TypedResults.Json(audit is null ? [] : await audit.QueryErasuresAsync(tenant, http.RequestAborted).ConfigureAwait(false), DidacticsHostingJson.Options);
        });

        group.MapGet("/learners/{learner}/export", async (string learner, HttpContext http, IOptions<DidacticsHostingOptions> options, DidacticsDataRights rights) =>
        {
            var tenant = DidacticsEndpointRouteBuilderExtensions.ResolveTenant(http, options.Value);
            CheckLearner(learner);
            RequireAdminOrSelf(http, authenticated, learner);
            var export = await rights.ExportAsync(tenant, learner, http.RequestAborted).ConfigureAwait(false);
            http.Response.Headers.ContentDisposition = $"attachment; filename=\"didactics-learner-{learner}.json\"";
            return TypedResults.Json(export, DidacticsHostingJson.Options);
        });

        group.MapDelete("/learners/{learner}", async (string learner, HttpContext http, IOptions<DidacticsHostingOptions> options, DidacticsDataRights rights) =>
        {
            var tenant = DidacticsEndpointRouteBuilderExtensions.ResolveTenant(http, options.Value);
            CheckLearner(learner);
            RequireAdminOrSelf(http, authenticated, learner);
            return TypedResults.Json(await rights.EraseAsync(tenant, learner, http.RequestAborted).ConfigureAwait(false), DidacticsHostingJson.Options);
        });
    }

    private static void RequireSchoolAdmin(HttpContext http, bool authenticated)
    {
        if (authenticated && SchoolAccess.Role(http.User) != DidacticsRoles.SchoolAdmin)
        {
            throw new DidacticsAccessDeniedException("Only school admins read the audit trail.");
        }
    }

    private static void RequireAdminOrSelf(HttpContext http, bool authenticated, string learner)
    {
        if (!authenticated)
        {
            return;
        }

        var role = SchoolAccess.Role(http.User);
        var self = role == DidacticsRoles.Learner && http.User.FindFirst(DidacticsClaims.Subject)?.Value == learner;
        if (role != DidacticsRoles.SchoolAdmin && !self)
        {
            throw new DidacticsAccessDeniedException("Only school admins, and the learner themselves, export or erase a learner's data.");
        }
    }

    private static void CheckLearner(string learner)
    {
        if (!Identifiers.IsPseudonym(learner))
        {
            throw new DidacticsValidationException("learner", "A learner pseudonym has 1 to 64 letters, digits, '_', '.' or '-'.");
        }
    }

    private static AuditQuery ParseQuery(IQueryCollection query, string tenant)
    {
        var errors = new Dictionary<string, string[]>();
        string? Single(string name)
        {
            var values = query[name];
            if (values.Count > 1)
            {
                errors[name] = [$"Give '{name}' once."];
            }

            return values.Count == 1 ? values[0] : null;
        }

        var learner = Single("learner");
        if (learner is not null && !Identifiers.IsPseudonym(learner))
        {
            errors["learner"] = ["A learner pseudonym has 1 to 64 letters, digits, '_', '.' or '-'."];
        }

        var session = Single("session");
        if (session is not null && !Identifiers.IsId(session))
        {
            errors["session"] = ["A session id has 1 to 64 letters, digits, '_', '.' or '-'."];
        }

        DateTimeOffset? Time(string name)
        {
            var text = Single(name);
            if (text is null)
            {
                return null;
            }

            if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value))
            {
                return value;
            }

            errors[name] = [$"'{name}' must be an ISO 8601 time such as 2026-01-31T08:00:00Z."];
            return null;
        }

        var from = Time("from");
        var to = Time("to");
        var limit = 1000;
        if (Single("limit") is { } limitText && (!int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit is < 1 or > 10_000))
        {
            errors["limit"] = ["'limit' must be a whole number from 1 to 10000."];
        }

        if (errors.Count > 0)
        {
            throw new DidacticsValidationException(errors);
        }

        return new AuditQuery(tenant, learner, session, from, to, limit);
    }
}
