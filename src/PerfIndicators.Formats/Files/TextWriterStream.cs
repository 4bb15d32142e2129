using System.Text;

namespace PerfIndicators.Formats.Files;

/// <summary>A write-only stream that decodes UTF-8 bytes onto a <see cref="TextWriter"/> (for JSON written to standard output).</summary>
internal sealed class TextWriterStream(TextWriter writer) : Stream
{
    private readonly Decoder decoder = new UTF8Encoding(false).GetDecoder();
    private char[] buffer = new char[4096];

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Flush() => writer.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> bytes)
    {
        var needed = decoder.GetCharCount(bytes, flush: false);
        if (needed > buffer.Length)
        {
            buffer = new char[Math.Max(needed, buffer.Length * 2)];
        }

        var written = decoder.GetChars(bytes, buffer, flush: false);
        writer.Write(buffer, 0, written);
    }
}
