#pragma once
// The icons live in the static library zaindari-resources; a static library's resource
// initialiser is only linked when something calls it, so main() and the GUI tests do.

namespace zaindari {
void initUiResources();
} // namespace zaindari
