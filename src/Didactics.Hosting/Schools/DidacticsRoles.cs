namespace Didactics.Hosting;

/// <summary>The roles of the school API (the <c>role</c> claim of a bearer token).</summary>
public static class DidacticsRoles
{
    /// <summary>A learner: starts sessions and reaches only their own.</summary>
    public const string Learner = "learner";

    /// <summary>A teacher: sees and steers the sessions of their classes (the <c>class</c> claims).</summary>
    public const string Teacher = "teacher";

    /// <summary>A school admin: every session of the school, consent records.</summary>
    public const string SchoolAdmin = "school-admin";
}
