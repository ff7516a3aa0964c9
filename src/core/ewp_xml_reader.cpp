// Reads an agreement from EWP XML (ewp_xml.hpp). pugixml parses; this file checks what pugixml
// lets through (a DTD, undeclared entities, text outside the root, bytes that are not UTF-8) and
// maps the `la` element onto the model, refusing elements the XSD has no place for.
//
// --- Section index: Text checks · Element reading · The la element · Entry
#include <cstdlib>
#include <cstring>

#include <nlohmann/json.hpp>
#include <pugixml.hpp>

#include "core/component_lists.hpp"
#include "core/ewp_xml.hpp"
#include "core/ewp_xml_names.hpp"
#include "core/json_codec.hpp"
#include "core/json_parse.hpp"
#include "core/json_prescan.hpp"
#include "core/messages.hpp"
#include "core/text_formats.hpp"

namespace la {
namespace {

LoadError error_at(std::string_view text, std::size_t offset, std::string key, MessageArgs args = {}) {
  const TextPlace place = place_of(text, offset);
  args.emplace_back("line", std::to_string(place.line));
  args.emplace_back("column", std::to_string(place.column));
  return LoadError{std::move(key), std::move(args), place.line, place.column, {}};
}

// --- Text checks

// Bytes that are not UTF-8, or a zero byte: the file is not the text it claims to be.
std::optional<LoadError> check_bytes(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    if (text[i] == '\0') return error_at(text, i, "load.zero-byte");
    const std::size_t length = utf8_sequence_length(text, i);
    if (length == 0) return error_at(text, i, "load.invalid-utf8");
    i += length;
  }
  return std::nullopt;
}

// An entity reference other than XML's five and character references. Without a DTD (which we
// refuse) it is undeclared, so the file is not well-formed; pugixml would keep it as text.
std::optional<LoadError> check_entities(std::string_view text) {
  static constexpr std::string_view kPredefined[] = {"amp;", "lt;", "gt;", "quot;", "apos;"};
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text.compare(i, 4, "<!--") == 0) {
      i = text.find("-->", i);
    } else if (text.compare(i, 9, "<![CDATA[") == 0) {
      i = text.find("]]>", i);
    } else if (text[i] == '&' && text.compare(i + 1, 1, "#") != 0) {
      bool known = false;
      for (std::string_view name : kPredefined) known = known || text.compare(i + 1, name.size(), name) == 0;
      if (!known) return error_at(text, i, "load.xml-entity");
    }
    if (i == std::string_view::npos) break;
  }
  return std::nullopt;
}

// --- Element reading

std::string_view local_name(pugi::xml_node node) {
  const std::string_view name = node.name();
  const std::size_t colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

std::string_view namespace_of(pugi::xml_node node) {
  const std::string_view name = node.name();
  const std::size_t colon = name.find(':');
  const std::string declaration =
      colon == std::string_view::npos ? std::string("xmlns") : "xmlns:" + std::string(name.substr(0, colon));
  for (pugi::xml_node n = node; n; n = n.parent()) {
    if (pugi::xml_attribute attribute = n.attribute(declaration.c_str())) return attribute.value();
  }
  return {};
}

// The text of an element: its character data, CDATA included, comments skipped.
std::string element_text(pugi::xml_node node) {
  std::string text;
  for (pugi::xml_node child : node.children()) {
    if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) text += child.value();
  }
  return text;
}

bool is_whole_number(std::string_view text) {
  std::size_t i = (!text.empty() && (text[0] == '+' || text[0] == '-')) ? 1 : 0;
  if (i == text.size() || text.size() - i > 15) return false;  // beyond that a double is inexact
  for (; i < text.size(); ++i) {
    if (text[i] < '0' || text[i] > '9') return false;
  }
  return true;
}

// xs:decimal: a sign, digits, a point, digits; no exponent.
bool is_decimal(std::string_view text) {
  std::size_t i = (!text.empty() && (text[0] == '+' || text[0] == '-')) ? 1 : 0;
  std::size_t digits = 0, points = 0;
  for (; i < text.size(); ++i) {
    if (text[i] == '.') ++points;
    else if (text[i] >= '0' && text[i] <= '9') ++digits;
    else return false;
  }
  return digits > 0 && points <= 1;
}

class Reader {
 public:
  explicit Reader(std::string_view text) : text_(text) {}

  std::optional<LoadError> error;
  std::vector<ImportNotice> notices;

  LoadError at(pugi::xml_node node, std::string key, MessageArgs args = {}) {
    return error_at(text_, static_cast<std::size_t>(node.offset_debug()), std::move(key), std::move(args));
  }
  void fail(pugi::xml_node node, std::string key, MessageArgs args = {}) {
    if (!error) error = at(node, std::move(key), std::move(args));
  }

  // The element's namespace must be the one the XSD gives it. None at all is how the OLA
  // Dashboard's files are written: read, and said once.
  void check_namespace(pugi::xml_node node, std::string_view expected) {
    const std::string_view actual = namespace_of(node);
    if (actual == expected) return;
    if (actual.empty()) {
      if (!without_namespace_noticed_) notices.push_back({"ewp.import.no-namespace", {}});
      without_namespace_noticed_ = true;
      return;
    }
    fail(node, "load.xml-wrong-namespace", {{"element", std::string(local_name(node))}, {"namespace", std::string(actual)}});
  }

  // Calls `field(child, name)` for every child element; the callback returns false for an element
  // it has no place for. Attributes other than `allowed` and namespace declarations are refused.
  template <class Field>
  void children(pugi::xml_node node, std::string_view expected_namespace, std::initializer_list<const char*> allowed,
                Field field) {
    for (pugi::xml_attribute attribute : node.attributes()) {
      const std::string_view name = attribute.name();
      bool known = name == "xmlns" || name.rfind("xmlns:", 0) == 0 || name.rfind("xsi:", 0) == 0;
      for (const char* a : allowed) known = known || name == a;
      if (!known) fail(node, "load.xml-unexpected-attribute", {{"attribute", std::string(name)}, {"element", node.name()}});
    }
    std::vector<std::string> seen;
    for (pugi::xml_node child : node.children()) {
      if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
        if (!is_blank(child.value())) fail(child, "load.xml-unexpected-text", {{"element", std::string(local_name(node))}});
        continue;
      }
      if (child.type() != pugi::node_element) continue;
      const std::string name(local_name(child));
      check_namespace(child, expected_namespace);
      if (!field(child, name)) {
        fail(child, "load.xml-unexpected-element", {{"element", name}, {"parent", std::string(local_name(node))}});
      }
    }
  }

  // A child that may appear once: refused the second time.
  bool once(pugi::xml_node node, bool already_read) {
    if (already_read) fail(node, "load.xml-repeated-element", {{"element", std::string(local_name(node))}});
    return !already_read;
  }

  void read_text(pugi::xml_node node, Text& field) {
    if (once(node, field.has_value())) field = element_text(node);
  }

  // xs:integer and the like: surrounding white space is not part of the value (XSD "collapse").
  void read_whole(pugi::xml_node node, WholeNumber& field) {
    if (!once(node, field.has_value())) return;
    const std::string value(trimmed(element_text(node)));
    if (!is_whole_number(value)) {
      fail(node, "load.xml-not-a-number", {{"element", std::string(local_name(node))}, {"found", value}});
      return;
    }
    field = std::strtoll(value.c_str(), nullptr, 10);
  }

  void read_decimal(pugi::xml_node node, Number& field) {
    if (!once(node, field.has_value())) return;
    const std::string value(trimmed(element_text(node)));
    if (!is_decimal(value)) {
      fail(node, "load.xml-not-a-number", {{"element", std::string(local_name(node))}, {"found", value}});
      return;
    }
    field = std::strtod(value.c_str(), nullptr);
  }

  // xs:date and friends: the value without surrounding white space.
  void read_token(pugi::xml_node node, Text& field) {
    if (once(node, field.has_value())) field = std::string(trimmed(element_text(node)));
  }

  template <class T>
  T* open(pugi::xml_node node, std::optional<T>& field) {
    if (!once(node, field.has_value())) return nullptr;
    field.emplace();
    return &*field;
  }

  // --- The la element

  void contact_person(pugi::xml_node node, ContactPerson& person) {
    children(node, kEwpLasNamespace, {}, [&](pugi::xml_node child, const std::string& name) {
      if (name == "given-names") read_text(child, person.given_names);
      else if (name == "family-name") read_text(child, person.family_name);
      else if (name == "email") read_text(child, person.email);
      else if (name == "phone-number") phone_number(child, person.phone_number);
      else return false;
      return true;
    });
  }

  void phone_number(pugi::xml_node node, std::optional<PhoneNumber>& field) {
    check_namespace(node, kEwpPhoneNamespace);
    PhoneNumber* phone = open(node, field);
    if (!phone) return;
    children(node, kEwpPhoneNamespace, {}, [&](pugi::xml_node child, const std::string& name) {
      if (name == "e164") read_token(child, phone->e164);
      else if (name == "ext") read_token(child, phone->ext);
      else if (name == "other-format") read_text(child, phone->other_format);
      else return false;
      return true;
    });
  }

  void institution(pugi::xml_node node, std::optional<Institution>& field) {
    Institution* hei = open(node, field);
    if (!hei) return;
    children(node, kEwpLasNamespace, {}, [&](pugi::xml_node child, const std::string& name) {
      if (name == "hei-id") read_text(child, hei->hei_id);
      else if (name == "ounit-name") read_text(child, hei->ounit_name);
      else if (name == "ounit-id") read_text(child, hei->ounit_id);
      else if (name == "contact-person") {
        if (ContactPerson* person = open(child, hei->contact_person)) contact_person(child, *person);
      } else return false;
      return true;
    });
  }

  void student(pugi::xml_node node, std::optional<Student>& field) {
    Student* student = open(node, field);
    if (!student) return;
    children(node, kEwpLasNamespace, {}, [&](pugi::xml_node child, const std::string& name) {
      if (name == "given-names") read_text(child, student->given_names);
      else if (name == "family-name") read_text(child, student->family_name);
      else if (name == "global-id") read_text(child, student->global_id);
      else if (name == "birth-date") read_token(child, student->birth_date);
      else if (name == "citizenship") read_token(child, student->citizenship);
      else if (name == "gender") read_whole(child, student->gender);
      else if (name == "email") read_text(child, student->email);
      else return false;
      return true;
    });
  }

  void component(pugi::xml_node node, Component& item) {
    if (pugi::xml_attribute status = node.attribute("status")) item.status = status.value();
    if (pugi::xml_attribute code = node.attribute("reason-code")) item.reason_code = code.value();
    if (pugi::xml_attribute text = node.attribute("reason-text")) item.reason_text = text.value();
    children(node, kEwpLasNamespace, {"status", "reason-code", "reason-text"},
             [&](pugi::xml_node child, const std::string& name) {
      if (name == "los-id") read_text(child, item.los_id);
      else if (name == "los-code") read_text(child, item.los_code);
      else if (name == "title") read_text(child, item.title);
      else if (name == "loi-id") read_text(child, item.loi_id);
      else if (name == "term-id") {
        if (TermId* term = open(child, item.term_id)) {
          children(child, kEwpTermNamespace, {}, [&](pugi::xml_node part, const std::string& part_name) {
            if (part_name == "term-number") read_whole(part, term->term_number);
            else if (part_name == "total-terms") read_whole(part, term->total_terms);
            else return false;
            return true;
          });
        }
      } else if (name == "credit") {
        if (!item.credits) item.credits.emplace();
        Credit& credit = item.credits->emplace_back();
        children(child, kEwpLasNamespace, {}, [&](pugi::xml_node part, const std::string& part_name) {
          if (part_name == "scheme") read_text(part, credit.scheme);
          else if (part_name == "value") read_decimal(part, credit.value);
          else return false;
          return true;
        });
      } else if (name == "recognition-conditions") read_text(child, item.recognition_conditions);
      else if (name == "short-description") read_text(child, item.short_description);
      else return false;
      return true;
    });
  }

  // A ListOf_Components; a changes-proposal also has its id and the changed student data.
  void components_list(pugi::xml_node node, ComponentsList& lists, ChangesProposal* proposal) {
    if (proposal) {
      if (pugi::xml_attribute id = node.attribute("id")) proposal->id = id.value();
    }
    children(node, kEwpLasNamespace, {proposal ? "id" : ""}, [&](pugi::xml_node child, const std::string& name) {
      for (ListKind kind : {ListKind::Studied, ListKind::Recognized, ListKind::Virtual, ListKind::Blended,
                            ListKind::Doctoral}) {
        if (name != xml_name(list_field_name(kind))) continue;
        List<Component>& list = list_of(lists, kind);
        if (!once(child, list.has_value())) return true;
        list.emplace();
        children(child, kEwpLasNamespace, {}, [&](pugi::xml_node item, const std::string& item_name) {
          if (item_name != "component") return false;
          component(item, list->emplace_back());
          return true;
        });
        return true;
      }
      if (name == "student-signature") signature(child, lists.student_signature);
      else if (name == "sending-hei-signature") signature(child, lists.sending_hei_signature);
      else if (name == "receiving-hei-signature") signature(child, lists.receiving_hei_signature);
      else if (name == "student" && proposal) student(child, proposal->student);
      else if (name == "student") misplaced_student(child, node, lists);
      else return false;
      return true;
    });
  }

  // The OLA Dashboard's files put changed student data into every section, where X allows it
  // only in changes-proposal. Kept as a field this format does not know (LA-001), not dropped.
  void misplaced_student(pugi::xml_node node, pugi::xml_node section, ComponentsList& lists) {
    Agreement holder;
    student(node, holder.student);
    if (error) return;
    nlohmann::json written = parse_json(write_agreement(holder));
    if (!lists.unknown.is_object()) lists.unknown = nlohmann::json::object();
    lists.unknown["student"] = written["student"];
    notices.push_back({"ewp.import.misplaced", {{"element", "student"}, {"parent", std::string(local_name(section))}}});
  }

  void signature(pugi::xml_node node, std::optional<Signature>& field) {
    Signature* signature = open(node, field);
    if (!signature) return;
    children(node, kEwpLasNamespace, {}, [&](pugi::xml_node child, const std::string& name) {
      if (name == "signer-name") read_text(child, signature->signer_name);
      else if (name == "signer-position") read_text(child, signature->signer_position);
      else if (name == "signer-email") read_text(child, signature->signer_email);
      else if (name == "timestamp") read_token(child, signature->timestamp);
      else if (name == "signer-app") read_text(child, signature->signer_app);
      else return false;
      return true;
    });
  }

  // The sections of a ListOf_Components, as in `la` or on their own in a fragment.
  bool section(pugi::xml_node child, const std::string& name, Agreement& agreement) {
    if (name == "first-version") {
      if (ComponentsList* lists = open(child, agreement.first_version)) components_list(child, *lists, nullptr);
    } else if (name == "approved-changes") {
      if (ComponentsList* lists = open(child, agreement.approved_changes)) components_list(child, *lists, nullptr);
    } else if (name == "changes-proposal") {
      if (ChangesProposal* proposal = open(child, agreement.changes_proposal)) components_list(child, *proposal, proposal);
    } else {
      return false;
    }
    return true;
  }

  void la(pugi::xml_node node, Agreement& agreement) {
    check_namespace(node, kEwpLasNamespace);
    children(node, kEwpLasNamespace, {}, [&](pugi::xml_node child, const std::string& name) {
      if (name == "omobility-id") read_text(child, agreement.omobility_id);
      else if (name == "sending-hei") institution(child, agreement.sending_hei);
      else if (name == "receiving-hei") institution(child, agreement.receiving_hei);
      else if (name == "receiving-academic-year-id") read_text(child, agreement.receiving_academic_year_id);
      else if (name == "student") student(child, agreement.student);
      else if (name == "start-date" || name == "start-year-month") read_token(child, agreement.start_date);
      else if (name == "end-date" || name == "end-year-month") read_token(child, agreement.end_date);
      else if (name == "eqf-level-studied-at-departure") read_whole(child, agreement.eqf_level_studied_at_departure);
      else if (name == "isced-f-code") read_text(child, agreement.isced_f_code);
      else if (name == "isced-clarification") read_text(child, agreement.isced_clarification);
      else if (name == "student-language-skill") {
        if (LanguageSkill* skill = open(child, agreement.student_language_skill)) {
          children(child, kEwpLasNamespace, {}, [&](pugi::xml_node part, const std::string& part_name) {
            if (part_name == "language") read_token(part, skill->language);
            else if (part_name == "cefr-level") read_token(part, skill->cefr_level);
            else return false;
            return true;
          });
        }
      } else if (name == "learning-outcomes-url") read_token(child, agreement.learning_outcomes_url);
      else if (name == "provisions-url") read_token(child, agreement.provisions_url);
      else return section(child, name, agreement);
      return true;
    });
  }

 private:
  std::string_view text_;
  bool without_namespace_noticed_ = false;
};

// EWP has no mobility type; the lists it fills say which it is (learning-agreement.md, section 1).
void assume_mobility_type(Agreement& agreement, std::vector<ImportNotice>& notices) {
  bool blended = false, doctoral = false, semester = false;
  for (const ComponentListRef& list : component_lists(agreement)) {
    blended = blended || list.kind == ListKind::Blended;
    doctoral = doctoral || list.kind == ListKind::Doctoral;
    semester = semester || list.kind == ListKind::Studied || list.kind == ListKind::Recognized;
  }
  if (blended + doctoral + semester != 1) return;  // none, or contradicting lists: LA-312 says so
  agreement.mobility_type = blended ? "blended" : doctoral ? "short-term-doctoral" : "semester";
  notices.push_back({"ewp.import.mobility-type", {{"type", *agreement.mobility_type}}});
}

std::string human_megabytes(std::size_t bytes) { return std::to_string(bytes / (1024 * 1024)) + " MB"; }

}  // namespace

// --- Entry

EwpXmlImport read_ewp_xml(std::string_view text, std::size_t index) {
  EwpXmlImport result;
  if (text.size() > kMaxFileBytes) {
    result.error = {"load.too-large", {{"limit", human_megabytes(kMaxFileBytes)}}, 0, 0, {}};
    return result;
  }
  if (is_blank(text)) {
    result.error = {"load.empty", {}, 0, 0, {}};
    return result;
  }
  if (std::optional<LoadError> bad = check_bytes(text)) {
    result.error = *bad;
    return result;
  }
  // A byte order mark is allowed; places are still counted in the text as given.
  const std::size_t start = text.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
  pugi::xml_document document;
  const pugi::xml_parse_result parsed =
      document.load_buffer(text.data() + start, text.size() - start, pugi::parse_default | pugi::parse_doctype,
                           pugi::encoding_utf8);
  if (!parsed) {
    result.error = error_at(text, start + static_cast<std::size_t>(parsed.offset), "load.not-xml",
                            {{"problem", parsed.description()}});
    return result;
  }
  // Places count from the text pugixml saw: after a byte order mark, which no editor shows.
  Reader reader(text.substr(start));
  std::vector<pugi::xml_node> roots;
  for (pugi::xml_node node : document.children()) {
    if (node.type() == pugi::node_doctype) {
      result.error = reader.at(node, "load.xml-dtd");
      return result;
    }
    if (node.type() == pugi::node_pcdata && !is_blank(node.value())) {
      result.error = reader.at(node, "load.not-xml", {{"problem", "text outside the root element"}});
      return result;
    }
    if (node.type() == pugi::node_element) roots.push_back(node);
  }
  if (std::optional<LoadError> entity = check_entities(text)) {
    result.error = *entity;
    return result;
  }
  // pugixml skips text before and after the root element; XML does not allow it.
  const std::size_t first_mark = text.find_first_not_of(" \t\r\n", start);
  const std::size_t last_mark = text.find_last_not_of(" \t\r\n");
  if (text[first_mark] != '<' || text[last_mark] != '>') {
    const std::size_t offset = text[first_mark] != '<' ? first_mark : last_mark;
    result.error = error_at(text, offset, "load.not-xml", {{"problem", "text outside the root element"}});
    return result;
  }
  Agreement agreement;
  const std::string first(local_name(roots.front()));
  bool all_sections = true;
  for (pugi::xml_node root : roots) {
    const std::string_view name = local_name(root);
    all_sections = all_sections && (name == "first-version" || name == "approved-changes" || name == "changes-proposal");
  }
  if (all_sections) {
    // The example scenario's parts: sections without the rest of the mobility.
    std::string sections;
    for (pugi::xml_node root : roots) {
      reader.check_namespace(root, kEwpLasNamespace);
      reader.section(root, std::string(local_name(root)), agreement);
      sections += (sections.empty() ? "" : ", ") + std::string(local_name(root));
    }
    reader.notices.push_back({"ewp.import.fragment", {{"sections", sections}}});
    result.agreement_count = 1;
  } else if (roots.size() > 1) {
    result.error = reader.at(roots[1], "load.not-xml", {{"problem", "more than one root element"}});
    return result;
  } else if (first == "omobility-las-get-response") {
    reader.check_namespace(roots.front(), kEwpLasNamespace);
    std::vector<pugi::xml_node> agreements;
    reader.children(roots.front(), kEwpLasNamespace, {}, [&](pugi::xml_node child, const std::string& name) {
      if (name != "la") return false;
      agreements.push_back(child);
      return true;
    });
    result.agreement_count = agreements.size();
    if (agreements.empty() && !reader.error) {
      result.error = reader.at(roots.front(), "load.xml-no-agreement");
      return result;
    }
    if (index >= agreements.size() && !reader.error) {
      result.error = {"load.xml-no-such-agreement", {{"number", std::to_string(index + 1)},
                                                     {"count", std::to_string(agreements.size())}}, 0, 0, {}};
      return result;
    }
    if (!reader.error) reader.la(agreements[index], agreement);
  } else if (first == "la") {
    reader.notices.push_back({"ewp.import.bare-la", {}});
    result.agreement_count = 1;
    reader.la(roots.front(), agreement);
  } else if (first.rfind("omobility-las-update-", 0) == 0 || first == "comment-proposal-v1" ||
             first == "approve-proposal-v1") {
    result.error = reader.at(roots.front(), "load.xml-update-message", {{"element", first}});
    return result;
  } else {
    result.error = reader.at(roots.front(), "load.xml-wrong-root", {{"element", first}});
    return result;
  }
  if (reader.error) {
    result.error = *reader.error;
    return result;
  }
  assume_mobility_type(agreement, reader.notices);
  result.notices = std::move(reader.notices);
  result.agreement = std::move(agreement);
  return result;
}

std::string import_notice_message(const ImportNotice& notice, std::string_view language) {
  return message_text(notice.key, notice.args, language);
}

}  // namespace la
