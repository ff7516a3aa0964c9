#!/bin/sh
# Checks the recipe of docs/format.md ("Checking a hash with standard tools"): jq and sha256sum
# alone (with Python's unicodedata for NFC) give the contentHash of every signature of a sealed file.
# Usage: hash_recipe.sh FILE
set -eu
file=$1
signatures='.studentSignature?, .sendingHeiSignature?, .receivingHeiSignature?'
sections='.firstVersion, .approvedChanges, .changesProposal'
# A proposal signs the agreement as it stands once approved (docs/format.md).
as_approved='(.changesProposal | del(.id, .student)) as $p | .student += (.changesProposal.student // {})
  | if .firstVersion then .approvedChanges = $p else .firstVersion = $p end | del(.changesProposal)'
# The hash is of the text in Unicode NFC (docs/format.md).
nfc() { python3 -c 'import sys, unicodedata; sys.stdout.write(unicodedata.normalize("NFC", sys.stdin.read()))'; }
failed=0
check() {  # section, jq filter that gives its signed content
  expected=$(jq -r ".$1 | $signatures | .contentHash? // empty" "$file" | sort -u)
  actual="sha256:$(jq "$2" "$file" | nfc | sha256sum | cut -d' ' -f1)"
  if [ -z "$expected" ]; then echo "no sealed signature in $1"; failed=1; return; fi
  if [ "$expected" = "$actual" ]; then echo "$1: $actual matches"; else echo "$1: recipe gives $actual, file says $expected"; failed=1; fi
}
check firstVersion "del($sections | $signatures) | del(.approvedChanges, .changesProposal)"
check approvedChanges "del($sections | $signatures) | del(.changesProposal)"
check changesProposal "del($sections | $signatures) | $as_approved"
exit $failed
