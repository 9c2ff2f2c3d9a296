# Writes the page's HTML and service worker with the build's version (a hash
# of the .js and .wasm), so every file of one build is fetched and cached as a
# set. Run with -DSITE=<site dir> -DSOURCE=<web dir> -DPAGE_SCRIPTS=<dir of the bundled scripts>.
file(SHA256 ${SITE}/diazepane-bench.wasm wasm_hash)
file(SHA256 ${SITE}/diazepane-bench.js js_hash)
string(SHA256 combined "${wasm_hash}${js_hash}")
string(SUBSTRING ${combined} 0 12 DZB_VERSION)
file(SIZE ${SITE}/diazepane-bench.wasm DZB_WASM_BYTES)
# The favicon goes inline: browsers fetch favicons outside the service worker,
# so a file would fail (and log an error) offline.
file(READ ${SOURCE}/../assets/icons/icon.svg icon)
string(REGEX REPLACE "<!--[^>]*-->" "" icon "${icon}")
string(REGEX REPLACE "[\r\n]+ *" " " icon "${icon}")
string(REPLACE "\"" "'" icon "${icon}")
string(REPLACE "#" "%23" icon "${icon}")
string(REPLACE "<" "%3C" icon "${icon}")
string(REPLACE ">" "%3E" icon "${icon}")
set(DZB_FAVICON "data:image/svg+xml,${icon}")
foreach(name index.html sw.js)
  configure_file(${SOURCE}/${name} ${SITE}/${name} @ONLY)
endforeach()
foreach(name app.js app-later.js)
  configure_file(${PAGE_SCRIPTS}/${name} ${SITE}/${name} @ONLY)
endforeach()
