#!/usr/bin/env bash
# Manual check, not part of CI: drives a real Neovim (0.10 or newer: `nvim` on PATH, or the
# command in STRAT_NVIM) headless against this repository's language server, configured with
# exactly the Neovim snippet of README.md's "Other editors" section. Needs `npm run build` first
# and `node` (≥ 22.12) on PATH.
#
# On copies of examples/ laid out as users have them — in a git repository without strat.json
# (the `.git` root), outside any repository (the `strat.json` root), with neither (the folder
# fallback), and with no root_dir at all (no workspace folder) — it checks: the server attaches,
# hover, definition, references and rename across files, completion, inlay hints, semantic
# highlighting, quick fixes, document symbols, formatting, commentstring, and that the diagnostics of every file equal what
# `strat check` prints for it (less `kr-activity`, which the snippet's settings turn off). A
# Every run then changes a data file on disk; the last adds the README's file-watching lines, and
# there the change must reach the server.
#
# Usage: scripts/editors/neovim-smoke.sh [RUN…]   — prints each check; exit status 1 if any
# failed. RUNs (in-repo, outside-repo, no-marker, no-workspace-folder, file-watching) pick runs.
# For file watching Neovim uses `fswatch` (0.10) or `inotifywait` (0.11+) when on PATH.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
nvim=${STRAT_NVIM:-nvim}
lua="$repo/scripts/editors/neovim-smoke.lua"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$nvim" --version | head -1
node --version

# The README's Neovim snippets: the first `lua` block of "## Other editors" is the set-up, the
# second the lines that turn on file watching.
snippet() {
    awk -v want="$1" '/^## /{inside = ($0 == "## Other editors")} inside && /^```lua/{n++; if (n == want) {take = 1; next}} take && /^```/{take = 0} take' "$repo/README.md"
}
snippet 1 | sed "s#/path/to/strat#$repo#" > "$work/init.lua"
[ -s "$work/init.lua" ] || { echo "no lua snippet under '## Other editors' in README.md"; exit 2; }
# With file watching: the second block goes into the vim.lsp.start({ … }) table, after `settings`.
awk -v extra="$(snippet 2)" '{print} /^ *settings = /{print extra}' "$work/init.lua" > "$work/init-watch.lua"

failed=0
picked=("$@")
# run NAME LAYOUT [no-root|watch]: LAYOUT is git (a repository, no strat.json), plain (strat.json,
# no repository) or bare (neither).
run() {
    local name=$1 layout=$2 mode=${3:-}
    if [ ${#picked[@]} -gt 0 ] && [[ ! " ${picked[*]} " == *" $name "* ]]; then return; fi
    local base="$work/$name"
    mkdir -p "$base"
    cp -r "$repo/examples" "$base/examples"
    rm -f "$base/examples/README.md"
    case $layout in
        git) rm "$base"/examples/*/strat.json; git -C "$base" init -q ;;
        bare) rm "$base"/examples/*/strat.json ;;
    esac
    local folder="$base/examples/software-company"
    local expect_root=$folder
    [ "$layout" = git ] && expect_root=$base
    local init="$work/init.lua" watch=""
    if [ "$mode" = watch ]; then init="$work/init-watch.lua"; watch=1; fi
    # strat check on the same copy, as the user would run it, in the shape of the Lua's lines.
    (cd "$base" && node "$repo/packages/cli/bin/strat.js" check examples/ || true) \
        | grep -E '^examples/.*\.strat:[0-9]+:[0-9]+ ' | sed -E 's/ +/ /g' | grep -v ' kr-activity ' | sort > "$base/expected"
    local files
    files=$(find "$base/examples" -name '*.strat' | sort)
    local pre=""
    # No root_dir: what a client without workspace folders gets (issue 12, item 3).
    [ "$mode" = no-root ] && pre="lua local start = vim.lsp.start; vim.lsp.start = function(config, opts) config.root_dir = nil; return start(config, opts) end"
    echo "== $name ($layout${mode:+, $mode})"
    (cd "$base" && SMOKE_OUT="$base/result" SMOKE_FILES="$files" SMOKE_BASE="$base" SMOKE_CSV="$folder/data/saas-metrics.csv" \
        SMOKE_WATCH="$watch" \
        SMOKE_EXPECT_ROOT=$([ "$mode" = no-root ] || echo "$expect_root") \
        timeout 180 "$nvim" --headless -i NONE --cmd "luafile $lua" ${pre:+--cmd "$pre"} -u "$init" \
        -c 'lua Smoke.run()' "$folder/software-company-okrs.strat" </dev/null >"$base/nvim.log" 2>&1) || true
    if [ ! -s "$base/result" ]; then
        echo "FAIL  Neovim wrote no result:"; cat "$base/nvim.log"; failed=1; return
    fi
    cat "$base/result"
    grep -q '^FAIL' "$base/result" && failed=1
    sed -E 's/ +/ /g' "$base/result.diagnostics" | sort > "$base/actual"
    if diff -u "$base/expected" "$base/actual" > "$base/diff"; then
        echo "ok    diagnostics of $(echo "$files" | wc -l) files equal strat check's ($(wc -l < "$base/expected") findings)"
    else
        echo "FAIL  diagnostics differ from strat check's (- strat check, + Neovim):"; grep -E '^[-+][^-+]' "$base/diff"; failed=1
    fi
}

run in-repo git
run outside-repo plain
run no-marker bare
run no-workspace-folder plain no-root
run file-watching plain watch
exit $failed
