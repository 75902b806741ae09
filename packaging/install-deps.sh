#!/usr/bin/env bash
# Installs every Debian 12 package Bitext needs: both builds (Qt 6 default,
# Qt 5 + KF5 for KSyntaxHighlighting), the tests, the benchmarks and the app.
# Idempotent: packages already present are skipped by apt; runs as root or via sudo.
set -euo pipefail

PACKAGES=(
  # toolchain
  build-essential cmake ninja-build ccache pkg-config git
  # Qt 6 (default build)
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-svg-dev libqt6svg6 libqt6sql6-sqlite libqt6sql6-psql qtkeychain-qt6-dev
  libgl-dev libvulkan-dev
  # Qt 5 + KF5 (second build, exercises KSyntaxHighlighting)
  qtbase5-dev qtbase5-dev-tools qttools5-dev qttools5-dev-tools libqt5svg5-dev
  libqt5sql5-sqlite libqt5sql5-psql qt5keychain-dev
  extra-cmake-modules libkf5syntaxhighlighting-dev libkf5syntaxhighlighting-data
  # text processing and storage
  libicu-dev libopencc-dev opencc libyaml-cpp-dev libsqlite3-dev sqlite3 libzip-dev
  # tests: Catch2 v2, PostgreSQL server, secret service, display, fonts
  catch2 postgresql postgresql-client gnome-keyring libsecret-tools dbus dbus-x11
  xvfb xauth x11-utils imagemagick fonts-noto-cjk fonts-noto-core
  # export tests read PDFs back (pdftotext, pdffonts)
  poppler-utils
  # export tests open the ODT and CSV files in LibreOffice (soffice --headless --convert-to)
  libreoffice-writer-nogui libreoffice-calc-nogui
  # benchmarks compare against ripgrep
  ripgrep
)

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#PACKAGES[@]} packages present"
  exit 0
fi

echo "install-deps: installing ${#missing[@]} packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
