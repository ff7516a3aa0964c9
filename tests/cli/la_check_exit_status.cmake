# Runs the built la-check on samples and checks the exit status a script would see (0, 1, 2, 64, 74).
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
expect_status(1 --to ewp-xml ${samples}/semester-typical-mistakes.json)
expect_status(0 --to json ${ewp}/get-response-example.xml)

# A report that cannot be written is no clean check: a full disk, a closed standard output.
execute_process(COMMAND ${LA_CHECK} ${samples}/semester-two-terms.json OUTPUT_FILE /dev/full
                RESULT_VARIABLE status ERROR_VARIABLE message)
if(NOT status EQUAL 74 OR NOT message MATCHES "^la-check: cannot write the report to standard output: No space left")
  message(FATAL_ERROR "la-check > /dev/full: exit status ${status}, message \"${message}\"")
endif()
execute_process(COMMAND sh -c "exec \"$0\" \"$1\" >&-" ${LA_CHECK} ${samples}/semester-two-terms.json
                RESULT_VARIABLE status ERROR_VARIABLE message)
if(NOT status EQUAL 74 OR NOT message MATCHES "^la-check: cannot write the report to standard output")
  message(FATAL_ERROR "la-check >&-: exit status ${status}, message \"${message}\"")
endif()
