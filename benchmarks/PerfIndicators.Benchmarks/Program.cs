using BenchmarkDotNet.Running;
using PerfIndicators.Benchmarks;

if (args is ["scale", .. var rest])
{
    return ScaleRun.Execute(rest);
}

if (args is ["floor", .. var floor])
{
    return FloorRun.Execute(floor);
}

if (args is ["pdf-peak", .. var pdf])
{
    return PdfBenchmarks.Peak(pdf);
}

BenchmarkSwitcher.FromAssembly(typeof(ScalePipeline).Assembly).Run(args);
return 0;
