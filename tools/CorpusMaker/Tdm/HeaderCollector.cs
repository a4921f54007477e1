namespace CorpusMaker.Tdm;

/// <summary>Collects the header directives wherever they stand.</summary>
public sealed class HeaderCollector(Diagnostics diagnostics)
{
    private readonly List<string> issuers = [];
    private readonly List<string> mottos = [];
    private string? number;
    private string? date;

    public bool TryAdd(string name, string text, int line)
    {
        switch (name)
        {
            case "issuer":
                issuers.Add(text);
                return true;
            case "motto":
                mottos.Add(text);
                return true;
            case "number":
                number = Single(number, text, line, name);
                return true;
            case "date":
                date = Single(date, text, line, name);
                return true;
            default:
                return false;
        }
    }

    public TdmHeader Build() => new(issuers, number, mottos, date);

    private string Single(string? existing, string text, int line, string name)
    {
        if (existing is not null)
        {
            diagnostics.Warn(line, $"a second @{name} line; the last one is used");
        }

        return text;
    }
}
