# Runs pcc_data/tools/make_postcode_districts.py and fails unless its output equals the shipped file.
execute_process(COMMAND ${PYTHON} ${SOURCE}/pcc_data/tools/make_postcode_districts.py ${SOURCE}/../shared/reference
                        ${SOURCE}/pcc_data/force_areas.geojson ${OUT}
                RESULT_VARIABLE result ERROR_QUIET)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "make_postcode_districts.py failed (${result})")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files ${OUT} ${SOURCE}/pcc_data/postcode_districts.csv RESULT_VARIABLE differ)
if(NOT differ EQUAL 0)
    message(FATAL_ERROR "pcc_data/postcode_districts.csv differs from what the generator makes: regenerate it")
endif()
