#!/usr/bin/env bash
# Rewrites PublicAPI.Unshipped.txt of the two libraries from what the build reports as undeclared (RS0016) and, for
# symbols of PublicAPI.Shipped.txt (what the last release shipped) that are gone, as removed (RS0017).
# Run it after a deliberate public API change, then review the diff: that diff *is* the API review.
set -euo pipefail
cd "$(dirname "$0")/.."
for project in src/OshRules.Engine src/OshRules; do
  printf '#nullable enable\n' > "$project/PublicAPI.Unshipped.txt"
  log=$(mktemp)
  dotnet build "$project" -nologo -p:TreatWarningsAsErrors=false -t:Rebuild > "$log" 2>&1 || true
  # New symbols (RS0016), and symbols of PublicAPI.Shipped.txt that are gone (RS0017), marked *REMOVED*.
  { printf '#nullable enable\n'
    grep -oP "RS0016: Symbol '\K.*(?=' is not part of the declared public API)" "$log" | sort -u || true
    grep -oP "RS0017: Symbol '\K.*(?=' is part of the declared API, but is either not public or could not be found)" "$log" | sort -u | sed 's/^/*REMOVED*/' || true
  } > "$project/PublicAPI.Unshipped.txt.new"
  mv "$project/PublicAPI.Unshipped.txt.new" "$project/PublicAPI.Unshipped.txt"
  rm -f "$log"
  echo "$project: $(($(wc -l < "$project/PublicAPI.Unshipped.txt") - 1)) public symbols"
done
