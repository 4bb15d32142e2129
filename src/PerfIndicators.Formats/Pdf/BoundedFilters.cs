using System.IO.Compression;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace PerfIndicators.Formats.Pdf;

/// <summary>Thrown inside PdfPig's decoding when a stream would expand past a limit; the reader turns it into <see cref="FormatDiagnosticCodes.StreamTooLarge"/>.</summary>
internal sealed class DecodeLimitException(string message) : Exception(message);

/// <summary>
/// Wraps PdfPig's filters so that no stream expands past <see cref="PdfReadLimits.MaxStreamBytes"/> and all streams
/// together past <see cref="PdfReadLimits.MaxDecodedBytes"/>. A Flate stream (the one filter whose expansion has no
/// practical bound) is first inflated into nothing while its bytes are counted, so a bomb is refused before its output
/// is ever held in memory; the other filters expand a bounded amount and are counted after decoding. The first limit
/// crossed is remembered (PdfPig may swallow the exception while parsing leniently), and every later decode is refused.
/// </summary>
internal sealed class BoundedFilterProvider(IFilterProvider inner, long maxStreamBytes, long maxDecodedBytes) : IFilterProvider
{
    private long decoded;

    /// <summary>Why decoding was refused, or <see langword="null"/> while no limit was crossed.</summary>
    public string? LimitMessage { get; private set; }

    public long DecodedBytes => Interlocked.Read(ref decoded);

    /// <summary>How many streams failed to decode (damaged data); PdfPig may skip such a stream without saying so.</summary>
    public int Failures => Volatile.Read(ref failures);

    /// <summary>The first decoding failure's message, or <see langword="null"/>.</summary>
    public string? FirstFailure { get; private set; }

    private int failures;

    public IReadOnlyList<IFilter> GetFilters(DictionaryToken dictionary) => Wrap(inner.GetFilters(dictionary));

    public IReadOnlyList<IFilter> GetNamedFilters(IReadOnlyList<NameToken> names) => Wrap(inner.GetNamedFilters(names));

    public IReadOnlyList<IFilter> GetAllFilters() => Wrap(inner.GetAllFilters());

    private IFilter[] Wrap(IReadOnlyList<IFilter> filters)
    {
        var wrapped = new IFilter[filters.Count];
        for (var i = 0; i < filters.Count; i++)
        {
            wrapped[i] = filters[i] is BoundedFilter ? filters[i] : new BoundedFilter(filters[i], this);
        }

        return wrapped;
    }

    internal void Refuse(string message)
    {
        LimitMessage ??= message;
        throw new DecodeLimitException(LimitMessage);
    }

    internal void ThrowIfRefused()
    {
        if (LimitMessage is not null)
        {
            throw new DecodeLimitException(LimitMessage);
        }
    }

    /// <summary>Counts the bytes a zlib stream inflates to, stopping at the per-stream limit or the document's remaining budget.</summary>
    internal void CheckInflatedSize(ReadOnlyMemory<byte> input)
    {
        var budget = Math.Min(maxStreamBytes, maxDecodedBytes - DecodedBytes);
        long total = 0;
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            using var source = new ZLibStream(new ReadOnlyMemoryStream(input), CompressionMode.Decompress);
            int read;
            while ((read = source.Read(buffer, 0, buffer.Length)) > 0)
            {
                total += read;
                if (total > budget)
                {
                    Refuse(total > maxStreamBytes
                        ? $"压缩数据流解压后超过 {maxStreamBytes} 字节，疑为解压炸弹，已停止读取 (a compressed stream expands to more than {maxStreamBytes} bytes)."
                        : $"全部数据流解压后超过 {maxDecodedBytes} 字节，已停止读取 (all streams together expand to more than {maxDecodedBytes} bytes).");
                }
            }
        }
        catch (InvalidDataException ex)
        {
            // Damaged data: PdfPig's own filter recovers what it can (its output is counted below), often silently,
            // so the damage is remembered here for the page's diagnostic.
            Failed(ex.Message);
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    internal void Failed(string message)
    {
        FirstFailure ??= message;
        Interlocked.Increment(ref failures);
    }

    internal void Count(long bytes)
    {
        var total = Interlocked.Add(ref decoded, bytes);
        if (bytes > maxStreamBytes)
        {
            Refuse($"压缩数据流解压后超过 {maxStreamBytes} 字节，已停止读取 (a stream expands to more than {maxStreamBytes} bytes).");
        }

        if (total > maxDecodedBytes)
        {
            Refuse($"全部数据流解压后超过 {maxDecodedBytes} 字节，已停止读取 (all streams together expand to more than {maxDecodedBytes} bytes).");
        }
    }

    private sealed class BoundedFilter(IFilter inner, BoundedFilterProvider owner) : IFilter
    {
        public bool IsSupported => inner.IsSupported;

        public Memory<byte> Decode(Memory<byte> input, DictionaryToken streamDictionary, IFilterProvider filterProvider, int filterIndex)
        {
            owner.ThrowIfRefused();
            if (inner is FlateFilter)
            {
                owner.CheckInflatedSize(input);
            }

            Memory<byte> output;
            try
            {
                output = inner.Decode(input, streamDictionary, filterProvider, filterIndex);
            }
            catch (Exception ex) when (ex is not DecodeLimitException)
            {
                owner.Failed(ex.Message);
                throw;
            }

            owner.Count(output.Length);
            return output;
        }
    }

    /// <summary>A read-only stream over memory, without copying it.</summary>
    private sealed class ReadOnlyMemoryStream(ReadOnlyMemory<byte> memory) : Stream
    {
        private int position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => memory.Length;

        public override long Position { get => position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var n = Math.Min(buffer.Length, memory.Length - position);
            memory.Span.Slice(position, n).CopyTo(buffer);
            position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
