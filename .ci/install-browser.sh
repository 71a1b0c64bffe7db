#!/usr/bin/env bash
# Installs what the report module's browser test needs: Debian's chromium and chromium-driver
# (/usr/bin/chromium, /usr/bin/chromedriver). Does nothing when both are there. The browser test
# fails, rather than skips, without them.
set -euo pipefail
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  exit 0
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  sudo="sudo"
fi
$sudo apt-get update -q
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends chromium chromium-driver
