using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ThiDua.Extractors.Model;
using ThiDua.Extractors.Vietnamese.Numbers;

namespace ThiDua.Extractors.Tests.Checks;

/// <summary>Variants with other numbers: consistent claims stay silent, broken ones are flagged, whatever the figures.</summary>
public class CheckPropertyTests
{
    private static string V(decimal value, int decimals = 0) => VietnameseNumberFormatter.Format(value, decimals);

    [Property(MaxTest = 150)]
    public Property Parts_after_gồm_are_checked_for_any_counts()
    {
        var gen = Gen.Choose(1, 20000).Three().SelectMany(parts => Gen.Choose(-3, 3).Select(error => (parts, error)));
        return Prop.ForAll(gen.ToArbitrary(), x =>
        {
            var (a, b, c) = x.parts;
            var total = (decimal)a + b + c + x.error;
            var flags = CheckRunner.Flags($"Tổng số hồ sơ tiếp nhận là {V(total)} hồ sơ, gồm {V(a)} hồ sơ trực tuyến, {V(b)} hồ sơ trực tiếp và {V(c)} hồ sơ qua bưu chính.");
            var flagged = flags.Any(f => f.Kind == Vocabulary.FlagKinds.SumMismatch);
            return flagged == (x.error != 0);
        });
    }

    [Property(MaxTest = 150)]
    public Property Ratio_rounded_or_truncated_passes_and_a_point_off_is_flagged()
    {
        var gen = Gen.Choose(1, 5000).SelectMany(b => Gen.Choose(0, b).SelectMany(a => Gen.Elements(0, 1, 2).Select(mode => (a, b, mode))));
        return Prop.ForAll(gen.ToArbitrary(), x =>
        {
            var exact = (decimal)x.a / x.b * 100m;
            var stated = x.mode switch
            {
                0 => Math.Round(exact, 2, MidpointRounding.AwayFromZero),
                1 => Math.Truncate(exact * 100m) / 100m,
                _ => Math.Round(exact, 2, MidpointRounding.AwayFromZero) + 1.5m,
            };
            var flags = CheckRunner.Flags($"Kết quả giải quyết {V(x.a)}/{V(x.b)} đơn, đạt tỷ lệ {V(stated, 2)}%.");
            var flagged = flags.Any(f => f.Kind == Vocabulary.FlagKinds.RatioMismatch);
            return flagged == (x.mode == 2);
        });
    }

    [Property(MaxTest = 100)]
    public Property Area_times_yield_in_tonnes()
    {
        var gen = Gen.Choose(10, 3000).SelectMany(area => Gen.Choose(100, 700).SelectMany(yield => Gen.Elements(true, false).Select(right => (area, yield, right))));
        return Prop.ForAll(gen.ToArbitrary(), x =>
        {
            var areaHa = x.area / 10m;
            var yieldTaHa = x.yield / 10m;
            var tonnes = areaHa * yieldTaHa / 10m;
            var stated = x.right ? Math.Round(tonnes, 2, MidpointRounding.AwayFromZero) : Math.Round(tonnes * 10m, 2, MidpointRounding.AwayFromZero);
            var flags = CheckRunner.Flags($"Lúa xuân {V(areaHa, 1)} ha, đạt 100% KH, năng suất ước đạt {V(yieldTaHa, 1)} tạ/ha, sản lượng ước đạt {V(stated, 2)} tấn.");
            return flags.Any(f => f.Kind == Vocabulary.FlagKinds.ProductMismatch) == !x.right;
        });
    }
}
