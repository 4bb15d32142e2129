// The commands print what the adapters read and write.
global using PerfIndicators.Formats;
global using PerfIndicators.Formats.Csv;
global using PerfIndicators.Formats.Files;
global using PerfIndicators.Formats.Html;
global using PerfIndicators.Formats.Json;
global using PerfIndicators.Formats.Sheets;
global using PerfIndicators.Formats.Templates;
global using PerfIndicators.Formats.Text;
global using PerfIndicators.Formats.Xlsx;
global using PerfIndicators.Review;
global using PerfIndicators.SelfScoring;
global using PerfIndicators.Formats.Pdf;
global using PerfIndicators.Formats.Store;
