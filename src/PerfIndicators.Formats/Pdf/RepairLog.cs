using UglyToad.PdfPig.Logging;

namespace PerfIndicators.Formats.Pdf;

/// <summary>Collects what PdfPig reports while it repairs a file (a broken cross-reference table, a bad object), keeping the first few messages.</summary>
internal sealed class RepairLog : ILog
{
    private const int Kept = 5;
    private readonly List<string> _messages = [];
    private int _count;

    /// <summary>How many problems PdfPig reported.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>The first problems reported.</summary>
    public IReadOnlyList<string> Messages
    {
        get
        {
            lock (_messages)
            {
                return [.. _messages];
            }
        }
    }

    public void Debug(string message)
    {
    }

    public void Debug(string message, Exception ex)
    {
    }

    public void Warn(string message) => Add(message);

    public void Error(string message) => Add(message);

    public void Error(string message, Exception ex) => Add(message);

    private void Add(string message)
    {
        Interlocked.Increment(ref _count);
        lock (_messages)
        {
            if (_messages.Count < Kept)
            {
                _messages.Add(message);
            }
        }
    }
}
