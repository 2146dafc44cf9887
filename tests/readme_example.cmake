# readme_example.cmake -- the README shows what `credence score --format text`
# prints for the bundled example article; this keeps that block true. It runs
# the command from the source folder, as the README does, and fails with the
# output it got when the README's block differs.
# Run with -DCLI=<credence binary> -DSOURCE=<source dir>.
execute_process(COMMAND ${CLI} score --format text examples/article.txt
                WORKING_DIRECTORY ${SOURCE} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "credence score failed (${rc}): ${err}")
endif()
string(STRIP "${out}" out) # the report ends on a blank line; the block does not
file(READ ${SOURCE}/README.md readme)
string(FIND "${readme}" "```\n${out}\n```" at)
if(at EQUAL -1)
  message(FATAL_ERROR "README.md does not show this output of the example:\n${out}")
endif()
