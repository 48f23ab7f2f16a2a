namespace SourceLint.Core.Diagnostics;

/// <summary>How loudly a finding speaks. Ordered: a higher value is more severe.</summary>
public enum Severity
{
    Hint = 0,
    Information = 1,
    Warning = 2,
    Error = 3,
}
