using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace Didactics.Hosting;

/// <summary>
/// The access rules of an authenticated host: a request acts in its token's tenant only; learners reach only their own
/// sessions, teachers only their classes' sessions, school admins every session of their school. A session the caller
/// may not see answers exactly like a missing one (404), so nothing about it leaks; a role that may never do an
/// operation gets 403.
/// </summary>
internal sealed class SchoolAccess(ISchoolDirectory directory, TimeProvider time)
{
    public static string? Role(ClaimsPrincipal user) => user.FindFirst(DidacticsClaims.Role)?.Value;

    public static string Tenant(HttpContext http, string tenantHeader)
    {
        var tenant = http.User.FindFirst(DidacticsClaims.Tenant)?.Value;
        if (string.IsNullOrEmpty(tenant) || !Identifiers.IsId(tenant))
        {
            throw new DidacticsAccessDeniedException("The token names no valid tenant.");
        }

        if (http.Request.Headers.TryGetValue(tenantHeader, out var named) && named.ToString() is { Length: > 0 } header && header != tenant)
        {
            throw new DidacticsAccessDeniedException("The token's tenant and the tenant header differ.");
        }

        return tenant;
    }

    /// <summary>Applies the token's learner claims to a start request; only learners start sessions.</summary>
    public static void PrepareStart(ClaimsPrincipal user, StartSessionRequest request)
    {
        if (Role(user) != DidacticsRoles.Learner)
        {
            throw new DidacticsAccessDeniedException("Only learners start tutoring sessions.");
        }

        var subject = user.FindFirst(DidacticsClaims.Subject)?.Value;
        if (string.IsNullOrEmpty(subject))
        {
            throw new DidacticsAccessDeniedException("The token names no learner.");
        }

        if (request.Learner is { Length: > 0 } named && named != subject)
        {
            throw new DidacticsAccessDeniedException("A learner starts sessions only for themselves.");
        }

        request.Learner = subject;
        if (user.FindFirst(DidacticsClaims.AgeBand)?.Value is { Length: > 0 } band)
        {
            request.AgeBand = band;
        }

        if (user.FindFirst(DidacticsClaims.ParentalConsent)?.Value is { Length: > 0 } consent)
        {
            request.ParentalConsent = string.Equals(consent, "true", StringComparison.OrdinalIgnoreCase);
        }

        if (user.FindFirst(DidacticsClaims.Class)?.Value is { Length: > 0 } cls)
        {
            request.Class = cls;
        }
    }

    /// <summary>Throws when the caller may not do <paramref name="operation"/> on <paramref name="session"/>.</summary>
    public async ValueTask CheckAsync(ClaimsPrincipal user, HostedSession session, SessionOperation operation, CancellationToken cancellationToken)
    {
        var role = Role(user);
        var allowed = (role, operation) switch
        {
            (DidacticsRoles.Learner, SessionOperation.Read or SessionOperation.Turn or SessionOperation.Erase) => true,
            (DidacticsRoles.Teacher, SessionOperation.Read or SessionOperation.Steer) => true,
            (DidacticsRoles.SchoolAdmin, SessionOperation.Read or SessionOperation.Steer or SessionOperation.Erase or SessionOperation.Consent) => true,
            _ => false,
        };

        // Visibility first: a session the caller cannot see is "not found", whatever the operation.
        if (!await CanSeeAsync(user, role, session, cancellationToken).ConfigureAwait(false))
        {
            throw DidacticsSessionService.SessionNotFound(session.Tenant, session.State.Id);
        }

        if (!allowed)
        {
            throw new DidacticsAccessDeniedException($"The role '{role ?? "(none)"}' may not do this.");
        }

        if (operation == SessionOperation.Turn)
        {
            await WithdrawConsentFromTokenAsync(user, session, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// A learner's token that no longer carries parental consent withdraws it from the session before the turn runs. A
    /// token never grants consent mid-session (it may be older than a withdrawal recorded by the school).
    /// </summary>
    private async ValueTask WithdrawConsentFromTokenAsync(ClaimsPrincipal user, HostedSession session, CancellationToken cancellationToken)
    {
        if (user.FindFirst(DidacticsClaims.ParentalConsent)?.Value is not { } claim || string.Equals(claim, "true", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var key = new SessionKey(session.Tenant, session.State.Id);
        if (await directory.GetProfileAsync(key, cancellationToken).ConfigureAwait(false) is { ParentalConsent: true } profile)
        {
            await directory.SetProfileAsync(key, profile with { ParentalConsent = false, ConsentChangedAt = time.GetUtcNow() }, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The classes a teacher teaches (null for a school admin: every class).</summary>
    public static IReadOnlySet<string>? ClassesOf(ClaimsPrincipal user) =>
        Role(user) switch
        {
            DidacticsRoles.SchoolAdmin => null,
            DidacticsRoles.Teacher => user.FindAll(DidacticsClaims.Class).Select(c => c.Value).ToHashSet(StringComparer.Ordinal),
            _ => throw new DidacticsAccessDeniedException("Only teachers and school admins use the teacher view."),
        };

    private async ValueTask<bool> CanSeeAsync(ClaimsPrincipal user, string? role, HostedSession session, CancellationToken cancellationToken)
    {
        switch (role)
        {
            case DidacticsRoles.Learner:
                return user.FindFirst(DidacticsClaims.Subject)?.Value is { Length: > 0 } subject && subject == session.Learner;
            case DidacticsRoles.Teacher:
                var profile = await directory.GetProfileAsync(new SessionKey(session.Tenant, session.State.Id), cancellationToken).ConfigureAwait(false);
                return profile?.Class is { } cls && user.FindAll(DidacticsClaims.Class).Any(c => c.Value == cls);
            case DidacticsRoles.SchoolAdmin:
                return true;
            default:
                return false;
        }
    }
}
