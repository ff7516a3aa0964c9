// Facts derived from the model itself (agreement.hpp).
#include "core/agreement.hpp"

namespace la {

MobilityType mobility_type_of(const Agreement& agreement) {
  if (!agreement.mobility_type) return MobilityType::Unknown;
  const std::string& type = *agreement.mobility_type;
  if (type == "semester") return MobilityType::Semester;
  if (type == "blended") return MobilityType::Blended;
  if (type == "short-term-doctoral") return MobilityType::ShortTermDoctoral;
  return MobilityType::Unknown;
}

}  // namespace la
