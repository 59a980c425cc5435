using System.Text.Json.Serialization;

namespace Didactics;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ProblemSetDocument))]
internal sealed partial class ProblemSetJsonContext : JsonSerializerContext;
