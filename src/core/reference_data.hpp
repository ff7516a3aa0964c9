// Reference data the rules and pickers use, loaded once from the assets embedded at build time:
// ISO 3166-1 countries and ISO 639-1 languages (Debian iso-codes), ISCED-F 2013, CEFR, EQF,
// programme countries, Erasmus code prefixes and EWP reason codes (assets/reference/README.md).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace la {

struct CodeName {
  std::string code;
  std::string name;    // English
  std::string common;  // the name in common use where it differs ("Vietnam"), else empty
};

enum class IscedLevel { Broad, Narrow, Detailed };
struct IscedField {
  std::string code;
  IscedLevel level;
  std::string name;
};

enum class ReasonCodeUse { Unknown, DeleteOnly, InsertOnly };

class ReferenceData {
 public:
  // The data embedded in this build. Loaded on first use; never fails for a correct build
  // (a test proves every asset loads).
  static const ReferenceData& embedded();

  bool is_country(std::string_view alpha2) const;
  bool is_language(std::string_view alpha2) const;
  bool is_cefr_level(std::string_view code) const;
  bool is_programme_country(std::string_view alpha2) const;
  const IscedField* isced_field(std::string_view code) const;
  // Country (ISO 3166-1) of an Erasmus code prefix without its padding ("D", "PL", "IRL").
  std::optional<std::string_view> erasmus_prefix_country(std::string_view prefix) const;
  ReasonCodeUse reason_code_use(std::string_view code) const;

  // For pickers, in the sources' order.
  const std::vector<CodeName>& countries() const { return countries_; }
  const std::vector<CodeName>& languages() const { return languages_; }
  const std::vector<IscedField>& isced_fields() const { return isced_fields_; }
  const std::vector<CodeName>& cefr_levels() const { return cefr_levels_; }
  const std::vector<CodeName>& eqf_levels() const { return eqf_levels_; }
  const std::vector<CodeName>& reason_codes() const { return reason_codes_; }  // code, description

 private:
  ReferenceData();
  std::vector<CodeName> countries_, languages_, cefr_levels_, eqf_levels_, reason_codes_;
  std::vector<IscedField> isced_fields_;
  std::vector<std::string> programme_countries_;
  std::map<std::string, std::string> erasmus_prefixes_;
  std::map<std::string, ReasonCodeUse> reason_code_uses_;
};

}  // namespace la
