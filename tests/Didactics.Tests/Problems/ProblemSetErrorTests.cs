namespace Didactics.Tests;

public class ProblemSetErrorTests
{
    private static ProblemSetFormatException Yaml(string text, string file = "fractions.yaml") =>
        Assert.Throws<ProblemSetFormatException>(() => ProblemSet.Parse(text, ProblemSetFormat.Yaml, file));

    private static ProblemSetFormatException Json(string text, string file = "fractions.json") =>
        Assert.Throws<ProblemSetFormatException>(() => ProblemSet.Parse(text, ProblemSetFormat.Json, file));

    [Fact]
    public void Empty_answers_list_names_file_line_column_problem_and_field()
    {
        var ex = Yaml("""
            title: Fractions
            problems:
              - id: f1
                statement: What is 1/2 + 1/4?
                answers: [3/4]
              - id: f3
                statement: Simplify 4/8.
                answers: []
            """);

        Assert.Equal("fractions.yaml(8,14): problem 'f3': 'answers' must contain at least one answer", ex.Message);
        Assert.Equal(("fractions.yaml", 8, 14, "f3", "answers"), (ex.FileName, ex.Line, ex.Column, ex.ProblemId, ex.Field));
    }

    [Fact]
    public void Same_error_in_json_points_at_the_json_position()
    {
        var ex = Json("""
            {
              "problems": [
                { "id": "f1", "statement": "What is 1/2 + 1/4?", "answers": ["3/4"] },
                { "id": "f3", "statement": "Simplify 4/8.",
                  "answers": [] }
              ]
            }
            """);

        Assert.Equal("fractions.json(5,18): problem 'f3': 'answers' must contain at least one answer", ex.Message);
    }

    public static TheoryData<string, int, int, string?, string?, string> YamlCases => new()
    {
        { "problems:\n  - id: a\n    statement: x\n", 2, 5, "a", "answers", "the required field 'answers' is missing" },
        { "problems:\n  - id: a\n    answer: 3\n", 2, 5, "a", "statement", "the required field 'statement' is missing" },
        { "problems:\n  - statement: x\n    answer: 3\n", 2, 5, null, "id", "problem 1 has no 'id'" },
        { "problems:\n  - id: a\n    statement: x\n    answer: 3\n    hint: [h]\n", 5, 5, "a", "hint", "unknown field 'hint'; expected one of" },
        { "problems:\n  - id: a\n    statement: x\n    answers:\n      - value: 3\n        kind: numbr\n", 6, 15, "a", "answers[0].kind", "'answers[0].kind' is 'numbr'; expected one of number" },
        { "problems:\n  - id: a\n    statement: x\n    answers:\n      - kind: number\n", 5, 9, "a", "answers[0].value", "'answers[0]' has no 'value'" },
        { "problems:\n  - id: a\n    statement: x\n    answer: 3\n  - id: a\n    statement: y\n    answer: 4\n", 5, 9, "a", "id", "the id 'a' is already used by the problem at line 2" },
        { "problems:\n  - id: a\n    statement: x\n    answer: 3\n    misconceptions:\n      - pattern: 4\n", 6, 9, "a", "misconceptions[0].diagnosis", "has no 'diagnosis'" },
        { "problems:\n  - id: a\n    statement: x\n    answer: 3\n    skills: fractions\n", 5, 13, "a", "skills", "'skills' must be a list of texts, not a value" },
        { "problems:\n  - id: a\n    statement: ''\n    answer: 3\n", 3, 16, "a", "statement", "'statement' must not be empty" },
        { "problems:\n  - id: a\n    statement: x\n    answer: 3\n    answers: [4]\n", 4, 13, "a", "answer", "write either 'answer' (one answer) or 'answers' (a list), not both" },
        { "problems: []\n", 1, 11, null, "problems", "'problems' must contain at least one problem" },
        { "title: x\n", 1, 1, null, "problems", "the required field 'problems' is missing" },
        { "- a\n- b\n", 1, 1, null, null, "the top level must be a mapping" },
        { "problems:\n  - id: a\n    statement: x\n    answer: 3\n    hints:\n      - [nested]\n", 6, 9, "a", "hints[0]", "'hints[0]' must be a text value, not a list" },
        { "problems:\n  - id: a\n    statement: \"unterminated\n", 3, 16, null, null, "invalid YAML" },
        { "", 1, 1, null, null, "the file is empty" },
    };

    [Theory]
    [MemberData(nameof(YamlCases))]
    public void Malformed_yaml_is_reported_precisely(string text, int line, int column, string? problemId, string? field, string reason)
    {
        var ex = Yaml(text, "set.yaml");
        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
        Assert.StartsWith($"set.yaml({line},", ex.Message, StringComparison.Ordinal);
        Assert.Equal((line, column, problemId, field), (ex.Line, ex.Column, ex.ProblemId, ex.Field));
    }

    public static TheoryData<string, int, int, string?, string?, string> JsonCases => new()
    {
        { "{\"problems\": [{\"id\": \"a\", \"statement\": \"x\", \"answer\": 3, \"kind\": \"fractoin\"}]}", 1, 66, "a", "kind", "'kind' is 'fractoin'" },
        { "{\"problems\": {\"id\": \"a\"}}", 1, 14, null, "problems", "'problems' must be a list, not a mapping" },
        { "{\"problems\": [\n  {\"id\": \"a\", \"statement\": \"x\", \"answer\": 3,}\n  {\"id\": \"b\"}\n]}", 3, 3, null, null, "invalid JSON" },
        { "{\"problems\": [{\"id\": \"a\", \"statement\": null, \"answer\": 3}]}", 1, 40, "a", "statement", "'statement' must be a text value, not null" },
        { "{\"problems\": [{\"id\": \"a\", \"statement\": \"x\", \"answer\": 3, \"answer\": 4}]}", 1, 58, "a", "answer", "the field 'answer' appears twice" },
        { "{} {}", 1, 4, null, null, "invalid JSON: '{' is invalid after a single JSON value" },
        { " \n", 1, 1, null, null, "the file is empty; expected a JSON object with a 'problems' list" },
    };

    [Theory]
    [MemberData(nameof(JsonCases))]
    public void Malformed_json_is_reported_precisely(string text, int line, int column, string? problemId, string? field, string reason)
    {
        var ex = Json(text, "set.json");
        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
        Assert.Equal((line, column, problemId, field), (ex.Line, ex.Column, ex.ProblemId, ex.Field));
    }

    [Fact]
    public void Unquoted_yaml_text_with_a_colon_gets_a_hint_to_quote_it()
    {
        var ex = Yaml("problems:\n  - id: a\n    statement: x\n    answer: 3\n    steps:\n      - Step 1: subtract 3\n", "s.yaml");
        Assert.Equal("s.yaml(6,9): problem 'a': 'steps[0]' must be a text value, not a mapping (in YAML, put text that contains ': ' in quotes)", ex.Message);
    }

    [Fact]
    public void A_number_id_in_json_is_accepted_as_text_like_yaml()
    {
        // JSON numbers are values like YAML plain scalars, so "id": 7 and id: 7 mean the same.
        var set = ProblemSet.Parse("{\"problems\": [{\"id\": 7, \"statement\": \"x\", \"answer\": 3}]}", ProblemSetFormat.Json);
        Assert.Equal("7", set.Problems[0].Id);
    }

    [Fact]
    public void Yaml_anchors_and_aliases_are_resolved()
    {
        var set = ProblemSet.Parse("""
            problems:
              - id: a
                statement: x
                answer: 3
                hints: &h [Think about it.]
              - id: b
                statement: y
                answer: 4
                hints: *h
            """, ProblemSetFormat.Yaml);
        Assert.Equal(["Think about it."], set["b"].Hints.ToArray());
        Assert.Equal(set["a"], set["b"] with { Id = "a", Statement = "x", Answers = set["a"].Answers });
    }

    [Fact]
    public void Set_language_is_inherited_and_can_be_overridden()
    {
        var set = ProblemSet.Parse("language: nl\nproblems:\n  - {id: a, statement: x, answer: 3}\n  - {id: b, statement: y, answer: 4, language: en}\n", ProblemSetFormat.Yaml);
        Assert.Equal(("nl", "en"), (set["a"].Language, set["b"].Language));
    }
}
