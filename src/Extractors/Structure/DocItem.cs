using ThiDua.Extractors.Layout;

namespace ThiDua.Extractors.Structure;

/// <summary>One item of the flattened body: a line (paragraph) or a table. Layout tables that only arrange the header block
/// or the closing block side by side are flattened into their lines before this.</summary>
public abstract record DocItem;

public sealed record LineDocItem(LineItem Line) : DocItem;

public sealed record TableDocItem(LayoutTable Table) : DocItem;
