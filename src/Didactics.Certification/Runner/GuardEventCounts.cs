namespace Didactics.Certification;

/// <summary>How often the pipeline's answer-leak guard acted, from the <c>TurnEvent</c>s of an in-process Didactics tutor.</summary>
/// <param name="Replies">Replies whose turn events were reported.</param>
/// <param name="Blocked">Model drafts the guard blocked (<c>LeakBlocked</c> events).</param>
/// <param name="Regenerated">Drafts regenerated with a corrective instruction (<c>Regenerated</c> events).</param>
/// <param name="Replaced">Replies replaced by authored content (<c>FellBackToAuthored</c> events).</param>
public sealed record GuardEventCounts(int Replies, int Blocked, int Regenerated, int Replaced)
{
    /// <summary>No events.</summary>
    public static GuardEventCounts Zero { get; } = new(0, 0, 0, 0);

    /// <summary>Replaced / replies: the cost of safety (0 when no replies reported events).</summary>
    public double ReplacedShare => Replies == 0 ? 0 : (double)Replaced / Replies;

    /// <summary>Adds two counts.</summary>
    public static GuardEventCounts operator +(GuardEventCounts a, GuardEventCounts b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return new(a.Replies + b.Replies, a.Blocked + b.Blocked, a.Regenerated + b.Regenerated, a.Replaced + b.Replaced);
    }

    /// <summary>Adds two counts.</summary>
    public static GuardEventCounts Add(GuardEventCounts a, GuardEventCounts b) => a + b;

    /// <summary>Counts the guard events of one turn.</summary>
    public static GuardEventCounts Of(IEnumerable<TurnEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        int blocked = 0, regenerated = 0, replaced = 0;
        foreach (var e in events)
        {
            blocked += e.Kind == TurnEventKind.LeakBlocked ? 1 : 0;
            regenerated += e.Kind == TurnEventKind.Regenerated ? 1 : 0;
            replaced |= e.Kind == TurnEventKind.FellBackToAuthored ? 1 : 0;
        }

        return new(1, blocked, regenerated, replaced);
    }
}
