#!/bin/sh
# System packages the real-editor tests need (Debian): run once per machine, as root.
#   libkrb5-dev  headers for code-server's `kerberos` native module (gssapi/gssapi.h)
#   chromium     the browser Playwright drives (playwright-core cannot download one here)
#   fonts-noto-color-emoji  so the status emoji in hovers and screenshots are not empty boxes
set -eu
missing=""
dpkg -s libkrb5-dev >/dev/null 2>&1 || missing="$missing libkrb5-dev"
[ -x /usr/bin/chromium ] || missing="$missing chromium"
dpkg -s fonts-noto-color-emoji >/dev/null 2>&1 || missing="$missing fonts-noto-color-emoji"
if [ -z "$missing" ]; then
    echo "e2e system dependencies already installed"
    exit 0
fi
echo "installing:$missing"
apt-get update
# shellcheck disable=SC2086
DEBIAN_FRONTEND=noninteractive apt-get install -y $missing
