using System.CommandLine;
using Wirecheck.Cli.Commands;

var root = new RootCommand("Wirecheck: turns news articles into source-attributed facts (entities, quotes, claims, events).")
{
    AnalyzeCommand.Create(),
    ExtractCommand.Create(),
    EvalCommand.Create(),
    QuotesCommand.Create(),
    EventsCommand.Create(),
    TrainCommand.Create(),
    ClaimsCommand.Create(),
    EntitiesCommand.Create(),
    DataCommand.Create(),
    IngestCommand.Create(),
    ReanalyzeCommand.Create(),
    SearchCommand.Create(),
    CorpusCommand.Create(),
    ExportCommand.Create(),
};
return await CliRunner.RunAsync(root, args);
