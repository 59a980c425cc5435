// The Didactics sample host: the session API, a learner chat page (/) and a designer playground (/playground.html),
// in memory and in authored-content mode (no model, no keys), and a teacher view (/teacher.html). Run: dotnet run --project samples/Didactics.Samples.Web
var app = Didactics.Samples.Web.SampleApp.Build(args);
app.Run();
