using System.Collections.Frozen;

namespace PerfIndicators;

/// <summary>
/// The units that appear in budget performance indicators, with their dimensions and conversions.
/// </summary>
/// <remarks>
/// The catalog is fixed and thread-safe. Lookup is by exact text (<see cref="Find(string)"/>) or by the longest
/// unit that starts at a position (<see cref="MatchPrefix(ReadOnlySpan{char})"/>), which is what the parser uses
/// after a number. Composite units such as 元/人 and 人/次 are built by the parser from two catalog units.
/// </remarks>
public static class UnitCatalog
{
    private static readonly FrozenDictionary<string, Unit> Units = Build();

    /// <summary>The longest unit text in the catalog, in characters.</summary>
    internal static int MaxLength { get; } = Units.Keys.Max(k => k.Length);

    /// <summary>All unit spellings the catalog knows, e.g. for documentation or completion.</summary>
    public static IEnumerable<string> KnownSpellings => Units.Keys.Order(StringComparer.Ordinal);

    /// <summary>Finds a unit by its exact text (after normalization: <c>％</c> is <c>%</c>).</summary>
    /// <param name="text">The unit text.</param>
    /// <returns>The unit, or <see langword="null"/> when the catalog does not know it.</returns>
    public static Unit? Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Units.TryGetValue(text, out var unit) ? unit : null;
    }

    /// <summary>Finds the longest catalog unit that <paramref name="text"/> starts with.</summary>
    /// <param name="text">Text that follows a number.</param>
    /// <returns>The unit and the number of characters it covers, or <see langword="null"/>.</returns>
    public static (Unit Unit, int Length)? MatchPrefix(ReadOnlySpan<char> text)
    {
        var lookup = Units.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var length = Math.Min(MaxLength, text.Length); length > 0; length--)
        {
            if (lookup.TryGetValue(text[..length], out var unit))
            {
                return (unit, length);
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="unit"/> measures time (天, 周, 月, 季度, 年 …), which makes <c>x/月</c> a rate.</summary>
    /// <param name="unit">The unit.</param>
    public static bool IsTimeUnit(Unit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return unit.Dimension is "time:day" or "time:month" or "time:hour";
    }

    private static FrozenDictionary<string, Unit> Build()
    {
        var map = new Dictionary<string, Unit>(StringComparer.Ordinal);

        void Add(string dimension, decimal factor, string canonical, params string[] aliases)
        {
            map[canonical] = new Unit(canonical, canonical, dimension, factor, true);
            foreach (var alias in aliases)
            {
                map[alias] = new Unit(alias, canonical, dimension, factor, true);
            }
        }

        // Ratios.
        Add("percent", 1m, "%", "百分比", "个百分点", "百分点");
        Add("permille", 1m, "‰");

        // Money (万元 and 亿元 are a multiplier plus 元).
        Add("currency", 1m, "元", "元钱");

        // People and visits.
        Add("people", 1m, "人", "名", "位", "人员");
        Add("person-times", 1m, "人次", "人·次");
        Add("household", 1m, "户", "户次");
        Add("enterprise-times", 1m, "家次");

        // Area: base 平方米. 1 亩 = 2000/3 平方米.
        Add("area", 1m, "平方米", "平米", "平方", "㎡", "m2", "m²");
        Add("area", 666.6666666666666666666666667m, "亩");
        Add("area", 10000m, "公顷");
        Add("area", 1000000m, "平方公里", "平方千米", "km2", "km²");

        // Length, mass, volume, energy.
        Add("length", 1m, "米", "m");
        Add("length", 1000m, "公里", "千米", "km", "KM", "Km");
        Add("length", 0.01m, "厘米", "cm");
        Add("length", 0.001m, "毫米", "mm");
        Add("mass", 1m, "千克", "公斤", "kg");
        Add("mass", 0.001m, "克", "g");
        Add("mass", 1000m, "吨", "t");
        Add("volume", 1m, "立方米", "方", "m3", "m³");
        Add("energy", 1m, "千瓦时", "度", "kWh");

        // Data: base GB (1 GB = 1024 MB).
        Add("data", 1m, "GB");
        Add("data", 1024m, "TB");
        Add("data", 1m / 1024m, "MB");

        // Age.
        Add("age", 1m, "岁", "周岁");

        // Time. Days and months are separate dimensions: a month is not a whole number of days.
        Add("time:hour", 1m, "小时", "时", "h");
        Add("time:day", 1m, "天", "日", "个工作日", "工作日", "d");
        Add("time:day", 7m, "周", "星期");
        Add("time:month", 1m, "月", "个月");
        Add("time:month", 3m, "季度", "个季度");
        Add("time:month", 12m, "年");

        // Counted things: each is its own dimension, so 个 and 次 are never silently compared.
        foreach (var counter in new[]
        {
            "个", "项", "次", "家", "篇", "期", "起", "件", "场", "批", "台", "套", "册", "份", "张", "条",
            "所", "座", "处", "辆", "本", "部", "门", "棵", "株", "只", "头", "间", "栋", "幢", "宗", "例",
            "支", "类", "种", "批次", "场次", "期次", "课时", "学时", "篇次", "条次", "份次", "人天", "页", "版",
            "村", "单", "羽", "尾", "匹", "口", "眼", "盏", "块", "根", "架", "床", "堂", "节", "届", "轮", "片", "组", "队", "团",
        })
        {
            Add("count:" + counter, 1m, counter);
        }

        Add("count:次", 1m, "次", "次(篇)", "次(场)", "次(期)");
        Add("count:个", 1m, "个数");
        Add("ratio", 1m, "倍");
        Add("points", 1m, "分");

        // Traditional spellings (pages a mirror site converted to traditional script): the unit as written, the simplified canonical.
        foreach (var (traditional, simplified) in new[]
        {
            ("個", "个"), ("項", "项"), ("場", "场"), ("臺", "台"), ("張", "张"), ("條", "条"), ("輛", "辆"), ("間", "间"), ("棟", "栋"),
            ("處", "处"), ("門", "门"), ("類", "类"), ("種", "种"), ("頭", "头"), ("隻", "只"), ("畝", "亩"), ("噸", "吨"), ("公頃", "公顷"),
            ("週", "周"), ("戶", "户"), ("戶次", "户次"), ("場次", "场次"), ("課時", "课时"), ("學時", "学时"), ("條次", "条次"),
            ("個月", "个月"), ("個工作日", "个工作日"), ("小時", "小时"), ("千瓦時", "千瓦时"), ("個季度", "个季度"), ("個數", "个数"),
            ("歲", "岁"), ("釐米", "厘米"),
        })
        {
            if (map.TryGetValue(simplified, out var unit))
            {
                map[traditional] = new Unit(traditional, unit.Canonical, unit.Dimension, unit.FactorToBase, true);
            }
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
