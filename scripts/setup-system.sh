#!/usr/bin/env bash
# Installs the Debian packages the tests need on a fresh machine (CI runs as root).
# Keep this list to what a test really uses.
set -euo pipefail
# chromium: axe-core accessibility tests of the leaflets (driven by playwright-core);
# poppler-utils: pdftotext/pdfinfo/pdffonts/pdftoppm on the booklets; qpdf: the PDF structure tree;
# libreoffice-writer-nogui: the .docx round trip through a real LibreOffice (soffice --headless);
# pandoc: a second reader of our .docx export and of the import corpus;
# a JRE for the Nu HTML Checker (vnu-jar), unless one is there already.
packages=(chromium poppler-utils qpdf libreoffice-writer-nogui pandoc)
command -v java >/dev/null 2>&1 || packages+=(default-jre-headless)
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y --no-install-recommends "${missing[@]}"
fi
