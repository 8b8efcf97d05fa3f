using BenchmarkDotNet.Attributes;
using NRules;

namespace OshRules.Benchmarks.Engine;

/// <summary>Loading and compiling the five-rule workload (expression analysis and delegate compilation).</summary>
[MemoryDiagnoser]
[BenchmarkCategory("Engine")]
[NoCalculatorBaseline("Compiling rules has no calculator counterpart.")]
public class EngineCompileBenchmarks
{
    [Benchmark]
    public ISessionFactory LoadAndCompile() => EngineWorkload.Compile();
}
