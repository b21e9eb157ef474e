/* ec-conversion-page.c: apply to convert a member account, and the reply.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-conversion-page"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "assistant/ec-conversion-page.h"
#include "assistant/ec-conversion-reply-view.h"
#include "ec-core.h"
#include "ec-message-label.h"

/* The request 自然人轉公務員 (DOMAIN.md, "Converting a member
 * account"): the learner is logged in to the member account to convert
 * (the page before logged in), gives the agency's OID and a reason, and the
 * service answers with one of the platform's three replies.  The first
 * Next submits and stays on the reply; the next one moves on.
 *
 * - converted: the account is official; the platform counts the earlier
 *   hours only after a new login, so the page logs in again at once;
 * - submitted / ecpa-exists: the request waits for the service centre;
 *   the page shows the form 「我的E政府公務帳號申請書」 to print or save,
 *   to be faxed with a copy of the ID card, and can ask for its status.
 *
 * A retry of the same request (a dropped connection after the service
 * created the request) carries the same Idempotency-Key, so it cannot
 * apply twice. */

/* Wait this long after the last keystroke before asking the directory for
 * the agency's name. */
#define AGENCY_LOOKUP_DELAY_MS 300

struct _EcConversionPage {
  EcAssistantPage parent_instance;

  /* Template children. */
  GtkWidget             *request_box;
  GtkEntry              *oid_entry;
  GtkLabel              *agency_label;
  GtkLabel              *oid_error_label;
  GtkEntry              *reason_entry;
  GtkLabel              *reason_error_label;
  GtkLabel              *error_label;
  EcConversionReplyView *reply_view;

  guint             agency_timeout;
  GCancellable     *agency_cancellable;
  char             *idempotency_key;
  EcConversionReply reply;
};

G_DEFINE_FINAL_TYPE (EcConversionPage, ec_conversion_page, EC_TYPE_ASSISTANT_PAGE)

/* The reason as the service counts it: without surrounding white space,
 * the ideographic space (U+3000) included. */
static char *
dup_trimmed (const char *text)
{
  const char *start = text;
  const char *end = text + strlen (text);

  while (*start != '\0' && g_unichar_isspace (g_utf8_get_char (start)))
    start = g_utf8_next_char (start);
  while (end > start)
    {
      const char *prev = g_utf8_prev_char (end);

      if (!g_unichar_isspace (g_utf8_get_char (prev)))
        break;
      end = prev;
    }
  return g_strndup (start, end - start);
}

static gboolean
fields_valid (EcConversionPage *self)
{
  g_autofree char *reason = dup_trimmed (gtk_entry_get_text (self->reason_entry));

  return ec_agency_oid_validate (gtk_entry_get_text (self->oid_entry), NULL) && *reason != '\0';
}

static void
update_complete (EcConversionPage *self)
{
  ec_assistant_page_set_complete (EC_ASSISTANT_PAGE (self),
                                  self->reply != EC_CONVERSION_REPLY_NONE || fields_valid (self));
}

/* Other content is another request: a retry only reuses the key for the
 * same one. */
static void
forget_request (EcConversionPage *self)
{
  g_clear_pointer (&self->idempotency_key, g_free);
  ec_message_label_show (self->error_label, NULL);
}

static void
on_agency_found_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr (EcConversionPage) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (EcAgency) agency = NULL;
  g_autofree char *text = NULL;

  agency = ec_api_client_get_agency_finish (EC_API_CLIENT (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (agency != NULL)
    text = g_strdup_printf (_ ("Agency: %s"), agency->name);
  else if (g_error_matches (error, EC_CLIENT_ERROR, EC_CLIENT_ERROR_NOT_FOUND))
    /* The directory is a sample: an unknown OID may still be right. */
    text = g_strdup (_ ("This OID is not in the agency directory. Check it with your personnel office; "
                        "the application accepts it."));
  else if (error != NULL && error->domain == EC_CLIENT_ERROR
           && g_strcmp0 (ec_client_error_get_field (error), "oid") == 0)
    {
      ec_message_label_show (self->oid_error_label, error->message);
      return;
    }
  else
    text = g_strdup (_ ("The agency's name could not be looked up now."));

  ec_message_label_show (self->agency_label, text);
}

static gboolean
on_agency_timeout_cb (gpointer user_data)
{
  EcConversionPage *self = user_data;
  EcApiClient      *client = ec_assistant_page_get_client (EC_ASSISTANT_PAGE (self));

  self->agency_timeout = 0;
  if (client == NULL)
    return G_SOURCE_REMOVE;

  self->agency_cancellable = g_cancellable_new ();
  ec_api_client_get_agency_async (client, gtk_entry_get_text (self->oid_entry), self->agency_cancellable,
                                  on_agency_found_cb, g_object_ref (self));
  return G_SOURCE_REMOVE;
}

static void
on_oid_changed_cb (EcConversionPage *self)
{
  const char *oid = gtk_entry_get_text (self->oid_entry);
  g_autoptr (GError) error = NULL;

  forget_request (self);
  g_clear_handle_id (&self->agency_timeout, g_source_remove);
  g_cancellable_cancel (self->agency_cancellable);
  g_clear_object (&self->agency_cancellable);
  ec_message_label_show (self->agency_label, NULL);

  if (ec_agency_oid_validate (oid, &error))
    {
      ec_message_label_show (self->oid_error_label, NULL);
      self->agency_timeout = g_timeout_add (AGENCY_LOOKUP_DELAY_MS, on_agency_timeout_cb, self);
    }
  else
    ec_message_label_show (self->oid_error_label, *oid != '\0' ? error->message : NULL);

  update_complete (self);
}

static void
on_reason_changed_cb (EcConversionPage *self)
{
  forget_request (self);
  ec_message_label_show (self->reason_error_label, NULL);
  update_complete (self);
}

static void
on_relogged_in_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr (GTask) task = user_data;
  EcConversionPage *self = g_task_get_source_object (task);
  g_autoptr (GError) error = NULL;

  if (!ec_session_relogin_finish (EC_SESSION (source), result, &error))
    {
      g_autofree char *text = NULL;

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_task_return_error (task, g_steal_pointer (&error));
          return;
        }
      /* The conversion stands; only the login is left to the learner. */
      text = g_strdup_printf (_ ("Your account is an official account now, but logging in again did not work "
                                 "(%s). Log in again yourself: until then your earlier hours wait."),
                              error->message);
      ec_conversion_reply_view_set_explanation (self->reply_view, text);
    }
  else
    ec_conversion_reply_view_set_explanation (self->reply_view,
                                              _ ("Your account is an official account now, and you are logged in again with it. The "
                                                 "hours you studied earlier with this account upload automatically about 3 working days "
                                                 "from now: check back in about 3 days."));

  g_task_return_boolean (task, FALSE);
}

static void
relogin (EcConversionPage *self,
         GTask            *task)
{
  GCancellable *cancellable = g_task_get_cancellable (task);

  ec_session_relogin_async (ec_assistant_page_get_session (EC_ASSISTANT_PAGE (self)), cancellable,
                            on_relogged_in_cb, task);
}

/* Shows the reply and keeps it in the choices: a conversion finished, or
 * a form to print.  Either way the learner reads the reply before moving
 * on. */
static void
finish_with_request (EcConversionPage       *self,
                     GTask                  *task,
                     const EcAccountRequest *request)
{
  self->reply = request->reply;
  ec_learner_choices_set_conversion_reply (ec_assistant_page_get_choices (EC_ASSISTANT_PAGE (self)), self->reply);

  ec_conversion_reply_view_set_client (self->reply_view, ec_assistant_page_get_client (EC_ASSISTANT_PAGE (self)));
  ec_conversion_reply_view_show_request (self->reply_view, request);
  gtk_widget_set_sensitive (self->request_box, FALSE);
  gtk_widget_show (GTK_WIDGET (self->reply_view));
  ec_message_label_show (self->error_label, NULL);
  update_complete (self);

  if (self->reply == EC_CONVERSION_REPLY_CONVERTED)
    relogin (self, task);
  else
    {
      g_task_return_boolean (task, FALSE);
      g_object_unref (task);
    }
}

static void
on_requests_listed_cb (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  GTask            *task = user_data;
  EcConversionPage *self = g_task_get_source_object (task);
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) requests = NULL;

  requests = ec_api_client_list_account_requests_finish (EC_API_CLIENT (source), result, &error);

  /* Newest first: the pending one. */
  for (guint i = 0; requests != NULL && i < requests->len; i++)
    {
      const EcAccountRequest *request = g_ptr_array_index (requests, i);

      if (request->status == EC_ACCOUNT_REQUEST_STATUS_PENDING)
        {
          finish_with_request (self, task, request);
          return;
        }
    }

  /* A conflict with no pending request to show: the service contradicts
   * itself. */
  if (error == NULL)
    error = g_error_new_literal (EC_CLIENT_ERROR, EC_CLIENT_ERROR_MALFORMED_REPLY,
                                 _ ("The service's answer could not be read. Try again later."));
  if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    ec_message_label_show (self->error_label, error->message);
  g_task_return_error (task, g_steal_pointer (&error));
  g_object_unref (task);
}

static void
show_error (EcConversionPage *self,
            const GError     *error)
{
  const char *field = error->domain == EC_CLIENT_ERROR ? ec_client_error_get_field (error) : NULL;
  const char *code = error->domain == EC_CLIENT_ERROR ? ec_client_error_get_code (error) : NULL;

  if (g_strcmp0 (code, "not_advanced_member") == 0)
    {
      EcLearnerChoices *choices = ec_assistant_page_get_choices (EC_ASSISTANT_PAGE (self));

      /* Back leads to the profile page, which asks for exactly these. */
      ec_learner_choices_set_profile_missing (choices, ec_profile_missing_from_strv (ec_client_error_get_missing (error), NULL));
      ec_message_label_show (self->error_label, _ ("Your profile lacks what an advanced member needs. Go back to fill "
                                                   "it in, then apply again."));
    }
  else if (g_error_matches (error, EC_CLIENT_ERROR, EC_CLIENT_ERROR_FORBIDDEN))
    ec_message_label_show (self->error_label, _ ("Only a 我的e政府 member account can apply. Go back and log in with the "
                                                 "member account you want converted."));
  else if (g_strcmp0 (field, "agency_oid") == 0)
    ec_message_label_show (self->oid_error_label, error->message);
  else if (g_strcmp0 (field, "reason") == 0)
    ec_message_label_show (self->reason_error_label, error->message);
  else
    ec_message_label_show (self->error_label, error->message);
}

static void
on_request_created_cb (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  GTask            *task = user_data;
  EcConversionPage *self = g_task_get_source_object (task);
  g_autoptr (GError) error = NULL;
  g_autoptr (EcAccountRequest) request = NULL;
  const char *code;

  request = ec_api_client_create_account_request_finish (EC_API_CLIENT (source), result, &error);
  if (request != NULL)
    {
      finish_with_request (self, task, request);
      return;
    }

  code = error != NULL && error->domain == EC_CLIENT_ERROR ? ec_client_error_get_code (error) : NULL;
  if (g_strcmp0 (code, "conflict") == 0)
    {
      /* A request made earlier (perhaps elsewhere) still waits:
       * show it, with its form, rather than an error. */
      GCancellable *cancellable = g_task_get_cancellable (task);

      ec_api_client_list_account_requests_async (EC_API_CLIENT (source), cancellable, on_requests_listed_cb, task);
      return;
    }
  if (g_strcmp0 (code, "already_official") == 0)
    {
      /* Converted before: what is left is the new login. */
      self->reply = EC_CONVERSION_REPLY_CONVERTED;
      ec_learner_choices_set_conversion_reply (ec_assistant_page_get_choices (EC_ASSISTANT_PAGE (self)),
                                               self->reply);
      ec_conversion_reply_view_show_already_official (self->reply_view);
      gtk_widget_set_sensitive (self->request_box, FALSE);
      gtk_widget_show (GTK_WIDGET (self->reply_view));
      relogin (self, task);
      return;
    }

  if (error == NULL)
    error = g_error_new_literal (EC_CLIENT_ERROR, EC_CLIENT_ERROR_MALFORMED_REPLY,
                                 _ ("The service's answer could not be read. Try again later."));
  if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    show_error (self, error);
  g_task_return_error (task, g_steal_pointer (&error));
  g_object_unref (task);
}

static void
ec_conversion_page_apply_async (EcAssistantPage    *page,
                                GCancellable       *cancellable,
                                GAsyncReadyCallback callback,
                                gpointer            user_data)
{
  EcConversionPage *self = EC_CONVERSION_PAGE (page);
  GTask            *task = g_task_new (self, cancellable, callback, user_data);
  g_autofree char  *reason = NULL;

  g_task_set_source_tag (task, ec_conversion_page_apply_async);

  if (self->reply != EC_CONVERSION_REPLY_NONE)
    {
      /* A re-login that failed can be tried again; otherwise move on. */
      if (self->reply == EC_CONVERSION_REPLY_CONVERTED
          && !ec_session_get_logged_in (ec_assistant_page_get_session (page)))
        {
          relogin (self, task);
          return;
        }
      g_task_return_boolean (task, TRUE);
      g_object_unref (task);
      return;
    }

  ec_message_label_show (self->error_label, NULL);
  if (self->idempotency_key == NULL)
    self->idempotency_key = g_uuid_string_random ();
  reason = dup_trimmed (gtk_entry_get_text (self->reason_entry));
  ec_api_client_create_account_request_async (ec_assistant_page_get_client (page), gtk_entry_get_text (self->oid_entry),
                                              reason, self->idempotency_key, cancellable, on_request_created_cb,
                                              task);
}

static gboolean
ec_conversion_page_is_relevant (EcAssistantPage *page)
{
  return ec_assistant_page_get_session (page) != NULL
         && ec_learner_choices_wants_conversion (ec_assistant_page_get_choices (page));
}

static void
ec_conversion_page_dispose (GObject *object)
{
  EcConversionPage *self = EC_CONVERSION_PAGE (object);

  g_clear_handle_id (&self->agency_timeout, g_source_remove);
  g_cancellable_cancel (self->agency_cancellable);
  g_clear_object (&self->agency_cancellable);

  G_OBJECT_CLASS (ec_conversion_page_parent_class)->dispose (object);
}

static void
ec_conversion_page_finalize (GObject *object)
{
  EcConversionPage *self = EC_CONVERSION_PAGE (object);

  g_free (self->idempotency_key);

  G_OBJECT_CLASS (ec_conversion_page_parent_class)->finalize (object);
}

static void
ec_conversion_page_class_init (EcConversionPageClass *klass)
{
  GObjectClass         *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass       *widget_class = GTK_WIDGET_CLASS (klass);
  EcAssistantPageClass *page_class = EC_ASSISTANT_PAGE_CLASS (klass);

  object_class->dispose = ec_conversion_page_dispose;
  object_class->finalize = ec_conversion_page_finalize;
  page_class->is_relevant = ec_conversion_page_is_relevant;
  page_class->apply_async = ec_conversion_page_apply_async;

  g_type_ensure (EC_TYPE_CONVERSION_REPLY_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/ec-conversion-page.ui");
  gtk_widget_class_bind_template_child (widget_class, EcConversionPage, request_box);
  gtk_widget_class_bind_template_child (widget_class, EcConversionPage, oid_entry);
  gtk_widget_class_bind_template_child (widget_class, EcConversionPage, agency_label);
  gtk_widget_class_bind_template_child (widget_class, EcConversionPage, oid_error_label);
  gtk_widget_class_bind_template_child (widget_class, EcConversionPage, reason_entry);
  gtk_widget_class_bind_template_child (widget_class, EcConversionPage, reason_error_label);
  gtk_widget_class_bind_template_child (widget_class, EcConversionPage, error_label);
  gtk_widget_class_bind_template_child (widget_class, EcConversionPage, reply_view);
  gtk_widget_class_bind_template_callback (widget_class, on_oid_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_reason_changed_cb);
}

static void
ec_conversion_page_init (EcConversionPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  atk_object_set_name (gtk_widget_get_accessible (GTK_WIDGET (self->oid_entry)), _ ("Agency OID"));
  atk_object_set_name (gtk_widget_get_accessible (GTK_WIDGET (self->reason_entry)), _ ("Reason"));
}
