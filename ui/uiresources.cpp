#include "uiresources.h"

#include <QtGlobal>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initZaindariQrc()
{
    Q_INIT_RESOURCE(zaindari);
}

namespace zaindari {

void initUiResources()
{
    initZaindariQrc();
}

} // namespace zaindari
