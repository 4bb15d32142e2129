namespace PerfIndicators.Formats.Xlsx;

/// <summary>Thrown inside the reader when a limit is crossed; always caught and turned into a diagnostic.</summary>
internal sealed class ReadLimitException(string code, string message, DiagnosticLocation? location = null) : Exception(message)
{
    public string Code { get; } = code;

    public DiagnosticLocation? Location { get; } = location;
}

/// <summary>A running total of bytes inflated from the whole archive, shared by the parts read.</summary>
internal sealed class ByteBudget(long limit)
{
    public long Used { get; private set; }

    public long Limit { get; } = limit;

    public void Consume(int count, string part)
    {
        Used += count;
        if (Used > Limit)
        {
            throw new ReadLimitException(FormatDiagnosticCodes.UncompressedSizeTooLarge, SpreadsheetMessages.TotalInflatedTooLarge(part, Limit));
        }
    }
}

/// <summary>
/// A read-only, forward-only view of a zip entry's inflated bytes that counts them and stops with a
/// <see cref="ReadLimitException"/> as soon as the entry or the whole archive passes its limit, whatever sizes the zip
/// headers declared.
/// </summary>
internal sealed class LimitedReadStream(Stream inner, long maxBytes, ByteBudget budget, string part) : Stream
{
    private long read;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => this.read;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var count = inner.Read(buffer);
        this.read += count;
        if (this.read > maxBytes)
        {
            throw new ReadLimitException(FormatDiagnosticCodes.UncompressedSizeTooLarge, SpreadsheetMessages.EntryInflatedTooLarge(part, maxBytes));
        }

        budget.Consume(count, part);
        return count;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
