using CorpusMaker.Docx;
using CorpusMaker.Tdm;

namespace CorpusMaker;

/// <summary>The command line: <c>CorpusMaker in.tdm out.docx [--auto-numbering]</c>; notes to output, warnings and errors to log.</summary>
public sealed class CorpusMakerCommand(TextWriter output, TextWriter log)
{
    private const string Usage = "usage: CorpusMaker <in.tdm> <out.docx> [--auto-numbering]";

    public int Run(string[] args)
    {
        var options = CommandOptions.TryParse(args);
        if (options is null)
        {
            log.WriteLine(Usage);
            return 2;
        }

        try
        {
            var diagnostics = new Diagnostics(options.InputPath);
            var document = new TdmParser(diagnostics).Parse(File.ReadAllLines(options.InputPath));
            var outputDirectory = Path.GetDirectoryName(Path.GetFullPath(options.OutputPath));
            if (outputDirectory is not null)
            {
                Directory.CreateDirectory(outputDirectory);
            }

            var note = new DocxDocumentWriter(diagnostics, options.AutoNumbering).Write(document, options.OutputPath);
            if (note is not null)
            {
                output.WriteLine($"{options.OutputPath}: {note}");
            }

            var errors = new DocxValidation().Validate(options.OutputPath);
            foreach (var warning in diagnostics.Warnings)
            {
                log.WriteLine(warning);
            }

            foreach (var error in errors)
            {
                log.WriteLine($"{options.OutputPath}: invalid Open XML: {error}");
            }

            return errors.Count == 0 ? 0 : 1;
        }
        catch (TdmFormatException exception)
        {
            log.WriteLine(exception.Message);
            return 1;
        }
        catch (IOException exception)
        {
            log.WriteLine($"{options.InputPath}: {exception.Message}");
            return 1;
        }
    }
}
