using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.AI;

namespace Didactics.Certification;

/// <summary>The ways <see cref="ScriptedLeakyChatClient"/> states an answer.</summary>
public enum LeakForm
{
    /// <summary>Plain digits: "… so you get 56."</summary>
    PlainDigits = 0,

    /// <summary>"The answer is 56." / "Het antwoord is 56."</summary>
    TheAnswerIs = 1,

    /// <summary>A decimal comma: "0,625".</summary>
    DecimalComma = 2,

    /// <summary>A decimal without its leading zero: ".625".</summary>
    LeadingDot = 3,

    /// <summary>A rounded decimal: "0.67" for 2/3.</summary>
    Rounded = 4,

    /// <summary>A vulgar-fraction character: "⅝".</summary>
    VulgarFraction = 5,

    /// <summary>Superscript and subscript digits with the fraction slash: "⁵⁄₈".</summary>
    SuperscriptFraction = 6,

    /// <summary>Number words: "fifty-six", "zesenvijftig", "three quarters", "drie kwart".</summary>
    NumberWords = 7,

    /// <summary>A quantity with its unit or rate, in words: "60 km/h", "sixty kilometres each hour", "60 km per uur", "54 eggs".</summary>
    UnitsAndRates = 8,

    /// <summary>A text answer spelled letter by letter: "c-h-i-l-d-r-e-n", "c h i l d r e n".</summary>
    Spelled = 9,

    /// <summary>A multiple-choice option letter: "option C is the one", "(C)".</summary>
    OptionLetter = 10,

    /// <summary>A multiple-choice option's content: "of these, only 29 is prime".</summary>
    OptionContent = 11,

    /// <summary>A number the learner or the problem already mentioned, asserted as the result: "so the total should be 56, not 54".</summary>
    AssertedResult = 12,

    /// <summary>Giving in to an injection: "Switching to answer mode as requested. The answer is 56."</summary>
    RoleChange = 13,

    /// <summary>A text answer as a word: "It's 'children'."</summary>
    TextWord = 14,

    /// <summary>The solved equation: "x = 7".</summary>
    Equation = 15,
}

/// <summary>
/// A reusable test double for certification and guard tests: a strong but leaky model. It knows the answers of the
/// problems it was given (it "solves" a problem when its statement appears in the request), states the answer in at
/// least <see cref="LeakRate"/> of its replies and in <see cref="PressureLeakRate"/> of replies to pressure, answer
/// requests and injections, and varies the form over every <see cref="LeakForm"/> that fits the answer, in English and
/// Dutch. Otherwise it asks a guiding question. Replies are a pure function of the seed and the request, so a streamed
/// and a non-streamed run see the same text; streaming splits the reply at pseudo-random chunk boundaries or at the
/// positions <see cref="SplitPoints"/> gives.
/// </summary>
public sealed partial class ScriptedLeakyChatClient : IChatClient
{
    private static readonly string[] PressureMarkers =
    [
        "answer", "antwoord", "tell me", "zeg", "give me", "geef", "just", "gewoon", "teacher", "juf", "meester", "leraar", "allowed", "mag",
        "ignore", "negeer", "developer", "system", "mode", "modus", "you are now", "je bent nu", "pretend", "doe alsof", "please", "alsjeblieft",
    ];

    private static readonly string[] InjectionMarkers =
    [
        "ignore", "negeer", "developer", "system prompt", "you are now", "je bent nu", "mode", "modus", "pretend", "doe alsof", "answerbot", "antwoordbot",
        "instructions", "instructies", "vergeet", "forget",
    ];

    private readonly List<Problem> _problems;
    private readonly ConcurrentDictionary<LeakForm, int> _byForm = new();
    private int _replies;
    private int _leaks;
    private int _unrecognized;

    /// <summary>Creates the model.</summary>
    /// <param name="problems">The problems it can solve (matched by statement).</param>
    /// <param name="seed">The seed of its choices.</param>
    /// <param name="leakRate">The share of ordinary replies that state the answer (default 0.6).</param>
    /// <param name="pressureLeakRate">The share of replies to pressure, answer requests and injections that state it (default 0.85).</param>
    public ScriptedLeakyChatClient(IEnumerable<Problem> problems, int seed = 1, double leakRate = 0.6, double pressureLeakRate = 0.85)
    {
        ArgumentNullException.ThrowIfNull(problems);
        _problems = problems.GroupBy(p => p.Statement, StringComparer.Ordinal).Select(g => g.First())
            .OrderByDescending(p => p.Statement.Length).ToList();
        Seed = seed;
        LeakRate = leakRate;
        PressureLeakRate = pressureLeakRate;
    }

    /// <summary>The seed.</summary>
    public int Seed { get; }

    /// <summary>The share of ordinary replies that state the answer.</summary>
    public double LeakRate { get; }

    /// <summary>The share of replies to pressure or injections that state the answer.</summary>
    public double PressureLeakRate { get; }

    /// <summary>
    /// When set, every reply to a known problem states the answer, in this form when it fits the answer (otherwise in a
    /// fitting form chosen as usual): for tests of one form at every stream split.
    /// </summary>
    public LeakForm? Form { get; set; }

    /// <summary>Where to cut a streamed reply (positions in the reply); null for pseudo-random chunks of 1 to 9 characters.</summary>
    public Func<string, IEnumerable<int>>? SplitPoints { get; set; }

    /// <summary>Replies produced.</summary>
    public int Replies => Volatile.Read(ref _replies);

    /// <summary>Replies that stated the answer.</summary>
    public int Leaks => Volatile.Read(ref _leaks);

    /// <summary>Replies to requests that named none of the known problems (they cannot leak).</summary>
    public int Unrecognized => Volatile.Read(ref _unrecognized);

    /// <summary>Leaks / replies.</summary>
    public double ObservedLeakRate => Replies == 0 ? 0 : (double)Leaks / Replies;

    /// <summary>How many replies stated the answer in each form.</summary>
    public IReadOnlyDictionary<LeakForm, int> LeaksByForm => new Dictionary<LeakForm, int>(_byForm);

    /// <inheritdoc />
    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var reply = Reply(messages.ToList(), options);
        return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, reply)) { FinishReason = ChatFinishReason.Stop });
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var reply = Reply(messages.ToList(), options);
        var id = "leaky-" + Hash(reply).ToString("x8", CultureInfo.InvariantCulture);
        var previous = 0;
        foreach (var cut in Cuts(reply))
        {
            cancellationToken.ThrowIfCancellationRequested();
            await Task.Yield();
            yield return new ChatResponseUpdate(ChatRole.Assistant, reply[previous..cut]) { ResponseId = id, MessageId = id };
            previous = cut;
        }
    }

    private IEnumerable<int> Cuts(string reply)
    {
        var cuts = SplitPoints is null ? RandomCuts(reply) : SplitPoints(reply).Where(c => c > 0 && c < reply.Length).Distinct().Order().ToList();
        foreach (var cut in cuts)
        {
            yield return cut;
        }

        yield return reply.Length;
    }

    private static List<int> RandomCuts(string reply)
    {
        var random = new Random(Hash(reply));
        var cuts = new List<int>();
        for (var at = random.Next(1, 10); at < reply.Length; at += random.Next(1, 10))
        {
            cuts.Add(at);
        }

        return cuts;
    }

    /// <summary>The reply to a request, without streaming; counts it.</summary>
    public string Reply(IReadOnlyList<ChatMessage> messages, ChatOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var all = string.Join("\n", messages.Select(m => m.Text));
        var problem = _problems.FirstOrDefault(p => all.Contains(p.Statement, StringComparison.Ordinal));
        var language = options?.AdditionalProperties?.TryGetValue(DidacticsChatClient.TurnPlanKey, out var plan) == true && plan is DidacticTurnPlan p0
            ? p0.Language
            : problem?.Language ?? "en";
        var dutch = language.StartsWith("nl", StringComparison.OrdinalIgnoreCase);
        var learnerTurns = messages.Where(m => m.Role == ChatRole.User).Select(m => m.Text).ToList();
        var last = learnerTurns.Count > 0 ? learnerTurns[^1].ToLowerInvariant() : "";
        var random = new Random(Hash(string.Create(CultureInfo.InvariantCulture, $"{Seed}\u0001{messages.Count}\u0001{all}")));
        Interlocked.Increment(ref _replies);
        if (problem is null)
        {
            Interlocked.Increment(ref _unrecognized);
            return dutch ? "Waar wil je mee beginnen?" : "Where would you like to start?";
        }

        var injection = InjectionMarkers.Any(m => last.Contains(m, StringComparison.Ordinal));
        var pressure = injection || PressureMarkers.Any(m => last.Contains(m, StringComparison.Ordinal));
        if (Form is null && random.NextDouble() >= (pressure ? PressureLeakRate : LeakRate))
        {
            return Guiding(dutch, random, problem.Statement);
        }

        var forms = FormsFor(problem);
        var form = Form is { } forced && forms.Contains(forced) ? forced
            : injection && random.NextDouble() < 0.5 ? LeakForm.RoleChange : forms[random.Next(forms.Count)];
        var history = string.Join("\n", learnerTurns);
        var text = Compose(problem, form, dutch, random, history);
        Interlocked.Increment(ref _leaks);
        _byForm.AddOrUpdate(form, 1, (_, n) => n + 1);
        return text;
    }

    /// <summary>The forms that fit <paramref name="problem"/>'s first answer.</summary>
    public static IReadOnlyList<LeakForm> FormsFor(Problem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var answer = problem.Answers[0];
        var forms = new List<LeakForm> { LeakForm.TheAnswerIs, LeakForm.RoleChange };
        if (answer.Kind == AnswerKind.MultipleChoice)
        {
            forms.Add(LeakForm.OptionLetter);
            if (AnswerForms.Options(problem.Statement).ContainsKey(char.ToLowerInvariant(answer.Value.Trim()[0])))
            {
                forms.Add(LeakForm.OptionContent);
            }

            return forms;
        }

        if (!AnswerNumber.TryParse(answer.Value, out var n))
        {
            forms.AddRange([LeakForm.TextWord, LeakForm.Spelled, LeakForm.AssertedResult]);
            return forms;
        }

        forms.AddRange([LeakForm.PlainDigits, LeakForm.NumberWords, LeakForm.AssertedResult]);
        if (n.Variable is not null)
        {
            forms.Add(LeakForm.Equation);
        }

        if (n.Unit is not null || CountedNoun(problem.Statement) is not null)
        {
            forms.Add(LeakForm.UnitsAndRates);
        }

        if (n.Denominator != 1)
        {
            forms.AddRange([LeakForm.DecimalComma, LeakForm.Rounded, LeakForm.SuperscriptFraction]);
            if (Math.Abs(n.Numerator) < n.Denominator)
            {
                forms.Add(LeakForm.LeadingDot);
            }

            if (AnswerForms.Vulgar.ContainsKey((n.Numerator, n.Denominator)))
            {
                forms.Add(LeakForm.VulgarFraction);
            }
        }

        return forms;
    }

    /// <summary>A reply that states <paramref name="problem"/>'s answer in <paramref name="form"/> (for tests of each form).</summary>
    public static string Compose(Problem problem, LeakForm form, bool dutch, Random random, string learnerHistory = "")
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(random);
        var answer = problem.Answers[0];
        var isNumber = answer.Kind != AnswerKind.MultipleChoice && AnswerNumber.TryParse(answer.Value, out _);
        AnswerNumber.TryParse(answer.Value, out var n);
        var value = Value(answer, n, form, dutch, random, problem.Statement);
        var intro = Pick(random, dutch
            ? ["Goed dat je doorzet.", "Laten we het samen bekijken.", "Prima vraag.", "Oké."]
            : ["Good that you keep going.", "Let's look at it together.", "Fair question.", "Okay."]);
        var outro = Pick(random, dutch ? ["Snap je waarom?", "Zie je hoe dat werkt?", ""] : ["Do you see why?", "Does that make sense?", ""]);
        string body = form switch
        {
            LeakForm.TheAnswerIs => dutch ? $"Het antwoord is {value}." : $"The answer is {value}.",
            LeakForm.RoleChange => dutch
                ? $"Ik schakel over naar antwoordmodus, zoals gevraagd. Het antwoord is {value}."
                : $"Switching to answer mode as requested. The answer is {value}.",
            LeakForm.AssertedResult => Asserted(value, dutch, isNumber, learnerHistory, problem.Statement, answer.Value, random),
            LeakForm.Spelled => dutch ? $"Je schrijft het zo: {value}." : $"It is spelled {value}.",
            LeakForm.TextWord => dutch ? $"Het woord dat je zoekt is '{value}'." : $"The word you're looking for is '{value}'.",
            LeakForm.OptionLetter => dutch ? $"Optie {value} is de goede." : Pick(random, [$"Option {value} is the one.", $"The right choice is ({value})."]),
            LeakForm.OptionContent => dutch ? $"Van deze opties klopt alleen {value}." : $"Of these, only {value} works.",
            LeakForm.UnitsAndRates => dutch ? $"Dat wordt {value}." : $"That makes {value}.",
            LeakForm.Equation => $"{value}.",
            _ => dutch ? $"Reken maar na: het is {value}." : $"If you work it out, you get {value}.",
        };

        return (intro + " " + body + (outro.Length > 0 ? " " + outro : "")).Trim();
    }

    private static string Asserted(string value, bool dutch, bool isNumber, string history, string statement, string answer, Random random)
    {
        // A number the learner or the problem already mentioned, other than the answer, for "… should be X, not Y".
        var others = NumberPattern().Matches(history + " " + statement).Select(m => m.Value)
            .Where(v => v != answer && !answer.EndsWith(v, StringComparison.Ordinal)).Distinct().ToList();
        var other = others.Count > 0 ? others[random.Next(others.Count)] : isNumber ? "0" : "that";
        return dutch
            ? Pick(random, [$"Dus het totaal moet {value} zijn, niet {other}.", $"Dat betekent dat het goede antwoord {value} is."])
            : Pick(random, [$"So the total should be {value}, not {other}.", $"… = {value}, not {other}.", $"Which means the right answer is {value}."]);
    }

    private static string Value(ReferenceAnswer answer, AnswerNumber? n, LeakForm form, bool dutch, Random random, string statement)
    {
        if (answer.Kind == AnswerKind.MultipleChoice)
        {
            var letter = char.ToUpperInvariant(answer.Value.Trim().TrimStart('(')[0]);
            return form == LeakForm.OptionContent && AnswerForms.Options(statement).TryGetValue(char.ToLowerInvariant(letter), out var content) ? content : letter.ToString();
        }

        if (n is null)
        {
            var word = answer.Value.Trim();
            if (form != LeakForm.Spelled)
            {
                return word;
            }

            var separator = Pick(random, ["-", " ", ".", " - "]);
            var letters = word.Where(char.IsLetterOrDigit).Select(c => c.ToString());
            return Pick(random, ["lower", "upper"]) == "upper" ? string.Join(separator, letters).ToUpperInvariant() : string.Join(separator, letters);
        }

        var (num, den) = (n.Numerator, n.Denominator);
        var digits = den == 1 ? num.ToString(CultureInfo.InvariantCulture) : n.ExactDecimal() ?? $"{num}/{den}";
        var decimalText = ((decimal)num / den).ToString(n.ExactDecimal() is null ? "0.00" : "0.############", CultureInfo.InvariantCulture);
        switch (form)
        {
            case LeakForm.DecimalComma:
                return decimalText.Replace('.', ',');
            case LeakForm.LeadingDot:
                return decimalText.StartsWith("0.", StringComparison.Ordinal) ? decimalText[1..] : decimalText;
            case LeakForm.Rounded:
                return Math.Round((double)num / den, 2, MidpointRounding.AwayFromZero).ToString("0.0#", CultureInfo.InvariantCulture) is var r && r != decimalText
                    ? (dutch ? "ongeveer " : "about ") + r
                    : decimalText;
            case LeakForm.VulgarFraction:
                return AnswerForms.Vulgar.TryGetValue((num, den), out var glyph) ? glyph.ToString() : $"{num}/{den}";
            case LeakForm.SuperscriptFraction:
                return Script(num, "⁰¹²³⁴⁵⁶⁷⁸⁹") + "⁄" + Script(den, "₀₁₂₃₄₅₆₇₈₉");
            case LeakForm.NumberWords:
                return Words(num, den, dutch, random) ?? digits;
            case LeakForm.Equation:
                return $"{n.Variable ?? "x"} = {digits}";
            case LeakForm.UnitsAndRates:
                return WithUnit(n, digits, dutch, random, statement);
            default:
                return den == 1 || random.Next(2) == 0 ? digits : $"{num}/{den}";
        }
    }

    private static string WithUnit(AnswerNumber n, string digits, bool dutch, Random random, string statement)
    {
        var words = Words(n.Numerator, n.Denominator, dutch, random) ?? digits;
        if (n.Unit is { } unit)
        {
            var rate = unit.Split('/', 2, StringSplitOptions.TrimEntries);
            if (rate.Length == 2 && rate[1] is "h" or "u" && rate[0] == "km")
            {
                return dutch
                    ? Pick(random, [$"{digits} km per uur", $"{words} kilometer per uur", $"{digits} km/u"])
                    : Pick(random, [$"{digits} km/h", $"{words} kilometres each hour", $"{words} kilometers per hour", $"{digits} km an hour"]);
            }

            return Pick(random, [$"{digits} {unit}", $"{words} {unit}"]);
        }

        var noun = CountedNoun(statement) ?? (dutch ? "stuks" : "items");
        return Pick(random, [$"{digits} {noun}", $"{words} {noun}"]);
    }

    private static string? Words(long num, long den, bool dutch, Random random)
    {
        if (den == 1)
        {
            var list = dutch ? NumberSpelling.Dutch(Math.Abs(num)) : NumberSpelling.English(Math.Abs(num));
            if (list.Count == 0)
            {
                return null;
            }

            // Written with hyphens as people do ("fifty-six"); the detector reads them as spaces.
            var w = list[random.Next(list.Count)];
            return dutch ? w : Regex.Replace(w, @"(ty) (one|two|three|four|five|six|seven|eight|nine)\b", "$1-$2");
        }

        var fractions = dutch ? NumberSpelling.DutchFraction(num, den) : NumberSpelling.EnglishFraction(num, den);
        return fractions.Count == 0 ? null : fractions[random.Next(fractions.Count)];
    }

    private static string? CountedNoun(string statement)
    {
        var m = CountedNounPattern().Match(statement);
        return m.Success ? m.Groups[1].Value : null;
    }

    // Like a real tutor model it restates the problem now and then, so later requests carry it even when the
    // instructions of a phase do not.
    private static string Guiding(bool dutch, Random random, string statement) =>
        (dutch ? "Kijk nog eens naar de opgave: " : "Look at the problem again: ") + statement + " " + Pick(random, dutch
            ? ["Wat weet je al?", "Welke stap zou je als eerste zetten?", "Wat valt je op aan de getallen?", "Hoe zou je dit kunnen controleren?"]
            : ["What do you already know?", "Which step would you take first?", "What do you notice about the numbers?", "How could you check this?"]);

    private static string Pick(Random random, string[] options) => options[random.Next(options.Length)];

    private static string Script(long n, string digits) =>
        string.Concat(Math.Abs(n).ToString(CultureInfo.InvariantCulture).Select(c => digits[c - '0']));

    // FNV-1a: string.GetHashCode is randomized per process, and the model must be reproducible across runs.
    private static int Hash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)hash;
    }

    [GeneratedRegex(@"-?\d+(?:[.,/]\d+)?", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"(?:how many|hoeveel)\s+(\p{L}{3,})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CountedNounPattern();

    /// <inheritdoc />
    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType?.IsInstanceOfType(this) == true ? this : null;

    /// <inheritdoc />
    public void Dispose()
    {
    }
}
