namespace Wirecheck.Bench;

public static class Throughput
{
    public static int Run(string[] args) => 0;
}
