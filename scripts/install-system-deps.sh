#!/usr/bin/env bash
# System packages Casefile needs that npm cannot provide. Idempotent; run as root (CI, or with sudo).
#   tesseract-ocr-rus    Russian OCR model (npm has no @tesseract.js-data/rus); tesseract.js reads it
#   tesseract-ocr + the other languages   the native CLI the bench compares against (not needed to run)
#   qpdf                 encrypts PDFs for the tests of encrypted input (pdf-lib cannot encrypt)
#   poppler-utils        pdftoppm, for looking at pages by hand and in the bench notes
#   chromium             the browser the web UI tests drive (CASEFILE_BROWSER_TESTS=1, set by .ci/run)
set -euo pipefail
PACKAGES=(postgresql-client tesseract-ocr-rus qpdf)
if [ "${CASEFILE_BROWSER_TESTS:-0}" = 1 ]; then
  PACKAGES+=(chromium)
fi
if [ "${CASEFILE_BENCH_TOOLS:-0}" = 1 ]; then
  PACKAGES+=(tesseract-ocr tesseract-ocr-eng tesseract-ocr-ukr tesseract-ocr-tgk tesseract-ocr-pol tesseract-ocr-fra tesseract-ocr-nld tesseract-ocr-osd poppler-utils)
fi
missing=()
for p in "${PACKAGES[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ "${#missing[@]}" -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
