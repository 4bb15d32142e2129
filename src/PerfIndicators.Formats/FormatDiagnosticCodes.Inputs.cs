namespace PerfIndicators.Formats;

/// <content>
/// Codes for input files (PI60xx): a project JSON that cannot be read or holds something unexpected, located by its JSON
/// path (<c>$.indicators[2].points</c>), and files or folders given to a command or a review that cannot be read.
/// </content>
public static partial class FormatDiagnosticCodes
{
    /// <summary>PI6001 (error): the project file is not valid JSON; the message gives the line and byte position.</summary>
    public const string InvalidJson = "PI6001";

    /// <summary>PI6002 (error): a JSON value that must be an object (the project, an indicator, the budget, a funding source) is something else.</summary>
    public const string JsonExpectedObject = "PI6002";

    /// <summary>PI6003 (error): a required field is missing (<c>name</c>, <c>target</c>, the <c>indicators</c> array).</summary>
    public const string JsonMissingField = "PI6003";

    /// <summary>PI6004 (error): a field holds a value of the wrong kind or out of range (text where a number is wanted, negative points, a year that is not a year).</summary>
    public const string JsonInvalidValue = "PI6004";

    /// <summary>
    /// PI6005: no longer reported. An unknown <c>category</c> (一级指标) is read like every printed label, a PI3024 warning of the
    /// indicator (<see cref="DiagnosticCodes.UnknownLabel"/>); the code stays reserved.
    /// </summary>
    public const string JsonUnknownCategory = "PI6005";

    /// <summary>PI6006: no longer reported; an unknown <c>subcategory</c> (二级指标) is a PI3024 warning of the indicator. The code stays reserved.</summary>
    public const string JsonUnknownSubcategory = "PI6006";

    /// <summary>PI6007 (warning): an object has a field the contract does not define; it is ignored.</summary>
    public const string JsonUnknownField = "PI6007";

    /// <summary>PI6010 (error): the file or folder does not exist.</summary>
    public const string InputNotFound = "PI6010";

    /// <summary>PI6011 (error): the file's type (its extension) is not one the command reads.</summary>
    public const string UnsupportedFileType = "PI6011";

    /// <summary>PI6012 (error): the file is larger than the limit for its kind; nothing was read.</summary>
    public const string InputTooLarge = "PI6012";

    /// <summary>PI6013 (error): the file or folder could not be opened, listed or read (no permission, an I/O error).</summary>
    public const string InputUnreadable = "PI6013";

    /// <summary>PI6014 (error): the file is empty.</summary>
    public const string InputEmpty = "PI6014";

    /// <summary>PI6015 (error): the file is not UTF-8 text.</summary>
    public const string InputNotUtf8 = "PI6015";
}
