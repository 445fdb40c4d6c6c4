#!/bin/sh
# Rebuilds extract/segment/dict.txt from jieba's dict.txt (PyPI jieba
# 0.42.1, MIT) and gen/extra.txt, then prebuilt.bin from dict.txt. Run from
# the repository root.
set -eu
version=0.42.1
sha256=055ca12f62674fafed09427f176506079bc135638a14e23e25be909131928db2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pip download --no-deps --no-binary :all: -d "$tmp" "jieba==$version"
echo "$sha256  $tmp/jieba-$version.tar.gz" | sha256sum -c -
tar -xzf "$tmp/jieba-$version.tar.gz" -C "$tmp" "jieba-$version/jieba/dict.txt"
go run ./extract/segment/gen -dict "$tmp/jieba-$version/jieba/dict.txt" \
	-extra extract/segment/gen/extra.txt -out extract/segment/dict.txt \
	-source "jieba $version dict.txt (MIT)"
# the segmenter New decodes, built from the new dict.txt (TestPrebuilt -update)
go generate ./extract/segment
