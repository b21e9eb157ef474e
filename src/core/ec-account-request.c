/* ec-account-request.c
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-account-request"

#include "config.h"

#include "ec-account-request.h"

G_DEFINE_BOXED_TYPE (EcAccountRequest, ec_account_request, ec_account_request_copy, ec_account_request_free)

EcAccountRequest *
ec_account_request_new (void)
{
  return g_new0 (EcAccountRequest, 1);
}

EcAccountRequest *
ec_account_request_copy (const EcAccountRequest *request)
{
  EcAccountRequest *copy;

  g_return_val_if_fail (request != NULL, NULL);

  copy = g_memdup2 (request, sizeof *request);
  copy->reply_text = g_strdup (request->reply_text);
  copy->reason = g_strdup (request->reason);
  copy->agency_oid = g_strdup (request->agency_oid);
  copy->agency_name = g_strdup (request->agency_name);
  copy->decision_reason = g_strdup (request->decision_reason);
  copy->form = request->form != NULL ? ec_request_form_copy (request->form) : NULL;
  return copy;
}

void
ec_account_request_free (EcAccountRequest *request)
{
  if (request == NULL)
    return;

  g_free (request->reply_text);
  g_free (request->reason);
  g_free (request->agency_oid);
  g_free (request->agency_name);
  g_free (request->decision_reason);
  ec_request_form_free (request->form);
  g_free (request);
}

/**
 * ec_conversion_reply_from_string:
 * @text: (nullable): the service's `reply`
 *
 * Returns: whether @text is one of the three replies.
 */
gboolean
ec_conversion_reply_from_string (const char        *text,
                                 EcConversionReply *out_reply)
{
  static const char *const names[] = { "converted", "submitted", "ecpa-exists" };

  for (gsize i = 0; text != NULL && i < G_N_ELEMENTS (names); i++)
    if (g_str_equal (text, names[i]))
      {
        *out_reply = EC_CONVERSION_REPLY_CONVERTED + i;
        return TRUE;
      }
  return FALSE;
}

/* The API's words (docs/api.md, `status`). */
static const char *const status_ids[] = {
  [EC_ACCOUNT_REQUEST_STATUS_COMPLETED] = "completed",
  [EC_ACCOUNT_REQUEST_STATUS_PENDING] = "pending",
  [EC_ACCOUNT_REQUEST_STATUS_APPROVED] = "approved",
  [EC_ACCOUNT_REQUEST_STATUS_REJECTED] = "rejected",
};

const char *
ec_account_request_status_to_string (EcAccountRequestStatus status)
{
  g_return_val_if_fail ((guint) status < G_N_ELEMENTS (status_ids), NULL);

  return status_ids[status];
}

gboolean
ec_account_request_status_from_string (const char             *text,
                                       EcAccountRequestStatus *out_status)
{
  for (guint i = 0; text != NULL && i < G_N_ELEMENTS (status_ids); i++)
    if (g_str_equal (text, status_ids[i]))
      {
        *out_status = i;
        return TRUE;
      }
  return FALSE;
}
