using System.CommandLine;
using Wirecheck.Cli.Commands;

var root = new RootCommand("Wirecheck: turns news articles into source-attributed facts (entities, quotes, claims, events).")
{
    AnalyzeCommand.Create(),
    ExtractCommand.Create(),
    EvalCommand.Create(),
    EventsCommand.Create(),
    QuotesCommand.Create(),
    TrainCommand.Create(),
    ClaimsCommand.Create(),
    EntitiesCommand.Create(),
    DataCommand.Create(),
};
return await CliRunner.RunAsync(root, args);
