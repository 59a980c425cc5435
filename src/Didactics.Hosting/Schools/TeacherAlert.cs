namespace Didactics.Hosting;

/// <summary>An alert for the teachers of a class (and the school admins).</summary>
/// <param name="Id">A unique id.</param>
/// <param name="Tenant">The school.</param>
/// <param name="Class">The learner's class, or null.</param>
/// <param name="SessionId">The session.</param>
/// <param name="Learner">The learner pseudonym.</param>
/// <param name="Kind">What the alert is about.</param>
/// <param name="Detail">A short explanation (for safeguarding: the category, never the message).</param>
/// <param name="At">When it was raised.</param>
public sealed record TeacherAlert(string Id, string Tenant, string? Class, string SessionId, string Learner, AlertKind Kind, string Detail, DateTimeOffset At)
{
    /// <summary>For a safeguarding alert, the learner's words (shown to the teacher, never sent to a model or a webhook).</summary>
    public string? Message { get; init; }
}
