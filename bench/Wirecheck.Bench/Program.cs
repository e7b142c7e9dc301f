using BenchmarkDotNet.Running;

// `dotnet run -c Release --project bench/Wirecheck.Bench -- --filter '*'` runs every BenchmarkDotNet suite;
// `-- throughput [--shared DIR]` runs the quick throughput report (documents/s, MB/s, allocations per stage).
if (args.Length > 0 && args[0] == "entities")
    return Wirecheck.Bench.Entities.EntityBench.RunQuick();
if (args.Length > 0 && args[0] == "throughput")
    return Wirecheck.Bench.Throughput.Run(args[1..]);
if (args.Length > 0 && args[0] == "events-cpu")
    return Wirecheck.Bench.Events.EventCodingCpu.Run(args[1..]);
if (args.Length > 0 && args[0] == "claims-cpu")
    return Wirecheck.Bench.Claims.ClaimsCpuRate.Run(args[1..]);
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
