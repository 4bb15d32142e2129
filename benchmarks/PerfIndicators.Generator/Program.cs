using System.Diagnostics;
using System.Globalization;
using PerfIndicators.Generator;

// perfind-gen: writes a synthetic year of project JSON files (or one JSON Lines stream). See docs/performance.md.
const string Usage = """
    perfind-gen --out <folder> | --jsonl <file|->  [--projects 100000] [--mean-indicators 10] [--seed 20231231] [--year 2023]

      --out              write one <name>.json per project into the folder (the perfind score input)
      --jsonl            write one project per line into the file (- for standard output)
      --projects         how many projects (default 100000, about 1,000,000 indicators)
      --mean-indicators  mean indicators per project (default 10; the seed documents' shape, scaled)
      --seed             the seed: the same seed and sizes give the same bytes (default 20231231)
      --year             the fiscal year (default 2023)
    """;

string? folder = null;
string? jsonl = null;
var projects = 100_000;
var mean = 10m;
var seed = 20231231UL;
var year = 2023;
for (var i = 0; i < args.Length; i++)
{
    string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException("the option " + args[i] + " needs a value");
    switch (args[i])
    {
        case "--out": folder = Value(); break;
        case "--jsonl": jsonl = Value(); break;
        case "--projects": projects = int.Parse(Value(), CultureInfo.InvariantCulture); break;
        case "--mean-indicators": mean = decimal.Parse(Value(), CultureInfo.InvariantCulture); break;
        case "--seed": seed = ulong.Parse(Value(), CultureInfo.InvariantCulture); break;
        case "--year": year = int.Parse(Value(), CultureInfo.InvariantCulture); break;
        case "-h" or "--help": Console.WriteLine(Usage); return 0;
        default: Console.Error.WriteLine("perfind-gen: unknown argument " + args[i] + Environment.NewLine + Usage); return 2;
    }
}

if ((folder is null) == (jsonl is null))
{
    Console.Error.WriteLine("perfind-gen: give exactly one of --out and --jsonl" + Environment.NewLine + Usage);
    return 2;
}

var clock = Stopwatch.StartNew();
var year0 = new SyntheticYear(new YearOptions(projects, mean, seed, year));
var summary = folder is not null ? YearWriter.WriteFolder(year0, folder) : YearWriter.WriteJsonLines(year0, jsonl!);
Console.Error.WriteLine(
    "perfind-gen: " + summary.Projects + " projects, " + summary.Indicators + " indicators, " + summary.Bytes / 1024 / 1024 + " MB in "
    + clock.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s → " + (folder ?? jsonl));
Console.Error.WriteLine("perfind-gen: intents " + string.Join(", ", summary.Intents.Select(kv => kv.Key + " " + kv.Value)));
return 0;
