using UglyToad.PdfPig.Logging;

namespace PerfIndicators.Formats.Pdf;

/// <summary>Collects what PdfPig reports while it repairs a file (a broken cross-reference table, a bad object), keeping the first few messages.</summary>
internal sealed class RepairLog : ILog
{
    private const int Kept = 5;
    private readonly List<string> messages = [];
    private int count;

    /// <summary>How many problems PdfPig reported.</summary>
    public int Count => Volatile.Read(ref count);

    /// <summary>The first problems reported.</summary>
    public IReadOnlyList<string> Messages
    {
        get
        {
            lock (this.messages)
            {
                return [.. this.messages];
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
        Interlocked.Increment(ref count);
        lock (this.messages)
        {
            if (this.messages.Count < Kept)
            {
                this.messages.Add(message);
            }
        }
    }
}
