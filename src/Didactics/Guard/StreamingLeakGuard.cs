using System.Buffers;

namespace Didactics;

/// <summary>
/// Guards one streamed reply: feed it the chunks as they arrive and send on only what it releases. Text is released
/// sentence by sentence (see remarks), and within that it holds back the shortest suffix that could still complete a leak — a trailing partial number ("4" may become "42" or "4/5"), a
/// partial number word ("for" may become "forty"), trailing result wording ("so x ="), and a value equal to the answer
/// until the words after it show it is not stated as the result — so a leak split across chunks is never released.
/// </summary>
/// <remarks>
/// Release happens at sentence and clause boundaries (". ", "! ", "? ", "; ", ": ", line breaks): when a later sentence
/// is blocked, the learner has seen whole sentences only, so a replacement never continues a cut one, and a sentence
/// that gives in to an injection ("Switching to answer mode as requested.") is blocked before any of it is shown.
/// The policy is the one of <see cref="AnswerLeakGuard"/>: whatever <see cref="AnswerLeakGuard.Scan"/> calls a leak in the
/// whole reply, the stream detects before releasing any of the leaking text. After <see cref="Push"/> returns with
/// <see cref="LeakDetected"/> set, nothing more is released. The guard keeps one pooled buffer (a short window of released
/// text for context plus the hold-back) and allocates nothing per chunk; dispose it to return the buffer.
/// This type is not thread-safe; use one instance per reply.
/// </remarks>
public sealed class StreamingLeakGuard : IDisposable
{
    // Released text kept as context for the words before a value ("the answer is" may have been released already).
    private const int ContextChars = 64;

    private readonly LeakProfile _profile;
    private readonly DialogueFacts _dialogue;
    private char[] _buffer;
    private int _length;
    private int _released;

    // Text before this point was scanned and holds no start of a leak; it waits only for its sentence to end.
    private int _safe;
    private bool _completed;

    /// <summary>Creates a streaming guard for one reply about <paramref name="problem"/>.</summary>
    /// <param name="problem">The problem whose answer must not leak.</param>
    /// <param name="history">The dialogue so far (confirming an answer the learner already gave is not a reveal).</param>
    public StreamingLeakGuard(Problem problem, string? history = null)
    {
        ArgumentNullException.ThrowIfNull(problem);
        _profile = LeakProfile.For(problem);
        _dialogue = DialogueFacts.Read(_profile, history);
        _buffer = ArrayPool<char>.Shared.Rent(512);
    }

    /// <summary>Creates a streaming guard with dialogue facts the caller already knows (the pipeline reads them from the session).</summary>
    internal StreamingLeakGuard(Problem problem, DialogueFacts dialogue)
    {
        ArgumentNullException.ThrowIfNull(problem);
        _profile = LeakProfile.For(problem);
        _dialogue = dialogue;
        _buffer = ArrayPool<char>.Shared.Rent(512);
    }

    /// <summary>True once a leak was found; nothing more is released.</summary>
    public bool LeakDetected => Result.Leak;

    /// <summary>The leak found, or <see cref="LeakScanResult.None"/>.</summary>
    public LeakScanResult Result { get; private set; }

    /// <summary>How many characters are held back right now.</summary>
    public int HeldBack => _length - _released;

    /// <summary>
    /// Adds a chunk and returns the text that may be sent now (possibly empty). The span is valid until the next call.
    /// Returns empty once a leak was detected.
    /// </summary>
    public ReadOnlySpan<char> Push(ReadOnlySpan<char> chunk)
    {
        ObjectDisposedException.ThrowIf(_buffer.Length == 0, this);
        if (_completed)
        {
            throw new InvalidOperationException("The reply was already completed; create a new StreamingLeakGuard for the next reply.");
        }

        if (LeakDetected)
        {
            return ReadOnlySpan<char>.Empty;
        }

        Compact();
        Append(chunk);
        var text = _buffer.AsSpan(0, _length);
        var result = LeakDetector.Scan(_profile, text, _safe, _dialogue, streaming: true, out var holdFrom);
        if (result.Leak)
        {
            Result = result;
            return ReadOnlySpan<char>.Empty;
        }

        // Never cut inside a token: "¾e" or "4x" read differently once cut, so the cut moves back to the token start.
        while (holdFrom > _safe && holdFrom < text.Length && TextChars.IsTokenChar(text[holdFrom - 1]) && TextChars.IsTokenChar(text[holdFrom]))
        {
            holdFrom--;
        }

        _safe = Math.Max(holdFrom, _safe);
        holdFrom = SentenceBoundary(text, _released, _safe);
        var released = text[_released..holdFrom];
        _released = holdFrom;
        return released;
    }

    // A sentence longer than this is released at a clause or word boundary instead, so nothing is held without end.
    private const int LongSentence = 320;

    /// <summary>
    /// The end of the last whole sentence (or clause: ". ", "! ", "? ", "; ", ": ", a line break) in
    /// <c>text[from..limit]</c>, so that text is released sentence by sentence: when a later part of the reply is
    /// blocked, the learner has seen only whole sentences and the replacement never continues a cut one. A sentence
    /// longer than <see cref="LongSentence"/> is released up to its last comma or space.
    /// </summary>
    private static int SentenceBoundary(ReadOnlySpan<char> text, int from, int limit)
    {
        for (var i = limit - 1; i >= from; i--)
        {
            var c = text[i];
            if (c == '\n')
            {
                return i + 1;
            }

            if (char.IsWhiteSpace(c) && i > from && text[i - 1] is '.' or '!' or '?' or ';' or ':' or '\u2026')
            {
                // "3. 5" is no sentence end, but "step 3. Then" is: only a digit on both sides keeps it open.
                if (!(i >= 2 && char.IsDigit(text[i - 2]) && i + 1 < text.Length && char.IsDigit(text[i + 1])))
                {
                    var end = i + 1;
                    while (end < limit && char.IsWhiteSpace(text[end]))
                    {
                        end++;
                    }

                    return end;
                }
            }
        }

        if (limit - from > LongSentence)
        {
            var comma = text[from..limit].LastIndexOf(", ");
            var space = text[from..limit].LastIndexOf(' ');
            var cut = comma > 0 ? comma + 2 : space + 1;
            return cut > 0 ? from + cut : from;
        }

        return from;
    }

    /// <summary>Ends the reply: scans what is still held back and returns it if it does not leak (else empty, with <see cref="LeakDetected"/> set).</summary>
    public ReadOnlySpan<char> Complete()
    {
        ObjectDisposedException.ThrowIf(_buffer.Length == 0, this);
        if (_completed || LeakDetected)
        {
            _completed = true;
            return ReadOnlySpan<char>.Empty;
        }

        _completed = true;
        var text = _buffer.AsSpan(0, _length);
        var result = LeakDetector.Scan(_profile, text, _safe, _dialogue, streaming: false, out _);
        if (result.Leak)
        {
            Result = result;
            return ReadOnlySpan<char>.Empty;
        }

        var released = text[_released.._length];
        _released = _length;
        return released;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_buffer.Length > 0)
        {
            ArrayPool<char>.Shared.Return(_buffer);
            _buffer = [];
        }
    }

    /// <summary>Drops released text older than the context window, cutting at white space so no token is split.</summary>
    private void Compact()
    {
        if (_released <= ContextChars * 2)
        {
            return;
        }

        var keepFrom = _released - ContextChars;
        var space = _buffer.AsSpan(keepFrom, _released - keepFrom).IndexOfAny(' ', '\n');
        keepFrom = space < 0 ? _released : keepFrom + space + 1;
        _buffer.AsSpan(keepFrom, _length - keepFrom).CopyTo(_buffer);
        _length -= keepFrom;
        _released -= keepFrom;
        _safe -= keepFrom;
    }

    private void Append(ReadOnlySpan<char> chunk)
    {
        if (_length + chunk.Length > _buffer.Length)
        {
            var bigger = ArrayPool<char>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + chunk.Length));
            _buffer.AsSpan(0, _length).CopyTo(bigger);
            ArrayPool<char>.Shared.Return(_buffer);
            _buffer = bigger;
        }

        chunk.CopyTo(_buffer.AsSpan(_length));
        _length += chunk.Length;
    }
}
