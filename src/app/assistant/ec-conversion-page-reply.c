/* ec-conversion-page-reply.c: the service's reply to an application, the
 * form to fax, and the application's status.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-conversion-page"

#include "config.h"

#include <glib/gi18n.h>

#include "assistant/ec-conversion-page-private.h"

gboolean
_ec_conversion_page_on_form_area_draw_cb (EcConversionPage *self,
                                          cairo_t          *cr,
                                          GtkWidget        *area)
{
  if (self->form == NULL)
    return GDK_EVENT_PROPAGATE;

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  ec_application_form_draw (self->form, cr, gtk_widget_get_allocated_width (area),
                            gtk_widget_get_allocated_height (area));
  return GDK_EVENT_STOP;
}

static GtkWindow *
get_toplevel (EcConversionPage *self)
{
  GtkWidget *toplevel = gtk_widget_get_toplevel (GTK_WIDGET (self));

  return GTK_IS_WINDOW (toplevel) ? GTK_WINDOW (toplevel) : NULL;
}

void
_ec_conversion_page_on_print_button_clicked_cb (EcConversionPage *self)
{
  if (self->form != NULL)
    ec_application_form_print (self->form, get_toplevel (self));
}

void
_ec_conversion_page_on_save_button_clicked_cb (EcConversionPage *self)
{
  if (self->form != NULL)
    ec_application_form_save_as_pdf (self->form, get_toplevel (self));
}

static char *
status_text (JsonObject *application)
{
  const char *status = json_object_get_string_member_with_default (application, "status", "");

  if (g_str_equal (status, "approved") || g_str_equal (status, "completed"))
    return g_strdup (_ ("Approved: your account is official now. Log in again with it; your hours upload "
                        "about 3 working days later."));
  if (g_str_equal (status, "rejected"))
    {
      const char *reason = NULL;

      if (json_object_has_member (application, "decision_reason")
          && !json_object_get_null_member (application, "decision_reason"))
        reason = json_object_get_string_member (application, "decision_reason");
      return g_strdup_printf (_ ("Rejected: %s. Call the service centre at 02-2192-7111 to ask what to do."),
                              reason != NULL ? reason : _ ("no reason given"));
    }
  return g_strdup (_ ("Still waiting for the service centre. Fax the form if you have not yet, and check "
                      "again in a few days."));
}

static void
on_status_found_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr (EcConversionPage) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (JsonObject) reply = NULL;
  g_autofree char *text = NULL;
  JsonObject      *application = NULL;

  reply = ec_api_client_object_finish (EC_API_CLIENT (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  gtk_widget_set_sensitive (GTK_WIDGET (self->status_button), TRUE);
  if (reply != NULL && json_object_has_member (reply, "application"))
    application = json_object_get_object_member (reply, "application");
  if (application != NULL)
    text = status_text (application);
  else if (error != NULL)
    text = g_strdup (error->message);
  else
    text = g_strdup (_ ("The service's answer could not be read. Try again later."));
  _ec_conversion_page_show_message (self->status_label, text);
}

void
_ec_conversion_page_on_status_button_clicked_cb (EcConversionPage *self)
{
  EcApiClient *client = ec_assistant_page_get_client (EC_ASSISTANT_PAGE (self));

  if (client == NULL || self->application_id <= 0)
    return;

  g_cancellable_cancel (self->status_cancellable);
  g_clear_object (&self->status_cancellable);
  self->status_cancellable = g_cancellable_new ();
  gtk_widget_set_sensitive (GTK_WIDGET (self->status_button), FALSE);
  _ec_conversion_page_show_message (self->status_label, _ ("Asking the service…"));
  ec_api_client_get_application_async (client, self->application_id, self->status_cancellable,
                                       on_status_found_cb, g_object_ref (self));
}

static const char *
explanation (EcConversionReply reply)
{
  switch (reply)
    {
    case EC_CONVERSION_REPLY_CONVERTED:
      return _ ("Your account is an official account now. Logging you in again, as the platform requires…");
    case EC_CONVERSION_REPLY_ECPA_EXISTS:
      return _ ("The personnel records show that you already have an eCPA account. The application waits for "
                "the service centre: print the form below, attach a copy of your ID card where it shows, and "
                "fax it to the service centre. Meanwhile you may log in with your eCPA account.");
    case EC_CONVERSION_REPLY_SUBMITTED:
    case EC_CONVERSION_REPLY_NONE:
    default:
      return _ ("The application waits for the service centre: print the form below, attach a copy of your ID "
                "card where it shows, and fax it to the service centre.");
    }
}

/* Shows an application object and records its reply in the choices. */
gboolean
_ec_conversion_page_show_application (EcConversionPage *self,
                                      JsonObject       *application,
                                      GError          **error)
{
  EcConversionReply reply;
  g_autofree char  *text = NULL;
  JsonObject       *form = NULL;

  if (!ec_conversion_reply_from_string (json_object_get_string_member_with_default (application, "reply", NULL),
                                        &reply))
    {
      g_set_error_literal (error, EC_CLIENT_ERROR, EC_CLIENT_ERROR_MALFORMED_REPLY,
                           _ ("The service's answer could not be read. Try again later."));
      return FALSE;
    }

  if (json_object_has_member (application, "form") && !json_object_get_null_member (application, "form"))
    form = json_object_get_object_member (application, "form");
  g_clear_pointer (&self->form, ec_application_form_unref);
  if (form != NULL)
    {
      self->form = ec_application_form_new_from_json (form, error);
      if (self->form == NULL)
        return FALSE;
    }

  self->reply = reply;
  self->application_id = json_object_get_int_member_with_default (application, "id", 0);
  ec_learner_choices_set_conversion_reply (ec_assistant_page_get_choices (EC_ASSISTANT_PAGE (self)), reply);

  /* The platform's own sentence, as the learner will meet it there. */
  gtk_label_set_text (self->reply_label, json_object_get_string_member_with_default (application, "reply_text", ""));
  if (self->form != NULL)
    {
      text = g_strdup_printf (_ ("%s Fax: %s. Service centre: %s."), explanation (reply),
                              ec_application_form_get_fax (self->form), ec_application_form_get_phone (self->form));
      gtk_label_set_text (self->explanation_label, text);
    }
  else
    gtk_label_set_text (self->explanation_label, explanation (reply));

  gtk_widget_set_visible (self->form_box, self->form != NULL);
  gtk_widget_queue_draw (GTK_WIDGET (self->form_area));
  gtk_widget_set_sensitive (self->request_box, FALSE);
  gtk_widget_show (self->reply_box);
  _ec_conversion_page_show_message (self->error_label, NULL);
  _ec_conversion_page_update_complete (self);
  return TRUE;
}
