using System.Security;

namespace PerfIndicators.Formats.Files;

/// <summary>
/// Says in Chinese, with an English gloss, why a file could not be read or written, instead of the runtime's own English
/// text (<c>Could not find file '…'</c>): what a person can act on, without the path (the caller names it).
/// </summary>
public static class FileErrors
{
    /// <summary>The reason for a failed file operation: <c>文件不存在 (no such file)</c>, <c>没有访问权限 … (access denied …)</c> ….</summary>
    /// <param name="exception">What the file operation threw.</param>
    /// <exception cref="ArgumentNullException">When <paramref name="exception"/> is null.</exception>
    public static string Describe(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception switch
        {
            BoundedReadException bounded => bounded.Message,
            FileNotFoundException => "文件不存在 (no such file)",
            DirectoryNotFoundException => "路径中的文件夹不存在 (a folder on the path does not exist)",
            PathTooLongException => "路径过长 (the path is too long)",
            UnauthorizedAccessException or SecurityException => "没有访问权限，或这是一个文件夹 (access denied, or the path is a folder)",
            EndOfStreamException => "文件意外结束 (the file ends too early)",
            IOException { HResult: DiskFull or DiskFullWindows } => "磁盘空间不足 (the disk is full)",
            IOException => "读写出错，文件可能被占用或已损坏 (an I/O error: the file may be in use or damaged)",
            ArgumentException or NotSupportedException => "路径无效 (the path is not valid)",
            _ => "无法访问文件 (the file cannot be accessed)",
        };
    }

    // ENOSPC as .NET reports it on Unix, and ERROR_DISK_FULL on Windows.
    private const int DiskFull = 28;
    private const int DiskFullWindows = unchecked((int)0x80070070);
}
