namespace Wirecheck.Cli.Commands;

using System.CommandLine;

/// <summary>Options shared by several commands, created fresh per command.</summary>
public static class CommonOptions
{
    public static Option<string> Format(string defaultValue, params string[] allowed)
    {
        var o = new Option<string>("--format", "-f")
        {
            Description = $"Output format: {string.Join(", ", allowed)}",
            DefaultValueFactory = _ => defaultValue,
        };
        o.AcceptOnlyFromAmong(allowed);
        return o;
    }

    public static Argument<string[]> Inputs(string description = "Files (.txt, .html, .html.gz), URLs, or - for standard input") =>
        new("inputs") { Description = description, Arity = ArgumentArity.OneOrMore };

    public static Option<bool> Verbatim() => new("--verbatim")
    {
        Description = "Take the input text exactly as the article text: no title detection, no repairs, no boilerplate removal",
    };
}
