#!/bin/sh
# Runs a test program in a mount namespace of its own when it can (root with unshare),
# so that its [mounts] cases can make read-only folders and full disks for real
# (tests/support/mounts.h) without touching the machine's mounts; else runs it as is
# (a user: chmod makes folders read-only, and the full-disk cases pass empty).
# BITEXT_TEST_MOUNT_NS names the namespace made for it: the test mounts only there.
if [ "$(id -u)" = 0 ] && unshare -m true 2>/dev/null; then
    exec unshare -m --propagation private sh -c \
        'BITEXT_TEST_MOUNT_NS=$(readlink /proc/self/ns/mnt) exec "$@"' sh "$@"
fi
exec "$@"
