#!/bin/sh
# build.sh -- sets credence up on a Debian machine and builds it: "demo" scores the
# bundled example article, "test" runs every test (plain and ASan+UBSan builds).
#
#   ./build.sh demo      install what is missing, build, score examples/article.txt
#   ./build.sh test      install what is missing, build, run the whole test suite
#
# Run it as root, or as a user with sudo, on Debian 12 or later.
set -eu
cd "$(dirname "$0")"

mode=${1:-demo}
case "$mode" in
demo | test) ;;
*)
	echo "usage: ./build.sh demo|test" >&2
	exit 2
	;;
esac

# The Debian packages the build needs, by name.
packages="gcc libc6-dev make cmake pkg-config liblua5.4-dev libjansson-dev libcmocka-dev python3"
missing=""
for p in $packages; do
	if ! dpkg-query -W -f '${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
		missing="$missing $p"
	fi
done
if [ -n "$missing" ]; then
	sudo=""
	if [ "$(id -u)" -ne 0 ]; then
		if ! command -v sudo >/dev/null 2>&1; then
			echo "build.sh: missing packages:$missing; run as root or install them" >&2
			exit 1
		fi
		sudo=sudo
	fi
	echo "build.sh: installing$missing" >&2
	$sudo apt-get update -qq
	$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >&2
fi

jobs=$(nproc 2>/dev/null || echo 2)

build() { # build DIR [cmake options...]
	dir=$1
	shift
	cmake -S . -B "$dir" -DCREDENCE_WERROR=ON "$@" >&2
	cmake --build "$dir" -j "$jobs" >&2
}

if [ "$mode" = demo ]; then
	build build
	exec build/credence score --pretty examples/article.txt
fi

build build
ctest --test-dir build --output-on-failure -j "$jobs"
# The same suite under AddressSanitizer and UndefinedBehaviorSanitizer.
build build-asan -DCREDENCE_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	ctest --test-dir build-asan --output-on-failure -j "$jobs"
