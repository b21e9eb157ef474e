/* Placeholder: replaced by the real implementation. */
#include "config.h"
#include "ec-id-number.h"

char *
ec_id_number_normalize (const char *text)
{
  g_critical ("ec_id_number_normalize: not implemented");
  return NULL;
}

gboolean
ec_id_number_validate (const char *id_number, EcIdKind *out_kind, GError **error)
{
  g_critical ("ec_id_number_validate: not implemented");
  return 0;
}

char *
ec_id_number_mask (const char *id_number)
{
  g_critical ("ec_id_number_mask: not implemented");
  return NULL;
}

gboolean
ec_passport_number_validate (const char *passport, GError **error)
{
  g_critical ("ec_passport_number_validate: not implemented");
  return 0;
}
