using Didactics.Shared;

namespace Didactics;

/// <summary>Classifies a learner turn into a <see cref="LearnerSignal"/>.</summary>
public interface ILearnerSignalClassifier
{
    /// <summary>Classifies <paramref name="learnerMessage"/>, given the answer checker's verdict on it.</summary>
    LearnerSignal Classify(Problem problem, string learnerMessage, AnswerVerdict verdict);
}

/// <summary>
/// A classifier that can consult something slow (a model) to classify a learner turn. The pipeline awaits
/// <see cref="ClassifyAsync"/> when its <see cref="DidacticsChatClient.SignalClassifier"/> implements this interface.
/// </summary>
public interface IAsyncLearnerSignalClassifier : ILearnerSignalClassifier
{
    /// <summary>Classifies <paramref name="learnerMessage"/>, given the answer checker's verdict on it.</summary>
    ValueTask<LearnerSignal> ClassifyAsync(Problem problem, string learnerMessage, AnswerVerdict verdict, CancellationToken cancellationToken = default);
}

/// <summary>A classification with the reason for it, for logs, audits and tests.</summary>
/// <param name="Signal">The signal.</param>
/// <param name="Rule">What decided it: <c>injection: &lt;pattern&gt;</c>, <c>verdict: correct</c>, <c>off-topic: …</c>, …</param>
/// <param name="Diagnosis">For an incorrect attempt that matches a known misconception, the diagnosis from the verdict.</param>
public readonly record struct SignalClassification(LearnerSignal Signal, string Rule, string? Diagnosis = null);

/// <summary>
/// The built-in deterministic classifier for English and Dutch. The text is normalized first (see <see cref="SignalText"/>:
/// case, accents, apostrophes, repeated letters, chat spelling, close misspellings). Then, in order of precedence:
/// attempts to override the tutor (<see cref="LearnerSignal.InjectionAttempt"/>), authority pressure, answer requests,
/// a correct answer, an incorrect answer (with the misconception's diagnosis from the verdict), "I don't know",
/// off-topic talk, and otherwise <see cref="LearnerSignal.Unclassified"/> (greetings, small talk).
/// </summary>
/// <remarks>
/// Off-topic heuristic: a message is off-topic when it has no number, no word it shares with the problem statement
/// (compared on the first five letters, so <c>fractions</c> meets <c>fraction</c>), no word from the subject and
/// tutoring vocabulary (<c>breuk</c>, <c>noemer</c>, <c>equation</c>, <c>answer</c>, <c>stap</c>, …), and either names a
/// typical off-topic subject (games, sport, series, food, holidays, …) or has at least two content words. A message
/// that contains a number but names an off-topic subject and nothing of the problem (<c>we won 3-1 at football</c>) is
/// off-topic too, unless the number is the correct answer. Greetings and short acknowledgements stay unclassified.
/// </remarks>
public sealed class KeywordSignalClassifier : ILearnerSignalClassifier
{
    private static readonly HashSet<string> StopWords = new(FunctionWords.All.SelectMany(Fold), StringComparer.Ordinal);

    private static readonly HashSet<string> NumberWords = Set(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty " +
        "hundred thousand half third quarter fourth fifth nul twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien twintig dertig veertig vijftig " +
        "honderd duizend helft half kwart derde driekwart");

    // Prefixes (five letters at most) of the subject and tutoring vocabulary; a word starting with one is on topic.
    private static readonly HashSet<string> DomainPrefixes = Set(
        "answer antwo solut oplos probl quest vraag opgav exerc oefen sum som sommen step stap hint tip examp voorb calcu bereken reken math wiskunde arith " +
        "fract breuk numer denom teller noemer plus minus min keer times multi verme divid delen gedeeld deel add optel subtr aftrek equal gelijk equat " +
        "vergel varia onbek unkno numbe getal cijfer digit decim komma perce proce helft kwart quart total totaal side kant both beide result uitko " +
        "formu simpl vereenv factor priem prime oneven squar kwadr root wortel negat posit negat ratio verho graph grafiek angle hoek area oppervl " +
        "perim omtrek volum inhoud length lengte meter gram liter euro cent money geld price prijs correct wrong fout right goed klopt juist check contr " +
        "think denk  reason reden becau omdat first eerst then daarna next volgen again opnieu try probeer mean betek expla uitleg under begrij snap " +
        "learn leren idea idee know weten weet homework huiswerk teacher juf meester leraar docent school example voorbeeld work werk finish klaar");

    private static readonly HashSet<string> OffTopicCues = Set(
        "football soccer basketball hockey tennis sport sports game games gaming gamer fortnite minecraft roblox playstation xbox nintendo switch tiktok youtube " +
        "youtuber instagram snapchat netflix movie movies film films series music song songs singer band concert weekend holiday holidays vacation party " +
        "birthday pizza burger fries food lunch dinner breakfast hungry snack candy weather girlfriend boyfriend crush dog cat pet horse phone iphone car cars " +
        "voetbal voetballen hockeyen tennissen gamen serie series muziek liedje zanger vakantie feest feestje verjaardag eten honger ontbijt avondeten snoep " +
        "vriendin vriendje hond kat huisdier paard telefoon mobiel auto zwemmen dansen shoppen winkelen");

    private static readonly int MaxDomainPrefix = DomainPrefixes.Max(p => p.Length);

    // Problem statements are re-read every turn; their content words are computed once per statement string.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<string, HashSet<string>> StatementCache = new();

    /// <summary>A shared instance; the classifier is stateless.</summary>
    public static KeywordSignalClassifier Instance { get; } = new();

    /// <inheritdoc />
    public LearnerSignal Classify(Problem problem, string learnerMessage, AnswerVerdict verdict) => Explain(problem, learnerMessage, verdict).Signal;

    /// <summary>Classifies <paramref name="learnerMessage"/> and says which rule decided it.</summary>
    public SignalClassification Explain(Problem problem, string learnerMessage, AnswerVerdict verdict)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(learnerMessage);
        SignalPhrases.EnsureLoaded();
        var tokens = SignalText.TokenizeCached(learnerMessage);

        if (HasRoleMarkup(learnerMessage))
        {
            return new(LearnerSignal.InjectionAttempt, "injection: role markup");
        }

        if (SignalPhrases.Injection.Match(tokens) is { } injection)
        {
            return new(LearnerSignal.InjectionAttempt, "injection: " + injection.Text);
        }

        if (SignalPhrases.Authority.Match(tokens) is { } authority)
        {
            return new(LearnerSignal.AuthorityPressure, "authority: " + authority.Text);
        }

        if (SignalPhrases.AnswerRequest.Match(tokens) is { } request)
        {
            return new(LearnerSignal.AnswerRequest, "answer request: " + request.Text);
        }

        if (verdict.Kind == VerdictKind.Correct)
        {
            return new(LearnerSignal.CorrectAttempt, "verdict: correct");
        }

        var textAnswer = problem.Answers[0].Kind == AnswerKind.Text;
        var dontKnow = SignalPhrases.DontKnow.Match(tokens);
        var social = SignalPhrases.Social.Match(tokens);
        var offTopic = OffTopic(problem, tokens, verdict.Kind == VerdictKind.Incorrect && !textAnswer);

        if (verdict.Kind == VerdictKind.Incorrect)
        {
            // For text answers every message "answers", so an explicit "I don't know", small talk or a question is not an attempt.
            var notAnAttempt = textAnswer && (dontKnow is not null || social is not null || offTopic is not null || learnerMessage.TrimEnd().EndsWith('?'));
            if (!notAnAttempt && offTopic is null)
            {
                return new(LearnerSignal.IncorrectAttempt, verdict.Diagnosis is null ? "verdict: incorrect" : "verdict: incorrect, misconception", verdict.Diagnosis);
            }
        }

        if (dontKnow is not null)
        {
            return new(LearnerSignal.DontKnow, "don't know: " + dontKnow.Text);
        }

        if (social is not null)
        {
            return new(LearnerSignal.Unclassified, "social: " + social.Text);
        }

        return offTopic is not null ? new(LearnerSignal.OffTopic, "off-topic: " + offTopic) : new(LearnerSignal.Unclassified, "no rule");
    }

    private static readonly System.Buffers.SearchValues<char> RoleMarkupChars = System.Buffers.SearchValues.Create("<[:#");

    // Chat-template and role markers pasted into a message ("system:", "[INST]", "<|im_start|>") are override attempts.
    private static bool HasRoleMarkup(string message)
    {
        // Every marker below contains one of these characters; most messages have none, and then no search is needed.
        if (!message.AsSpan().ContainsAny(RoleMarkupChars))
        {
            return false;
        }

        var span = message.AsSpan().TrimStart();
        return message.Contains("<|", StringComparison.Ordinal) || message.Contains("[INST]", StringComparison.OrdinalIgnoreCase)
            || message.Contains("[system]", StringComparison.OrdinalIgnoreCase) || message.Contains("<system>", StringComparison.OrdinalIgnoreCase)
            || span.StartsWith("system:", StringComparison.OrdinalIgnoreCase) || span.StartsWith("systeem:", StringComparison.OrdinalIgnoreCase)
            || message.Contains("\nsystem:", StringComparison.OrdinalIgnoreCase) || message.Contains("### instruction", StringComparison.OrdinalIgnoreCase);
    }

    // Returns why the message is off-topic, or null. See the type remarks for the heuristic.
    private static string? OffTopic(Problem problem, string[] tokens, bool hasNumberAttempt)
    {
        var statement = StatementCache.GetValue(problem.Statement, StatementWords);
        string? cue = null;
        var content = 0;
        var hasNumber = false;
        foreach (var token in tokens)
        {
            if (char.IsDigit(token[0]) || NumberWords.Contains(token))
            {
                hasNumber = true;
                continue;
            }

            if (StopWords.Contains(token))
            {
                continue;
            }

            var key = token.Length > 5 ? token[..5] : token;
            if (statement.Contains(key) || IsDomain(token))
            {
                return null;
            }

            if (token.Length >= 3)
            {
                content++;
            }

            cue ??= OffTopicCues.Contains(token) ? token : null;
        }

        if (cue is not null)
        {
            return $"mentions '{cue}' and nothing of the problem";
        }

        if (hasNumber || hasNumberAttempt)
        {
            return null;
        }

        return content >= 2 ? $"{content} content words, none from the problem or the subject" : null;
    }

    // True when the token starts with a domain prefix; a prefix shorter than five letters (after folding) only matches
    // short inflections ("sums", "snapt", "vorbeld"), not longer words that merely begin with it ("snapchat", "minecraft").
    private static bool IsDomain(string token)
    {
#if NET9_0_OR_GREATER
        var lookup = DomainPrefixes.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
        for (var length = Math.Min(token.Length, MaxDomainPrefix); length >= 2; length--)
        {
            if (length < 5 && token.Length > length + 3)
            {
                break;
            }

#if NET9_0_OR_GREATER
            if (lookup.Contains(token.AsSpan(0, length)))
#else
            if (DomainPrefixes.Contains(token[..length]))
#endif
            {
                return true;
            }
        }

        return false;
    }

    private static HashSet<string> StatementWords(string statement)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in SignalText.Fold(statement))
        {
            if (word.Length >= 3 && !StopWords.Contains(word) && !char.IsDigit(word[0]))
            {
                words.Add(word.Length > 5 ? word[..5] : word);
            }
        }

        return words;
    }

    private static IEnumerable<string> Fold(string words) => words.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => string.Concat(SignalText.Fold(w))).Distinct();

    private static HashSet<string> Set(string words) => new(Fold(words), StringComparer.Ordinal);
}
