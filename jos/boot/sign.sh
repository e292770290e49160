#!/bin/sh
# Turn a raw boot block into a boot sector: pad it to 510 bytes and
# append the 0x55 0xAA signature the BIOS checks before jumping to it.
set -e
f="$1"
n=$(wc -c < "$f")
if [ "$n" -gt 510 ]; then
	echo "boot block too large: $n bytes (max 510)" >&2
	exit 1
fi
echo "boot block is $n bytes (max 510)"
dd if=/dev/zero bs=1 count=$((510 - n)) 2>/dev/null >> "$f"
printf '\125\252' >> "$f"
