namespace Wirecheck.Bench.Store;

using System.Runtime.InteropServices;

/// <summary>CPU time (user + system) of the calling thread, from getrusage(RUSAGE_THREAD) on Linux; -1 elsewhere.</summary>
public static class ThreadCpu
{
    [StructLayout(LayoutKind.Sequential)]
    private struct RUsage
    {
        public long UtimeSec, UtimeUsec, StimeSec, StimeUsec;
        public long MaxRss, IxRss, IdRss, IsRss, MinFlt, MajFlt, NSwap, InBlock, OuBlock, MsgSnd, MsgRcv, NSignals, NVcsw, NIvcsw;
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int getrusage(int who, out RUsage usage);

    private const int RusageThread = 1;

    public static double Milliseconds()
    {
        if (!OperatingSystem.IsLinux()) return -1;
        try
        {
            if (getrusage(RusageThread, out var u) != 0) return -1;
            return (u.UtimeSec + u.StimeSec) * 1000.0 + (u.UtimeUsec + u.StimeUsec) / 1000.0;
        }
        catch (DllNotFoundException) { return -1; }
        catch (EntryPointNotFoundException) { return -1; }
    }
}
