/* ec-request-form.h: the data of the form 「我的E政府公務帳號申請書」.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * EcRequestForm:
 * @member_account: the login of the account to convert
 * @application_date: the Taiwan date the request was made
 * @application_date_roc: the same date as the form prints it
 *   (「民國 115年11月30日」), or the ISO date when it has no ROC year the
 *   form can print
 * @name: the applicant's name
 * @item_text: the form's fixed wording 「自然人轉公務員(待審中)」
 * @agency_name: (nullable): the agency, when the directory knows its OID
 * @agency_oid: the agency's OID (the form's 新機關OUOID)
 * @fax: the service centre's fax number
 * @phone: the service centre's phone number
 *
 * What the learner prints, signs and faxes for an official-account request
 * the service centre must review (docs/api.md, `form`).  It stays as it
 * was submitted.
 */
typedef struct {
  char *member_account;
  GDate application_date;
  char *application_date_roc;
  char *name;
  char *item_text;
  char *agency_name;
  char *agency_oid;
  char *fax;
  char *phone;
} EcRequestForm;

#define EC_TYPE_REQUEST_FORM (ec_request_form_get_type ())

GType ec_request_form_get_type (void) G_GNUC_CONST;

EcRequestForm *ec_request_form_new (void);
EcRequestForm *ec_request_form_copy (const EcRequestForm *form);
void           ec_request_form_free (EcRequestForm *form);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EcRequestForm, ec_request_form_free)

G_END_DECLS
