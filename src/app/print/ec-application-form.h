/* ec-application-form.h: the form 「我的E政府公務帳號申請書」, on screen, on
 * paper and as PDF.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define EC_TYPE_APPLICATION_FORM (ec_application_form_get_type ())

typedef struct _EcApplicationForm EcApplicationForm;

GType ec_application_form_get_type (void);

EcApplicationForm *ec_application_form_new_from_json (JsonObject *form,
                                                      GError    **error);

EcApplicationForm *ec_application_form_ref (EcApplicationForm *self);
void               ec_application_form_unref (EcApplicationForm *self);

const char *ec_application_form_get_member_account (EcApplicationForm *self);
const char *ec_application_form_get_application_date_roc (EcApplicationForm *self);
const char *ec_application_form_get_name (EcApplicationForm *self);
const char *ec_application_form_get_agency_name (EcApplicationForm *self);
const char *ec_application_form_get_agency_oid (EcApplicationForm *self);
const char *ec_application_form_get_fax (EcApplicationForm *self);
const char *ec_application_form_get_phone (EcApplicationForm *self);

void ec_application_form_draw (EcApplicationForm *self,
                               cairo_t           *cr,
                               double             width,
                               double             height);

gboolean ec_application_form_export_pdf (EcApplicationForm *self,
                                         GtkWindow         *parent,
                                         const char        *path,
                                         GError           **error);

void ec_application_form_print (EcApplicationForm *self,
                                GtkWindow         *parent);

void ec_application_form_save_as_pdf (EcApplicationForm *self,
                                      GtkWindow         *parent);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EcApplicationForm, ec_application_form_unref)

G_END_DECLS
