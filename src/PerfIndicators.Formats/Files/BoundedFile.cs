using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace PerfIndicators.Formats.Files;

/// <summary>
/// The one way the adapters read a whole file: counted byte by byte against a limit (never trusting the file's
/// reported length, which is 0 for <c>/dev/zero</c>), and refusing what is not a regular file — a FIFO, a socket,
/// a directory — without blocking on it, so that <c>/dev/zero</c>, <c>/dev/urandom</c>, a 3 GB sparse file or a
/// FIFO gives a clear error instead of an out-of-memory crash or a hang. Standard input is read only when the user
/// names it (<c>-</c>), with the same limit.
/// </summary>
public static class BoundedFile
{
    /// <summary>The limit for project JSON, policy files and indicator text (64 MiB).</summary>
    public const long DefaultMaxBytes = 64L * 1024 * 1024;

    /// <summary>Reads <paramref name="path"/> as UTF-8 text (a BOM is dropped; invalid bytes become U+FFFD).</summary>
    /// <param name="path">The file.</param>
    /// <param name="maxBytes">The most bytes accepted.</param>
    /// <exception cref="IOException">When the file cannot be opened, is not a regular file, or is larger than <paramref name="maxBytes"/>; the message is Chinese with an English gloss.</exception>
    public static string ReadAllText(string path, long maxBytes = DefaultMaxBytes) =>
        Decode(ReadAllBytes(path, maxBytes));

    /// <summary>Reads standard input (or any reader) to its end, refusing more than <paramref name="maxChars"/> characters.</summary>
    /// <param name="input">The reader (left open).</param>
    /// <param name="name">How to name it in a message.</param>
    /// <param name="maxChars">The most characters accepted.</param>
    /// <exception cref="IOException">When the reader holds more than <paramref name="maxChars"/> characters.</exception>
    public static string ReadAllText(TextReader input, string name, long maxChars = DefaultMaxBytes)
    {
        ArgumentNullException.ThrowIfNull(input);
        var output = new StringBuilder();
        var buffer = new char[16384];
        int read;
        while ((read = input.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (output.Length + read > maxChars)
            {
                throw TooLarge(name, maxChars);
            }

            output.Append(buffer, 0, read);
        }

        return output.ToString();
    }

    /// <summary>Reads <paramref name="path"/> whole, up to <paramref name="maxBytes"/>.</summary>
    /// <param name="path">The file.</param>
    /// <param name="maxBytes">The most bytes accepted.</param>
    /// <exception cref="IOException">When the file cannot be opened, is not a regular file, or is too large.</exception>
    public static byte[] ReadAllBytes(string path, long maxBytes = DefaultMaxBytes)
    {
        using var stream = OpenRegular(path);
        return ReadCounted(stream, path, maxBytes);
    }

    /// <summary>
    /// Opens <paramref name="path"/> for reading if it is a regular file (symbolic links followed); anything else is
    /// refused. On Linux and macOS the file is opened without blocking, so a FIFO with no writer cannot hang the caller.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <exception cref="IOException">When the file cannot be opened or is not a regular file.</exception>
    public static FileStream OpenRegular(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path))
        {
            throw new BoundedReadException($"「{path}」是文件夹，不是文件 (a folder, not a file).");
        }

        var stream = OperatingSystem.IsLinux() || OperatingSystem.IsMacOS() ? OpenWithoutBlocking(path) : new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        if (!stream.CanSeek || IsSpecialFile(stream.SafeFileHandle))
        {
            stream.Dispose();
            throw new BoundedReadException($"「{path}」不是普通文件（管道、套接字或设备），不读取 (not a regular file).");
        }

        return stream;
    }

    private static byte[] ReadCounted(Stream stream, string name, long maxBytes) =>
        TryReadAll(stream, maxBytes, out var bytes) ? bytes : throw TooLarge(name, maxBytes);

    /// <summary>
    /// Reads <paramref name="stream"/> to its end, counting the bytes as they come (never trusting a length it reports);
    /// false, with nothing kept, as soon as they pass <paramref name="maxBytes"/>. A length the stream reports is only a
    /// guess at the size: the bytes are read straight into one array of it, and whatever comes after is still read and counted.
    /// </summary>
    internal static bool TryReadAll(Stream stream, long maxBytes, out byte[] bytes)
    {
        using var output = new MemoryStream();
        if (stream.CanSeek && stream.Length - stream.Position is var left and > 0 and <= int.MaxValue && left <= maxBytes)
        {
            // A file (a review reads a hundred thousand): no copy through a buffer when it holds what it said it did.
            var exact = new byte[left];
            var filled = 0;
            int got;
            while (filled < exact.Length && (got = stream.Read(exact, filled, exact.Length - filled)) > 0)
            {
                filled += got;
            }

            var next = filled == exact.Length ? stream.ReadByte() : -1;
            if (next < 0)
            {
                bytes = filled == exact.Length ? exact : exact[..filled];
                return true;
            }

            // The file grew since it was measured: what was read goes first, the rest is counted as it comes.
            output.Write(exact, 0, filled);
            output.WriteByte((byte)next);
            if (output.Length > maxBytes)
            {
                bytes = [];
                return false;
            }
        }

        var buffer = new byte[81920];
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (output.Length + read > maxBytes)
            {
                bytes = [];
                return false;
            }

            output.Write(buffer, 0, read);
        }

        bytes = output.ToArray();
        return true;
    }

    private static BoundedReadException TooLarge(string name, long limit) =>
        new($"「{name}」超过 {limit / (1024 * 1024)} MiB，不读取 (larger than the {limit / (1024 * 1024)} MiB limit).");

    private static string Decode(byte[] bytes)
    {
        var start = bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
        return Encoding.UTF8.GetString(bytes, start, bytes.Length - start);
    }

    private static FileStream OpenWithoutBlocking(string path)
    {
        // O_RDONLY | O_NONBLOCK | O_CLOEXEC: the same values on Linux x64 and arm64; macOS uses its own.
        var flags = OperatingSystem.IsMacOS() ? 0x0004 | 0x1000000 : 0x800 | 0x80000;
        var fd = Open(path, flags);
        if (fd < 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            throw errno switch
            {
                2 => new FileNotFoundException(null, path),
                20 => new DirectoryNotFoundException(path),
                13 or 1 => new UnauthorizedAccessException(path),
                _ => new IOException($"无法打开文件「{path}」（错误 {errno}）(the file cannot be opened)."),
            };
        }

        var handle = new SafeFileHandle(fd, ownsHandle: true);
        return new FileStream(handle, FileAccess.Read, bufferSize: 4096);
    }

    /// <summary>
    /// Whether the open file is a device, FIFO or socket. <c>/dev/zero</c> and <c>/dev/null</c> can seek, so seeking tells
    /// nothing; on Linux the file type comes from <c>statx</c>, whose layout is the same on every architecture.
    /// </summary>
    private static bool IsSpecialFile(SafeFileHandle handle)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        var buffer = new byte[StatxSize];
        int result;
        try
        {
            result = Statx((int)handle.DangerousGetHandle(), string.Empty, AtEmptyPath, StatxType, buffer);
        }
        catch (EntryPointNotFoundException)
        {
            // A C library without statx (older than glibc 2.28): seeking decided.
            return false;
        }

        if (result != 0)
        {
            return false;
        }

        var mode = BitConverter.ToUInt16(buffer, StatxModeOffset) & FileTypeMask;
        return mode != RegularFile;
    }

    private const int AtEmptyPath = 0x1000;
    private const uint StatxType = 0x1;
    private const int StatxSize = 256;
    private const int StatxModeOffset = 28;
    private const int FileTypeMask = 0xF000;
    private const int RegularFile = 0x8000;

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int directory, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, [Out] byte[] buffer);

    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int Open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);
}

/// <summary>A file refused by <see cref="BoundedFile"/>: not a regular file, or larger than the limit. The message is for users.</summary>
public sealed class BoundedReadException : IOException
{
    /// <summary>Creates the exception with its user-facing message (Chinese with the English gloss).</summary>
    /// <param name="message">The message.</param>
    public BoundedReadException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public BoundedReadException()
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public BoundedReadException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
