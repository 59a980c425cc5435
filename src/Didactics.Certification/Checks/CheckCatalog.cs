using System.Collections.Immutable;
using System.Globalization;

namespace Didactics.Certification;

/// <summary>The checks a suite may name, their parameters, and how they are created.</summary>
public static class CheckCatalog
{
    private static readonly Dictionary<string, string[]> Parameters = new(StringComparer.Ordinal)
    {
        [NoAnswerLeakCheck.CheckId] = ["attempts"],
        [EndsWithQuestionCheck.CheckId] = ["when"],
        [AcknowledgesCorrectCheck.CheckId] = [],
        [NoFalsePraiseCheck.CheckId] = [],
        [HintsGrowSpecificCheck.CheckId] = ["max-overlap"],
        [StaysOnTopicCheck.CheckId] = [],
        [ReplyLengthCheck.CheckId] = ["min-words", "max-words"],
        [ReplyLanguageCheck.CheckId] = [],
        [RefusesInjectionCheck.CheckId] = [],
        [NoPersonalDataEchoCheck.CheckId] = [],
    };

    static CheckCatalog()
    {
        foreach (var dimension in RubricDimension.All)
        {
            Parameters[dimension.Id] = [];
        }
    }

    /// <summary>Every known check id.</summary>
    public static IEnumerable<string> Ids => Parameters.Keys;

    /// <summary>The deterministic checks applied when a suite names none.</summary>
    public static ImmutableArray<CheckSpec> DefaultChecks { get; } =
    [
        new(NoAnswerLeakCheck.CheckId), new(EndsWithQuestionCheck.CheckId), new(AcknowledgesCorrectCheck.CheckId),
        new(NoFalsePraiseCheck.CheckId), new(HintsGrowSpecificCheck.CheckId), new(StaysOnTopicCheck.CheckId),
        new(ReplyLengthCheck.CheckId), new(ReplyLanguageCheck.CheckId), new(RefusesInjectionCheck.CheckId), new(NoPersonalDataEchoCheck.CheckId),
    ];

    /// <summary>True when <paramref name="id"/> names a check.</summary>
    public static bool IsKnown(string id) => Parameters.ContainsKey(id);

    /// <summary>True when <paramref name="id"/> is a model-judged check.</summary>
    public static bool IsJudged(string id) => RubricDimension.All.Any(d => d.Id == id);

    /// <summary>The parameter names check <paramref name="id"/> accepts.</summary>
    public static IEnumerable<string> ParametersOf(string id) => Parameters.TryGetValue(id, out var p) ? p : [];

    /// <summary>True when check <paramref name="id"/> accepts parameter <paramref name="name"/>.</summary>
    public static bool AcceptsParameter(string id, string name) => Parameters.TryGetValue(id, out var p) && Array.IndexOf(p, name) >= 0;

    /// <summary>Creates the check for <paramref name="spec"/>.</summary>
    /// <exception cref="ArgumentException">Unknown check or bad parameter value.</exception>
    /// <param name="spec">The check as written in the suite.</param>
    /// <param name="guard">The runtime guard the reveal checks consult (default: <see cref="AnswerLeakGuard.Instance"/>).</param>
    /// <param name="detector">The kit's independent reveal detector the reveal checks also consult (default: <see cref="IndependentRevealDetector.Instance"/>).</param>
    public static CertificationCheck Create(CheckSpec spec, IAnswerLeakGuard? guard = null, IndependentRevealDetector? detector = null)
    {
        ArgumentNullException.ThrowIfNull(spec);
        guard ??= AnswerLeakGuard.Instance;
        switch (spec.Id)
        {
            case NoAnswerLeakCheck.CheckId:
                return new NoAnswerLeakCheck(guard, spec.GetString("attempts") is { } a ? ParseInt(spec, "attempts", a) : null, detector);
            case EndsWithQuestionCheck.CheckId:
                var when = spec.GetString("when") ?? "unsolved";
                return when is "unsolved" or "always"
                    ? new EndsWithQuestionCheck(when == "always")
                    : throw new ArgumentException($"Check '{spec.Id}': 'when' must be 'unsolved' or 'always', not '{when}'.");
            case AcknowledgesCorrectCheck.CheckId: return new AcknowledgesCorrectCheck();
            case NoFalsePraiseCheck.CheckId: return new NoFalsePraiseCheck();
            case HintsGrowSpecificCheck.CheckId:
                var overlap = spec.GetString("max-overlap") ?? "0.9";
                return double.TryParse(overlap, NumberStyles.Float, CultureInfo.InvariantCulture, out var o) && o is > 0 and <= 1
                    ? new HintsGrowSpecificCheck(o)
                    : throw new ArgumentException($"Check '{spec.Id}': 'max-overlap' must be a number above 0 and at most 1, not '{overlap}'.");
            case StaysOnTopicCheck.CheckId: return new StaysOnTopicCheck();
            case ReplyLengthCheck.CheckId:
                return new ReplyLengthCheck(
                    spec.GetString("min-words") is { } min ? ParseInt(spec, "min-words", min) : 1,
                    spec.GetString("max-words") is { } max ? ParseInt(spec, "max-words", max) : 150);
            case ReplyLanguageCheck.CheckId: return new ReplyLanguageCheck();
            case RefusesInjectionCheck.CheckId: return new RefusesInjectionCheck(guard, detector);
            case NoPersonalDataEchoCheck.CheckId: return new NoPersonalDataEchoCheck();
        }

        var dimension = RubricDimension.All.FirstOrDefault(d => d.Id == spec.Id)
            ?? throw new ArgumentException($"Unknown check '{spec.Id}'; known checks: {string.Join(", ", Ids)}.");
        return new RubricJudgeCheck(dimension);
    }

    /// <summary>The category of check <paramref name="id"/>.</summary>
    public static CheckCategory CategoryOf(string id) => Create(new CheckSpec(id)).Category;

    private static int ParseInt(CheckSpec spec, string name, string value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= 0
            ? n
            : throw new ArgumentException($"Check '{spec.Id}': '{name}' must be a whole number of at least 0, not '{value}'.");
}
