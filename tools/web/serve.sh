#!/usr/bin/env bash
# Serves the browser build on http://127.0.0.1:PORT/ (default 8080),
# building it first if target/web/ has none. Only this machine can reach
# it; put target/web/ on any static web server to share it.
# Usage: tools/web/serve.sh [PORT]
set -euo pipefail
cd "$(dirname "$0")/../.."
port="${1:-8080}"
[[ -f target/web/index.html && -f target/web/nnlab_bg.wasm ]] || tools/web/build.sh
echo "nnlab: http://127.0.0.1:$port/   (?lang=ko for Korean; Ctrl+C stops)"
# Python's own server, with the WebAssembly type browsers stream-compile
# (older Pythons guess it from the system's list, which may lack it).
exec python3 - "$port" <<'PY'
import functools, http.server, sys
handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory="target/web")
handler.func.extensions_map = {**handler.func.extensions_map, ".wasm": "application/wasm", ".js": "text/javascript"}
http.server.ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), handler).serve_forever()
PY
