# GitHub conformance: the traffic our tests send to their GitHub stand-ins, judged by GitHub's own
# published descriptions (tests/github/README.md). include()d from tests/CMakeLists.txt.
#
# Tests that talk to a GitHub test server call insights_github_logged(<test>) (after the test's own
# set_tests_properties(... ENVIRONMENT ...), which would replace what it appends): they then run after
# github_conformance_reset (which empties both logs) and before the two checks, and get
# INSIGHTS_GITHUB_GRAPHQL_LOG / INSIGHTS_GITHUB_REST_LOG in their environment; the servers append one
# JSON line per GraphQL document / REST exchange to those files.
#
# The checkers need tests/github/node_modules (scripts/install-test-engine.sh). Without node the
# tests are not defined and insights_github_logged() does nothing.

set(INSIGHTS_GITHUB_GRAPHQL_LOG "${CMAKE_BINARY_DIR}/github-conformance/graphql.jsonl"
    CACHE FILEPATH "GraphQL documents the GitHub test servers saw (one JSON line each)")
set(INSIGHTS_GITHUB_REST_LOG "${CMAKE_BINARY_DIR}/github-conformance/rest.jsonl"
    CACHE FILEPATH "REST exchanges the GitHub test servers saw (one JSON line each)")

find_program(INSIGHTS_NODE_EXECUTABLE NAMES node nodejs)

set(_insights_github_dir "${PROJECT_SOURCE_DIR}/tests/github")

if(INSIGHTS_NODE_EXECUTABLE)
  add_test(NAME github_conformance_selftest
    COMMAND ${INSIGHTS_NODE_EXECUTABLE} ${_insights_github_dir}/selftest.js
    WORKING_DIRECTORY ${_insights_github_dir})
  set_tests_properties(github_conformance_selftest PROPERTIES LABELS github TIMEOUT 180)

  # The logs' folders exist from configure time on; the servers only ever append.
  get_filename_component(_insights_github_graphql_dir "${INSIGHTS_GITHUB_GRAPHQL_LOG}" DIRECTORY)
  get_filename_component(_insights_github_rest_dir "${INSIGHTS_GITHUB_REST_LOG}" DIRECTORY)
  file(MAKE_DIRECTORY "${_insights_github_graphql_dir}" "${_insights_github_rest_dir}")
  add_test(NAME github_conformance_reset
    COMMAND ${CMAKE_COMMAND} -E rm -f ${INSIGHTS_GITHUB_GRAPHQL_LOG} ${INSIGHTS_GITHUB_REST_LOG})
  set_tests_properties(github_conformance_reset PROPERTIES
    LABELS github TIMEOUT 30 FIXTURES_SETUP github_log)

  add_test(NAME github_graphql_conformance
    COMMAND ${INSIGHTS_NODE_EXECUTABLE} ${_insights_github_dir}/validate-graphql.js ${INSIGHTS_GITHUB_GRAPHQL_LOG}
    WORKING_DIRECTORY ${_insights_github_dir})
  set_tests_properties(github_graphql_conformance PROPERTIES
    LABELS github TIMEOUT 300 FIXTURES_CLEANUP github_log SKIP_RETURN_CODE 77)

  add_test(NAME github_openapi_conformance
    COMMAND ${INSIGHTS_NODE_EXECUTABLE} ${_insights_github_dir}/check-openapi.js ${INSIGHTS_GITHUB_REST_LOG}
    WORKING_DIRECTORY ${_insights_github_dir})
  set_tests_properties(github_openapi_conformance PROPERTIES
    LABELS github TIMEOUT 300 FIXTURES_CLEANUP github_log SKIP_RETURN_CODE 77)
endif()

# insights_github_logged(TEST): TEST logs its GitHub traffic for the two conformance checks.
function(insights_github_logged testname)
  if(NOT INSIGHTS_NODE_EXECUTABLE)
    return()
  endif()
  set_property(TEST ${testname} APPEND PROPERTY FIXTURES_REQUIRED github_log)
  set_property(TEST ${testname} APPEND PROPERTY ENVIRONMENT
    "INSIGHTS_GITHUB_GRAPHQL_LOG=${INSIGHTS_GITHUB_GRAPHQL_LOG}"
    "INSIGHTS_GITHUB_REST_LOG=${INSIGHTS_GITHUB_REST_LOG}")
endfunction()
