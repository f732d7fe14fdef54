#!/usr/bin/env bash
# Wrap dist/OrderDesk.app into dist/OrderDesk-<version>.dmg with an Applications link (macOS only).
set -euo pipefail
cd "$(dirname "$0")/../.."
version=$(python3 -c 'import tomllib; print(tomllib.load(open("pyproject.toml","rb"))["project"]["version"])')
staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
cp -R dist/OrderDesk.app "$staging/"
ln -s /Applications "$staging/Applications"
hdiutil create -volname "OrderDesk" -srcfolder "$staging" -ov -format UDZO "dist/OrderDesk-$version.dmg"
echo "built: dist/OrderDesk-$version.dmg"
