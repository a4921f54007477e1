using ThiDua.Extractors.Model;
using Xunit.Abstractions;

namespace ThiDua.Extractors.Tests.Checks;

/// <summary>The flag scores on the seed renditions loaded by <see cref="SeedReportLoader"/>.</summary>
public class SeedScoreTests(ITestOutputHelper output) : FlagScoreTests(output)
{
    protected override Report Load(string seed) =>
        SeedReportLoader.Load(Directory.GetFiles(Path.Combine(TestPaths.Corpus, "seeds"), seed + "_*.txt").Single());
}
