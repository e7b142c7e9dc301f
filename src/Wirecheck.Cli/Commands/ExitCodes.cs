namespace Wirecheck.Cli.Commands;

/// <summary>Exit codes of every command (documented in README.md).</summary>
public static class ExitCodes
{
    /// <summary>Everything worked.</summary>
    public const int Ok = 0;
    /// <summary>Done, but some inputs failed (each reported on stderr), or an evaluation fell below its floor.</summary>
    public const int Partial = 1;
    /// <summary>The command line was wrong.</summary>
    public const int Usage = 2;
    /// <summary>No input could be read (missing file, failed download, bad data folder).</summary>
    public const int InputError = 3;
    /// <summary>An internal error (a bug): please report it with the input.</summary>
    public const int Internal = 4;
    /// <summary>Interrupted (Ctrl+C).</summary>
    public const int Cancelled = 130;
}
