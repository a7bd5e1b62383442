#!/usr/bin/env bash
# Publishes the in-program user guide (the text F1 shows) as docs/huong-dan-su-dung.md; DocumentationTest checks
# that the two are the same, so edit the guide in src/main/resources/vn/cchc/workbook/help/ and run this.
set -euo pipefail
cd "$(dirname "$0")/.."
cp src/main/resources/vn/cchc/workbook/help/huong-dan-su-dung.txt docs/huong-dan-su-dung.md
