# Turns a data file into a C++ source defining `std::string_view <SYMBOL>()` that returns its bytes.
# Run as: cmake -DINPUT=… -DOUTPUT=… -DSYMBOL=… -P embed.cmake (from an add_custom_command, so edits rebuild).
file(READ "${INPUT}" hex HEX)
string(LENGTH "${hex}" hexlen)
math(EXPR size "${hexlen} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${hex}")
string(REGEX REPLACE "(('\\\\x[0-9a-f][0-9a-f]',){24})" "\\1\n  " bytes "${bytes}")
file(WRITE "${OUTPUT}" "// Generated from ${INPUT} by cmake/embed.cmake; do not edit.\n"
  "#include <string_view>\n"
  "namespace bosam::embedded {\n"
  "static const char ${SYMBOL}_data[] = {\n  ${bytes}'\\0'};\n"
  "std::string_view ${SYMBOL}() { return std::string_view(${SYMBOL}_data, ${size}); }\n"
  "}  // namespace bosam::embedded\n")
