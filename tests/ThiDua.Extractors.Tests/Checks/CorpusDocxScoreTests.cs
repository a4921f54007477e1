using ThiDua.Extractors.Model;
using ThiDua.Extractors.Readers.Docx;
using ThiDua.Extractors.Structure;
using ThiDua.Extractors.Vietnamese.Numbers;
using Xunit.Abstractions;

namespace ThiDua.Extractors.Tests.Checks;

/// <summary>The flag scores on the Report the docx reader and the structure stage build from corpus/docx/NNN.docx.</summary>
public class CorpusDocxScoreTests(ITestOutputHelper output) : FlagScoreTests(output)
{
    protected override Report Load(string seed)
    {
        var layout = new DocxReader().Read(Path.Combine(TestPaths.Corpus, "docx", seed + ".docx"), CancellationToken.None);
        return new StructureBuilder(text => NumberReader.TryReadCellValue(text, out var value) ? value : null)
            .Build(layout, new SourceInfo(seed + ".docx", "0", "docx", null, "test", []));
    }
}
