using System.Collections.Immutable;
using System.IO.Compression;
using System.Xml;

namespace PerfIndicators.Formats.Xlsx;

/// <summary>
/// One read of one xlsx file: checks the file and its zip directory against the limits, then reads the package parts
/// it needs with a forward-only <see cref="XmlReader"/> over counted, bounded streams.
/// </summary>
internal sealed partial class XlsxReadSession
{
    private const string MainContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

    private static readonly string[] AcceptedMainContentTypes =
    [
        MainContentType,
        "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml",
        "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
        "application/vnd.ms-excel.template.macroEnabled.main+xml",
    ];

    private readonly WorkbookReadLimits limits;
    private readonly DiagnosticList diagnostics;
    private readonly char[] chunk = new char[4096];
    private readonly ByteBudget budget;
    private readonly Dictionary<string, ZipArchiveEntry> entries = new(StringComparer.OrdinalIgnoreCase);
    private string[] sharedStrings = [];
    private StyleTable styles = StyleTable.Empty;
    private int cells;
    private long textLength;
    private bool textLimitReported;
    private bool aborted;

    private XlsxReadSession(WorkbookReadLimits limits)
    {
        this.limits = limits;
        this.diagnostics = new DiagnosticList(limits.MaxDiagnosticsPerKind);
        this.budget = new ByteBudget(limits.MaxTotalUncompressedBytes);
    }

    public static SpreadsheetReadResult Read(Stream stream, WorkbookReadLimits limits)
    {
        var session = new XlsxReadSession(limits);
        Workbook? workbook = null;
        try
        {
            workbook = session.ReadFile(stream);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException or ObjectDisposedException)
        {
            session.Error(FormatDiagnosticCodes.FileNotReadable, default, SpreadsheetMessages.FileNotReadable(exception.Message));
        }

        return new SpreadsheetReadResult(workbook, session.diagnostics.ToImmutable());
    }

    private void Error(string code, DiagnosticLocation location, string message) =>
        this.diagnostics.Add(code, DiagnosticSeverity.Error, location, message);

    private void Warning(string code, DiagnosticLocation location, string message) =>
        this.diagnostics.Add(code, DiagnosticSeverity.Warning, location, message);

    private Workbook? ReadFile(Stream input)
    {
        var seekable = ToSeekable(input);
        if (seekable is null)
        {
            return null;
        }

        using var owned = ReferenceEquals(seekable, input) ? null : seekable;
        Span<byte> head = stackalloc byte[512];
        var headLength = seekable.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        seekable.Position = 0;
        switch (FileSniffer.Classify(head[..headLength]))
        {
            case FileKind.Empty:
                Error(FormatDiagnosticCodes.EmptyFile, default, SpreadsheetMessages.EmptyFile);
                return null;
            case FileKind.CompoundFile:
                if (FileSniffer.IsEncryptedPackage(seekable, this.limits.MaxFileBytes))
                {
                    Error(FormatDiagnosticCodes.EncryptedWorkbook, default, SpreadsheetMessages.Encrypted);
                }
                else
                {
                    Error(FormatDiagnosticCodes.LegacyXlsWorkbook, default, SpreadsheetMessages.LegacyXls);
                }

                return null;
            case FileKind.Zip:
                return ReadArchive(seekable);
            case FileKind.Pdf:
                Error(FormatDiagnosticCodes.NotAZipFile, default, SpreadsheetMessages.NotAZip("PDF 文件"));
                return null;
            case FileKind.Markup:
                Error(FormatDiagnosticCodes.NotAZipFile, default, SpreadsheetMessages.NotAZip("网页或 XML 文件（一些系统把 HTML 表格存成 .xls）"));
                return null;
            case FileKind.Text:
                Error(FormatDiagnosticCodes.NotAZipFile, default, SpreadsheetMessages.NotAZip("文本文件（例如改了扩展名的 CSV）"));
                return null;
            default:
                Error(FormatDiagnosticCodes.NotAZipFile, default, SpreadsheetMessages.NotAZip(null));
                return null;
        }
    }

    /// <summary>Returns a seekable stream positioned at the start of the file, copying a non-seekable input (bounded by the size limit).</summary>
    private Stream? ToSeekable(Stream input)
    {
        if (input.CanSeek && input.Position == 0)
        {
            if (input.Length > this.limits.MaxFileBytes)
            {
                Error(FormatDiagnosticCodes.FileTooLarge, default, SpreadsheetMessages.FileTooLarge(input.Length, this.limits.MaxFileBytes));
                return null;
            }

            return input;
        }

        var copy = new MemoryStream();
        var buffer = new byte[81920];
        int count;
        while ((count = input.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (copy.Length + count > this.limits.MaxFileBytes)
            {
                Error(FormatDiagnosticCodes.FileTooLarge, default, SpreadsheetMessages.FileTooLarge(null, this.limits.MaxFileBytes));
                copy.Dispose();
                return null;
            }

            copy.Write(buffer, 0, count);
        }

        copy.Position = 0;
        return copy;
    }

    private Workbook? ReadArchive(Stream stream)
    {
        var declaredEntries = FileSniffer.ReadZipEntryCount(stream);
        if (declaredEntries > this.limits.MaxZipEntries)
        {
            Error(FormatDiagnosticCodes.TooManyZipEntries, default, SpreadsheetMessages.TooManyZipEntries(declaredEntries, this.limits.MaxZipEntries));
            return null;
        }

        ZipArchive? zip = null;
        IReadOnlyCollection<ZipArchiveEntry> entries;
        try
        {
            zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            entries = zip.Entries;
        }
        catch (InvalidDataException exception)
        {
            zip?.Dispose();
            Error(FormatDiagnosticCodes.NotAZipFile, default, SpreadsheetMessages.DamagedZip(exception.Message));
            return null;
        }

        using (zip)
        {
            if (!CheckEntries(entries))
            {
                return null;
            }

            return ReadPackage();
        }
    }

    /// <summary>Checks every entry's declared sizes before anything is inflated.</summary>
    private bool CheckEntries(IReadOnlyCollection<ZipArchiveEntry> entries)
    {
        if (entries.Count > this.limits.MaxZipEntries)
        {
            Error(FormatDiagnosticCodes.TooManyZipEntries, default, SpreadsheetMessages.TooManyZipEntries(entries.Count, this.limits.MaxZipEntries));
            return false;
        }

        var ok = true;
        long total = 0;
        foreach (var entry in entries)
        {
            var name = entry.FullName.TrimStart('/').Replace('\\', '/');
            this.entries.TryAdd(name, entry);
            total += entry.Length;
            var part = DiagnosticLocation.InSheet(part: name);
            if (entry.Length > this.limits.MaxEntryUncompressedBytes)
            {
                Error(FormatDiagnosticCodes.UncompressedSizeTooLarge, part, SpreadsheetMessages.EntryDeclaredTooLarge(name, entry.Length, this.limits.MaxEntryUncompressedBytes));
                ok = false;
            }

            if (entry.Length > this.limits.CompressionRatioThresholdBytes
                && (entry.CompressedLength == 0 || entry.Length / entry.CompressedLength > this.limits.MaxCompressionRatio))
            {
                Error(FormatDiagnosticCodes.CompressionRatioTooHigh, part, SpreadsheetMessages.RatioTooHigh(name, entry.Length, entry.CompressedLength, this.limits.MaxCompressionRatio));
                ok = false;
            }
        }

        if (total > this.limits.MaxTotalUncompressedBytes)
        {
            Error(FormatDiagnosticCodes.UncompressedSizeTooLarge, default, SpreadsheetMessages.TotalDeclaredTooLarge(total, this.limits.MaxTotalUncompressedBytes));
            ok = false;
        }

        return ok;
    }

    private Workbook? ReadPackage()
    {
        var rootRelationships = ReadRelationships("_rels/.rels", string.Empty);
        if (rootRelationships is null)
        {
            Error(FormatDiagnosticCodes.NotAWorkbook, default, this.entries.ContainsKey("mimetype") ? SpreadsheetMessages.OpenDocument : SpreadsheetMessages.NoWorkbookInZip);
            return null;
        }

        var main = rootRelationships.FirstOrDefault(r => r.Type.EndsWith("/officeDocument", StringComparison.Ordinal));
        if (main is null || !this.entries.ContainsKey(main.Target))
        {
            Error(FormatDiagnosticCodes.NotAWorkbook, default, SpreadsheetMessages.NoWorkbookInZip);
            return null;
        }

        var contentType = ContentTypeOf(main.Target);
        if (contentType is not null && !AcceptedMainContentTypes.Contains(contentType, StringComparer.OrdinalIgnoreCase))
        {
            Error(FormatDiagnosticCodes.NotAWorkbook, default, SpreadsheetMessages.OtherOfficeDocument(contentType));
            return null;
        }

        var workbookRelationships = ReadRelationships(RelationshipsPartOf(main.Target), FolderOf(main.Target)) ?? [];
        var info = ReadWorkbookPart(main.Target);
        if (info is null || this.aborted)
        {
            return null;
        }

        var styles = workbookRelationships.FirstOrDefault(r => r.Type.EndsWith("/styles", StringComparison.Ordinal));
        if (styles is not null && this.entries.ContainsKey(styles.Target))
        {
            this.styles = ReadStyles(styles.Target);
        }

        var sharedStrings = workbookRelationships.FirstOrDefault(r => r.Type.EndsWith("/sharedStrings", StringComparison.Ordinal));
        if (sharedStrings is not null)
        {
            if (this.entries.ContainsKey(sharedStrings.Target))
            {
                this.sharedStrings = ReadSharedStrings(sharedStrings.Target);
            }
            else
            {
                Error(FormatDiagnosticCodes.MissingPart, DiagnosticLocation.InSheet(part: sharedStrings.Target), SpreadsheetMessages.MissingPart(sharedStrings.Target));
            }
        }

        if (this.aborted)
        {
            return null;
        }

        if (info.Sheets.Count == 0)
        {
            Error(FormatDiagnosticCodes.NoSheets, default, SpreadsheetMessages.NoSheets);
            return new Workbook([]) { DefinedNames = info.DefinedNames, Uses1904DateSystem = info.Uses1904 };
        }

        var sheets = ImmutableArray.CreateBuilder<Worksheet>();
        for (var index = 0; index < info.Sheets.Count; index++)
        {
            var entry = info.Sheets[index];
            if (index >= this.limits.MaxSheets)
            {
                Error(FormatDiagnosticCodes.TooManySheets, default, SpreadsheetMessages.TooManySheets(info.Sheets.Count, this.limits.MaxSheets));
                break;
            }

            var relationship = entry.RelationshipId is null ? null : workbookRelationships.FirstOrDefault(r => r.Id == entry.RelationshipId);
            var sheet = new Worksheet(entry.Name, index, []) { Visibility = entry.Visibility };
            if (relationship is null || !this.entries.ContainsKey(relationship.Target))
            {
                var part = relationship?.Target ?? entry.RelationshipId ?? "?";
                Error(FormatDiagnosticCodes.MissingPart, DiagnosticLocation.InSheet(entry.Name, part: part), SpreadsheetMessages.MissingSheetPart(entry.Name, part));
                sheets.Add(sheet with { IsTruncated = true });
                continue;
            }

            if (!relationship.Type.EndsWith("/worksheet", StringComparison.Ordinal))
            {
                // A chart sheet or dialog sheet: it has a tab but no cells.
                sheets.Add(sheet);
                continue;
            }

            if (this.aborted)
            {
                sheets.Add(sheet with { IsTruncated = true });
                continue;
            }

            sheets.Add(ReadSheet(sheet, relationship.Target));
        }

        if (this.cells == 0 && !this.diagnostics.HasErrors)
        {
            this.diagnostics.Add(FormatDiagnosticCodes.EmptyWorkbook, DiagnosticSeverity.Warning, default, SpreadsheetMessages.EmptyWorkbook);
        }

        return new Workbook(sheets.ToImmutable()) { DefinedNames = info.DefinedNames, Uses1904DateSystem = info.Uses1904 };
    }

    /// <summary>Runs <paramref name="read"/> over a part, turning XML errors, damaged data and crossed limits into diagnostics.</summary>
    /// <returns>Whether the part was read to its end.</returns>
    private bool ReadPart(string path, string? sheet, Action<XmlReader> read)
    {
        var location = DiagnosticLocation.InSheet(sheet, part: path);
        try
        {
            using var stream = new LimitedReadStream(this.entries[path].Open(), this.limits.MaxEntryUncompressedBytes, this.budget, path);
            using var reader = XmlReader.Create(stream, XmlText.Settings);
            read(reader);
            return true;
        }
        catch (XmlException exception)
        {
            Error(FormatDiagnosticCodes.CorruptXml, location, SpreadsheetMessages.CorruptXml(path, exception.LineNumber, exception.LinePosition, exception.Message));
        }
        catch (Exception exception) when (exception is InvalidDataException or IOException or NotSupportedException)
        {
            // Damaged deflate data, an unsupported compression method, an encrypted entry, a truncated file.
            Error(FormatDiagnosticCodes.CorruptXml, location, SpreadsheetMessages.DamagedData(path, exception.Message));
        }
        catch (ReadLimitException exception)
        {
            Error(exception.Code, exception.Location ?? location, exception.Message);
            if (exception.Code is FormatDiagnosticCodes.UncompressedSizeTooLarge or FormatDiagnosticCodes.TooManyCells)
            {
                this.aborted = true;
            }
        }

        return false;
    }

    private string? ContentTypeOf(string partPath)
    {
        if (!this.entries.ContainsKey("[Content_Types].xml"))
        {
            return null;
        }

        string? byOverride = null, byDefault = null;
        var extension = Path.GetExtension(partPath).TrimStart('.');
        ReadPart("[Content_Types].xml", null, reader =>
        {
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                if (reader.LocalName == "Override"
                    && string.Equals(reader.GetAttribute("PartName")?.TrimStart('/'), partPath, StringComparison.OrdinalIgnoreCase))
                {
                    byOverride = reader.GetAttribute("ContentType");
                }
                else if (reader.LocalName == "Default"
                    && string.Equals(reader.GetAttribute("Extension"), extension, StringComparison.OrdinalIgnoreCase))
                {
                    byDefault = reader.GetAttribute("ContentType");
                }
            }
        });
        return byOverride ?? byDefault;
    }

    private sealed record Relationship(string Id, string Type, string Target);

    private List<Relationship>? ReadRelationships(string path, string sourceFolder)
    {
        if (!this.entries.ContainsKey(path))
        {
            return null;
        }

        var result = new List<Relationship>();
        ReadPart(path, null, reader =>
        {
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "Relationship" || result.Count >= this.limits.MaxZipEntries)
                {
                    continue;
                }

                var id = reader.GetAttribute("Id");
                var type = reader.GetAttribute("Type");
                var target = reader.GetAttribute("Target");
                if (id is null || type is null || target is null || reader.GetAttribute("TargetMode") == "External")
                {
                    continue;
                }

                result.Add(new Relationship(id, type, ResolveTarget(sourceFolder, target)));
            }
        });
        return result;
    }

    internal static string ResolveTarget(string sourceFolder, string target)
    {
        target = Uri.UnescapeDataString(target).Replace('\\', '/');
        var path = target.StartsWith('/') ? target.TrimStart('/') : sourceFolder + target;
        var segments = new List<string>();
        foreach (var segment in path.Split('/'))
        {
            if (segment is "" or ".")
            {
                continue;
            }

            if (segment == "..")
            {
                if (segments.Count > 0)
                {
                    segments.RemoveAt(segments.Count - 1);
                }

                continue;
            }

            segments.Add(segment);
        }

        return string.Join('/', segments);
    }

    private static string FolderOf(string partPath)
    {
        var slash = partPath.LastIndexOf('/');
        return slash < 0 ? string.Empty : partPath[..(slash + 1)];
    }

    private static string RelationshipsPartOf(string partPath)
    {
        var folder = FolderOf(partPath);
        return folder + "_rels/" + partPath[folder.Length..] + ".rels";
    }

    /// <summary>Counts text kept against the workbook-wide limit; returns the text, cut when the limit is reached.</summary>
    private string KeepText(string text, DiagnosticLocation location)
    {
        if (this.textLength + text.Length <= this.limits.MaxTotalTextLength)
        {
            this.textLength += text.Length;
            return text;
        }

        if (!this.textLimitReported)
        {
            this.textLimitReported = true;
            Error(FormatDiagnosticCodes.TextTooLong, location, SpreadsheetMessages.TotalTextTooLong(this.limits.MaxTotalTextLength));
        }

        var room = (int)Math.Max(0, this.limits.MaxTotalTextLength - this.textLength);
        this.textLength += room;
        return text[..room];
    }
}
