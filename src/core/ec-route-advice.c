/* Placeholder: replaced by the real implementation. */
#include "config.h"
#include "ec-route-advice.h"

void
ec_route_advise (EcIdentity identity, EcAccountsHeld held, EcRouteAdvice *out_advice)
{
  g_critical ("ec_route_advise: not implemented");
}

const EcRouteOption *
ec_route_advice_get_option (const EcRouteAdvice *advice, EcLoginRoute route)
{
  g_critical ("ec_route_advice_get_option: not implemented");
  return NULL;
}
