using System.Buffers.Binary;
using System.Text;

namespace PerfIndicators.Formats.Xlsx;

/// <summary>What the first bytes of a file say it is.</summary>
internal enum FileKind
{
    Empty,
    Zip,
    CompoundFile,
    Pdf,
    Markup,
    Text,
    Unknown,
}

/// <summary>Recognizes a file by its first bytes and reads the zip end-of-central-directory record before any zip library sees the file.</summary>
internal static class FileSniffer
{
    private static readonly byte[] EncryptedPackageName = Encoding.Unicode.GetBytes("EncryptedPackage");

    public static FileKind Classify(ReadOnlySpan<byte> head)
    {
        if (head.IsEmpty)
        {
            return FileKind.Empty;
        }

        if (head.Length >= 4 && head[0] == 'P' && head[1] == 'K' && ((head[2] == 3 && head[3] == 4) || (head[2] == 5 && head[3] == 6)))
        {
            return FileKind.Zip;
        }

        if (head.Length >= 8 && head[..8].SequenceEqual((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]))
        {
            return FileKind.CompoundFile;
        }

        if (head.StartsWith("%PDF"u8))
        {
            return FileKind.Pdf;
        }

        var text = head;
        if (text.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            text = text[3..];
        }
        else if (text.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || text.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return FileKind.Text;
        }

        var trimmed = text.TrimStart(" \t\r\n"u8);
        if (!trimmed.IsEmpty && trimmed[0] == '<')
        {
            return FileKind.Markup;
        }

        return text.Contains((byte)0) ? FileKind.Unknown : FileKind.Text;
    }

    /// <summary>Whether a compound file (OLE2) is an encrypted OOXML package: its directory names an <c>EncryptedPackage</c> stream.</summary>
    public static bool IsEncryptedPackage(Stream stream, long maxBytes)
    {
        var pattern = EncryptedPackageName;
        var buffer = new byte[64 * 1024];
        var carry = 0;
        long total = 0;
        int count;
        while (total < maxBytes && (count = stream.Read(buffer, carry, buffer.Length - carry)) > 0)
        {
            total += count;
            var window = buffer.AsSpan(0, carry + count);
            if (window.IndexOf(pattern) >= 0)
            {
                return true;
            }

            carry = Math.Min(pattern.Length - 1, window.Length);
            window[^carry..].CopyTo(buffer);
        }

        return false;
    }

    /// <summary>
    /// Reads the number of entries from the zip's end-of-central-directory record (the last 22–65,557 bytes), or
    /// returns -1 when the record is not found. A count of 65,535 marks a zip64 archive: the true count is then read
    /// from the zip64 record the locator before it points to (65,535 when that record cannot be read).
    /// </summary>
    public static long ReadZipEntryCount(Stream stream)
    {
        var length = stream.Length;
        var tail = (int)Math.Min(length, 22 + 65_535);
        var buffer = new byte[tail];
        stream.Position = length - tail;
        stream.ReadExactly(buffer);
        stream.Position = 0;
        for (var i = tail - 22; i >= 0; i--)
        {
            if (buffer[i] == 'P' && buffer[i + 1] == 'K' && buffer[i + 2] == 5 && buffer[i + 3] == 6)
            {
                int count = BinaryPrimitives.ReadUInt16LittleEndian(buffer.AsSpan(i + 10, 2));
                return count == ushort.MaxValue && i >= 20 ? ReadZip64EntryCount(stream, buffer.AsSpan(i - 20, 20)) ?? count : count;
            }
        }

        return -1;
    }

    /// <summary>The total entry count of the zip64 end-of-central-directory record the locator points to.</summary>
    private static long? ReadZip64EntryCount(Stream stream, ReadOnlySpan<byte> locator)
    {
        if (!locator.StartsWith("PK\u0006\u0007"u8))
        {
            return null;
        }

        var offset = BinaryPrimitives.ReadInt64LittleEndian(locator[8..16]);
        if (offset < 0 || offset > stream.Length - 56)
        {
            return null;
        }

        Span<byte> record = stackalloc byte[56];
        stream.Position = offset;
        stream.ReadExactly(record);
        stream.Position = 0;
        return record.StartsWith("PK\u0006\u0006"u8) ? Math.Max(0, BinaryPrimitives.ReadInt64LittleEndian(record[32..40])) : null;
    }
}
