namespace Wirecheck.Cli.Commands;

using System.CommandLine;

/// <summary><c>wirecheck train MODEL</c>: reproducible training (fixed seed) of the models committed under data/.</summary>
public static class TrainCommand
{
    public static Command Create() => new("train", "Train a model shipped in data/ from the shared datasets (reproducible: fixed seed)")
    {
        TrainNerCommand.Create(),
        TrainCheckworthyCommand.Create(),
    };
}
