using System.Text;
using PerfIndicators.Cli;

Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
Console.InputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
return Perfind.Run(args, new CliConsole(Console.Out, Console.Error, Console.In, Console.IsOutputRedirected));
