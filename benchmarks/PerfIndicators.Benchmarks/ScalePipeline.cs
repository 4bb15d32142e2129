using System.Text.Encodings.Web;
using System.Text.Json;
using PerfIndicators.Scoring;

namespace PerfIndicators.Benchmarks;

/// <summary>What one run of the pipeline did: counts to check against the inputs, and a checksum of the totals.</summary>
/// <param name="Projects">Projects read and scored.</param>
/// <param name="Indicators">Indicators scored.</param>
/// <param name="Unreadable">Files that could not be read as a project (errors listed by <see cref="ScoringJson.ReadProject"/>).</param>
/// <param name="ErrorFindings">Findings of severity error across the assessments.</param>
/// <param name="TotalOfTotals">The sum of every project's total, to check that two runs scored the same.</param>
/// <param name="Bytes">Bytes of assessment JSON written.</param>
public sealed record PipelineResult(long Projects, long Indicators, long Unreadable, long ErrorFindings, decimal TotalOfTotals, long Bytes);

/// <summary>
/// The end-to-end review pipeline over the library, as <c>perfind review</c> runs it: read each file, read the project
/// (<see cref="ScoringJson.ReadProject"/>, which parses every target and actual), score it (<see cref="Evaluator.Evaluate"/>),
/// write the assessment JSON (<see cref="ScoringJson.WriteAssessment(Utf8JsonWriter, SelfAssessment)"/>) to a null
/// stream. Files are spread over <c>threads</c> workers; each keeps its own writer. Nothing is kept per project, so
/// memory does not grow with the number of files.
/// </summary>
public static class ScalePipeline
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Runs the pipeline over <paramref name="files"/>.</summary>
    /// <param name="files">Project JSON files.</param>
    /// <param name="threads">Workers; 1 runs on the calling thread.</param>
    /// <param name="evaluator">The evaluator (the policy).</param>
    public static PipelineResult Run(IReadOnlyList<string> files, int threads, Evaluator evaluator)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(evaluator);
        var totals = new Totals();
        if (threads <= 1)
        {
            using var worker = new Worker(evaluator);
            foreach (var file in files)
            {
                worker.Score(file);
            }

            totals.Add(worker);
        }
        else
        {
            Parallel.ForEach(
                System.Collections.Concurrent.Partitioner.Create(0, files.Count, 64),
                new ParallelOptions { MaxDegreeOfParallelism = threads },
                () => new Worker(evaluator),
                (range, _, worker) =>
                {
                    for (var i = range.Item1; i < range.Item2; i++)
                    {
                        worker.Score(files[i]);
                    }

                    return worker;
                },
                worker =>
                {
                    totals.Add(worker);
                    worker.Dispose();
                });
        }

        return totals.Result();
    }

    /// <summary>The project files of a folder, in name order.</summary>
    /// <param name="folder">The folder.</param>
    public static string[] Files(string folder) => [.. Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal)];

    private sealed class Worker(Evaluator evaluator) : IDisposable
    {
        private readonly CountingStream sink = new();
        private Utf8JsonWriter? writer;

        public long Projects { get; private set; }

        public long Indicators { get; private set; }

        public long Unreadable { get; private set; }

        public long ErrorFindings { get; private set; }

        public decimal TotalOfTotals { get; private set; }

        public long Bytes => sink.Length;

        public void Dispose()
        {
            writer?.Dispose();
            sink.Dispose();
        }

        public void Score(string file)
        {
            var read = ScoringJson.ReadProjectUtf8(File.ReadAllBytes(file));
            if (read.Input is not { } project)
            {
                Unreadable++;
                return;
            }

            var assessment = evaluator.Evaluate(project);
            writer ??= new Utf8JsonWriter(sink, WriterOptions);
            ScoringJson.WriteAssessment(writer, assessment);
            writer.Flush();
            writer.Reset();
            Projects++;
            Indicators += assessment.Indicators.Length;
            TotalOfTotals += assessment.Total;
            foreach (var finding in assessment.Findings)
            {
                if (finding.Severity == DiagnosticSeverity.Error)
                {
                    ErrorFindings++;
                }
            }
        }
    }

    private sealed class Totals
    {
        private readonly Lock gate = new();
        private long projects;
        private long indicators;
        private long unreadable;
        private long errors;
        private decimal total;
        private long bytes;

        public void Add(Worker worker)
        {
            lock (gate)
            {
                projects += worker.Projects;
                indicators += worker.Indicators;
                unreadable += worker.Unreadable;
                errors += worker.ErrorFindings;
                total += worker.TotalOfTotals;
                bytes += worker.Bytes;
            }
        }

        public PipelineResult Result() => new(projects, indicators, unreadable, errors, total, bytes);
    }

    /// <summary>A stream that keeps nothing and counts what is written to it.</summary>
    private sealed class CountingStream : Stream
    {
        private long length;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => length;

        public override long Position { get => length; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => length += count;

        public override void Write(ReadOnlySpan<byte> buffer) => length += buffer.Length;
    }
}
