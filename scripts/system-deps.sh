#!/usr/bin/env bash
# Install the Debian packages polemos's tests use, when missing and when we can (root + apt).
set -euo pipefail
want=()
[ -d /usr/lib/postgresql ] || want+=(postgresql)
[ -x /usr/bin/chromium ] || want+=(chromium)
if [ ${#want[@]} -eq 0 ]; then exit 0; fi
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
  echo "system-deps: missing ${want[*]} (not root or no apt): tests that need them will skip" >&2
  exit 0
fi
echo "system-deps: installing ${want[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq --no-install-recommends "${want[@]}" >/dev/null
