using System.Diagnostics;

namespace PerfIndicators.Tests.Hardening;

/// <summary>
/// Time and memory of one call, measured in a way that holds on a busy shared machine: bytes allocated by the calling
/// thread (other tests running in parallel do not count), and wall time, which is only ever asserted with a wide margin.
/// </summary>
internal readonly record struct Measured<T>(T Result, TimeSpan Elapsed, long AllocatedBytes)
{
    public double AllocatedMiB => AllocatedBytes / (1024.0 * 1024.0);

    public override string ToString() => $"{Elapsed.TotalMilliseconds:F0} ms, {AllocatedMiB:F1} MiB allocated";
}

internal static class Measure
{
    public const long MiB = 1024 * 1024;

    public static Measured<T> Run<T>(Func<T> action)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        var result = action();
        clock.Stop();
        return new Measured<T>(result, clock.Elapsed, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    /// <summary>Runs <paramref name="action"/> on a thread with a small stack (256 KiB), so deep recursion shows up as a crash in any test host.</summary>
    public static T OnSmallStack<T>(Func<T> action)
    {
        T result = default!;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                result = action();
            }
            catch (Exception e)
            {
                failure = e;
            }
        }, maxStackSize: 256 * 1024);
        thread.Start();
        thread.Join();
        if (failure is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failure).Throw();
        }

        return result;
    }
}
