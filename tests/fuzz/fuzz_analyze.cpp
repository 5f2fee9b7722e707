// libFuzzer: analysis of any project that validates, with options taken from the first four bytes (weighted,
// reciprocated, minFrequency, wave, group layout, seed, and sometimes a tiny exactLimit so the sampled path
// measures run too). Projects over 300 actors are skipped to keep each run fast. Invariants: no crash, no
// exception (the analysis never throws on a valid project), every number finite, and api::analyze gives an
// ok envelope for the same input (checked for one input in four: it repeats the whole analysis).
#include "api/analysis_json.hpp"
#include "api/api.hpp"
#include "fuzz_common.hpp"
#include "model/project.hpp"
#include "schema/door.hpp"
#include "sna/analyze.hpp"

using namespace bosam;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 4) return 0;
  const std::uint8_t b0 = data[0], b1 = data[1], b2 = data[2], b3 = data[3];
  const std::string text(reinterpret_cast<const char*>(data + 4), size - 4);
  const LoadResult loaded = load_project(text, Lang::en);
  if (!loaded.doc) return 0;
  const model::Project project = model::from_json(*loaded.doc);
  if (project.actors.size() > 300) return 0;

  sna::AnalysisOptions opt;
  opt.weighted = b0 & 1;
  opt.reciprocated = b0 & 2;
  opt.groupLayout = b0 & 4;
  opt.minFrequency = 1 + (b0 >> 3) % 4;
  opt.seed = b2;
  if (b3 & 1) {  // exercise the sampled estimates on small networks
    opt.exactLimit = 1 + (b3 >> 1) % 8;
    opt.sampleSources = 1 + (b3 >> 4);
  }
  json options = {{"lang", "en"},
                  {"weighted", opt.weighted},
                  {"reciprocated", opt.reciprocated},
                  {"groupLayout", opt.groupLayout},
                  {"minFrequency", opt.minFrequency},
                  {"seed", opt.seed},
                  {"exactLimit", opt.exactLimit},
                  {"sampleSources", opt.sampleSources}};
  // b1 picks a wave, or (one more choice) none: the latest.
  if (!project.waves.empty() && b1 % (project.waves.size() + 1) < project.waves.size()) {
    opt.waveId = project.waves[b1 % (project.waves.size() + 1)].id;
    options["waveId"] = opt.waveId;
  }

  const json result = api::analysis_document(project, opt, Lang::en);
  std::string where;
  fuzz::require(fuzz::all_finite(result, &where), "a measure or a finding holds a number that is not finite", where);

  if (b3 & 6) return 0;
  const json env = fuzz::require_envelope(api::analyze(text, options.dump()));
  fuzz::require(env["ok"].get<bool>(), "analyze refused a valid project", env.dump().substr(0, 2000));
  return 0;
}
