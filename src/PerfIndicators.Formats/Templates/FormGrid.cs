using System.Globalization;

namespace PerfIndicators.Formats.Templates;

/// <summary>What a cell of the form is for; it decides the cell's style and whether it is locked.</summary>
internal enum FormRole
{
    /// <summary>The title row.</summary>
    Title,

    /// <summary>A printed label (项目名称, 一级指标 …): locked.</summary>
    Label,

    /// <summary>A value the template fills in (a target, points): locked.</summary>
    Value,

    /// <summary>A cell for the project manager to fill in: unlocked.</summary>
    Input,

    /// <summary>A number the person may fill in (全年执行数, a manual 得分): unlocked.</summary>
    NumberInput,

    /// <summary>A cell perfind fills in when scoring (得分, 执行率, 总分, 等级): locked.</summary>
    Output,

    /// <summary>The instructions row: locked.</summary>
    Note,

    /// <summary>A label of the signature line, with space after it to sign by hand: locked, no border.</summary>
    Signature,
}

/// <summary>
/// The form as a grid of cells with roles, merges and drop-downs, written the same way to xlsx (styles, protection,
/// validation) and to CSV (the top-left text of every merge), so that both files have the same rows and columns.
/// </summary>
internal sealed class FormGrid
{
    private static readonly CellStyle TitleStyle = CellStyle.Default with { Bold = true, FontSize = 16m, HorizontalAlignment = HorizontalAlignment.Center, VerticalAlignment = VerticalAlignment.Center };
    private static readonly CellStyle ValueStyle = CellStyle.Body with { FillColor = "FFF2F2F2" };
    private static readonly CellStyle InputStyle = CellStyle.Input with { NumberFormat = "@" };
    private static readonly CellStyle NumberInputStyle = CellStyle.Input;
    private static readonly CellStyle OutputStyle = CellStyle.Body with { FillColor = "FFE2EFDA" };
    private static readonly CellStyle NoteStyle = CellStyle.Default with { WrapText = true, VerticalAlignment = VerticalAlignment.Top };
    private static readonly CellStyle SignatureStyle = CellStyle.Default with { VerticalAlignment = VerticalAlignment.Bottom };
    private static readonly decimal[] Widths = [14m, 16m, 32m, 18m, 18m, 8m, 8m, 32m, 22m];

    private readonly SortedDictionary<CellAddress, (FormRole Role, string? Text, decimal? Number, string? Format)> cells = [];
    private readonly List<(CellRange Range, FormRole Role)> merges = [];
    private readonly List<(string Range, IReadOnlyList<string> Items, string Prompt)> lists = [];
    private readonly List<(string Range, decimal Maximum, string Prompt)> numbers = [];
    private readonly Dictionary<int, decimal> heights = [];

    public void Text(int row, int column, FormRole role, string? text) => this.cells[new CellAddress(row, column)] = (role, text, null, null);

    public void Number(int row, int column, FormRole role, decimal? number, string? format = null) => this.cells[new CellAddress(row, column)] = (role, null, number, format);

    /// <summary>Merges columns <paramref name="first"/>…<paramref name="last"/> of rows <paramref name="top"/>…<paramref name="bottom"/>, giving every cell the role.</summary>
    public void Merge(int top, int first, int bottom, int last, FormRole role, string? text = null)
    {
        this.merges.Add((new CellRange(new CellAddress(top, first), new CellAddress(bottom, last)), role));
        for (var r = top; r <= bottom; r++)
        {
            for (var c = first; c <= last; c++)
            {
                var address = new CellAddress(r, c);
                if (!this.cells.ContainsKey(address))
                {
                    this.cells[address] = (role, null, null, null);
                }
            }
        }

        if (text is not null)
        {
            Text(top, first, role, text);
        }
    }

    public void TierList(int row, int column) =>
        lists.Add((new CellAddress(row, column).ToString(), FormLabels.Tiers, "定性指标请选择评价等级"));

    public void NumberRule(int row, int column, decimal maximum, string prompt) =>
        numbers.Add((new CellAddress(row, column).ToString(), maximum, prompt));

    public void Height(int row, decimal height) => heights[row] = height;

    /// <summary>
    /// Writes the grid into <paramref name="sheet"/>: styles by role, merges, drop-downs, widths, row heights fitted to
    /// the text, the print setup (A4 landscape, one page wide, the rows above <paramref name="freezeRows"/>' last
    /// repeated on every page, the whole form with its notes and signature line printed); protection when asked.
    /// </summary>
    public void WriteTo(SheetBuilder sheet, int freezeRows, bool protect, string footer)
    {
        foreach (var (address, cell) in this.cells)
        {
            var style = StyleOf(cell.Role, cell.Number is not null);
            if (cell.Format is not null)
            {
                style = style with { NumberFormat = cell.Format };
            }

            if (cell.Number is decimal number)
            {
                sheet.SetNumber(address, number, style);
            }
            else if (!string.IsNullOrEmpty(cell.Text))
            {
                sheet.SetText(address, cell.Text, style);
            }
            else
            {
                sheet.SetBlank(address, style);
            }
        }

        foreach (var (range, _) in this.merges)
        {
            sheet.Merge(range.ToString());
        }

        foreach (var (range, items, prompt) in lists)
        {
            sheet.AddListValidation(range, items, prompt, "请从下拉列表中选择三个档次之一");
        }

        foreach (var (range, maximum, prompt) in numbers)
        {
            sheet.AddDecimalValidation(range, 0m, maximum, prompt, "请输入数字");
        }

        for (var i = 0; i < Widths.Length; i++)
        {
            sheet.SetColumnWidth(i + 1, Widths[i]);
        }

        foreach (var (row, height) in heights)
        {
            sheet.SetRowHeight(row, height);
        }

        sheet.FreezePanes(freezeRows);
        var last = this.cells.Keys.Max(a => a.Row);
        sheet.FitRowsToContent().SetPrint(PrintSetup.Form.RepeatingRows(freezeRows) with
        {
            PrintArea = new CellRange(new CellAddress(1, 1), new CellAddress(last, FormLabels.Column.Last)),
            FooterLeft = footer,
        });
        if (protect)
        {
            sheet.Protect();
        }
    }

    /// <summary>The grid as CSV records: every row from 1 to the last, every column A to I, merged cells empty but the first.</summary>
    public IEnumerable<string[]> ToRecords()
    {
        var last = this.cells.Keys.Max(a => a.Row);
        for (var row = 1; row <= last; row++)
        {
            var fields = new string[FormLabels.Column.Last];
            for (var column = 1; column <= fields.Length; column++)
            {
                fields[column - 1] = this.cells.TryGetValue(new CellAddress(row, column), out var cell)
                    ? cell.Number is decimal number ? CsvNumber(number, cell.Format) : cell.Text ?? string.Empty
                    : string.Empty;
            }

            yield return fields;
        }
    }

    private static string CsvNumber(decimal number, string? format) => format is not null && format.EndsWith('%')
        ? TemplateMetadata.Number(decimal.Round(number * 100m, 2, MidpointRounding.AwayFromZero)) + "%"
        : number.ToString(CultureInfo.InvariantCulture);

    private static CellStyle StyleOf(FormRole role, bool isNumber) => role switch
    {
        FormRole.Title => TitleStyle,
        FormRole.Label => CellStyle.Header,
        FormRole.Value => ValueStyle,
        FormRole.Input => InputStyle,
        FormRole.NumberInput => NumberInputStyle,
        FormRole.Output => isNumber ? OutputStyle with { HorizontalAlignment = HorizontalAlignment.Right } : OutputStyle,
        FormRole.Signature => SignatureStyle,
        _ => NoteStyle,
    };
}
