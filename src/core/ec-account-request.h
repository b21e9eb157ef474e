/* ec-account-request.h: a request to convert a member account into an
 * official account (自然人轉公務員).
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "ec-request-form.h"

G_BEGIN_DECLS

/**
 * EcConversionReply:
 * @EC_CONVERSION_REPLY_NONE: no request made
 * @EC_CONVERSION_REPLY_CONVERTED: converted at once: log in again
 * @EC_CONVERSION_REPLY_SUBMITTED: submitted: print and fax the form, then
 *   wait for the service centre
 * @EC_CONVERSION_REPLY_ECPA_EXISTS: an eCPA account exists: print and fax
 *   the form; meanwhile log in with the eCPA account
 *
 * The platform's three replies to a request (docs/api.md, `reply`).
 */
typedef enum {
  EC_CONVERSION_REPLY_NONE,
  EC_CONVERSION_REPLY_CONVERTED,
  EC_CONVERSION_REPLY_SUBMITTED,
  EC_CONVERSION_REPLY_ECPA_EXISTS,
} EcConversionReply;

/**
 * EcAccountRequestStatus:
 * @EC_ACCOUNT_REQUEST_STATUS_COMPLETED: converted at once
 * @EC_ACCOUNT_REQUEST_STATUS_PENDING: waiting for the service centre
 * @EC_ACCOUNT_REQUEST_STATUS_APPROVED: the service centre approved it
 * @EC_ACCOUNT_REQUEST_STATUS_REJECTED: the service centre rejected it
 *
 * Where a request stands (docs/api.md, `status`).
 */
typedef enum {
  EC_ACCOUNT_REQUEST_STATUS_COMPLETED,
  EC_ACCOUNT_REQUEST_STATUS_PENDING,
  EC_ACCOUNT_REQUEST_STATUS_APPROVED,
  EC_ACCOUNT_REQUEST_STATUS_REJECTED,
} EcAccountRequestStatus;

/**
 * EcAccountRequest:
 * @id: the service's id for it
 * @status: where it stands
 * @reply: the comparison's result, fixed when it was made
 * @reply_text: the platform's sentence for @reply
 * @reason: (nullable): the applicant's reason
 * @agency_oid: the agency applied for
 * @agency_name: (nullable): its name, when the directory knows the OID
 * @created_at: when it was made
 * @decided_at: when it was completed, approved or rejected, or
 *   %EC_TIME_NEVER while pending
 * @decision_reason: (nullable): the service centre's reason for a
 *   rejection
 * @form: (nullable): the form to print and fax; %NULL when converted at
 *   once
 *
 * The API calls it an application (`/api/v1/applications`); the code says
 * "account request", so that it is never taken for the GtkApplication.
 */
typedef struct {
  gint64                 id;
  EcAccountRequestStatus status;
  EcConversionReply      reply;
  char                  *reply_text;
  char                  *reason;
  char                  *agency_oid;
  char                  *agency_name;
  gint64                 created_at;
  gint64                 decided_at;
  char                  *decision_reason;
  EcRequestForm         *form;
} EcAccountRequest;

#define EC_TYPE_ACCOUNT_REQUEST (ec_account_request_get_type ())

GType ec_account_request_get_type (void) G_GNUC_CONST;

EcAccountRequest *ec_account_request_new (void);
EcAccountRequest *ec_account_request_copy (const EcAccountRequest *request);
void              ec_account_request_free (EcAccountRequest *request);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EcAccountRequest, ec_account_request_free)

gboolean ec_conversion_reply_from_string (const char        *text,
                                          EcConversionReply *out_reply);

const char *ec_account_request_status_to_string (EcAccountRequestStatus status);
gboolean    ec_account_request_status_from_string (const char             *text,
                                                   EcAccountRequestStatus *out_status);

G_END_DECLS
