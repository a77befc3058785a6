# Shared by the CLI tests (sourced): counters and the two checks they use.
#   check NAME EXPECTED ACTUAL     an exit status
#   contains NAME TEXT PATTERN     grep -q PATTERN in TEXT
fails=0
pass=0
check() { if [ "$2" = "$3" ]; then pass=$((pass + 1)); else echo "FAIL: $1 (exit $3, expected $2)"; fails=$((fails + 1)); fi; }
contains() { if printf '%s' "$2" | grep -q -- "$3"; then pass=$((pass + 1)); else echo "FAIL: $1: no '$3' in: $2"; fails=$((fails + 1)); fi; }
