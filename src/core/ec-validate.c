/* Placeholder: replaced by the real implementation. */
#include "config.h"
#include "ec-validate.h"

gboolean
ec_agency_oid_validate (const char *oid, GError **error)
{
  g_critical ("ec_agency_oid_validate: not implemented");
  return 0;
}

gboolean
ec_person_name_validate (const char *name, GError **error)
{
  g_critical ("ec_person_name_validate: not implemented");
  return 0;
}

gboolean
ec_phone_number_validate (const char *phone, GError **error)
{
  g_critical ("ec_phone_number_validate: not implemented");
  return 0;
}

gboolean
ec_password_validate (const char *password, const char *account, GError **error)
{
  g_critical ("ec_password_validate: not implemented");
  return 0;
}

char *
ec_account_mask (const char *account)
{
  g_critical ("ec_account_mask: not implemented");
  return NULL;
}
