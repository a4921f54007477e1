#!/usr/bin/env bash
# Retrains the PDF line-role model from every corpus PDF that has a Word original (and the real DOCX/PDF pairs in
# corpus/real or ../shared/real), prints the leave-one-producer-out and leave-one-report-out accuracy per role, and
# writes src/Extractors/Readers/Pdf/Roles/line-roles.zip (embedded in the Extractors assembly).
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet run -c Release --project tools/RoleTrainer -- "$@" 2> >(grep -v NU1603 >&2)
