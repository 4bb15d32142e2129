namespace PerfIndicators.Formats.Pdf;

/// <summary>Reads a whole stream into memory, counting the bytes actually read (a stream's declared length is not trusted).</summary>
internal static class BoundedRead
{
    /// <summary>The stream's bytes, or <see langword="null"/> when it holds more than <paramref name="maxBytes"/>.</summary>
    public static byte[]? ReadAll(Stream stream, long maxBytes)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
