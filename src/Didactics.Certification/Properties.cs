[assembly: System.Runtime.CompilerServices.InternalsVisibleTo("Didactics.Certification.Benchmarks")]
