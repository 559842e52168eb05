#!/usr/bin/env bash
# README 快速开始 / quick start: the main job on the bundled sample workbook.
# Installs the locked packages on a fresh machine, then ranks the three groups
# for 2023 with `sanpi rank`, printing the rankings and writing the ranking
# workbook to out/ (the sample itself is never modified).
set -uo pipefail
cd "$(dirname "$0")/.."

if ! command -v node >/dev/null 2>&1; then
  echo "需要 Node.js 20 或更高版本 / Node.js 20+ is required" >&2
  exit 2
fi
major=$(node -p 'process.versions.node.split(".")[0]')
if [ "$major" -lt 20 ]; then
  echo "需要 Node.js 20 或更高版本，当前为 $(node -v) / Node.js 20+ is required" >&2
  exit 2
fi

if [ ! -d node_modules ] || [ ! -f node_modules/.package-lock.json ]; then
  npm ci --loglevel=warn || exit 2
fi

mkdir -p out
# Run from the directory the user typed `npm run sample` in (npm's INIT_CWD), with
# the paths relative to it, so the commands the output prints work there as shown.
root=$(pwd)
here="${INIT_CWD:-$root}"
[ -d "$here" ] || here="$root"
rel() { node -e 'process.stdout.write(require("path").relative(process.argv[1], process.argv[2]) || ".")' "$here" "$1"; }
sample=$(rel "$root/test/fixtures/ledger-3/ledger-3.xlsx")
(cd "$here" && node "$root/bin/sanpi.js" rank "$sample" --year 2023 --out "$(rel "$root/out/ledger-3-排名-2023.xlsx")" "$@")
status=$?
# Exit 1 means the workbook has invalid rows (the sample has some on purpose):
# they were left out, listed, and the ranking was still written. The line
# above the written file's gives the check command for those rows.
if [ "$status" -eq 1 ]; then
  echo "（示例台账故意包含几行错误数据：这些行未计分，上面“出错的行没有计分”一行中的 check 命令会逐一列出）" >&2
  exit 0
fi
exit "$status"
