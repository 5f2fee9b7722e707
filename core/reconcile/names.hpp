// Plain words for what a reconcile reports, in the project's language: the name of an item ("Kari Nordmann",
// "Kari Nordmann → Ola Hansen (Kartlegging våren 2026)"), of a field ("årsverk"), and of a value (a unit's name
// for a unitId, "ukentlig" for frequency 3, "ja" for true). Names are looked up in BASE, then MINE, then THEIRS: an
// item both renamed is named as both knew it, and an item deleted on one side is still named. The words are the
// messages reconcile.* (docs/messages.md).
#pragma once
#include <string>
#include <unordered_map>
#include <vector>

#include "base/json.hpp"
#include "base/lang.hpp"

namespace bosam::reconcile {

class Namer {
 public:
  // O(size of the three documents): one hash map of names per list.
  Namer(const json& base, const json& mine, const json& theirs, Lang lang);

  // The plain name of an item of `kind` from its key (keys.hpp key_json).
  std::string item(const std::string& kind, const json& key) const;
  // A field of an item of `kind` ("fte" of a person: "årsverk"; "thresholds.rareFrequency": the threshold's name).
  std::string field(const std::string& kind, const std::string& field) const;
  // A value of that field in words; null is "(tomt)".
  std::string value(const std::string& field, const json& v) const;
  // The name of the thing with `id` of `kind` (unit, person, function, targetGroup, wave); the id when unknown.
  std::string named(const std::string& kind, const std::string& id) const;
  // A count of items of `kind` in words: "2 personer".
  std::string count(const std::string& kind, long long n) const;

  Lang lang() const { return lang_; }

 private:
  std::unordered_map<std::string, std::unordered_map<std::string, std::string>> names_;  // kind -> id -> name
  Lang lang_;
};

}  // namespace bosam::reconcile
