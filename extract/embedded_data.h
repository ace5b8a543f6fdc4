// Data files compiled into the binary (see cmake/Embed.cmake): lexicons and
// the locality gazetteer, so `vnkg` needs nothing from the source tree.
#ifndef VNKG_EXTRACT_EMBEDDED_DATA_H_
#define VNKG_EXTRACT_EMBEDDED_DATA_H_

#include <string_view>

namespace vnkg::extract {

// The bytes of the embedded file with this base name; empty when unknown.
std::string_view EmbeddedFile(std::string_view name);

}  // namespace vnkg::extract

#endif  // VNKG_EXTRACT_EMBEDDED_DATA_H_
