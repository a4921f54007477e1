using ThiDua.Extractors.Model;
using ThiDua.Store.Common;

namespace ThiDua.Store.Review;

/// <summary>
/// Applies a document's review corrections to an extraction, in the order given (the store's order: oldest first), and
/// says for each whether it applied. Removed records keep their place until the end, so that every target's index is the
/// extraction's index whatever was removed before it. The grammar of targets is in <c>src/Store/Review/README.md</c>.
/// </summary>
public static class CorrectionApplier
{
    public static CorrectedReport Apply(Report report, IEnumerable<Correction> corrections)
    {
        var state = new State(report);
        var outcomes = corrections.Select(state.Apply).ToList();
        return state.Finish(outcomes);
    }

    private sealed class State(Report report)
    {
        private DocumentMeta meta = report.Document;
        private readonly List<Award?> awards = [.. report.Awards];
        private readonly List<Figure?> figures = [.. report.Figures];
        private readonly Dictionary<string, string> flagStatuses = new(StringComparer.Ordinal);
        private readonly HashSet<string> flagIds = report.Flags.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        private readonly HashSet<string> changed = new(StringComparer.Ordinal);

        public CorrectionOutcome Apply(Correction correction)
        {
            if (!CorrectionTarget.TryParse(correction.Target, out var target))
                return Rejected(correction, null, CorrectionRejection.BadTarget, $"Đích sửa không hợp lệ / Invalid correction target: '{correction.Target}'.");

            return target.Collection switch
            {
                CorrectionTarget.Document => ApplyField(correction, target, DocumentFields.Get(meta, target.Field!), value =>
                {
                    if (!DocumentFields.TrySet(meta, target.Field!, value, out var updated)) return false;
                    meta = updated;
                    return true;
                }),
                CorrectionTarget.Awards => ApplyToList(correction, target, awards, AwardFields.Get, AwardFields.TrySet, RecordJson.ReadAward),
                CorrectionTarget.Figures => ApplyToList(correction, target, figures, FigureFields.Get, FigureFields.TrySet, RecordJson.ReadFigure),
                _ => ApplyFlagStatus(correction, target),
            };
        }

        public CorrectedReport Finish(IReadOnlyList<CorrectionOutcome> outcomes)
        {
            var awardOrigins = Enumerable.Range(0, awards.Count).Where(i => awards[i] is not null).ToList();
            var figureOrigins = Enumerable.Range(0, figures.Count).Where(i => figures[i] is not null).ToList();
            var corrected = report with
            {
                Document = meta,
                Awards = awardOrigins.Select(i => awards[i]!).ToList(),
                Figures = figureOrigins.Select(i => figures[i]!).ToList(),
            };
            return new CorrectedReport(corrected, awardOrigins, figureOrigins, flagStatuses, changed, outcomes);
        }

        private CorrectionOutcome ApplyField(Correction correction, CorrectionTarget target, string? current, Func<string?, bool> set)
        {
            if (correction.OldValue is not null && !InvariantText.Same(correction.OldValue, current))
            {
                return Rejected(correction, current, CorrectionRejection.Stale,
                    $"Giá trị cũ '{correction.OldValue}' khác giá trị trích xuất '{current}' tại {target} / The old value differs from the extraction's.");
            }

            if (!set(correction.NewValue))
            {
                return Rejected(correction, current, CorrectionRejection.BadValue,
                    $"Giá trị mới '{correction.NewValue}' không hợp lệ cho {target} / The new value is not valid for this field.");
            }

            changed.Add(target.Record);
            return new CorrectionOutcome(correction, true, current, null, null);
        }

        private CorrectionOutcome ApplyToList<T>(
            Correction correction,
            CorrectionTarget target,
            List<T?> records,
            Func<T, string, string?> get,
            TrySetField<T> trySet,
            Func<string?, T?> read) where T : class
        {
            if (target.Key == CorrectionTarget.Append)
            {
                if (read(correction.NewValue) is not { } added)
                {
                    return Rejected(correction, null, CorrectionRejection.BadValue,
                        $"Bản ghi mới không đọc được cho {target} / The new record cannot be read.");
                }

                records.Add(added);
                changed.Add(target.Collection + "/" + (records.Count - 1));
                return new CorrectionOutcome(correction, true, null, null, null);
            }

            var index = target.Index!.Value;
            if (index >= records.Count || records[index] is not { } record)
            {
                return Rejected(correction, null, CorrectionRejection.NotFound,
                    $"Không có bản ghi {target.Record} trong lần trích xuất này / This extraction has no record {target.Record}.");
            }

            if (target.Field is { } field)
            {
                return ApplyField(correction, target, get(record, field), value =>
                {
                    if (!trySet(record, field, value, out var updated)) return false;
                    records[index] = updated;
                    return true;
                });
            }

            var current = RecordJson.Write(record);
            if (correction.NewValue is null)
            {
                records[index] = null;
            }
            else if (read(correction.NewValue) is { } replacement)
            {
                records[index] = replacement;
            }
            else
            {
                return Rejected(correction, current, CorrectionRejection.BadValue,
                    $"Bản ghi mới không đọc được cho {target} / The new record cannot be read.");
            }

            changed.Add(target.Record);
            return new CorrectionOutcome(correction, true, current, null, null);
        }

        private CorrectionOutcome ApplyFlagStatus(Correction correction, CorrectionTarget target)
        {
            var id = target.Key!;
            if (!flagIds.Contains(id))
            {
                return Rejected(correction, null, CorrectionRejection.NotFound,
                    $"Không có cảnh báo {id} trong lần trích xuất này / This extraction has no flag {id}.");
            }

            var current = flagStatuses.GetValueOrDefault(id, FlagReviewStatus.Open);
            return ApplyField(correction, target, current, value =>
            {
                var status = value?.Trim() ?? FlagReviewStatus.Open;
                if (!FlagReviewStatus.All.Contains(status)) return false;
                flagStatuses[id] = status;
                return true;
            });
        }

        private static CorrectionOutcome Rejected(Correction correction, string? current, string reason, string message) =>
            new(correction, false, current, reason, message);
    }

    private delegate bool TrySetField<T>(T record, string field, string? value, out T updated);
}
