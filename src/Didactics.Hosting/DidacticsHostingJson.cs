using System.Text.Json;
using System.Text.Json.Serialization;

namespace Didactics.Hosting;

/// <summary>The JSON settings of the API: web defaults (camelCase) with enums as strings.</summary>
public static class DidacticsHostingJson
{
    /// <summary>The serializer options used for every request and response body.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        // Relaxed escaping keeps "12 + 30" readable; the API only ever answers with JSON content types.
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
