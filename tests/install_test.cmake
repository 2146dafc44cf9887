# install_test.cmake -- installs the build into a scratch prefix and builds the
# embedding example against it the way a user would: with pkg-config; then,
# when PYTHON is given, scores through the installed Python module.
# Run with -DBUILD=<build dir> -DSOURCE=<source dir> -DCC=<compiler> [-DPYTHON=<python3>].
set(prefix ${BUILD}/install-test)
file(REMOVE_RECURSE ${prefix})
execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD} --prefix ${prefix}
                RESULT_VARIABLE rc OUTPUT_QUIET)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cmake --install failed")
endif()
file(GLOB_RECURSE pc ${prefix}/*/credence.pc)
foreach(f include/credence.h bin/credence share/credence/scripts/default.lua share/man/man1/credence.1
          share/credence/python/credence.py)
  if(NOT EXISTS ${prefix}/${f})
    message(FATAL_ERROR "not installed: ${f}")
  endif()
endforeach()
if(NOT pc)
  message(FATAL_ERROR "credence.pc is not installed")
endif()
get_filename_component(pcdir ${pc} DIRECTORY)
set(ENV{PKG_CONFIG_PATH} ${pcdir})
execute_process(COMMAND pkg-config --cflags --libs credence OUTPUT_VARIABLE flags RESULT_VARIABLE rc
                OUTPUT_STRIP_TRAILING_WHITESPACE)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "pkg-config does not know credence")
endif()
separate_arguments(flags UNIX_COMMAND "${flags}")
execute_process(COMMAND ${CC} ${SOURCE}/examples/embed.c -o ${prefix}/embed ${flags}
                RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "building against the installed library failed: ${err}")
endif()
get_filename_component(libdir ${pcdir} DIRECTORY)
set(ENV{LD_LIBRARY_PATH} ${libdir})
execute_process(COMMAND ${prefix}/embed RESULT_VARIABLE rc OUTPUT_VARIABLE out)
if(NOT rc EQUAL 0 OR NOT out MATCHES "score")
  message(FATAL_ERROR "the installed example did not run (${rc}): ${out}")
endif()
message("installed and built against with pkg-config: ${out}")
if(PYTHON)
  # The module finds the installed library by itself.
  unset(ENV{CREDENCE_LIB})
  unset(ENV{LD_LIBRARY_PATH})
  execute_process(COMMAND ${PYTHON} -c
                  "import sys; sys.path.insert(0, '${prefix}/share/credence/python'); import credence; r = credence.Engine().score('A military source said at least 400 died.'); print('python: score', r['score'], r['grade'])"
                  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0 OR NOT out MATCHES "python: score")
    message(FATAL_ERROR "the installed Python module did not score (${rc}): ${out}${err}")
  endif()
  message("${out}")
endif()
