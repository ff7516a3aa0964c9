// A new, empty agreement of a mobility type, with the parts the form shows already in place, and
// switching the type of an existing one without dropping anything it holds.
#pragma once

#include "core/agreement.hpp"

namespace la {

Agreement new_agreement(MobilityType type);
std::string_view mobility_type_name(MobilityType type);  // "semester", "blended", ...

// Sets the type and adds the tables it needs; tables the new type does not use keep their rows
// (the editor shows them as "not used by this type", and they stay in the file).
void change_mobility_type(Agreement& agreement, MobilityType type);

}  // namespace la
