namespace Didactics.Hosting;

/// <summary>A session with its transcript, model records and alerts (the teacher's review).</summary>
public sealed record SessionReview(ClassSessionSummary Session, IReadOnlyList<Didactics.TranscriptEntry> Transcript, IReadOnlyList<TurnModelRecord> Models, IReadOnlyList<TeacherAlert> Alerts);
