// The adapter's folders use each other's types throughout (the sheet model under every spreadsheet reader and writer).
global using PerfIndicators.Documents;
global using PerfIndicators.Formats.Csv;
global using PerfIndicators.Formats.Files;
global using PerfIndicators.Formats.Json;
global using PerfIndicators.Formats.Sheets;
global using PerfIndicators.Formats.Templates;
global using PerfIndicators.Formats.Xlsx;
global using PerfIndicators.Review;
global using PerfIndicators.Scoring;
global using PerfIndicators.SelfScoring;
