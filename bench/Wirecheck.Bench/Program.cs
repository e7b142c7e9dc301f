using BenchmarkDotNet.Running;

// `dotnet run -c Release --project bench/Wirecheck.Bench -- --filter '*'` runs every BenchmarkDotNet suite;
// `-- throughput [--shared DIR]` runs the quick throughput report (documents/s, MB/s, allocations per stage).
// `-- extraction [--shared DIR] [--rounds N] [--no-node]` runs the HTML extraction bench with Readability.js beside it.
// `-- extraction-profile [--rounds N]` prints the time per page of each extraction stage (stopwatch sections).
// `-- gazetteer [--rounds N]` gazetteer load time (cold with JIT, then warm), CPU, allocations, GCs.
if (args.Length > 0 && args[0] == "gazetteer")
    return Wirecheck.Bench.Geo.GazetteerLoadBench.Run(args[1..]);
if (args.Length > 0 && args[0] == "entities")
    return Wirecheck.Bench.Entities.EntityBench.RunQuick();
if (args.Length > 0 && args[0] == "throughput")
    return Wirecheck.Bench.Throughput.Run(args[1..]);
if (args.Length > 0 && args[0] == "events-cpu")
    return Wirecheck.Bench.Events.EventCodingCpu.Run(args[1..]);
if (args.Length > 0 && args[0] == "extraction-profile")
    return Wirecheck.Bench.ExtractionProfile.Run(args[1..]);
if (args.Length > 0 && args[0] == "extraction")
    return Wirecheck.Bench.ExtractionThroughput.Run(args[1..]);
if (args.Length > 0 && args[0] == "quotes-cpu")
    return Wirecheck.Bench.Quotes.AttributionCpuRate.Run(args[1..]);
// `-- pipeline-cpu [--rounds 6]` thread CPU ms and KB allocated per article of extraction and of each stage (dev pages).
if (args.Length > 0 && args[0] == "pipeline-cpu")
    return Wirecheck.Bench.PipelineCpu.Run(args[1..]);
if (args.Length > 0 && args[0] == "claims-cpu")
    return Wirecheck.Bench.Claims.ClaimsCpuRate.Run(args[1..]);
// `-- store [--articles N] [--search-articles N]` the store report (ingest articles/s, search p95, size per article);
// `-- crash [--articles 2000] [--kills 20]` kill -9 the ingest repeatedly and check the store after each kill.
if (args.Length > 0 && args[0] == "store")
    return Wirecheck.Bench.Store.StoreBench.Run(args[1..]);
// `-- ingest [--copies 8] [--embed] [--breakdown]` ingest the dev pages (copies) with full analysis into SQLite: articles/s, size, memory.
if (args.Length > 0 && args[0] == "ingest")
    return Wirecheck.Bench.Store.IngestBench.Run(args[1..]);
// `-- search [--articles 100000] [--rounds 5]` generate (resumably) a store of recombined dev texts, then search p50/p95/p99.
if (args.Length > 0 && args[0] == "search")
    return Wirecheck.Bench.Store.SearchBench.Run(args[1..]);
// `-- minilm-cpu [--db PATH] [--clauses 400]` CPU per claim clause of the MiniLM encoder (threads, spinning).
if (args.Length > 0 && args[0] == "minilm-cpu")
    return Wirecheck.Bench.Store.MiniLmCpu.Run(args[1..]);
// `-- link-cpu [--db PATH] [--no-embed]` CPU of each step of the cross-article pass over a store.
if (args.Length > 0 && args[0] == "link-cpu")
    return Wirecheck.Bench.Store.LinkCpu.Run(args[1..]);
if (args.Length > 0 && args[0] == "crash")
    return Wirecheck.Bench.Store.CrashTest.Run(args[1..]);
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
