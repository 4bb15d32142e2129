namespace PerfIndicators.Formats.Store;

/// <summary>A results store that cannot be opened or written: a bad connection string, a database newer than this tool, a server that refused.</summary>
public sealed class StoreException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong, in Chinese with an English gloss.</param>
    public StoreException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong, in Chinese with an English gloss.</param>
    /// <param name="inner">The database's own error.</param>
    public StoreException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
