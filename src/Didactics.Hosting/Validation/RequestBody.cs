using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Didactics.Hosting;

/// <summary>Reads a JSON request body within the configured limits, answering every malformed body with a problem document.</summary>
internal static class RequestBody
{
    public static async Task<T> ReadJsonAsync<T>(HttpContext http, DidacticsRequestLimits limits)
        where T : class
    {
        var request = http.Request;
        CheckContentType(request.ContentType);
        var max = limits.MaxBodyBytes;
        if (request.ContentLength is { } declared && declared > max)
        {
            throw TooLarge(max);
        }

        var buffer = ArrayPool<byte>.Shared.Rent(Math.Min(max + 1, 16 * 1024));
        var length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    if (length > max)
                    {
                        throw TooLarge(max);
                    }

                    var bigger = ArrayPool<byte>.Shared.Rent(Math.Min(max + 1, buffer.Length * 2));
                    buffer.AsSpan(0, length).CopyTo(bigger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = bigger;
                }

                var read = await request.Body.ReadAsync(buffer.AsMemory(length, Math.Min(buffer.Length, max + 1) - length), http.RequestAborted).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }

                length += read;
                if (length > max)
                {
                    throw TooLarge(max);
                }
            }

            if (length == 0 || buffer.AsSpan(0, length).Trim(" \t\r\n"u8).IsEmpty)
            {
                throw new DidacticsValidationException("body", "The request body is empty; send a JSON object.");
            }

            try
            {
                return JsonSerializer.Deserialize<T>(buffer.AsSpan(0, length), DidacticsHostingJson.Options)
                    ?? throw new DidacticsValidationException("body", "The request body is null; send a JSON object.");
            }
            catch (JsonException ex)
            {
                throw new DidacticsValidationException("body", $"The body is not valid JSON for this request: {ex.Message}");
            }
            catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or FormatException or System.Text.DecoderFallbackException)
            {
                // Invalid UTF-8, or a string with an unpaired surrogate escape: not text a learner can have typed.
                throw new DidacticsValidationException("body", "The body is not valid UTF-8 JSON text (invalid bytes or an unpaired surrogate escape).");
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static void CheckContentType(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType) || !MediaTypeHeaderValue.TryParse(contentType, out var media) || media.MediaType.Value is not { } type)
        {
            throw new DidacticsRequestException(StatusCodes.Status415UnsupportedMediaType, "unsupported-media-type", "Unsupported media type",
                "Send the body as JSON with 'Content-Type: application/json'.");
        }

        if (!type.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            && !(type.StartsWith("application/", StringComparison.OrdinalIgnoreCase) && type.EndsWith("+json", StringComparison.OrdinalIgnoreCase)))
        {
            throw new DidacticsRequestException(StatusCodes.Status415UnsupportedMediaType, "unsupported-media-type", "Unsupported media type",
                $"The body is '{LearnerText.Echo(type)}'; send it as JSON with 'Content-Type: application/json'.");
        }

        var charset = media.Charset.HasValue ? media.Charset.Value!.Trim('"') : null;
        if (charset is not null && !charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) && !charset.Equals("utf8", StringComparison.OrdinalIgnoreCase))
        {
            throw new DidacticsRequestException(StatusCodes.Status415UnsupportedMediaType, "unsupported-charset", "Unsupported charset",
                $"The charset '{LearnerText.Echo(charset)}' is not supported; JSON bodies must be UTF-8 (send 'charset=utf-8' or no charset).");
        }
    }

    private static DidacticsRequestException TooLarge(int max) =>
        new(StatusCodes.Status413PayloadTooLarge, "body-too-large", "Request body too large",
            $"The request body is larger than {max} bytes, the most this API accepts.");
}
