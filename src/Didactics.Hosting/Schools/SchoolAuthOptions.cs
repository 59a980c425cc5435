using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace Didactics.Hosting;

/// <summary>How bearer tokens are validated (section <c>Didactics:Auth</c>).</summary>
public sealed class SchoolAuthOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Didactics:Auth";

    /// <summary>An OpenID Connect authority (the board's identity provider) whose keys sign the tokens; or use <see cref="SigningKey"/>.</summary>
    public string? Authority { get; set; }

    /// <summary>A shared symmetric signing key (at least 32 bytes of UTF-8), for a board that mints its own tokens.</summary>
    public string? SigningKey { get; set; }

    /// <summary>The expected issuer (null: not checked with a signing key).</summary>
    public string? Issuer { get; set; }

    /// <summary>The expected audience (default <c>didactics</c>).</summary>
    public string Audience { get; set; } = "didactics";

    /// <summary>Whether any tokens are configured (an authority or a signing key).</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(Authority) || !string.IsNullOrWhiteSpace(SigningKey);

    internal void Apply(JwtBearerOptions options)
    {
        options.MapInboundClaims = false;
        options.Audience = Audience;
        options.TokenValidationParameters.NameClaimType = DidacticsClaims.Subject;
        options.TokenValidationParameters.RoleClaimType = DidacticsClaims.Role;
        options.TokenValidationParameters.ValidAudience = Audience;
        if (!string.IsNullOrWhiteSpace(Authority))
        {
            options.Authority = Authority;
        }
        else
        {
            var key = Encoding.UTF8.GetBytes(SigningKey ?? "");
            if (key.Length < 32)
            {
                throw new InvalidOperationException($"{SectionName}:SigningKey must be at least 32 bytes.");
            }

            options.TokenValidationParameters.IssuerSigningKey = new SymmetricSecurityKey(key);
            options.TokenValidationParameters.ValidateIssuer = !string.IsNullOrWhiteSpace(Issuer);
            options.TokenValidationParameters.ValidIssuer = Issuer;
        }
    }
}
