// Benchmark of the core on a generated agreement with 200 components: the bare nlohmann parse of
// the file (the baseline), read + model + full check, and their ratio, measured in the same run;
// the same for the agreement as EWP XML, against a bare pugixml parse of it.
// Not a timed test: it prints figures (bench/run.sh runs it natively and as wasm under Node).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>
#include <pugixml.hpp>

#include "core/checker.hpp"
#include "core/content_hash.hpp"
#include "core/ewp_xml.hpp"
#include "core/json_codec.hpp"

namespace {

using Clock = std::chrono::steady_clock;

la::Component course(int index, int term) {
  la::Component component;
  component.los_code = "BENCH-" + std::to_string(1000 + index);
  component.title = "Generated course number " + std::to_string(index) + ": Łódź, Ελληνικά, Русский";
  component.term_id = la::TermId{term, 2, {}};
  component.credits = std::vector<la::Credit>{la::Credit{"ects", 5.0 + index % 3, {}}};
  return component;
}

// A complete, plausible semester agreement whose Table A holds `components` components; when
// `signed_by_all`, the three parties' signatures carry content hashes that the check verifies (LA-703).
std::string generated_agreement(int components, bool signed_by_all) {
  la::Agreement agreement;
  agreement.mobility_type = "semester";
  agreement.omobility_id = "BENCH-1";
  for (auto* hei : {&agreement.sending_hei, &agreement.receiving_hei}) {
    la::Institution& institution = hei->emplace();
    institution.hei_id = hei == &agreement.sending_hei ? "utwente.nl" : "uw.edu.pl";
    institution.erasmus_code = hei == &agreement.sending_hei ? "NL ENSCHED01" : "PL WARSZAW01";
    institution.country_code = hei == &agreement.sending_hei ? "NL" : "PL";
    institution.contact_person = la::ContactPerson{"Anna", "Kowalska", "anna.kowalska@uw.example", {}};
  }
  agreement.receiving_academic_year_id = "2026/2027";
  agreement.student = la::Student{"Łukasz", "Żółć", "urn:schac:personalUniqueCode:int:esi:utwente.nl:s1", "2003-04-17",
                                  "PL", 1, "l.zolc@student.utwente.example", {}};
  agreement.start_date = "2026-09";
  agreement.end_date = "2027-06";
  agreement.eqf_level_studied_at_departure = 7;
  agreement.isced_f_code = "0613";
  agreement.student_language_skill = la::LanguageSkill{"en", "B2", {}};
  agreement.provisions_url = "https://www.utwente.example/provisions";
  la::ComponentsList& first = agreement.first_version.emplace();
  first.components_studied.emplace();
  first.components_recognized.emplace();
  for (int i = 0; i < components; ++i) first.components_studied->push_back(course(i, 1 + i % 2));
  for (int i = 0; i < 10; ++i) first.components_recognized->push_back(course(5000 + i, 1 + i % 2));
  if (!signed_by_all) return la::write_agreement(agreement);
  std::string hash = la::content_hash(agreement, la::Section::FirstVersion);
  for (auto* signature : {&first.student_signature, &first.sending_hei_signature, &first.receiving_hei_signature}) {
    la::Signature& signed_by = signature->emplace();
    signed_by.signer_name = "Anna Kowalska";
    signed_by.signer_email = "anna.kowalska@uw.example";
    signed_by.timestamp = "2026-05-04T09:03:11+02:00";
    signed_by.content_hash = hash;
  }
  return la::write_agreement(agreement);
}

// Median time of one call, in microseconds, over enough repetitions to be stable.
template <class F>
double median_microseconds(F&& work, int repetitions) {
  for (int i = 0; i < repetitions / 10 + 1; ++i) work();  // warm up
  std::vector<double> times;
  for (int i = 0; i < repetitions; ++i) {
    auto start = Clock::now();
    work();
    times.push_back(std::chrono::duration<double, std::micro>(Clock::now() - start).count());
  }
  std::nth_element(times.begin(), times.begin() + times.size() / 2, times.end());
  return times[times.size() / 2];
}

struct Figures {
  std::size_t bytes;
  double parse_us, check_us;
};

Figures measure(const std::string& text, int repetitions) {
  std::size_t sink = 0;  // keeps the optimiser from dropping the work
  double parse_us = median_microseconds([&] { sink += nlohmann::json::parse(text, nullptr, false).size(); }, repetitions);
  double check_us = median_microseconds([&] {
    la::ReadResult result = la::read_agreement(text);
    sink += la::check_agreement(*result.agreement).size();
  }, repetitions);
  return {sink > 0 ? text.size() : 0, parse_us, check_us};
}

// The agreement as EWP XML: the bare pugixml parse (the baseline) against read_ewp_xml + check.
Figures measure_xml(const std::string& json_text, int repetitions) {
  const std::string xml = la::write_ewp_xml(*la::read_agreement(json_text).agreement).xml;
  std::size_t sink = 0;
  double parse_us = median_microseconds([&] {
    pugi::xml_document document;
    sink += document.load_buffer(xml.data(), xml.size(), pugi::parse_default | pugi::parse_doctype) ? 1 : 0;
  }, repetitions);
  double check_us = median_microseconds([&] {
    la::EwpXmlImport result = la::read_ewp_xml(xml);
    sink += la::check_agreement(*result.agreement).size();
  }, repetitions);
  return {sink > 0 ? xml.size() : 0, parse_us, check_us};
}

void print(const char* what, const Figures& figures) {
  std::printf("  %-34s %7zu bytes  parse %7.1f us  read+check %7.1f us  ratio %5.2f x\n", what, figures.bytes,
              figures.parse_us, figures.check_us, figures.check_us / figures.parse_us);
}

}  // namespace

int main(int argc, char** argv) {
  const int kComponents = 200;
  const int kRepetitions = 300;
  if (argc > 1 && std::string(argv[1]) == "--print-agreement") {  // for other benchmarks and profiling
    std::fputs(generated_agreement(kComponents, false).c_str(), stdout);
    return 0;
  }
#ifdef __EMSCRIPTEN__
  std::printf("core benchmark, wasm under Node: an agreement with %d components in Table A\n", kComponents);
#else
  std::printf("core benchmark, native: an agreement with %d components in Table A\n", kComponents);
#endif
  print("unsigned draft", measure(generated_agreement(kComponents, false), kRepetitions));
  print("signed by all, 3 hashes verified", measure(generated_agreement(kComponents, true), kRepetitions));
  print("EWP XML (vs pugixml parse)", measure_xml(generated_agreement(kComponents, true), kRepetitions));
  std::printf("  targets: ratio <= 3.00 x; natively read+check < 1000 us\n");
  return 0;
}
