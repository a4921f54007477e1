using System.Text;
using ThiDua.Extractors.Readers.Ocr;

namespace ThiDua.Extractors.Tests.Readers.Ocr;

/// <summary>Coloured ink (a red seal, a blue signature) dropped from a colour page made grey; black print kept, even
/// where the seal overlaps it; a page under coloured light keeps its print; a photograph is left alone.</summary>
public sealed class ColorInkDropoutTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("ink-test-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void Seal_red_and_signature_blue_become_paper_and_black_print_stays()
    {
        // paper, black print, a seal's red core and blurred edge, blue ink, dark print where the seal overlaps it
        (byte, byte, byte)[] pixels = [(250, 248, 245), (20, 20, 22), (210, 40, 50), (235, 170, 175), (40, 60, 170), (45, 20, 25), (248, 250, 247), (252, 250, 249), .. Paper((250, 248, 245))];

        var image = ColorInkDropout.ReadPpm(Write(pixels))!;

        Assert.Equal([248, 20, 255, 255, 255], Row(image).Take(5));
        Assert.True(image[5, 0] < 60, "print under the seal stays dark");
    }

    [Fact]
    public void On_a_page_under_warm_light_the_print_stays()
    {
        // yellowed paper and brownish print, both with channels 40-80 apart, and one red stamp pixel
        (byte, byte, byte)[] pixels = [.. Paper((230, 205, 150)).Take(6), (90, 75, 45), (220, 30, 40), .. Paper((230, 205, 150))];

        var image = ColorInkDropout.ReadPpm(Write(pixels))!;

        Assert.True(image[6, 0] < 100, "the print is kept");
        Assert.Equal(255, image[7, 0]);
    }

    [Fact]
    public void A_photograph_is_left_to_the_usual_grey()
    {
        // a picture of sky and forest over a third of a white page
        (byte, byte, byte)[] pixels = [.. Enumerable.Repeat(((byte)60, (byte)110, (byte)200), 40), .. Enumerable.Repeat(((byte)40, (byte)120, (byte)50), 40), .. Paper((250, 250, 250))];

        Assert.Null(ColorInkDropout.ReadPpm(Write(pixels)));
    }

    /// <summary>The rest of the page: seals and signatures cover a small share of it.</summary>
    private static IEnumerable<(byte, byte, byte)> Paper((byte, byte, byte) colour) => Enumerable.Repeat(colour, 200);

    private string Write((byte R, byte G, byte B)[] pixels)
    {
        var path = Path.Combine(_temp, "page.ppm");
        using var stream = File.Create(path);
        stream.Write(Encoding.ASCII.GetBytes($"P6\n{pixels.Length} 1\n255\n"));
        foreach (var (r, g, b) in pixels) stream.Write([r, g, b]);
        return path;
    }

    private static IEnumerable<int> Row(GrayImage image) => Enumerable.Range(0, image.Width).Select(x => (int)image[x, 0]);
}
