using System.Text;
using ThiDua.Ingest.Cli;

Console.OutputEncoding = Encoding.UTF8;
return CommandLine.Run(args);
