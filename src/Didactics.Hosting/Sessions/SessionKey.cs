namespace Didactics.Hosting;

/// <summary>Identifies a session inside a tenant. Every store key is built from both parts, so tenants never share a key.</summary>
/// <param name="Tenant">The tenant (school, board) that owns the session.</param>
/// <param name="SessionId">The session id, unique within the tenant.</param>
public readonly record struct SessionKey(string Tenant, string SessionId)
{
    /// <inheritdoc />
    public override string ToString() => Tenant + "/" + SessionId;
}
