using Didactics.Cli;

return await DidacticsCli.RunAsync(args, CliConsole.System).ConfigureAwait(false);
