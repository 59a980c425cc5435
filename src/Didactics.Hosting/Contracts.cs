using System.Text.Json;
using System.Text.Json.Serialization;

namespace Didactics.Hosting;

/// <summary>The body of <c>POST /sessions</c>.</summary>
public sealed class StartSessionRequest
{
    /// <summary>The registered strategy name.</summary>
    public string? Strategy { get; set; }

    /// <summary>The id of a problem from <see cref="DidacticsHostingOptions.Problems"/>; give this or <see cref="Problem"/>.</summary>
    public string? ProblemId { get; set; }

    /// <summary>A problem given inline; give this or <see cref="ProblemId"/>.</summary>
    public ProblemInput? Problem { get; set; }

    /// <summary>The learner's pseudonym (letters, digits, <c>_ . -</c>; never a real name).</summary>
    public string? Learner { get; set; }

    /// <summary>The session language, e.g. <c>en</c> or <c>nl</c> (default: the problem's).</summary>
    public string? Language { get; set; }

    /// <summary>The learner's age band for schools (<c>under13</c>, <c>13-15</c>, <c>16+</c>); a token's <c>age_band</c> claim wins.</summary>
    public string? AgeBand { get; set; }

    /// <summary>Whether parental consent for a generative model is recorded (13–15); a token's <c>parental_consent</c> claim wins.</summary>
    public bool? ParentalConsent { get; set; }

    /// <summary>The learner's class (for the teacher view); a token's <c>class</c> claim wins.</summary>
    public string? Class { get; set; }
}

/// <summary>A problem given inline when starting a session.</summary>
public sealed class ProblemInput
{
    /// <summary>A stable id (default: generated).</summary>
    public string? Id { get; set; }

    /// <summary>The statement shown to the learner.</summary>
    public string? Statement { get; set; }

    /// <summary>The accepted answers (at least one).</summary>
    public List<string>? Answers { get; set; }

    /// <summary>How answers are compared: <c>Number</c> (default), <c>Fraction</c>, <c>Expression</c>, <c>Text</c> or <c>MultipleChoice</c>.</summary>
    public string? Kind { get; set; }

    /// <summary>Problem-specific hints, general to specific.</summary>
    public List<string>? Hints { get; set; }
}

/// <summary>The body of <c>POST /sessions/{id}/turns</c>.</summary>
public sealed class TurnRequest
{
    /// <summary>The learner's message.</summary>
    public string? Text { get; set; }
}

/// <summary>One event of a turn, as the API returns it.</summary>
/// <param name="Kind">The event kind, e.g. <c>LeakBlocked</c>.</param>
/// <param name="Detail">A human-readable detail.</param>
public sealed record TurnEventResponse(string Kind, string Detail);

/// <summary>The result of starting a session or posting a turn.</summary>
/// <param name="SessionId">The session id.</param>
/// <param name="Turn">The learner turn number (0 for the opening turn).</param>
/// <param name="Reply">The tutor's reply.</param>
/// <param name="Phase">The phase after the turn.</param>
/// <param name="Signal">The classified learner signal.</param>
/// <param name="Ended">True when the session reached a terminal phase.</param>
/// <param name="Solved">True once the learner answered correctly.</param>
/// <param name="Version">The session version after the turn (also sent as the <c>ETag</c>).</param>
/// <param name="Events">What happened besides the reply (empty for a replayed turn).</param>
/// <param name="Replayed">True when this is the stored result of an earlier request with the same <c>Idempotency-Key</c>.</param>
public sealed record TurnResponse(
    string SessionId, int Turn, string Reply, string Phase, LearnerSignal Signal, bool Ended, bool Solved, long Version,
    IReadOnlyList<TurnEventResponse> Events, bool Replayed)
{
    /// <summary>With schools configured: which model produced the reply (<c>provider:model</c> or <c>authored-content</c>).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Model { get; init; }
}

/// <summary>A session summary (<c>GET /sessions/{id}</c>), also what a teacher view shows.</summary>
/// <param name="SessionId">The session id.</param>
/// <param name="Tenant">The tenant (school).</param>
/// <param name="Learner">The learner's pseudonym.</param>
/// <param name="Strategy">The strategy's name.</param>
/// <param name="ProblemId">The problem's id.</param>
/// <param name="Statement">The problem statement.</param>
/// <param name="Phase">The current phase.</param>
/// <param name="Language">The session language.</param>
/// <param name="Turns">Learner turns so far.</param>
/// <param name="Attempts">Genuine attempts so far.</param>
/// <param name="HintLevel">The current rung of the hint ladder.</param>
/// <param name="Solved">True once the learner answered correctly.</param>
/// <param name="Ended">True once the session reached a terminal phase.</param>
/// <param name="Version">The session version (also the <c>ETag</c>).</param>
/// <param name="CreatedAt">When the session was created.</param>
/// <param name="UpdatedAt">When the session was last changed.</param>
/// <param name="DelegationShare">The share of the learner's turns that delegated the work ("just tell me", injections, pressure), 0 to 1.</param>
/// <param name="HelpWithoutEffort">Help-seeking turns ("I don't know", answer requests, injections, pressure) made with no attempt or substantive reply since the last help.</param>
public sealed record SessionResponse(
    string SessionId, string Tenant, string Learner, string Strategy, string ProblemId, string Statement, string Phase,
    string Language, int Turns, int Attempts, int HintLevel, bool Solved, bool Ended, long Version, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt,
    double DelegationShare = 0, int HelpWithoutEffort = 0);

/// <summary>A session transcript (<c>GET /sessions/{id}/transcript</c>).</summary>
/// <param name="SessionId">The session id.</param>
/// <param name="Version">The session version.</param>
/// <param name="Entries">The transcript, oldest first.</param>
public sealed record TranscriptResponse(string SessionId, long Version, IReadOnlyList<TranscriptEntry> Entries);

/// <summary>A session export for data portability (<c>GET /sessions/{id}/export</c>).</summary>
/// <param name="Format">The export format id, <c>didactics-session/1</c>.</param>
/// <param name="ExportedAt">When the export was made.</param>
/// <param name="Tenant">The owning tenant.</param>
/// <param name="Learner">The learner pseudonym.</param>
/// <param name="Session">The complete session state.</param>
public sealed record SessionExport(string Format, DateTimeOffset ExportedAt, string Tenant, string Learner, SessionState Session)
{
    /// <summary>With schools configured: the school's model and data-processing facts, the learner's age band and consent, and the model of every turn.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public SchoolSessionCard? School { get; init; }
}

/// <summary>A registered strategy (<c>GET /strategies</c>).</summary>
/// <param name="Name">The strategy name.</param>
/// <param name="Description">Its description.</param>
/// <param name="Phases">Its phases.</param>
/// <param name="Transitions">Its transitions.</param>
public sealed record StrategyResponse(string Name, string? Description, IReadOnlyList<PhaseResponse> Phases, IReadOnlyList<TransitionDescriptor> Transitions);

/// <summary>A problem of the host's catalogue (<c>GET /problems</c>); the answers are never listed.</summary>
/// <param name="Id">The problem id.</param>
/// <param name="Statement">The statement.</param>
/// <param name="Language">The problem language.</param>
public sealed record ProblemResponse(string Id, string Statement, string Language);

/// <summary>One phase of a strategy.</summary>
/// <param name="Name">The phase name.</param>
/// <param name="Move">What the phase does.</param>
/// <param name="IsStart">True for the start phase.</param>
/// <param name="IsTerminal">True for a terminal phase.</param>
public sealed record PhaseResponse(string Name, PhaseMove Move, bool IsStart, bool IsTerminal);

/// <summary>The JSON settings of the API: web defaults (camelCase) with enums as strings.</summary>
public static class DidacticsHostingJson
{
    /// <summary>The serializer options used for every request and response body.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        // Relaxed escaping keeps "12 + 30" readable; the API only ever answers with JSON content types.
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
