/* ec-conversion-reply-view.c
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-conversion-reply-view"

#include "config.h"

#include <glib/gi18n.h>

#include "assistant/ec-conversion-reply-view.h"
#include "print/ec-request-form-print.h"
#include "ec-message-label.h"

/* One of the platform's three replies to a request (DOMAIN.md,
 * "Converting a member account"), in the platform's own sentence so that
 * the learner recognises it there, with what it means for them.  A
 * request that waits for the service centre comes with its form, to print
 * or save, and a button that asks where the request stands. */

struct _EcConversionReplyView {
  GtkBox parent_instance;

  GtkLabel       *reply_label;
  GtkLabel       *explanation_label;
  GtkWidget      *form_box;
  GtkDrawingArea *form_area;
  GtkButton      *status_button;
  GtkLabel       *status_label;

  EcApiClient      *client;
  EcAccountRequest *request;
  GCancellable     *status_cancellable;
};

G_DEFINE_FINAL_TYPE (EcConversionReplyView, ec_conversion_reply_view, GTK_TYPE_BOX)

static GtkWindow *
get_toplevel (EcConversionReplyView *self)
{
  GtkWidget *toplevel = gtk_widget_get_toplevel (GTK_WIDGET (self));

  return GTK_IS_WINDOW (toplevel) ? GTK_WINDOW (toplevel) : NULL;
}

static const EcRequestForm *
get_form (EcConversionReplyView *self)
{
  return self->request != NULL ? self->request->form : NULL;
}

static gboolean
on_form_area_draw_cb (EcConversionReplyView *self,
                      cairo_t               *cr,
                      GtkWidget             *area)
{
  if (get_form (self) == NULL)
    return GDK_EVENT_PROPAGATE;

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  ec_request_form_print_draw (get_form (self), cr, gtk_widget_get_allocated_width (area),
                              gtk_widget_get_allocated_height (area));
  return GDK_EVENT_STOP;
}

static void
on_print_button_clicked_cb (EcConversionReplyView *self)
{
  if (get_form (self) != NULL)
    ec_request_form_print_run (get_form (self), get_toplevel (self));
}

static void
on_save_button_clicked_cb (EcConversionReplyView *self)
{
  if (get_form (self) != NULL)
    ec_request_form_print_save_as_pdf (get_form (self), get_toplevel (self));
}

static char *
status_text (const EcAccountRequest *request)
{
  switch (request->status)
    {
    case EC_ACCOUNT_REQUEST_STATUS_APPROVED:
    case EC_ACCOUNT_REQUEST_STATUS_COMPLETED:
      return g_strdup (_ ("Approved: your account is official now. Log in again with it; your hours upload "
                          "about 3 working days later."));
    case EC_ACCOUNT_REQUEST_STATUS_REJECTED:
      return g_strdup_printf (_ ("Rejected: %s. Call the service centre at 02-2192-7111 to ask what to do."),
                              request->decision_reason != NULL ? request->decision_reason
                                                               : _ ("no reason given"));
    case EC_ACCOUNT_REQUEST_STATUS_PENDING:
    default:
      return g_strdup (_ ("Still waiting for the service centre. Fax the form if you have not yet, and check "
                          "again in a few days."));
    }
}

static void
on_status_found_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr (EcConversionReplyView) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (EcAccountRequest) request = NULL;
  g_autofree char *text = NULL;

  request = ec_api_client_get_account_request_finish (EC_API_CLIENT (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  gtk_widget_set_sensitive (GTK_WIDGET (self->status_button), TRUE);
  if (request == NULL)
    {
      ec_message_label_show (self->status_label, error->message);
      return;
    }

  /* The form stays as it was submitted; only the status moves on. */
  text = status_text (request);
  ec_message_label_show (self->status_label, text);
  if (self->request != NULL)
    {
      self->request->status = request->status;
      self->request->decided_at = request->decided_at;
      g_free (self->request->decision_reason);
      self->request->decision_reason = g_strdup (request->decision_reason);
    }
}

static void
on_status_button_clicked_cb (EcConversionReplyView *self)
{
  if (self->client == NULL || self->request == NULL)
    return;

  g_cancellable_cancel (self->status_cancellable);
  g_clear_object (&self->status_cancellable);
  self->status_cancellable = g_cancellable_new ();
  gtk_widget_set_sensitive (GTK_WIDGET (self->status_button), FALSE);
  ec_message_label_show (self->status_label, _ ("Asking the service…"));
  ec_api_client_get_account_request_async (self->client, self->request->id, self->status_cancellable,
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

static void
ec_conversion_reply_view_dispose (GObject *object)
{
  EcConversionReplyView *self = EC_CONVERSION_REPLY_VIEW (object);

  g_cancellable_cancel (self->status_cancellable);
  g_clear_object (&self->status_cancellable);
  g_clear_object (&self->client);
  g_clear_pointer (&self->request, ec_account_request_free);

  G_OBJECT_CLASS (ec_conversion_reply_view_parent_class)->dispose (object);
}

static void
ec_conversion_reply_view_class_init (EcConversionReplyViewClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ec_conversion_reply_view_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/ec-conversion-reply-view.ui");
  gtk_widget_class_bind_template_child (widget_class, EcConversionReplyView, reply_label);
  gtk_widget_class_bind_template_child (widget_class, EcConversionReplyView, explanation_label);
  gtk_widget_class_bind_template_child (widget_class, EcConversionReplyView, form_box);
  gtk_widget_class_bind_template_child (widget_class, EcConversionReplyView, form_area);
  gtk_widget_class_bind_template_child (widget_class, EcConversionReplyView, status_button);
  gtk_widget_class_bind_template_child (widget_class, EcConversionReplyView, status_label);
  gtk_widget_class_bind_template_callback (widget_class, on_form_area_draw_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_print_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_save_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_status_button_clicked_cb);
}

static void
ec_conversion_reply_view_init (EcConversionReplyView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  atk_object_set_name (gtk_widget_get_accessible (GTK_WIDGET (self->form_area)),
                       _ ("The application form, as it will be printed"));
}

GtkWidget *
ec_conversion_reply_view_new (void)
{
  return g_object_new (EC_TYPE_CONVERSION_REPLY_VIEW, NULL);
}

/**
 * ec_conversion_reply_view_set_client:
 * @client: (nullable): the client the status is asked with
 */
void
ec_conversion_reply_view_set_client (EcConversionReplyView *self,
                                     EcApiClient           *client)
{
  g_return_if_fail (EC_IS_CONVERSION_REPLY_VIEW (self));

  g_set_object (&self->client, client);
}

/**
 * ec_conversion_reply_view_show_request:
 * @request: the request the service answered with
 *
 * Shows the platform's sentence for the request's reply, what it means,
 * and the form to fax when there is one.
 */
void
ec_conversion_reply_view_show_request (EcConversionReplyView  *self,
                                       const EcAccountRequest *request)
{
  g_return_if_fail (EC_IS_CONVERSION_REPLY_VIEW (self));
  g_return_if_fail (request != NULL);

  g_clear_pointer (&self->request, ec_account_request_free);
  self->request = ec_account_request_copy (request);

  gtk_label_set_text (self->reply_label, request->reply_text);
  if (request->form != NULL)
    {
      g_autofree char *text = g_strdup_printf (_ ("%s Fax: %s. Service centre: %s."), explanation (request->reply),
                                               request->form->fax, request->form->phone);

      gtk_label_set_text (self->explanation_label, text);
    }
  else
    gtk_label_set_text (self->explanation_label, explanation (request->reply));

  ec_message_label_show (self->status_label, NULL);
  gtk_widget_set_visible (self->form_box, request->form != NULL);
  gtk_widget_queue_draw (GTK_WIDGET (self->form_area));
}

/**
 * ec_conversion_reply_view_show_already_official:
 *
 * The service refused the request because the account was converted
 * before: what is left is the new login.
 */
void
ec_conversion_reply_view_show_already_official (EcConversionReplyView *self)
{
  g_return_if_fail (EC_IS_CONVERSION_REPLY_VIEW (self));

  g_clear_pointer (&self->request, ec_account_request_free);
  gtk_label_set_text (self->reply_label, _ ("This account is already an official account."));
  gtk_label_set_text (self->explanation_label, "");
  gtk_widget_hide (self->form_box);
}

/* What happened after the reply (the new login that a conversion needs). */
void
ec_conversion_reply_view_set_explanation (EcConversionReplyView *self,
                                          const char            *text)
{
  g_return_if_fail (EC_IS_CONVERSION_REPLY_VIEW (self));

  gtk_label_set_text (self->explanation_label, text);
}

/**
 * ec_conversion_reply_view_get_request:
 *
 * Returns: (nullable): the request shown, with its latest known status.
 */
const EcAccountRequest *
ec_conversion_reply_view_get_request (EcConversionReplyView *self)
{
  g_return_val_if_fail (EC_IS_CONVERSION_REPLY_VIEW (self), NULL);

  return self->request;
}
