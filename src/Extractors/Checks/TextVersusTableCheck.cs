using ThiDua.Extractors.Model;

namespace ThiDua.Extractors.Checks;

/// <summary>
/// The same award figure in the body and in an appendix table: a text award record (awarded, not proposed) against the
/// table records of the same award, level and recipient (and basis, when both name one). It is compared only when the
/// body states that award once and the table holds it once, so that several campaigns summed in a table row are not
/// mistaken for a contradiction.
/// </summary>
public sealed class TextVersusTableCheck : IConsistencyCheck
{
    public IEnumerable<Finding> Run(CheckContext context)
    {
        var awarded = context.Report.Awards.Where(a => a.Status == Vocabulary.Statuses.Awarded).ToList();
        var text = awarded.Where(a => a.Source.Kind == "text").ToList();
        var table = awarded.Where(a => a.Source.Kind == "table").ToList();
        var blocks = context.ParagraphsByBlock;
        foreach (var group in text.GroupBy(a => (a.Code, a.Level, a.Recipient)))
        {
            if (group.Count() != 1) continue;
            var body = group.Single();
            var rows = table.Where(t => t.Code == body.Code && t.Level == body.Level && t.Recipient == body.Recipient)
                .Where(t => body.Basis is null || t.Basis is null || t.Basis == body.Basis)
                .ToList();
            if (rows.Count != 1 || rows[0].Count == body.Count) continue;
            var row = rows[0];
            var paragraph = body.Source.BlockId is { } id ? blocks.GetValueOrDefault(id) : null;
            var path = paragraph?.SectionPath;
            yield return new Finding(
                Vocabulary.FlagKinds.TextTableMismatch,
                Vocabulary.Severities.Error,
                $"Báo cáo ghi {body.Count} {Describe(body.Recipient)} được {body.Name ?? body.Code} nhưng bảng phụ lục ghi {row.Count}",
                StatedValue.Of(body.Count),
                row.Count,
                0m,
                $"bảng: \"{row.Source.Quote}\"",
                body.Source.Quote,
                new FlagLocation(path, body.Source.BlockId, null, row.Source.TableId, row.Source.Row, row.Source.Col, paragraph?.Page));
        }
    }

    private static string Describe(string recipient) => recipient switch
    {
        Vocabulary.Recipients.TapThe => "tập thể",
        Vocabulary.Recipients.CaNhan => "cá nhân",
        _ => "hộ gia đình",
    };
}
