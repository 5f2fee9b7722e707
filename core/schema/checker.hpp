// Small helpers for validating fields of a JSON document while collecting every problem with its path.
// Each helper reports at most one issue per field and never throws.
#pragma once
#include <optional>
#include <string>
#include <unordered_map>

#include "schema/parse.hpp"

namespace bosam {

enum class Kind { string, number, integer, boolean, object, list };

// Ids seen in one list, each with the path of its first use (for duplicate-id messages).
using IdIndex = std::unordered_map<std::string, std::string>;

class Checker {
 public:
  Checker(Lang lang, Issues& out) : lang_(lang), out_(out) {}

  void error(const std::string& path, const std::string& code, const std::vector<std::string>& args = {});
  void warn(const std::string& path, const std::string& code, const std::vector<std::string>& args = {});

  // obj[key] when present with the right kind; nullptr when absent (missing-field if required) or wrong
  // (wrong-type / not-a-list). A JSON null counts as absent for optional fields.
  const json* field(const json& obj, const std::string& objPath, const char* key, Kind kind, bool required);

  // A string field; with nonEmpty, "" or only spaces gives empty-value.
  const std::string* text(const json& obj, const std::string& objPath, const char* key, bool required,
                          bool nonEmpty = false);

  // A number field that must be ≥ 0 (code for negatives given), e.g. FTE.
  std::optional<double> non_negative(const json& obj, const std::string& objPath, const char* key,
                                     const char* negativeCode);

  // For every item of a list of objects with ids: item is an object, id is a non-empty string, ids unique.
  IdIndex ids(const json* list, const std::string& listPath);

  // A field holding an id that must be in `known`; reports `unknownCode` otherwise. Returns the id if valid.
  const std::string* reference(const json& obj, const std::string& objPath, const char* key, const IdIndex& known,
                               const char* unknownCode, bool required);

  // Items of a list that must be objects; returns false (and reports wrong-type) for a non-object item.
  bool item_is_object(const json& item, const std::string& path);

  Lang lang() const { return lang_; }

 private:
  Lang lang_;
  Issues& out_;
};

// The name of a JSON value's type in plain words ("text", "list", …).
std::string kind_name(Kind kind, Lang lang);
std::string value_kind_name(const json& value, Lang lang);

}  // namespace bosam
