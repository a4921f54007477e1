using ThiDua.Extractors.Pipeline;
using ThiDua.Extractors.Readers;

namespace ThiDua.Ingest.Tests.Robustness;

/// <summary>
/// Every hostile input through the default pipeline in-process: a report or an error record with the expected code,
/// within the time limit, never an exception, never internal_error; error messages name the file and the cause in
/// Vietnamese and English.
/// </summary>
public sealed class PipelineRobustnessTests
{
    private static readonly IngestPipeline Pipeline = IngestPipelineBuilder.CreateDefault().Build();

    public static TheoryData<string> Cases => HostileCases.Names();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Hostile_input_ends_in_a_result_or_an_expected_error(string name)
    {
        var hostile = HostileCases.Get(name);
        using var temp = new TempFolder();
        var path = hostile.Make(temp.Path);

        var result = Pipeline.Ingest(path);

        Assert.True(result.Elapsed < Pipeline.Timeout, $"{name} took {result.Elapsed}");
        var outcome = result.Report is not null ? HostileCase.Success : result.Error!.Code;
        Assert.True(hostile.Outcomes.Contains(outcome), $"{name}: got {outcome} ({result.Error?.Message}), expected one of {string.Join(", ", hostile.Outcomes)}");
        Assert.NotEqual(ReaderErrorCodes.InternalError, outcome);
        if (result.Error is { } error)
        {
            Assert.Null(result.Report);
            ErrorMessageAssert.NamesFileAndCauseInBothLanguages(error, Path.GetFileName(path), hostile.Cause);
        }
        else
        {
            Assert.Equal(Path.GetFileName(path), result.Report!.Source.FileName);
            _ = ReportJson.Serialize(result.Report);
        }
    }

    [Fact]
    public void External_entity_is_never_resolved_into_the_output()
    {
        using var temp = new TempFolder();
        var secret = temp.File("secret.txt");
        File.WriteAllText(secret, "MẬT-KHẨU-BÍ-MẬT");
        var path = temp.File("xxe.docx");
        HostileFiles.WriteDocx(path, HostileFiles.ExternalEntity(secret));

        var result = Pipeline.Ingest(path);

        Assert.Equal(ReaderErrorCodes.CorruptFile, result.Error?.Code);
        Assert.DoesNotContain("MẬT-KHẨU", result.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_with_the_wrong_extension_is_read_as_docx()
    {
        using var temp = new TempFolder();
        var path = temp.File("bao-cao.pdf");
        HostileFiles.WriteValidReport(path);

        var result = Pipeline.Ingest(path);

        Assert.True(result.Succeeded, result.Error?.Message);
        Assert.Equal("docx", result.Report!.Source.Format);
        Assert.Equal("bao-cao.pdf", result.Report.Source.FileName);
    }

    [Fact]
    public void Time_limit_turns_a_hang_into_a_timeout_error()
    {
        using var temp = new TempFolder();
        var path = temp.File("slow.docx");
        HostileFiles.WriteValidReport(path);
        var pipeline = IngestPipelineBuilder.CreateDefault().WithTimeout(TimeSpan.FromSeconds(1)).AddStage(new SleepingStage(TimeSpan.FromSeconds(30))).Build();

        var result = pipeline.Ingest(path);

        Assert.Equal(ReaderErrorCodes.Timeout, result.Error?.Code);
        Assert.True(result.Elapsed < TimeSpan.FromSeconds(10), result.Elapsed.ToString());
        ErrorMessageAssert.NamesFileAndCauseInBothLanguages(result.Error!, "slow.docx", "longer than 1 s");
    }
}
