using CorpusMaker;

return new CorpusMakerCommand(Console.Out, Console.Error).Run(args);
