/* Placeholder: replaced by the real implementation. */
#include "config.h"
#include "ec-roc-date.h"

char *
ec_roc_date_format (GDateTime *datetime, EcRocStyle style)
{
  g_critical ("ec_roc_date_format: not implemented");
  return NULL;
}

char *
ec_roc_date_format_date (const GDate *date, EcRocStyle style)
{
  g_critical ("ec_roc_date_format_date: not implemented");
  return NULL;
}

GDateTime *
ec_roc_date_parse (const char *text, GError **error)
{
  g_critical ("ec_roc_date_parse: not implemented");
  return NULL;
}
