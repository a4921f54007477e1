using System.Text;

namespace ThiDua.Extractors.Readers.Pdf.Poppler;

/// <summary>Reads <c>pdftohtml -xml</c> output line by line, each text element's markup balanced by <see cref="TagBalancer"/>.</summary>
public sealed class BalancedLineReader(Stream stream) : TextReader
{
    private readonly StreamReader _reader = new(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
    private string _pending = "";
    private int _position;

    public override int Read()
    {
        if (!Fill()) return -1;
        return _pending[_position++];
    }

    public override int Peek() => Fill() ? _pending[_position] : -1;

    public override int Read(char[] buffer, int index, int count)
    {
        if (!Fill()) return 0;
        var n = Math.Min(count, _pending.Length - _position);
        _pending.CopyTo(_position, buffer, index, n);
        _position += n;
        return n;
    }

    private bool Fill()
    {
        while (_position >= _pending.Length)
        {
            var line = _reader.ReadLine();
            if (line is null) return false;
            _pending = TagBalancer.Balance(line) + "\n";
            _position = 0;
        }

        return true;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) _reader.Dispose();
        base.Dispose(disposing);
    }
}
