# Runs the built la-check on samples and checks the exit status a script would see (0, 1, 2).
function(expect_status expected)
  execute_process(COMMAND ${LA_CHECK} ${ARGN} RESULT_VARIABLE status OUTPUT_QUIET ERROR_QUIET)
  if(NOT status EQUAL expected)
    message(FATAL_ERROR "la-check ${ARGN}: exit status ${status}, expected ${expected}")
  endif()
endfunction()

set(samples ${SOURCE_DIR}/assets/samples)
expect_status(0 ${samples}/semester-two-terms.json ${samples}/blended-bip.json)
expect_status(1 ${samples}/semester-two-terms.json ${samples}/semester-typical-mistakes.json)
expect_status(2 ${samples}/semester-typical-mistakes.json ${SOURCE_DIR}/README.md)
expect_status(64)
# EWP XML: read and converted by the same binary.
set(ewp ${SOURCE_DIR}/tests/fixtures/ewp/examples)
expect_status(2 ${ewp}/ola-dashboard/Ex2.xml)
expect_status(0 --to ewp-xml ${samples}/semester-two-terms.json)
expect_status(1 --to ewp-xml ${samples}/doctoral-research-stay.json)
expect_status(0 --to json ${ewp}/get-response-example.xml)
