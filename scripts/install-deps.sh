#!/usr/bin/env bash
# Installs everything vnkg needs to build and test, from Debian's packages.
# Safe to run again: when every package is already there it does nothing.
set -euo pipefail

PACKAGES=(
  build-essential cmake pkg-config python3
  librocksdb-dev libicu-dev libboost-graph-dev libcpp-httplib-dev graphviz libgraphviz-dev
  catch2 nlohmann-json3-dev libcli11-dev
  # the browser test of the web page: headless Chromium driven by Selenium
  chromium chromium-driver python3-selenium
)

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

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "install-deps: installing ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
