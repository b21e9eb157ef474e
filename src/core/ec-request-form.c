/* ec-request-form.c
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-request-form"

#include "config.h"

#include "ec-request-form.h"

G_DEFINE_BOXED_TYPE (EcRequestForm, ec_request_form, ec_request_form_copy, ec_request_form_free)

EcRequestForm *
ec_request_form_new (void)
{
  EcRequestForm *form = g_new0 (EcRequestForm, 1);

  g_date_clear (&form->application_date, 1);
  return form;
}

EcRequestForm *
ec_request_form_copy (const EcRequestForm *form)
{
  EcRequestForm *copy;

  g_return_val_if_fail (form != NULL, NULL);

  copy = g_memdup2 (form, sizeof *form);
  copy->member_account = g_strdup (form->member_account);
  copy->application_date_roc = g_strdup (form->application_date_roc);
  copy->name = g_strdup (form->name);
  copy->item_text = g_strdup (form->item_text);
  copy->agency_name = g_strdup (form->agency_name);
  copy->agency_oid = g_strdup (form->agency_oid);
  copy->fax = g_strdup (form->fax);
  copy->phone = g_strdup (form->phone);
  return copy;
}

void
ec_request_form_free (EcRequestForm *form)
{
  if (form == NULL)
    return;

  g_free (form->member_account);
  g_free (form->application_date_roc);
  g_free (form->name);
  g_free (form->item_text);
  g_free (form->agency_name);
  g_free (form->agency_oid);
  g_free (form->fax);
  g_free (form->phone);
  g_free (form);
}
