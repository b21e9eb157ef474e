/* Placeholder: replaced by the real implementation. */
#include "config.h"
#include "ec-identity.h"

const char *
ec_identity_to_string (EcIdentity identity)
{
  g_critical ("ec_identity_to_string: not implemented");
  return NULL;
}

gboolean
ec_identity_from_string (const char *text, EcIdentity *out_identity)
{
  g_critical ("ec_identity_from_string: not implemented");
  return 0;
}

const char *
ec_identity_get_label (EcIdentity identity)
{
  g_critical ("ec_identity_get_label: not implemented");
  return NULL;
}

const char *
ec_identity_get_description (EcIdentity identity)
{
  g_critical ("ec_identity_get_description: not implemented");
  return NULL;
}

const char *
ec_login_route_to_string (EcLoginRoute route)
{
  g_critical ("ec_login_route_to_string: not implemented");
  return NULL;
}

gboolean
ec_login_route_from_string (const char *text, EcLoginRoute *out_route)
{
  g_critical ("ec_login_route_from_string: not implemented");
  return 0;
}

const char *
ec_login_route_get_label (EcLoginRoute route)
{
  g_critical ("ec_login_route_get_label: not implemented");
  return NULL;
}
