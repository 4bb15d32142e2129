using BenchmarkDotNet.Running;
using PerfIndicators.Benchmarks;

if (args is ["scale", .. var rest])
{
    return ScaleRun.Execute(rest);
}

BenchmarkSwitcher.FromAssembly(typeof(ScalePipeline).Assembly).Run(args);
return 0;
