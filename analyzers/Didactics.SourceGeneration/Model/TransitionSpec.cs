namespace Didactics.SourceGeneration;

/// <summary>One declared transition.</summary>
/// <param name="From">The phase left, or <c>*</c>.</param>
/// <param name="On">The <c>LearnerSignal</c> value as an int.</param>
/// <param name="To">The phase entered.</param>
/// <param name="FromLocation">Where the <c>from</c> argument is written.</param>
/// <param name="ToLocation">Where the <c>to</c> argument is written.</param>
internal sealed record TransitionSpec(string From, int On, string To, LocationInfo? FromLocation, LocationInfo? ToLocation);
