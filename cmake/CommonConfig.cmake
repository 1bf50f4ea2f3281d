# Compile settings shared by every Insights target, carried by an INTERFACE target
# so that each folder's CMakeLists only says what it builds.
add_library(insights_flags INTERFACE)
target_compile_features(insights_flags INTERFACE cxx_std_20)
target_compile_definitions(insights_flags INTERFACE
  QT_USE_QSTRINGBUILDER
  QT_NO_CAST_FROM_BYTEARRAY
  QT_NO_URL_CAST_FROM_STRING
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_NO_FOREACH
  INSIGHTS_VERSION="${PROJECT_VERSION}")
target_compile_options(insights_flags INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
  -Woverloaded-virtual -Wnull-dereference -Wimplicit-fallthrough)
if(INSIGHTS_WERROR OR "$ENV{CI}" STREQUAL "true")
  target_compile_options(insights_flags INTERFACE -Werror)
endif()
