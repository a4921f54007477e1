namespace ThiDua.Extractors.Readers.Pdf.Roles;

/// <summary>
/// Whether the PDF layout asks the line-role model where its rules are unsure: <c>THIDUA_LINE_ROLES=on</c> (read at each
/// document, so that one process can compare both ways, as the parity report does).
/// </summary>
public static class LineRoleSwitch
{
    public const string Variable = "THIDUA_LINE_ROLES";

    public const string On = "on";

    public static bool Enabled => string.Equals(Environment.GetEnvironmentVariable(Variable), On, StringComparison.OrdinalIgnoreCase);
}
