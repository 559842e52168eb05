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
node bin/sanpi.js rank test/fixtures/ledger-3/ledger-3.xlsx --year 2023 --out "out/ledger-3-排名-2023.xlsx" "$@"
status=$?
# Exit 1 means the workbook has invalid rows (the sample has some on purpose):
# they were left out, listed, and the ranking was still written.
if [ "$status" -eq 1 ]; then
  echo "（示例台账故意包含几行错误数据，这些行未计分；运行 npm run sanpi -- check test/fixtures/ledger-3/ledger-3.xlsx 查看）" >&2
  exit 0
fi
exit "$status"
