namespace Wirecheck.Cli.Commands;

using System.CommandLine;

/// <summary>Runs the root command: usage errors to stderr with exit code 2, crashes to stderr with exit code 4.</summary>
public static class CliRunner
{
    public static async Task<int> RunAsync(RootCommand root, string[] args)
    {
        Console.OutputEncoding = System.Text.Encoding.UTF8;
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var e in parse.Errors) Console.Error.WriteLine($"wirecheck: {e.Message}");
            Console.Error.WriteLine("Run 'wirecheck --help' (or 'wirecheck COMMAND --help') for usage.");
            return ExitCodes.Usage;
        }
        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine("wirecheck: cancelled");
            return ExitCodes.Cancelled;
        }
        catch (Exception e)
        {
            Console.Error.WriteLine($"wirecheck: internal error: {e.GetType().Name}: {e.Message}");
            if (Environment.GetEnvironmentVariable("WIRECHECK_DEBUG") == "1") Console.Error.WriteLine(e);
            return ExitCodes.Internal;
        }
    }
}
