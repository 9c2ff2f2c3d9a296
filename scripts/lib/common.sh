# Shared helpers for scripts/serve, scripts/test and scripts/bench.
# Everything installed or built lives in system packages or in the ignored
# .deps/ and build/ folders, so every step is safe to run again.
set -euo pipefail

REPO_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
DEPS_DIR="$REPO_ROOT/.deps"
BUILD_DIR="$REPO_ROOT/build"
JOBS=$(nproc 2>/dev/null || echo 2)
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
# Debian's emscripten needs Debian's node modules (acorn) for its JS optimiser.
export NODE_PATH=/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}

# Each step with the time since the script started, so a slow step shows.
log() { printf '\033[1m==> %s\033[0m (at %d min %02d s)\n' "$*" $((SECONDS / 60)) $((SECONDS % 60)) >&2; }

apt_updated=0
# Installs the Debian packages that are not installed yet.
ensure_packages() {
  local missing=() pkg
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  log "Installing Debian packages: ${missing[*]}"
  if [ $apt_updated = 0 ]; then $SUDO apt-get update -q; apt_updated=1; fi
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# What the page needs (scripts/serve); the native build and every test suite
# need the rest.
BUILD_PACKAGES=(cmake ninja-build python3 python3-fonttools python3-brotli fonts-dejavu-core
  emscripten nodejs node-terser node-qrcode-generator esbuild dpkg-dev ca-certificates)
NATIVE_PACKAGES=(build-essential libsdl2-dev libgl-dev doctest-dev libstb-dev nlohmann-json3-dev libcli11-dev)
TEST_PACKAGES=(chromium xvfb xauth libgl1-mesa-dri clang-14 libclang-rt-14-dev zbar-tools)

# The first Debian archive URI and keyring in the machine's own apt set-up:
# source packages are fetched from the same mirror the machine already uses.
debian_archive_entry() {
  python3 - <<'PY'
import glob, re
entries = []
for path in sorted(glob.glob('/etc/apt/sources.list.d/*.sources')):
    for para in re.split(r'\n\s*\n', open(path).read()):
        fields = {}
        for line in para.splitlines():
            m = re.match(r'^([A-Za-z-]+):\s*(.*)$', line)
            if m: fields[m.group(1).lower()] = m.group(2).strip()
        if 'uris' in fields and 'suites' in fields:
            entries.append((fields['uris'].split()[0], fields['suites'].split(), fields.get('signed-by', '')))
for path in ['/etc/apt/sources.list'] + sorted(glob.glob('/etc/apt/sources.list.d/*.list')):
    try:
        for line in open(path):
            m = re.match(r'^\s*deb\s+(\[[^\]]*\]\s+)?(\S+)\s+(\S+)', line)
            if m: entries.append((m.group(2), [m.group(3)], ''))
    except OSError:
        pass
for uri, suites, keyring in entries:
    if any(re.fullmatch(r'[a-z]+', s) for s in suites) and 'security' not in uri:
        print(uri, keyring or '/usr/share/keyrings/debian-archive-keyring.gpg')
        break
PY
}

# Fetches a Debian source package (name/suite) into .deps/src/<dir>, using a
# private apt configuration so the system's sources stay untouched.
fetch_source_package() {
  local spec=$1 dest=$2
  [ -f "$DEPS_DIR/src/$dest/.complete" ] && return 0
  local apt_dir="$DEPS_DIR/apt"
  if [ ! -f "$apt_dir/.updated" ]; then
    local entry uri keyring
    entry=$(debian_archive_entry)
    [ -n "$entry" ] || { echo "No Debian archive found in the apt configuration" >&2; return 1; }
    uri=${entry% *}; keyring=${entry#* }
    mkdir -p "$apt_dir/lists/partial" "$apt_dir/parts" "$apt_dir/prefs"
    cat >"$apt_dir/sources.list" <<SRC
deb-src [signed-by=$keyring] $uri bookworm main
deb-src [signed-by=$keyring] $uri trixie main
SRC
    log "Reading Debian source package lists"
    apt-get -q $(private_apt_options "$apt_dir") update
    touch "$apt_dir/.updated"
  fi
  local work="$DEPS_DIR/src/.work-$dest"
  rm -rf "$work" "$DEPS_DIR/src/$dest"
  mkdir -p "$work"
  log "Fetching Debian source package $spec"
  (cd "$work" && apt-get -q $(private_apt_options "$apt_dir") source "$spec")
  local unpacked
  unpacked=$(find "$work" -mindepth 1 -maxdepth 1 -type d | head -1)
  mv "$unpacked" "$DEPS_DIR/src/$dest"
  rm -rf "$work"
  touch "$DEPS_DIR/src/$dest/.complete"
}

private_apt_options() {
  local d=$1
  echo "-o Dir::Etc::SourceList=$d/sources.list -o Dir::Etc::SourceParts=$d/parts \
-o Dir::State::Lists=$d/lists -o Dir::Etc::Preferences=$d/prefs/none \
-o Dir::Etc::PreferencesParts=$d/prefs -o APT::Sandbox::User=root"
}

# SDL2 2.26.5 (bookworm) built for Emscripten; Emscripten's own SDL port would
# download from the internet.
# Only video, events and timers: no audio, joystick (and its game-controller
# database), haptics, sensors, power, renderer, locale or filesystem code on
# the page. SDL_LEAN_AND_MEAN drops the software blitters, RLE and YUV code
# (215 KB of wasm, 32 KB gzip) that a WebGL page never calls but the video
# driver's function table keeps alive. The stamp holds the options, so
# changing them rebuilds SDL.
SDL2_WASM_OPTIONS=(-DSDL_SHARED=OFF -DSDL_STATIC=ON -DSDL_TEST=OFF -DSDL_AUDIO=OFF -DSDL_JOYSTICK=OFF
  -DSDL_HAPTIC=OFF -DSDL_HIDAPI=OFF -DSDL_SENSOR=OFF -DSDL_POWER=OFF -DSDL_RENDER=OFF -DSDL_LOCALE=OFF
  -DSDL_MISC=OFF -DSDL_FILESYSTEM=OFF -DCMAKE_C_FLAGS=-DSDL_LEAN_AND_MEAN=1)
ensure_sdl2_wasm() {
  local prefix="$DEPS_DIR/sdl2-wasm"
  [ -f "$prefix/.complete" ] && [ "$(cat "$prefix/.complete")" = "${SDL2_WASM_OPTIONS[*]}" ] && return 0
  fetch_source_package libsdl2/bookworm sdl2
  log "Building SDL2 for WebAssembly (a few minutes, once)"
  rm -rf "$DEPS_DIR/sdl2-wasm-build" "$prefix"
  emcmake cmake -S "$DEPS_DIR/src/sdl2" -B "$DEPS_DIR/sdl2-wasm-build" -G Ninja \
    -DCMAKE_BUILD_TYPE=Release "${SDL2_WASM_OPTIONS[@]}" -DCMAKE_INSTALL_PREFIX="$prefix" >/dev/null
  cmake --build "$DEPS_DIR/sdl2-wasm-build" -j "$JOBS" >/dev/null
  cmake --install "$DEPS_DIR/sdl2-wasm-build" >/dev/null
  rm -rf "$DEPS_DIR/sdl2-wasm-build"
  echo "${SDL2_WASM_OPTIONS[*]}" >"$prefix/.complete"
}

ensure_imgui_source() {
  fetch_source_package imgui/trixie imgui
}

# The WebAssembly release build of the app, in build/wasm; the page is build/wasm/site.
build_wasm() {
  ensure_packages "${BUILD_PACKAGES[@]}"
  ensure_sdl2_wasm
  ensure_imgui_source
  log "Building the WebAssembly app"
  if [ ! -f "$BUILD_DIR/wasm/build.ninja" ]; then
    emcmake cmake -S "$REPO_ROOT" -B "$BUILD_DIR/wasm" -G Ninja -DCMAKE_BUILD_TYPE=Release \
      -DDZB_IMGUI_DIR="$DEPS_DIR/src/imgui" -DSDL2_DIR="$DEPS_DIR/sdl2-wasm/lib/cmake/SDL2" >/dev/null
  fi
  cmake --build "$BUILD_DIR/wasm" -j "$JOBS"
}

# The doctest suites compiled to WebAssembly (not part of the page's build).
build_wasm_tests() {
  ensure_packages doctest-dev
  build_wasm
  cmake --build "$BUILD_DIR/wasm" -j "$JOBS" --target chem_tests app_tests
}

build_native() {
  ensure_packages "${BUILD_PACKAGES[@]}" "${NATIVE_PACKAGES[@]}"
  ensure_imgui_source
  log "Building the native app, CLI and tests"
  if [ ! -f "$BUILD_DIR/native/build.ninja" ]; then
    cmake -S "$REPO_ROOT" -B "$BUILD_DIR/native" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DDZB_IMGUI_DIR="$DEPS_DIR/src/imgui" >/dev/null
  fi
  cmake --build "$BUILD_DIR/native" -j "$JOBS"
}

# npm: Debian's package unless the machine already has one (an installed
# Node.js from elsewhere would conflict with Debian's npm).
ensure_npm() {
  if ! command -v node >/dev/null 2>&1; then ensure_packages nodejs; fi
  if ! command -v npm >/dev/null 2>&1; then ensure_packages npm; fi
}

# playwright-core from the npm registry, as pinned by package-lock.json. The
# pin stays on a release that runs on Debian bookworm's Node.js 18.
ensure_npm_packages() {
  ensure_npm
  local stamp="$REPO_ROOT/node_modules/.installed-lock"
  if [ -f "$stamp" ] && cmp -s "$stamp" "$REPO_ROOT/package-lock.json"; then return 0; fi
  log "Installing npm packages (playwright-core)"
  (cd "$REPO_ROOT" && npm ci --no-audit --no-fund --loglevel=error)
  cp "$REPO_ROOT/package-lock.json" "$stamp"
}
