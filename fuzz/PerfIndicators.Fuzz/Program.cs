using PerfIndicators.Fuzz;
using SharpFuzz;

// perfind-fuzz <target>                      run under afl-fuzz (fuzz/run.sh does this): one input per execution from AFL++
// perfind-fuzz <target> --replay <path>...   run files or folders of inputs through the target once, print what fails
// perfind-fuzz --list                        the targets

if (args is ["--list"] or [])
{
    foreach (var (name, entry, _) in FuzzTargets.All)
    {
        Console.WriteLine(name.PadRight(10) + entry);
    }

    return args.Length == 0 ? 2 : 0;
}

var target = FuzzTargets.Find(args[0]);
if (target is null)
{
    Console.Error.WriteLine("unknown target " + args[0] + "; --list shows the targets");
    return 2;
}

if (args.Length > 1 && args[1] == "--replay")
{
    var failures = 0;
    var count = 0;
    foreach (var file in args.Skip(2).SelectMany(p => Directory.Exists(p) ? Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal) : (IEnumerable<string>)[p]))
    {
        count++;
        try
        {
            target(File.ReadAllBytes(file));
        }
        catch (Exception e)
        {
            failures++;
            Console.WriteLine("FAIL " + file + ": " + e.GetType().Name + ": " + e.Message);
            Console.WriteLine(e.StackTrace);
        }
    }

    Console.WriteLine(count + " inputs, " + failures + " failed");
    return failures == 0 ? 0 : 1;
}

Fuzzer.OutOfProcess.Run(stream =>
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    target(buffer.ToArray());
});
return 0;
