#!/usr/bin/env bash
# `npm test`: installs what the tests need, builds the add-in, runs every test
# (unit, golden, property, manifest, functions metadata, browser), and ends with
# a plain "N passed, N failed" line. Exit code is the test runner's.
set -uo pipefail
cd "$(dirname "$0")/.."

# Debian packages: Chromium and a CJK font for the browser test, LibreOffice and
# poppler (pdftotext) to print generated workbooks as a clerk would, libsecret for
# office-addin-debugging's keytar (optional; npm skips it when it cannot build).
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
# (grep reads all of fc-list: with pipefail, grep -q would make fc-list fail on SIGPIPE.)
fc-list 2>/dev/null | grep -i "Noto Sans CJK" >/dev/null || need+=(fonts-noto-cjk)
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-calc-nogui)
# Writer too: the 通报 draft (.docx) is printed through LibreOffice in its test.
dpkg -s libreoffice-writer-nogui >/dev/null 2>&1 || need+=(libreoffice-writer-nogui)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
dpkg -s libsecret-1-dev >/dev/null 2>&1 || need+=(libsecret-1-dev)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "安装系统软件包 / installing: ${need[*]}" >&2
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null) ||
      echo "警告：系统软件包安装失败 / warning: apt-get failed" >&2
  else
    echo "请先安装 / please install: sudo apt-get install -y ${need[*]}" >&2
  fi
fi

# npm packages, exactly as locked.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --loglevel=warn --no-audit --no-fund || exit 2
fi

mkdir -p test-output
npx tsc --noEmit -p tsconfig.json || { echo "0 passed, 1 failed"; exit 1; }
npm run --silent lint || { echo "0 passed, 1 failed"; exit 1; }
npm run build --loglevel=warn >test-output/build.log 2>&1 || { cat test-output/build.log; echo "0 passed, 1 failed"; exit 1; }

npx jest --ci --json --outputFile=test-output/jest.json "$@"
status=$?
node -e '
  const r = JSON.parse(require("fs").readFileSync("test-output/jest.json", "utf8"));
  console.log(`jest: ${r.numPassedTests} passed, ${r.numFailedTests + r.numRuntimeErrorTestSuites} failed, ${r.numPendingTests} skipped`);
' || echo "0 passed, 1 failed"
exit $status
