#!/usr/bin/env bash
# System packages Casefile needs that npm cannot provide. Idempotent; run as root (CI, or with sudo).
set -euo pipefail
PACKAGES=(postgresql-client)
missing=()
for p in "${PACKAGES[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ "${#missing[@]}" -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
