#!/usr/bin/env bash
# Everything Casefile needs that npm cannot provide, from Debian's packages; with --npm-ci, then the
# npm packages too (`npm ci`, which builds). Idempotent. Run as root, or as a user with sudo: apt-get
# runs through sudo and npm as the user who ran the script (never root-owned node_modules).
#   nodejs, npm          only when no Node.js ≥ 20.19 is on the PATH (Debian 13 ships 20.19)
#   tesseract-ocr        the native OCR engine (CASEFILE_OCR_ENGINE=native; ingest/ocr/native-engine.ts)
#                        and the bench's reference; it reads the same
#                        models as tesseract.js (<data>/tessdata), so no other language package is needed
#   tesseract-ocr-rus    Russian OCR model (npm has no @tesseract.js-data/rus); both engines read it
#                        from /usr/share/tesseract-ocr/5/tessdata (ingest/ocr/languages.ts)
#   postgresql-client    psql, for a PostgreSQL set in DATABASE_URL
#   qpdf                 encrypts PDFs for the tests of encrypted input (pdf-lib cannot encrypt)
#   iso-codes            ISO 3166-2 regions and their names in the documents' languages, for the place
#                        gazetteer (core/geo/subdivisions.ts); without it, regions are not recognised
#   libopenjp2-tools, img2pdf, libtiff-tools   opj_compress, img2pdf and ppm2tiff make the JPEG 2000
#                        and JBIG2 (MMR) scanned pages of test/scan-codecs.test.ts
#   chromium             the browser the web UI tests drive (CASEFILE_BROWSER_TESTS=1, set by .ci/run)
#   the other tesseract-ocr-* languages, poppler-utils   Debian's own ("fast") models, which the
#                        bench's reference native run reads (CASEFILE_BENCH_TOOLS=1; not needed to run)
set -euo pipefail
cd "$(dirname "$0")/.."
npm_ci=0
for arg in "$@"; do
  case "$arg" in
    --npm-ci) npm_ci=1 ;;
    *) echo "usage: $0 [--npm-ci]" >&2; exit 2 ;;
  esac
done

as_root=()
if [ "$(id -u)" != 0 ]; then as_root=(sudo); fi

node_ok() {
  command -v node >/dev/null 2>&1 &&
    node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>20||(a===20&&b>=19)?0:1)'
}

PACKAGES=(postgresql-client tesseract-ocr tesseract-ocr-rus qpdf iso-codes libopenjp2-tools img2pdf libtiff-tools)
if ! node_ok; then PACKAGES+=(nodejs npm); fi
if [ "${CASEFILE_BROWSER_TESTS:-0}" = 1 ]; then
  PACKAGES+=(chromium)
fi
if [ "${CASEFILE_BENCH_TOOLS:-0}" = 1 ]; then
  PACKAGES+=(tesseract-ocr-eng tesseract-ocr-ukr tesseract-ocr-tgk tesseract-ocr-pol tesseract-ocr-fra tesseract-ocr-deu tesseract-ocr-nld tesseract-ocr-osd poppler-utils)
fi
missing=()
for p in "${PACKAGES[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "Installing Debian packages: ${missing[*]}" >&2
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
if ! node_ok; then
  echo "Casefile needs Node.js ≥ 20.19; this system's is $(node -v 2>/dev/null || echo 'missing') (Debian 13 ships 20.19)." >&2
  exit 1
fi

if [ "$npm_ci" = 1 ]; then
  echo "Installing npm packages (npm ci, which builds Casefile)" >&2
  # Under sudo, npm runs as the user who asked, so the checkout stays theirs.
  if [ "$(id -u)" = 0 ] && [ -n "${SUDO_USER:-}" ] && [ "$SUDO_USER" != root ]; then
    sudo -u "$SUDO_USER" -H npm ci --no-audit --no-fund
  else
    npm ci --no-audit --no-fund
  fi
fi
