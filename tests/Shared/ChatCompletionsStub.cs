using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace Didactics.Tests.Shared;

/// <summary>
/// An OpenAI-compatible <c>POST /v1/chat/completions</c> endpoint on loopback, shared by every test project that talks
/// to a model or a tutor over HTTP. It records every request, answers the first <c>failFirst</c> ones with HTTP 503, any
/// other path with 404, and the rest with the text <c>reply</c> computes from the request: as one completion or, when
/// the request asks to stream, as server-sent <c>chat.completion.chunk</c> events of a few characters each, ending with
/// <c>data: [DONE]</c>. Requests are answered concurrently.
/// </summary>
internal sealed class ChatCompletionsStub : IAsyncDisposable
{
    private readonly HttpListener _listener;
    private readonly Func<StubRequest, string> _reply;
    private readonly Task _serving;
    private int _failures;
    private int _received;

    public ChatCompletionsStub(Func<StubRequest, string> reply, int failFirst = 0)
    {
        _reply = reply;
        _failures = failFirst;
        (_listener, BaseUrl) = Listen();
        _serving = Task.Run(ServeAsync);
    }

    /// <summary>The API base URL, e.g. <c>http://127.0.0.1:12345/v1</c>.</summary>
    public string BaseUrl { get; }

    /// <summary>Every request received (failed ones included), in arrival order.</summary>
    public ConcurrentQueue<StubRequest> Requests { get; } = new();

    private static (HttpListener, string) Listen()
    {
        // Ask the OS for a free port, then bind the listener to it; retry if another process took it in between.
        for (var attempt = 0; ; attempt++)
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            var listener = new HttpListener();
            listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            try
            {
                listener.Start();
                return (listener, $"http://127.0.0.1:{port}/v1");
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                listener.Close();
            }
        }
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        var request = new StubRequest(
            Interlocked.Increment(ref _received), context.Request.HttpMethod, context.Request.Url!.AbsolutePath, context.Request.Headers["Authorization"], body);
        Requests.Enqueue(request);
        var response = context.Response;
        if (request.Method != "POST" || request.Path != "/v1/chat/completions")
        {
            response.StatusCode = 404;
            response.Close();
            return;
        }

        if (Interlocked.Decrement(ref _failures) >= 0)
        {
            response.StatusCode = 503;
            response.Close();
            return;
        }

        var text = _reply(request);
        if (!request.Stream)
        {
            var json = JsonSerializer.SerializeToUtf8Bytes(new
            {
                id = "chatcmpl-stub-" + request.Number,
                @object = "chat.completion",
                created = 1_700_000_000,
                model = "stub-model",
                choices = new[] { new { index = 0, message = new { role = "assistant", content = text }, finish_reason = "stop" } },
                usage = new { prompt_tokens = 10, completion_tokens = 10, total_tokens = 20 },
            });
            response.ContentType = "application/json";
            response.ContentLength64 = json.Length;
            await response.OutputStream.WriteAsync(json);
            response.Close();
            return;
        }

        response.ContentType = "text/event-stream";
        response.SendChunked = true;
        for (var i = 0; i < text.Length; i += 5)
        {
            await Event(response, request.Number, new { role = "assistant", content = text.Substring(i, Math.Min(5, text.Length - i)) }, null);
        }

        await Event(response, request.Number, new { }, "stop");
        await response.OutputStream.WriteAsync("data: [DONE]\n\n"u8.ToArray());
        response.Close();
    }

    private static async Task Event(HttpListenerResponse response, int number, object delta, string? finish)
    {
        var json = JsonSerializer.Serialize(new
        {
            id = "chatcmpl-stub-" + number,
            @object = "chat.completion.chunk",
            created = 1_700_000_000,
            model = "stub-model",
            choices = new[] { new { index = 0, delta, finish_reason = finish } },
        });
        await response.OutputStream.WriteAsync(Encoding.UTF8.GetBytes("data: " + json + "\n\n"));
        await response.OutputStream.FlushAsync();
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        await _serving;
    }
}

/// <summary>One recorded request; <paramref name="Number"/> counts requests from 1 in arrival order.</summary>
internal sealed record StubRequest(int Number, string Method, string Path, string? Authorization, string Body)
{
    /// <summary>True when the request asked for a streamed (server-sent events) response.</summary>
    public bool Stream
    {
        get
        {
            using var doc = Parse();
            return doc?.RootElement.TryGetProperty("stream", out var stream) == true && stream.ValueKind == JsonValueKind.True;
        }
    }

    /// <summary>The texts of the request's messages, in order (system instructions first).</summary>
    public IReadOnlyList<(string Role, string Content)> Messages()
    {
        using var doc = Parse() ?? throw new InvalidOperationException("The request has no JSON body.");
        var list = new List<(string, string)>();
        foreach (var message in doc.RootElement.GetProperty("messages").EnumerateArray())
        {
            var content = message.GetProperty("content");
            var text = content.ValueKind == JsonValueKind.String
                ? content.GetString()!
                : string.Concat(content.EnumerateArray().Select(part => part.TryGetProperty("text", out var t) ? t.GetString() : ""));
            list.Add((message.GetProperty("role").GetString()!, text));
        }

        return list;
    }

    private JsonDocument? Parse() => Body.Length == 0 ? null : JsonDocument.Parse(Body);
}
