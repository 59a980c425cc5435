using System.Collections.Immutable;
using Didactics.Shared;

namespace Didactics;

// Turns the positioned tree into problems, checking every field and naming the first one that is wrong.
internal sealed class ProblemSetBinder(string fileName)
{
    private static readonly string[] SetFields = ["title", "description", "language", "problems"];
    private static readonly string[] ProblemFields = ["id", "statement", "answer", "answers", "kind", "language", "steps", "example", "hints", "skills", "misconceptions"];
    private static readonly string[] AnswerFields = ["value", "kind"];
    private static readonly string[] MisconceptionFields = ["pattern", "diagnosis"];
    private static readonly string[] ExampleFields = ["statement", "steps"];

    public ProblemSet Bind(DocumentNode root)
    {
        if (root is not MappingNode set)
        {
            throw Error(root, null, null, $"the top level must be a mapping with a 'problems' list, not {root.Describe}");
        }

        CheckFields(set, SetFields, null, "");
        var title = OptionalString(set, "title", null, "");
        var description = OptionalString(set, "description", null, "");
        var language = OptionalString(set, "language", null, "") ?? "en";
        var problemsNode = set.Find("problems") ?? throw Error(set, null, "problems", "the required field 'problems' is missing; add a list of problems");
        if (problemsNode is not SequenceNode list)
        {
            throw Error(problemsNode, null, "problems", $"'problems' must be a list, not {problemsNode.Describe}");
        }

        if (list.Items.Count == 0)
        {
            throw Error(list, null, "problems", "'problems' must contain at least one problem");
        }

        var problems = ImmutableArray.CreateBuilder<Problem>(list.Items.Count);
        var seen = new Dictionary<string, DocumentNode>(StringComparer.Ordinal);
        for (var i = 0; i < list.Items.Count; i++)
        {
            var problem = BindProblem(list.Items[i], i, language);
            if (seen.TryGetValue(problem.Id, out var first))
            {
                var idNode = ((MappingNode)list.Items[i]).Find("id")!;
                throw Error(idNode, problem.Id, "id", $"the id '{problem.Id}' is already used by the problem at line {first.Line}; ids must be unique");
            }

            seen.Add(problem.Id, list.Items[i]);
            problems.Add(problem);
        }

        return new ProblemSet(problems.MoveToImmutable()) { Title = title, Description = description, Language = language, Source = fileName };
    }

    private Problem BindProblem(DocumentNode node, int index, string setLanguage)
    {
        if (node is not MappingNode map)
        {
            throw Error(node, null, $"problems[{index}]", $"problem {index + 1} must be a mapping with 'id', 'statement' and 'answers', not {node.Describe}");
        }

        var idNode = map.Find("id") ?? throw Error(map, null, "id", $"problem {index + 1} has no 'id'; give every problem a unique id");
        var id = RequiredString(idNode, null, "id");
        CheckFields(map, ProblemFields, id, "");
        var statementNode = map.Find("statement") ?? throw Error(map, id, "statement", "the required field 'statement' is missing");
        var statement = RequiredString(statementNode, id, "statement");

        var kind = AnswerKind.Number;
        if (map.Find("kind") is { } kindNode)
        {
            kind = ParseKind(kindNode, id, "kind");
        }

        var answers = BindAnswers(map, id, kind);
        return new Problem(id, statement, answers)
        {
            Language = OptionalString(map, "language", id, "") ?? setLanguage,
            Steps = StringList(map, "steps", id),
            Example = BindExample(map, id),
            Hints = StringList(map, "hints", id),
            Skills = StringList(map, "skills", id),
            Misconceptions = BindMisconceptions(map, id),
        };
    }

    private ImmutableArray<ReferenceAnswer> BindAnswers(MappingNode map, string id, AnswerKind defaultKind)
    {
        var single = map.Find("answer");
        var many = map.Find("answers");
        if (single is not null && many is not null)
        {
            throw Error(single, id, "answer", "write either 'answer' (one answer) or 'answers' (a list), not both");
        }

        if (single is not null)
        {
            return [BindAnswer(single, id, "answer", defaultKind)];
        }

        if (many is null)
        {
            throw Error(map, id, "answers", "the required field 'answers' is missing; add at least one reference answer");
        }

        if (many is not SequenceNode list)
        {
            throw Error(many, id, "answers", $"'answers' must be a list, not {many.Describe}");
        }

        if (list.Items.Count == 0)
        {
            throw Error(list, id, "answers", "'answers' must contain at least one answer");
        }

        var answers = ImmutableArray.CreateBuilder<ReferenceAnswer>(list.Items.Count);
        for (var i = 0; i < list.Items.Count; i++)
        {
            answers.Add(BindAnswer(list.Items[i], id, $"answers[{i}]", defaultKind));
        }

        return answers.MoveToImmutable();
    }

    private ReferenceAnswer BindAnswer(DocumentNode node, string id, string field, AnswerKind defaultKind)
    {
        if (node is ScalarNode)
        {
            return new ReferenceAnswer(RequiredString(node, id, field), defaultKind);
        }

        if (node is not MappingNode map)
        {
            throw Error(node, id, field, $"'{field}' must be a value or a mapping with 'value' and 'kind', not {node.Describe}");
        }

        CheckFields(map, AnswerFields, id, field + ".");
        var valueNode = map.Find("value") ?? throw Error(map, id, field + ".value", $"'{field}' has no 'value'");
        var kind = map.Find("kind") is { } kindNode ? ParseKind(kindNode, id, field + ".kind") : defaultKind;
        return new ReferenceAnswer(RequiredString(valueNode, id, field + ".value"), kind);
    }

    private WorkedExample? BindExample(MappingNode map, string id)
    {
        if (map.Find("example") is not { } node)
        {
            return null;
        }

        if (node is not MappingNode example)
        {
            throw Error(node, id, "example", $"'example' must be a mapping with 'statement' and 'steps', not {node.Describe}");
        }

        CheckFields(example, ExampleFields, id, "example.");
        var statementNode = example.Find("statement") ?? throw Error(example, id, "example.statement", "'example' has no 'statement'; give the sibling problem's statement");
        var steps = StringList(example, "steps", id);
        if (steps.IsDefaultOrEmpty)
        {
            throw Error(example, id, "example.steps", "'example' needs at least one step in 'steps'");
        }

        return new WorkedExample(RequiredString(statementNode, id, "example.statement"), steps);
    }

    private ImmutableArray<Misconception> BindMisconceptions(MappingNode map, string id)
    {
        var node = map.Find("misconceptions");
        if (node is null || node is ScalarNode { Value: null })
        {
            return ImmutableArray<Misconception>.Empty;
        }

        if (node is not SequenceNode list)
        {
            throw Error(node, id, "misconceptions", $"'misconceptions' must be a list of 'pattern'/'diagnosis' mappings, not {node.Describe}");
        }

        var result = ImmutableArray.CreateBuilder<Misconception>(list.Items.Count);
        for (var i = 0; i < list.Items.Count; i++)
        {
            var field = $"misconceptions[{i}]";
            if (list.Items[i] is not MappingNode item)
            {
                throw Error(list.Items[i], id, field, $"'{field}' must be a mapping with 'pattern' and 'diagnosis', not {list.Items[i].Describe}");
            }

            CheckFields(item, MisconceptionFields, id, field + ".");
            var pattern = item.Find("pattern") ?? throw Error(item, id, field + ".pattern", $"'{field}' has no 'pattern' (the wrong answer that reveals the misconception)");
            var diagnosis = item.Find("diagnosis") ?? throw Error(item, id, field + ".diagnosis", $"'{field}' has no 'diagnosis' (what the learner probably did)");
            result.Add(new Misconception(RequiredString(pattern, id, field + ".pattern"), RequiredString(diagnosis, id, field + ".diagnosis")));
        }

        return result.MoveToImmutable();
    }

    private ImmutableArray<string> StringList(MappingNode map, string name, string id)
    {
        var node = map.Find(name);
        if (node is null || node is ScalarNode { Value: null })
        {
            return ImmutableArray<string>.Empty;
        }

        if (node is not SequenceNode list)
        {
            throw Error(node, id, name, $"'{name}' must be a list of texts, not {node.Describe}");
        }

        var result = ImmutableArray.CreateBuilder<string>(list.Items.Count);
        for (var i = 0; i < list.Items.Count; i++)
        {
            result.Add(RequiredString(list.Items[i], id, $"{name}[{i}]"));
        }

        return result.MoveToImmutable();
    }

    private AnswerKind ParseKind(DocumentNode node, string id, string field)
    {
        var text = RequiredString(node, id, field);
        return text.Trim().ToLowerInvariant().Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal) switch
        {
            "number" => AnswerKind.Number,
            "fraction" => AnswerKind.Fraction,
            "expression" or "equation" => AnswerKind.Expression,
            "text" => AnswerKind.Text,
            "multiplechoice" or "choice" => AnswerKind.MultipleChoice,
            _ => throw Error(node, id, field, $"'{field}' is '{text}'; expected one of number, fraction, expression, text, multiple-choice"),
        };
    }

    private string RequiredString(DocumentNode node, string? id, string field)
    {
        if (node is not ScalarNode scalar || scalar.Value is null)
        {
            // In YAML, "Step 1: subtract 3" is a mapping; say how to make it text.
            var quoteHint = node is MappingNode ? " (in YAML, put text that contains ': ' in quotes)" : "";
            throw Error(node, id, field, $"'{field}' must be a text value, not {node.Describe}{quoteHint}");
        }

        if (string.IsNullOrWhiteSpace(scalar.Value))
        {
            throw Error(node, id, field, $"'{field}' must not be empty");
        }

        return scalar.Value;
    }

    private string? OptionalString(MappingNode map, string name, string? id, string prefix)
    {
        var node = map.Find(name);
        return node is null || node is ScalarNode { Value: null } ? null : RequiredString(node, id, prefix + name);
    }

    private void CheckFields(MappingNode map, string[] allowed, string? id, string prefix)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, _) in map.Entries)
        {
            var name = key.Value!;
            if (Array.IndexOf(allowed, name) < 0)
            {
                throw Error(key, id, prefix + name, $"unknown field '{prefix}{name}'; expected one of {string.Join(", ", allowed)}");
            }

            if (!seen.Add(name))
            {
                throw Error(key, id, prefix + name, $"the field '{prefix}{name}' appears twice");
            }
        }
    }

    private ProblemSetFormatException Error(DocumentNode node, string? problemId, string? field, string reason) =>
        new(fileName, node.Line, node.Column, problemId, field, reason);
}
