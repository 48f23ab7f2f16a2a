namespace SourceLint.LanguageServer.Analysis;

/// <summary>
/// Pays, while a long draft is being opened, part of what its first edits would otherwise pay. The first
/// analysis of a draft leaves megabytes that stay (the paragraph cache, the claim index whose lookups the next
/// version carries over) in the youngest generation, among the garbage of a whole-draft analysis. Without this,
/// the first edits after opening a 10,000-word draft took 9–12 ms of analysis instead of 1.5 (AOT, traced at
/// load 6–10), until a first collection that itself paused 9–17 ms. One full, compacting collection at the end
/// of the opening analysis moves what stays to the oldest generation: the first two edits then took 1.6–3 ms.
/// (The next few still touch fresh memory as the youngest generation grows, ~300 page faults each; that part is
/// not removed.)
/// </summary>
internal static class HeapSettling
{
    /// <summary>
    /// Below this many characters (about 3,000 words) the opening analysis leaves little to promote; nor is the
    /// start-up target's draft delayed (first diagnostics within 50 ms of the spawn, for a short draft).
    /// </summary>
    public const int MinChars = 20_000;

    public static void AfterOpening(int chars)
    {
        if (chars < MinChars) return;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
    }
}
