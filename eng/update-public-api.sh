#!/usr/bin/env bash
# Declares the current public surface of every shipped assembly in its PublicAPI.Unshipped.txt.
#
# The build fails with RS0016 ("Symbol 'X' is not part of the declared public API") when a public symbol is not
# declared, and with RS0017 when a declared one is gone. After a public change you meant to make, run
#   eng/update-public-api.sh
# and review the diff of the PublicAPI.*.txt files: every added line is API you now promise to keep. The script
# builds the solution with the two rules as warnings, adds the symbols RS0016 names to the project's
# PublicAPI.Unshipped.txt and removes the ones RS0017 names from both files (sorted, one per line, as the
# analyzer's own code fix writes them). At a release, move the Unshipped lines into PublicAPI.Shipped.txt.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
log="$(mktemp)"
scratch="$(mktemp)"
trap 'rm -f "$log" "$scratch"' EXIT
for round in 1 2 3; do
  # A project whose references fail to build reports nothing; a few rounds settle the whole dependency chain.
  dotnet build Didactics.sln -nologo -v q --no-incremental -p:TreatWarningsAsErrors=false -p:WarningsAsErrors= >"$log" 2>&1 || true
  changes=0
  while IFS=$'\t' read -r project rule symbol; do
    dir="$(dirname "$project")"
    unshipped="$dir/PublicAPI.Unshipped.txt"
    shipped="$dir/PublicAPI.Shipped.txt"
    [[ -f "$unshipped" ]] || printf '#nullable enable\n' >"$unshipped"
    if [[ "$rule" == RS0016 ]]; then
      if ! grep -qxF -- "$symbol" "$unshipped" "$shipped" 2>/dev/null; then printf '%s\n' "$symbol" >>"$unshipped"; changes=1; fi
    else
      for f in "$unshipped" "$shipped"; do
        if grep -qxF -- "$symbol" "$f" 2>/dev/null; then grep -vxF -- "$symbol" "$f" >"$scratch" || true; cat "$scratch" >"$f"; changes=1; fi
      done
    fi
  done < <(sed -nE "s/^.*: (warning|error) (RS0016|RS0017): Symbol '(.*)' is (not part of the declared public API|part of the declared API, but is either not public or could not be found).*\[([^]:]+)(::[^]]*)?\]\s*$/\5\t\2\t\3/p" "$log" | sort -u)
  # Keep each file as the analyzer's code fix would: the nullable header first, then the symbols in ordinal order.
  for f in src/*/PublicAPI.*.txt analyzers/*/PublicAPI.*.txt; do
    { echo '#nullable enable'; { grep -vxF '#nullable enable' "$f" || true; } | { grep -v '^[[:space:]]*$' || true; } | LC_ALL=C sort -u; } >"$scratch"
    cat "$scratch" >"$f"
  done
  [[ $changes -eq 1 ]] || break
done
if grep -qE "error (CS|RS)[0-9]+" "$log"; then
  echo "the build still has errors:" >&2
  grep -E "error (CS|RS)[0-9]+" "$log" | sort -u | head -20 >&2
  exit 1
fi
echo "public API files are up to date; review: git diff -- '*PublicAPI.*.txt'"
