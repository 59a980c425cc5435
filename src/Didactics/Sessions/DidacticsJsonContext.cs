using System.Text.Json.Serialization;

namespace Didactics;

/// <summary>System.Text.Json source-generated metadata for session state (no reflection at run time).</summary>
[JsonSourceGenerationOptions(UseStringEnumConverter = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(SessionState))]
public sealed partial class DidacticsJsonContext : JsonSerializerContext;
