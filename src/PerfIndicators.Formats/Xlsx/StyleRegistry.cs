using System.Globalization;
using DocumentFormat.OpenXml;
using S = DocumentFormat.OpenXml.Spreadsheet;

namespace PerfIndicators.Formats.Xlsx;

/// <summary>Numbers the distinct <see cref="CellStyle"/>s of a workbook in order of first use (0 is the default) and builds <c>styles.xml</c>.</summary>
internal sealed class StyleRegistry
{
    private readonly Dictionary<CellStyle, int> indexes = new() { [CellStyle.Default] = 0 };
    private readonly List<CellStyle> styles = [CellStyle.Default];

    public int IndexOf(CellStyle style)
    {
        if (!indexes.TryGetValue(style, out var index))
        {
            index = this.styles.Count;
            indexes.Add(style, index);
            this.styles.Add(style);
        }

        return index;
    }

    public S.Stylesheet Build(string fontName, decimal fontSize)
    {
        var numberFormats = new List<string>();
        var fills = new List<string>();
        var sizedFonts = new List<(bool Bold, decimal Size)>();
        var formats = new S.CellFormats();
        foreach (var style in this.styles)
        {
            var numberFormatId = NumberFormatId(style.NumberFormat, numberFormats);
            var fillId = 0;
            if (style.FillColor is { } color)
            {
                var existing = fills.IndexOf(color.ToUpperInvariant());
                if (existing < 0)
                {
                    fills.Add(color.ToUpperInvariant());
                    existing = fills.Count - 1;
                }

                fillId = existing + 2;
            }

            var xf = new S.CellFormat
            {
                NumberFormatId = (uint)numberFormatId,
                FontId = FontId(style, fontSize, sizedFonts),
                FillId = (uint)fillId,
                BorderId = style.Border ? 1U : 0U,
                FormatId = 0U,
            };
            if (numberFormatId != 0)
            {
                xf.ApplyNumberFormat = true;
            }

            if (xf.FontId!.Value != 0U)
            {
                xf.ApplyFont = true;
            }

            if (fillId != 0)
            {
                xf.ApplyFill = true;
            }

            if (style.Border)
            {
                xf.ApplyBorder = true;
            }

            if (style.WrapText || style.HorizontalAlignment != HorizontalAlignment.General || style.VerticalAlignment != VerticalAlignment.Bottom)
            {
                xf.ApplyAlignment = true;
                var alignment = new S.Alignment();
                if (style.HorizontalAlignment != HorizontalAlignment.General)
                {
                    alignment.Horizontal = style.HorizontalAlignment switch
                    {
                        HorizontalAlignment.Left => S.HorizontalAlignmentValues.Left,
                        HorizontalAlignment.Center => S.HorizontalAlignmentValues.Center,
                        _ => S.HorizontalAlignmentValues.Right,
                    };
                }

                if (style.VerticalAlignment != VerticalAlignment.Bottom)
                {
                    alignment.Vertical = style.VerticalAlignment == VerticalAlignment.Center ? S.VerticalAlignmentValues.Center : S.VerticalAlignmentValues.Top;
                }

                if (style.WrapText)
                {
                    alignment.WrapText = true;
                }

                xf.Append(alignment);
            }

            if (!style.Locked)
            {
                xf.ApplyProtection = true;
                xf.Append(new S.Protection { Locked = false });
            }

            formats.Append(xf);
        }

        formats.Count = (uint)this.styles.Count;
        var stylesheet = new S.Stylesheet();
        if (numberFormats.Count > 0)
        {
            var numbering = new S.NumberingFormats { Count = (uint)numberFormats.Count };
            for (var i = 0; i < numberFormats.Count; i++)
            {
                numbering.Append(new S.NumberingFormat { NumberFormatId = (uint)(164 + i), FormatCode = numberFormats[i] });
            }

            stylesheet.Append(numbering);
        }

        var fonts = new S.Fonts(Font(fontName, fontSize, bold: false), Font(fontName, fontSize, bold: true)) { Count = (uint)(2 + sizedFonts.Count) };
        foreach (var (bold, size) in sizedFonts)
        {
            fonts.Append(Font(fontName, size, bold));
        }

        stylesheet.Append(fonts);
        var fillElements = new S.Fills(
            new S.Fill(new S.PatternFill { PatternType = S.PatternValues.None }),
            new S.Fill(new S.PatternFill { PatternType = S.PatternValues.Gray125 }));
        foreach (var color in fills)
        {
            fillElements.Append(new S.Fill(new S.PatternFill(
                new S.ForegroundColor { Rgb = color },
                new S.BackgroundColor { Indexed = 64U })
            { PatternType = S.PatternValues.Solid }));
        }

        fillElements.Count = (uint)(fills.Count + 2);
        stylesheet.Append(fillElements);
        stylesheet.Append(new S.Borders(
            new S.Border(new S.LeftBorder(), new S.RightBorder(), new S.TopBorder(), new S.BottomBorder(), new S.DiagonalBorder()),
            new S.Border(
                new S.LeftBorder(new S.Color { Auto = true }) { Style = S.BorderStyleValues.Thin },
                new S.RightBorder(new S.Color { Auto = true }) { Style = S.BorderStyleValues.Thin },
                new S.TopBorder(new S.Color { Auto = true }) { Style = S.BorderStyleValues.Thin },
                new S.BottomBorder(new S.Color { Auto = true }) { Style = S.BorderStyleValues.Thin },
                new S.DiagonalBorder()))
        { Count = 2U });
        stylesheet.Append(new S.CellStyleFormats(new S.CellFormat { NumberFormatId = 0U, FontId = 0U, FillId = 0U, BorderId = 0U }) { Count = 1U });
        stylesheet.Append(formats);
        stylesheet.Append(new S.CellStyles(new S.CellStyle { Name = "Normal", FormatId = 0U, BuiltinId = 0U }) { Count = 1U });
        return stylesheet;
    }

    /// <summary>0 and 1 are the workbook's font, regular and bold; other sizes follow in order of first use.</summary>
    private static uint FontId(CellStyle style, decimal defaultSize, List<(bool Bold, decimal Size)> sized)
    {
        if (style.FontSize is not decimal size || size == defaultSize)
        {
            return style.Bold ? 1U : 0U;
        }

        var index = sized.IndexOf((style.Bold, size));
        if (index < 0)
        {
            sized.Add((style.Bold, size));
            index = sized.Count - 1;
        }

        return (uint)(2 + index);
    }

    private static int NumberFormatId(string? code, List<string> custom)
    {
        if (code is null or "General")
        {
            return 0;
        }

        for (var id = 1; id <= 49; id++)
        {
            if (id is not (5 or 6 or 7 or 8 or 14 or 22) && NumberFormats.BuiltIn(id) == code)
            {
                return id;
            }
        }

        var index = custom.IndexOf(code);
        if (index < 0)
        {
            custom.Add(code);
            index = custom.Count - 1;
        }

        return 164 + index;
    }

    private static S.Font Font(string name, decimal size, bool bold)
    {
        var font = new S.Font();
        if (bold)
        {
            font.Append(new S.Bold());
        }

        font.Append(new S.FontSize { Val = new DoubleValue { InnerText = size.ToString(CultureInfo.InvariantCulture) } });
        font.Append(new S.FontName { Val = name });
        font.Append(new S.FontFamilyNumbering { Val = 3 });
        font.Append(new S.FontCharSet { Val = 134 });
        return font;
    }
}
