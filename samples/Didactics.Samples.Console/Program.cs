using Didactics.Samples.Console;

return await SampleApp.RunAsync(args);
