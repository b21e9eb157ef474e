/* Placeholder: replaced by the real implementation. */
#include "config.h"
#include "ec-upload-rules.h"

void
ec_upload_rules_evaluate (EcCalendar *calendar, const EcAccountState *account, const EcCourseFacts *course, EcNetwork network, EcUploadVerdict *out_verdict)
{
  g_critical ("ec_upload_rules_evaluate: not implemented");
}

const char *
ec_network_to_string (EcNetwork network)
{
  g_critical ("ec_network_to_string: not implemented");
  return NULL;
}

gboolean
ec_network_from_string (const char *text, EcNetwork *out_network)
{
  g_critical ("ec_network_from_string: not implemented");
  return 0;
}

const char *
ec_network_get_label (EcNetwork network)
{
  g_critical ("ec_network_get_label: not implemented");
  return NULL;
}

const char *
ec_upload_status_to_string (EcUploadStatus status)
{
  g_critical ("ec_upload_status_to_string: not implemented");
  return NULL;
}

const char *
ec_upload_status_get_label (EcUploadStatus status)
{
  g_critical ("ec_upload_status_get_label: not implemented");
  return NULL;
}

const char *
ec_upload_reason_to_string (EcUploadReason reason)
{
  g_critical ("ec_upload_reason_to_string: not implemented");
  return NULL;
}

const char *
ec_upload_reason_get_summary (EcUploadReason reason)
{
  g_critical ("ec_upload_reason_get_summary: not implemented");
  return NULL;
}

const char *
ec_upload_reason_get_explanation (EcUploadReason reason)
{
  g_critical ("ec_upload_reason_get_explanation: not implemented");
  return NULL;
}

const char *
ec_remedy_to_string (EcRemedy remedy)
{
  g_critical ("ec_remedy_to_string: not implemented");
  return NULL;
}

char *
ec_remedy_describe (EcRemedy remedy, EcIdentity identity)
{
  g_critical ("ec_remedy_describe: not implemented");
  return NULL;
}
