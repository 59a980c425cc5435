using System.Collections.Immutable;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Didactics.Shared;

namespace Didactics;

/// <summary>
/// A set of problems a curriculum designer wrote in a JSON or YAML file (the format is described in
/// <c>docs/problem-sets.md</c>). Loading validates every field; a malformed file throws a
/// <see cref="ProblemSetFormatException"/> that names the file, line, column and field.
/// </summary>
public sealed class ProblemSet
{
    // Files are for people: write "één" and "×" as they are, not as \u escapes.
    private static readonly ProblemSetJsonContext Writer = new(new JsonSerializerOptions
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    });

    /// <summary>Creates a problem set from problems built in code.</summary>
    /// <exception cref="ArgumentException">The list is empty or two problems share an id.</exception>
    public ProblemSet(ImmutableArray<Problem> problems)
    {
        if (problems.IsDefaultOrEmpty)
        {
            throw new ArgumentException("A problem set needs at least one problem.", nameof(problems));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var problem in problems)
        {
            ArgumentNullException.ThrowIfNull(problem, nameof(problems));
            if (!seen.Add(problem.Id))
            {
                throw new ArgumentException($"Two problems have the id '{problem.Id}'; ids must be unique within a set.", nameof(problems));
            }
        }

        Problems = problems;
    }

    /// <summary>The set's title, or null.</summary>
    public string? Title { get; init; }

    /// <summary>A description for teachers, or null.</summary>
    public string? Description { get; init; }

    /// <summary>The default language of the problems as an IETF tag (a problem may override it).</summary>
    public string Language { get; init; } = "en";

    /// <summary>The file (or source name) the set was read from, or null for a set built in code.</summary>
    public string? Source { get; init; }

    /// <summary>The problems, in file order.</summary>
    public ImmutableArray<Problem> Problems { get; }

    /// <summary>The problem with id <paramref name="id"/>.</summary>
    /// <exception cref="KeyNotFoundException">No problem has that id.</exception>
    public Problem this[string id] => Find(id) ?? throw new KeyNotFoundException($"Problem set '{Title ?? Source ?? "(unnamed)"}' has no problem '{id}'.");

    /// <summary>The problem with id <paramref name="id"/>, or null.</summary>
    public Problem? Find(string id)
    {
        foreach (var problem in Problems)
        {
            if (string.Equals(problem.Id, id, StringComparison.Ordinal))
            {
                return problem;
            }
        }

        return null;
    }

    /// <summary>Loads a problem set from a <c>.json</c>, <c>.yaml</c> or <c>.yml</c> file.</summary>
    /// <exception cref="ProblemSetFormatException">The file is malformed.</exception>
    /// <exception cref="ArgumentException">The extension is not one of the supported ones.</exception>
    public static ProblemSet Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var format = FormatOf(path);
        return Parse(File.ReadAllText(path), format, Path.GetFileName(path));
    }

    /// <summary>Loads a problem set from a file without blocking a thread on the read.</summary>
    /// <inheritdoc cref="Load(string)"/>
    public static async Task<ProblemSet> LoadAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var format = FormatOf(path);
        var text = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
        return Parse(text, format, Path.GetFileName(path));
    }

    /// <summary>Reads a problem set from text.</summary>
    /// <param name="text">The file content.</param>
    /// <param name="format">JSON or YAML.</param>
    /// <param name="sourceName">The name used in error messages, usually the file name.</param>
    /// <exception cref="ProblemSetFormatException">The text is malformed.</exception>
    public static ProblemSet Parse(string text, ProblemSetFormat format, string sourceName = "problems")
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sourceName);
        DocumentNode root;
        try
        {
            root = DocumentReader.Read(text, format == ProblemSetFormat.Yaml ? DocumentFormat.Yaml : DocumentFormat.Json, "a 'problems' list");
        }
        catch (DocumentFormatException ex)
        {
            throw new ProblemSetFormatException(sourceName, ex.Line, ex.Column, null, null, ex.Reason, ex.InnerException);
        }

        return new ProblemSetBinder(sourceName).Bind(root);
    }

    /// <summary>Writes the set in the JSON problem-set format; <see cref="Parse"/> reads it back to an equal set.</summary>
    public string ToJson()
    {
        var document = new ProblemSetDocument
        {
            Title = Title,
            Description = Description,
            Language = Language,
            Problems = Problems.Select(p => new ProblemDocument
            {
                Id = p.Id,
                Statement = p.Statement,
                Language = p.Language == Language ? null : p.Language,
                Answers = p.Answers.Select(a => new AnswerDocument { Value = a.Value, Kind = KindName(a.Kind) }).ToList(),
                Steps = p.Steps.IsDefaultOrEmpty ? null : p.Steps.ToList(),
                Hints = p.Hints.IsDefaultOrEmpty ? null : p.Hints.ToList(),
                Skills = p.Skills.IsDefaultOrEmpty ? null : p.Skills.ToList(),
                Misconceptions = p.Misconceptions.IsDefaultOrEmpty ? null
                    : p.Misconceptions.Select(m => new MisconceptionDocument { Pattern = m.Pattern, Diagnosis = m.Diagnosis }).ToList(),
            }).ToList(),
        };
        return JsonSerializer.Serialize(document, Writer.ProblemSetDocument);
    }

    /// <summary>The name of an answer kind as problem-set files spell it (<c>number</c>, <c>multiple-choice</c>, …).</summary>
    public static string KindName(AnswerKind kind) => kind switch
    {
        AnswerKind.Fraction => "fraction",
        AnswerKind.Expression => "expression",
        AnswerKind.Text => "text",
        AnswerKind.MultipleChoice => "multiple-choice",
        _ => "number",
    };

    private static ProblemSetFormat FormatOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".json" => ProblemSetFormat.Json,
        ".yaml" or ".yml" => ProblemSetFormat.Yaml,
        var other => throw new ArgumentException($"'{path}' has the extension '{other}'; problem sets are .json, .yaml or .yml files.", nameof(path)),
    };
}
