#!/bin/sh
# Skrevet af `kvs init`: de samme trin som .github/workflows/kvalitetsstandard.yml,
# som et almindeligt POSIX-shellscript til andre CI-systemer (Azure, Jenkins …; GitLab: kvs init --ci gitlab).
# Kør fra repositoriets rod: sh ci/kvs.sh
# Resultat: kvs.sarif (fundene, SARIF 2.1.0) og output/ (folder og pjece) — gem dem som artefakter.
set -eu

# Installerer kvalitetsstandard fra package-lock.json (devDependency i package.json).
npm ci --no-audit --no-fund

# "--no" sikrer, at npx kun bruger den installerede kvs og aldrig henter en anden pakke med samme navn.
# Tjekket afslutter med 1, når der er fejl; så stopper scriptet her, og intet udgives.
npx --no -- kvs check --format sarif -o kvs.sarif

npx --no -- kvs build
echo "Folder og pjece ligger i output/."
