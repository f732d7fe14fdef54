#!/usr/bin/env bash
# Sign dist/OrderDesk.app and its DMG, notarize and staple them (macOS only).
# Runs only when a signing identity is provided:
#   MACOS_SIGN_IDENTITY   e.g. "Developer ID Application: Example Shop (TEAMID1234)"
#   MACOS_NOTARY_PROFILE  a keychain profile made with `xcrun notarytool store-credentials` (for notarization)
# Without them it says so and exits 0, so unsigned builds still work (Keychain will then ask again after each
# update, because "Always Allow" is tied to the code signature).
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ -z "${MACOS_SIGN_IDENTITY:-}" ]; then
  echo "MACOS_SIGN_IDENTITY is not set: skipping code signing and notarization (the build is unsigned)."
  exit 0
fi
app=dist/OrderDesk.app
codesign --force --deep --options runtime --timestamp --sign "$MACOS_SIGN_IDENTITY" "$app"
codesign --verify --strict --verbose=2 "$app"
# The DMG made before signing holds an unsigned copy of the app: make it again around the signed one.
packaging/macos/make_dmg.sh
dmg=$(ls dist/OrderDesk-*.dmg)
codesign --force --timestamp --sign "$MACOS_SIGN_IDENTITY" "$dmg"
if [ -z "${MACOS_NOTARY_PROFILE:-}" ]; then
  echo "MACOS_NOTARY_PROFILE is not set: signed, but not notarized."
  exit 0
fi
xcrun notarytool submit "$dmg" --keychain-profile "$MACOS_NOTARY_PROFILE" --wait
xcrun stapler staple "$app"
xcrun stapler staple "$dmg"
echo "signed and notarized: $dmg"
