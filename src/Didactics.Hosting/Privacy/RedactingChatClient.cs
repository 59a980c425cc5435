using Microsoft.Extensions.AI;

namespace Didactics.Hosting;

/// <summary>
/// Removes personal data from every text of a request before it reaches the model (place it between the Didactics
/// pipeline and the model). The pipeline's own data (the turn plan in <see cref="ChatOptions.AdditionalProperties"/>)
/// passes unchanged; the caller's message list is never modified.
/// </summary>
public sealed class RedactingChatClient : DelegatingChatClient
{
    private readonly PersonalDataRedactor _redactor;
    private readonly IReadOnlyCollection<string>? _roster;
    private readonly RedactionContext _context;
    private int _redacted;

    /// <summary>Wraps <paramref name="innerClient"/>.</summary>
    /// <param name="innerClient">The model side.</param>
    /// <param name="redactor">The redactor (default: patterns only).</param>
    /// <param name="roster">Extra names to remove for this client (e.g. one class's roster).</param>
    /// <param name="context">The conversation's context, e.g. <see cref="RedactionContext.ForProblem"/>, so the problem's numbers survive.</param>
    public RedactingChatClient(IChatClient innerClient, PersonalDataRedactor? redactor = null, IReadOnlyCollection<string>? roster = null, RedactionContext? context = null)
        : base(innerClient)
    {
        _redactor = redactor ?? PersonalDataRedactor.Default;
        _roster = roster;
        _context = context ?? RedactionContext.None;
    }

    /// <summary>How many texts this instance changed (for tests and metrics).</summary>
    public int RedactedTexts => _redacted;

    /// <inheritdoc />
    public override Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        base.GetResponseAsync(Redact(messages), options, cancellationToken);

    /// <inheritdoc />
    public override IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        base.GetStreamingResponseAsync(Redact(messages), options, cancellationToken);

    private List<ChatMessage> Redact(IEnumerable<ChatMessage> messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var result = new List<ChatMessage>();
        foreach (var message in messages)
        {
            var changed = false;
            var contents = new List<AIContent>(message.Contents.Count);
            foreach (var content in message.Contents)
            {
                if (content is TextContent text && text.Text is { Length: > 0 })
                {
                    var redacted = _redactor.RedactText(text.Text, _roster, _context);
                    if (redacted.Redacted)
                    {
                        changed = true;
                        contents.Add(new TextContent(redacted.Text));
                        continue;
                    }
                }

                contents.Add(content);
            }

            if (changed)
            {
                Interlocked.Increment(ref _redacted);
                var clone = message.Clone();
                clone.Contents = contents;
                result.Add(clone);
            }
            else
            {
                result.Add(message);
            }
        }

        return result;
    }
}
