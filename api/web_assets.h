// The web page's files (api/web/), compiled into the binary by
// cmake/Embed.cmake: the server answers from this table only.
#ifndef VNKG_API_WEB_ASSETS_H_
#define VNKG_API_WEB_ASSETS_H_

#include <string_view>

namespace vnkg::api::web {

// The bytes of the embedded web file with this base name ("index.html",
// "app.js", "style.css"); empty when there is none.
std::string_view EmbeddedFile(std::string_view name);

}  // namespace vnkg::api::web

#endif  // VNKG_API_WEB_ASSETS_H_
