/* ec-conversion-page-private.h: what the conversion page's files share.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "print/ec-application-form.h"
#include "assistant/ec-conversion-page.h"

G_BEGIN_DECLS

struct _EcConversionPage {
  EcAssistantPage parent_instance;

  /* Template children. */
  GtkWidget      *request_box;
  GtkEntry       *oid_entry;
  GtkLabel       *agency_label;
  GtkLabel       *oid_error_label;
  GtkEntry       *reason_entry;
  GtkLabel       *reason_error_label;
  GtkLabel       *error_label;
  GtkWidget      *reply_box;
  GtkLabel       *reply_label;
  GtkLabel       *explanation_label;
  GtkWidget      *form_box;
  GtkDrawingArea *form_area;
  GtkButton      *status_button;
  GtkLabel       *status_label;

  guint              agency_timeout;
  GCancellable      *agency_cancellable;
  GCancellable      *status_cancellable;
  char              *idempotency_key;
  EcConversionReply  reply;
  gint64             application_id;
  EcApplicationForm *form;
};

void _ec_conversion_page_show_message (GtkLabel   *label,
                                       const char *message);

void _ec_conversion_page_update_complete (EcConversionPage *self);

/* ec-conversion-page-reply.c */
gboolean _ec_conversion_page_show_application (EcConversionPage *self,
                                               JsonObject       *application,
                                               GError          **error);

gboolean _ec_conversion_page_on_form_area_draw_cb (EcConversionPage *self,
                                                   cairo_t          *cr,
                                                   GtkWidget        *area);

void _ec_conversion_page_on_print_button_clicked_cb (EcConversionPage *self);

void _ec_conversion_page_on_save_button_clicked_cb (EcConversionPage *self);

void _ec_conversion_page_on_status_button_clicked_cb (EcConversionPage *self);

G_END_DECLS
