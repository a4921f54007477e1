namespace ThiDua.Extractors.Vietnamese.Numbers;

/// <summary>A unit: its canonical name, what it measures and its factor to the base unit of that kind (tạ = 100 kg).</summary>
public sealed record UnitDefinition(string Name, UnitKind Kind, decimal Factor);
