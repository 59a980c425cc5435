using System.Text.Json.Serialization;

namespace Didactics.Hosting;

/// <summary>System.Text.Json source-generated metadata for the school records.</summary>
[JsonSourceGenerationOptions(UseStringEnumConverter = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(LearnerProfile))]
[JsonSerializable(typeof(TurnModelRecord))]
[JsonSerializable(typeof(TeacherAlert))]
internal sealed partial class SchoolJsonContext : JsonSerializerContext;
