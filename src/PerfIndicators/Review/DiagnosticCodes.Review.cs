namespace PerfIndicators;

/// <content>
/// Codes for reviews (PI61xx): an input whose reader or scoring failed. One failed input never stops a review; it is
/// counted and listed with its code.
/// </content>
public static partial class DiagnosticCodes
{
    /// <summary>PI6101 (error): the input's name could not be read (its source threw).</summary>
    public const string InputNameUnreadable = "PI6101";

    /// <summary>PI6102 (error): the input's reader threw an exception; the message names it.</summary>
    public const string InputReaderFailed = "PI6102";

    /// <summary>PI6103 (error): the input's reader returned no result.</summary>
    public const string InputReaderReturnedNothing = "PI6103";

    /// <summary>PI6104 (error): scoring the input threw an exception; the message names it.</summary>
    public const string ScoringFailed = "PI6104";
}
