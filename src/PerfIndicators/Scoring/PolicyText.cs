namespace PerfIndicators.Scoring;

/// <summary>The text of a policy file and where it came from, as a base named by <c>extends</c> is handed to the loader.</summary>
/// <param name="Json">The policy file's JSON text.</param>
/// <param name="Source">Where it came from, for messages (a path, <c>embedded:national</c>).</param>
public sealed record PolicyText(string Json, string Source);
