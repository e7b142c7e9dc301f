namespace Wirecheck.Store.Ingest;

using System.Runtime.InteropServices;

/// <summary>
/// CPU time (user + system) of the calling thread, in microseconds, from clock_gettime(CLOCK_THREAD_CPUTIME_ID) on
/// Linux; -1 elsewhere or when the call fails. The ingest adds these per part (read, extraction, pipeline, packing,
/// writing, cross-article pass) so that its cost per article can be split on a shared machine, where wall time is noise.
/// </summary>
public static class ThreadClock
{
    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    private const int ClockThreadCpuTime = 3;
    private static bool _unavailable = !OperatingSystem.IsLinux();

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    public static long Microseconds()
    {
        if (_unavailable) return -1;
        try
        {
            if (ClockGetTime(ClockThreadCpuTime, out var t) != 0) return -1;
            return t.Seconds * 1_000_000 + t.Nanoseconds / 1000;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            _unavailable = true;
            return -1;
        }
    }
}
