# The graphical app: Dear ImGui + SDL2, WebGL2 in the browser, OpenGL 3 on the desktop.

# --- Dear ImGui (third-party: built without our warning flags) -------------------
add_library(dzb_imgui STATIC
  ${DZB_IMGUI_DIR}/imgui.cpp ${DZB_IMGUI_DIR}/imgui_draw.cpp ${DZB_IMGUI_DIR}/imgui_tables.cpp
  ${DZB_IMGUI_DIR}/imgui_widgets.cpp ${DZB_IMGUI_DIR}/backends/imgui_impl_sdl2.cpp
  ${DZB_IMGUI_DIR}/backends/imgui_impl_opengl3.cpp)
target_include_directories(dzb_imgui SYSTEM PUBLIC ${DZB_IMGUI_DIR} ${DZB_IMGUI_DIR}/backends)
# No .ini file and no file dialogs: state lives in the app (URL, localStorage).
target_compile_definitions(dzb_imgui PUBLIC IMGUI_DISABLE_FILE_FUNCTIONS IMGUI_DISABLE_OBSOLETE_FUNCTIONS)
if(EMSCRIPTEN)
  # The metrics window and debug log are for developing ImGui itself: not shipped.
  target_compile_definitions(dzb_imgui PUBLIC IMGUI_DISABLE_DEBUG_TOOLS)
else()
  # Dear ImGui's item hooks, read by the form-coverage test: native only, the
  # page does not carry them. Defined beside Dear ImGui, which calls them.
  target_compile_definitions(dzb_imgui PUBLIC IMGUI_ENABLE_TEST_ENGINE)
  target_sources(dzb_imgui PRIVATE ${CMAKE_SOURCE_DIR}/src/ui/item_probe.cpp)
  target_include_directories(dzb_imgui PRIVATE ${CMAKE_SOURCE_DIR}/src)
endif()

if(EMSCRIPTEN)
  find_package(SDL2 CONFIG REQUIRED)  # our own build of Debian's SDL2 source, see scripts/lib
  target_link_libraries(dzb_imgui PUBLIC SDL2::SDL2-static)
else()
  find_package(SDL2 REQUIRED)
  target_include_directories(dzb_imgui SYSTEM PUBLIC ${SDL2_INCLUDE_DIRS})
  target_link_libraries(dzb_imgui PUBLIC ${SDL2_LIBRARIES} ${CMAKE_DL_LIBS})
endif()

# --- the UI font: a Debian TTF subset to the characters we draw, embedded --------
set(DZB_FONT_TTF "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf" CACHE FILEPATH "UI font (fonts-dejavu-core)")
# fontTools comes from Debian's python3-fonttools, which only the system python
# sees; a python3 earlier on PATH (pyenv, venv) may lack it.
if(NOT DZB_FONT_PYTHON)
  find_program(path_python3 python3)
  foreach(candidate ${path_python3} /usr/bin/python3)
    execute_process(COMMAND ${candidate} -c "import fontTools.subset" RESULT_VARIABLE no_fonttools
                    OUTPUT_QUIET ERROR_QUIET)
    if(no_fonttools EQUAL 0)
      set(DZB_FONT_PYTHON ${candidate} CACHE FILEPATH "python3 with fontTools")
      break()
    endif()
  endforeach()
endif()
if(NOT DZB_FONT_PYTHON)
  message(FATAL_ERROR "No python3 with fontTools: install Debian's python3-fonttools")
endif()
set(DZB_FONT_CPP ${CMAKE_BINARY_DIR}/generated/ui_font_data.cpp)
add_custom_command(
  OUTPUT ${DZB_FONT_CPP}
  COMMAND ${DZB_FONT_PYTHON} ${CMAKE_SOURCE_DIR}/scripts/tools/embed_font.py
          --font ${DZB_FONT_TTF} --out ${DZB_FONT_CPP}
  DEPENDS ${CMAKE_SOURCE_DIR}/scripts/tools/embed_font.py ${DZB_FONT_TTF}
  COMMENT "Subsetting and embedding the UI font")

# --- views and the platform layer ------------------------------------------------
file(GLOB DZB_UI_SOURCES CONFIGURE_DEPENDS src/ui/*.cpp)
list(REMOVE_ITEM DZB_UI_SOURCES ${CMAKE_SOURCE_DIR}/src/ui/item_probe.cpp)  # in dzb_imgui, above
add_library(dzb_ui STATIC ${DZB_UI_SOURCES} ${DZB_FONT_CPP})
target_link_libraries(dzb_ui PUBLIC dzb_app dzb_imgui)
target_compile_options(dzb_ui PRIVATE ${DZB_WARNINGS})

if(EMSCRIPTEN)
  set(DZB_PLATFORM_SOURCES src/platform/app_loop.cpp src/platform/web_main.cpp src/platform/web_host.cpp
                           src/platform/page_bridge.cpp
                           src/platform/renderer_webgl.cpp src/platform/link_trims.cpp)
else()
  set(DZB_PLATFORM_SOURCES src/platform/app_loop.cpp src/platform/desktop_main.cpp src/platform/desktop_host.cpp
                           src/platform/renderer_desktop.cpp)
endif()
add_executable(diazepane-bench-app ${DZB_PLATFORM_SOURCES})
target_link_libraries(diazepane-bench-app PRIVATE dzb_ui)
target_compile_options(diazepane-bench-app PRIVATE ${DZB_WARNINGS})
if(NOT EMSCRIPTEN)
  # Plot images on the desktop: Debian's libstb-dev (stb_image_write, deflate).
  # The page hands its pixels to the browser's own PNG encoder instead.
  target_link_libraries(diazepane-bench-app PRIVATE stb)
endif()

if(EMSCRIPTEN)
  set_target_properties(diazepane-bench-app PROPERTIES OUTPUT_NAME diazepane-bench SUFFIX .js)
  # Shared with the bare baseline page of scripts/bench, so the two compare fairly.
  set(DZB_WEB_LINK_OPTIONS
    -sUSE_WEBGL2=1 -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2 -sMALLOC=emmalloc -sNO_FILESYSTEM=1
    -sDISABLE_EXCEPTION_CATCHING=1 -sALLOW_MEMORY_GROWTH=1 -sINITIAL_MEMORY=16MB
    -sEXPORTED_RUNTIME_METHODS=[] -sENVIRONMENT=web -sDYNAMIC_EXECUTION=0
    -sGL_TRACK_ERRORS=0 -sGL_SUPPORT_AUTOMATIC_ENABLE_EXTENSIONS=0 -sHTML5_SUPPORT_DEFERRING_USER_SENSITIVE_REQUESTS=0
    $<$<CONFIG:Release>:-Oz> $<$<CONFIG:Release>:--closure=0>)
  target_link_options(diazepane-bench-app PRIVATE ${DZB_WEB_LINK_OPTIONS}
                      -Wl,--wrap=_ZN11ImFontAtlas14AddFontDefaultEPK12ImFontConfig -Wl,--wrap=eglGetProcAddress)
  target_compile_options(dzb_imgui PRIVATE $<$<CONFIG:Release>:-Oz>)
  target_compile_options(dzb_ui PRIVATE $<$<CONFIG:Release>:-Oz>)
  # The page: our shell, styles, icons and the two build outputs, side by
  # side, stamped with the build's version. Rebuilt when any of them changes.
  file(GLOB DZB_WEB_PAGE_FILES LIST_DIRECTORIES false CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/web/*)
  file(GLOB DZB_WEB_MODULES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/web/js/*.js)
  file(GLOB DZB_ICON_FILES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/assets/icons/*)
  set(site ${CMAKE_BINARY_DIR}/site)
  # The page's script: the modules of web/js bundled by Debian's esbuild into
  # app.js (what the first frame needs) and app-later.js (fetched after it),
  # classic scripts, so the offline file can inline them.
  find_program(DZB_ESBUILD esbuild REQUIRED)
  set(page_scripts ${CMAKE_BINARY_DIR}/page-scripts)
  add_custom_command(
    OUTPUT ${page_scripts}/app.js ${page_scripts}/app-later.js
    COMMAND ${DZB_ESBUILD} ${CMAKE_SOURCE_DIR}/web/js/main.js --bundle --format=iife --target=es2020
            --log-level=warning --outfile=${page_scripts}/app.js
    COMMAND ${DZB_ESBUILD} ${CMAKE_SOURCE_DIR}/web/js/later.js --bundle --format=iife --target=es2020
            --log-level=warning --outfile=${page_scripts}/app-later.js
    DEPENDS ${DZB_WEB_MODULES}
    COMMENT "Bundling web/js into app.js and app-later.js")
  # Debian's nodejs (and node-terser) minify the page's scripts.
  find_program(DZB_NODE NAMES node nodejs REQUIRED)
  # The bench card's QR code: Debian's node-qrcode-generator, copied into the
  # site and loaded after the first frame (it is not part of the first paint).
  set(DZB_QRCODE_JS /usr/share/nodejs/qrcode-generator/qrcode.js)
  if(NOT EXISTS ${DZB_QRCODE_JS})
    message(FATAL_ERROR "${DZB_QRCODE_JS} is missing: install Debian's node-qrcode-generator")
  endif()
  # PNG icons for "Add to Home Screen" (iOS takes no SVG), drawn from the SVG's shapes.
  set(png_icons ${CMAKE_BINARY_DIR}/png-icons)
  add_custom_command(
    OUTPUT ${png_icons}/apple-touch-icon.png ${png_icons}/icon-192.png
    COMMAND ${DZB_FONT_PYTHON} ${CMAKE_SOURCE_DIR}/scripts/tools/touch_icon.py ${png_icons}
    DEPENDS ${CMAKE_SOURCE_DIR}/scripts/tools/touch_icon.py
    COMMENT "Drawing the home-screen icons")
  add_custom_command(
    OUTPUT ${site}/.assembled
    COMMAND ${CMAKE_COMMAND} -E make_directory ${site}/icons
    COMMAND ${CMAKE_COMMAND} -E copy ${DZB_WEB_PAGE_FILES} ${site}/
    COMMAND ${CMAKE_COMMAND} -E copy_directory ${CMAKE_SOURCE_DIR}/assets/icons ${site}/icons
    COMMAND ${CMAKE_COMMAND} -E copy ${png_icons}/apple-touch-icon.png ${png_icons}/icon-192.png ${site}/icons/
    COMMAND ${CMAKE_COMMAND} -E copy $<TARGET_FILE_DIR:diazepane-bench-app>/diazepane-bench.js
            $<TARGET_FILE_DIR:diazepane-bench-app>/diazepane-bench.wasm ${site}/
    COMMAND ${CMAKE_COMMAND} -E copy ${DZB_QRCODE_JS} ${site}/qrcode.js
    COMMAND ${CMAKE_COMMAND} -DSITE=${site} -DSOURCE=${CMAKE_SOURCE_DIR}/web -DPAGE_SCRIPTS=${page_scripts}
            -P ${CMAKE_SOURCE_DIR}/cmake/stamp_version.cmake
    COMMAND ${DZB_NODE} ${CMAKE_SOURCE_DIR}/scripts/tools/minify_js.cjs ${site}
    COMMAND ${DZB_FONT_PYTHON} ${CMAKE_SOURCE_DIR}/scripts/tools/single_file.py ${site}
            diazepane-bench-offline.html
    COMMAND ${DZB_FONT_PYTHON} ${CMAKE_SOURCE_DIR}/scripts/tools/precompress.py ${site}
    COMMAND ${CMAKE_COMMAND} -E touch ${site}/.assembled
    DEPENDS diazepane-bench-app ${DZB_WEB_PAGE_FILES} ${page_scripts}/app.js ${DZB_ICON_FILES} ${png_icons}/apple-touch-icon.png ${png_icons}/icon-192.png ${CMAKE_SOURCE_DIR}/cmake/stamp_version.cmake
            ${CMAKE_SOURCE_DIR}/scripts/tools/precompress.py ${CMAKE_SOURCE_DIR}/scripts/tools/single_file.py
            ${CMAKE_SOURCE_DIR}/scripts/tools/minify_js.cjs ${DZB_QRCODE_JS}
    COMMENT "Assembling the page in build/.../site")
  add_custom_target(site ALL DEPENDS ${site}/.assembled)

  # The bench's baseline: a bare ImGui + SDL2 page with the same flags (built on demand).
  add_executable(bare-imgui-page EXCLUDE_FROM_ALL tests/bench/bare/bare_page.cpp)
  set_target_properties(bare-imgui-page PROPERTIES OUTPUT_NAME bare SUFFIX .js)
  target_link_libraries(bare-imgui-page PRIVATE dzb_imgui)
  target_compile_options(bare-imgui-page PRIVATE ${DZB_WARNINGS} $<$<CONFIG:Release>:-Oz>)
  target_link_options(bare-imgui-page PRIVATE ${DZB_WEB_LINK_OPTIONS})
  set(bare_site ${CMAKE_BINARY_DIR}/bare-site)
  add_custom_target(bare-site
    COMMAND ${CMAKE_COMMAND} -E make_directory ${bare_site}
    COMMAND ${CMAKE_COMMAND} -E copy ${CMAKE_SOURCE_DIR}/tests/bench/bare/index.html
            $<TARGET_FILE_DIR:bare-imgui-page>/bare.js $<TARGET_FILE_DIR:bare-imgui-page>/bare.wasm ${bare_site}/
    COMMAND ${DZB_FONT_PYTHON} ${CMAKE_SOURCE_DIR}/scripts/tools/precompress.py ${bare_site}
    DEPENDS bare-imgui-page)
else()
  find_package(OpenGL REQUIRED)
  target_link_libraries(diazepane-bench-app PRIVATE OpenGL::GL)
endif()

# --- the theme's contrast, checked on the palette (native: the colours are the same on the page)
# and the font subset, checked against the characters written in the sources
if(NOT EMSCRIPTEN)
  dzb_add_suite(ui_tests "tests/ui/*.cpp")
  target_link_libraries(ui_tests PRIVATE dzb_ui)
  add_test(NAME ui_tests COMMAND ui_tests)
  add_test(NAME font_coverage COMMAND ${DZB_FONT_PYTHON} ${CMAKE_SOURCE_DIR}/scripts/tools/check_font_coverage.py
                                      ${CMAKE_SOURCE_DIR})
endif()
