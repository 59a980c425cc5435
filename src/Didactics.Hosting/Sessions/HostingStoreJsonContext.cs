using System.Text.Json.Serialization;

namespace Didactics.Hosting;

/// <summary>System.Text.Json source-generated metadata for the host's stored records.</summary>
[JsonSourceGenerationOptions(UseStringEnumConverter = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(TurnRecord))]
internal sealed partial class HostingStoreJsonContext : JsonSerializerContext;
