#!/usr/bin/env bash
# Installs the Debian 12 packages Bitext needs.
#   install-deps.sh          what building and running the app takes (packaging/run.sh)
#   install-deps.sh --tests  that plus what the tests and benchmarks use (tests/run-all.sh)
# Idempotent: packages already present are skipped; runs as root or via sudo.
set -euo pipefail

APP_PACKAGES=(
  # toolchain (build-essential brings dpkg-dev; cpack's .deb needs file and dpkg-shlibdeps)
  build-essential cmake ninja-build ccache pkg-config file
  # Qt 6
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-svg-dev libqt6svg6 libqt6sql6-sqlite qtkeychain-qt6-dev libgl-dev libvulkan-dev
  # the PostgreSQL driver, for a team library on a server
  libqt6sql6-psql
  # Qt's own strings (standard buttons, file dialogs) in Chinese
  qt6-translations-l10n
  # the player (Qt Multimedia on GStreamer): wav, mp3, m4a/aac, ogg/opus, mp4 and webm;
  # pulseaudio (the client plugin) for the sound output
  qt6-multimedia-dev libqt6multimedia6 libqt6multimediawidgets6
  gstreamer1.0-plugins-base gstreamer1.0-plugins-good gstreamer1.0-plugins-bad gstreamer1.0-libav
  gstreamer1.0-pulseaudio
  # the Analysis window's charts (Qt Charts)
  qt6-charts-dev libqt6charts6
  # Qt6Charts's CMake config needs Qt6OpenGL, which Debian 12's qt6-charts-dev does not pull in
  libqt6opengl6-dev
  # text processing and storage
  libicu-dev libopencc-dev libyaml-cpp-dev libsqlite3-dev libzip-dev
  # the aligner's glossary: the Han characters' English definitions (Unihan), read at build time
  unicode-data bzip2
  # the reader and PDF export show Chinese and English in Noto
  fonts-noto-cjk fonts-noto-core
)

TEST_PACKAGES=(
  # the sanitizer build (ci-qt6) and the fuzz targets: clang, its ASan/UBSan/libFuzzer
  # runtimes, and llvm-symbolizer for the file and line in sanitizer reports
  clang libclang-rt-14-dev llvm
  # Catch2 v2, and the command-line tools some tests compare against
  catch2 git opencc sqlite3
  # Qt 5 + KF5: the second build, which exercises KSyntaxHighlighting
  qtbase5-dev qtbase5-dev-tools qttools5-dev qttools5-dev-tools libqt5svg5-dev
  libqt5sql5-sqlite libqt5sql5-psql qt5keychain-dev qttranslations5-l10n
  extra-cmake-modules libkf5syntaxhighlighting-dev libkf5syntaxhighlighting-data
  qtmultimedia5-dev libqt5multimedia5-plugins libqt5charts5-dev
  # the player tests make speech (espeak-ng), join and convert it (sox, ffmpeg for video)
  # and play it into a private PulseAudio null sink; gst-launch/gst-discoverer for checks
  espeak-ng sox libsox-fmt-mp3 ffmpeg pulseaudio pulseaudio-utils gstreamer1.0-tools
  # PostgreSQL server and drivers, secret service, virtual display, image tools
  postgresql postgresql-client gnome-keyring libsecret-tools dbus dbus-x11
  xvfb xauth x11-utils imagemagick
  # export tests read PDFs back (pdftotext, pdffonts) and open ODT and CSV in LibreOffice
  poppler-utils libreoffice-writer-nogui libreoffice-calc-nogui
  # REFI-QDA exports are validated against the official schemas (xmllint --schema)
  libxml2-utils
  # Web Annotation exports are checked against the W3C conformance schemas
  python3-jsonschema
  # the package test: lintian and the desktop-entry, AppStream and MIME validators
  lintian desktop-file-utils appstream shared-mime-info
  # the accessibility test reads the running app as a screen reader does (AT-SPI)
  at-spi2-core python3-pyatspi
  # benchmarks (tests/bench/run.sh): the runner and the raw SQLite baseline are Python,
  # search is compared with ripgrep, the team library runs on postgresql (above)
  python3 ripgrep
)

PACKAGES=("${APP_PACKAGES[@]}")
case "${1:-}" in
  "") ;;
  --tests) PACKAGES+=("${TEST_PACKAGES[@]}") ;;
  *) echo "usage: $0 [--tests]" >&2; exit 2 ;;
esac

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
