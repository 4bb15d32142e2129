namespace PerfIndicators.Documents;

/// <summary>What a row of a project table is.</summary>
internal enum RowKind
{
    /// <summary>A project row.</summary>
    Data,

    /// <summary>The table's 合计 (total) row.</summary>
    Total,

    /// <summary>A unit row carrying the subtotal of the project rows under it (Guangzhou).</summary>
    Subtotal,
}

/// <summary>A row of a project table as read from the text, before it becomes a <see cref="Project"/> or <see cref="ProjectBudgetRow"/>.</summary>
internal sealed class TableRow
{
    public RowKind Kind { get; set; }

    public int FirstLine { get; init; }

    public int LastLine { get; set; }

    public int SpanStart { get; init; }

    public int SpanEnd { get; set; }

    public CellText? UnitCode { get; set; }

    public CellText? UnitName { get; set; }

    public CellText? ParentName { get; set; }

    public CellText? Name { get; set; }

    public CellText? Category { get; set; }

    public CellText? Goal { get; set; }

    public CellText? Indicators { get; set; }

    public decimal? Total { get; set; }

    public List<(FundingSource Source, string? Label, decimal Value)> Funding { get; } = [];

    /// <summary>The role of the text cell last filled, where a continuation line goes.</summary>
    public ColumnRole LastTextRole { get; set; }

    /// <summary>The unit row above this row (Guangzhou's unit subtotal rows), if any.</summary>
    public string? GroupUnit { get; set; }

    public List<Diagnostic> Diagnostics { get; } = [];

    public TextSpan Span => TextSpan.FromBounds(SpanStart, Math.Max(SpanStart, SpanEnd));

    public CellText? Get(ColumnRole role) => role switch
    {
        ColumnRole.UnitCode => UnitCode,
        ColumnRole.UnitName => UnitName,
        ColumnRole.ParentName => ParentName,
        ColumnRole.Name => Name,
        ColumnRole.Category => Category,
        ColumnRole.Goal => Goal,
        ColumnRole.Indicators => Indicators,
        _ => null,
    };

    public void Set(ColumnRole role, CellText cell)
    {
        switch (role)
        {
            case ColumnRole.UnitCode: UnitCode = cell; break;
            case ColumnRole.UnitName: UnitName = cell; break;
            case ColumnRole.ParentName: ParentName = cell; break;
            case ColumnRole.Name: Name = cell; break;
            case ColumnRole.Category: Category = cell; break;
            case ColumnRole.Goal: Goal = cell; break;
            case ColumnRole.Indicators: Indicators = cell; break;
            default: return;
        }

        LastTextRole = role;
    }

    /// <summary>Adds a piece of text to the cell of <paramref name="role"/>, creating it when empty.</summary>
    public void AppendTo(ColumnRole role, int start, string raw)
    {
        var existing = Get(role);
        if (existing is null)
        {
            Set(role, CellText.Trimmed(start, raw));
        }
        else
        {
            existing.AppendTrimmed(start, raw);
            LastTextRole = role;
        }
    }
}

/// <summary>A project table read from the text: where it is, its rows, its 合计 row.</summary>
internal sealed class ReadTable
{
    public required TableRegion Region { get; init; }

    public required TableLayout Layout { get; init; }

    public AmountUnit Unit { get; init; }

    public bool UnitStated { get; init; }

    /// <summary>Whether the table has a 绩效目标 (goal) column.</summary>
    public bool HasGoalColumn { get; init; }

    /// <summary>Whether the table has a 绩效指标 (indicators) column.</summary>
    public bool HasIndicatorColumn { get; init; }

    public List<TableRow> Rows { get; } = [];

    public TableRow? TotalRow => Rows.FirstOrDefault(r => r.Kind == RowKind.Total);

    public IEnumerable<TableRow> DataRows => Rows.Where(r => r.Kind == RowKind.Data);
}
