/* ec-conversion-login-page.c: log in with the natural-person account to be converted.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-conversion-login-page"

#include "config.h"

#include <glib/gi18n.h>

#include "assistant/ec-conversion-login-page.h"
#include "ec-error-message.h"
#include "ec-message-label.h"

/* The first step of a conversion (自然人轉公務員, DOMAIN.md): the learner
 * logs in with the 我的e政府 member account that is to become official,
 * and the page then asks the service which profile fields keep that member
 * from being an advanced member, so that the profile page shows only
 * those.  The session keeps the password in memory for the one re-login
 * that a conversion needs; the entry is emptied as soon as the login
 * worked, so the password lives nowhere else in the page. */

/* The route this page logs in on: conversions are for 我的e政府 accounts
 * only (docs/api.md, POST /api/v1/applications). */
#define ROUTE "gov-tw"

struct _EcConversionLoginPage {
  EcAssistantPage parent_instance;

  /* Template children. */
  GtkWidget      *register_box;
  GtkEntry       *account_entry;
  GtkEntry       *password_entry;
  GtkCheckButton *reveal_check;
  GtkLabel       *error_label;
  GtkWidget      *official_label;
};

G_DEFINE_FINAL_TYPE (EcConversionLoginPage, ec_conversion_login_page, EC_TYPE_ASSISTANT_PAGE)


static void
on_entry_changed_cb (EcConversionLoginPage *self)
{
  /* Whatever the page said was about what was typed before. */
  ec_message_label_show (self->error_label, NULL);
  gtk_widget_hide (self->official_label);

  ec_assistant_page_set_complete (EC_ASSISTANT_PAGE (self),
                                  *gtk_entry_get_text (self->account_entry) != '\0'
                                      && *gtk_entry_get_text (self->password_entry) != '\0');
}

static void
on_reveal_toggled_cb (EcConversionLoginPage *self)
{
  gtk_entry_set_visibility (self->password_entry,
                            gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->reveal_check)));
}

static void
on_recover_clicked_cb (EcConversionLoginPage *self)
{
  ec_assistant_page_request_recovery (EC_ASSISTANT_PAGE (self), ROUTE, gtk_entry_get_text (self->account_entry));
}

static void
show_error (EcConversionLoginPage *self,
            const GError          *error)
{
  g_autofree char *message = ec_error_message_for_learner (error);

  ec_message_label_show (self->error_label, message);
}

static gboolean
account_is_official (const EcAccount *account)
{
  return account != NULL && account->kind == EC_ACCOUNT_KIND_OFFICIAL;
}

static void
on_profile_done_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr (GTask) task = user_data;
  EcConversionLoginPage *self = g_task_get_source_object (task);
  g_autoptr (GError) error = NULL;
  g_autoptr (EcProfile) profile = NULL;

  profile = ec_api_client_get_profile_finish (EC_API_CLIENT (source), result, &error);
  if (profile == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_error (self, error);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  ec_learner_choices_set_profile_missing (ec_assistant_page_get_choices (EC_ASSISTANT_PAGE (self)),
                                          profile->missing);
  g_task_return_boolean (task, TRUE);
}

static void
on_login_done_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr (GTask) task = user_data;
  EcConversionLoginPage *self = g_task_get_source_object (task);
  EcSession             *session = EC_SESSION (source);
  g_autoptr (GError) error = NULL;
  GCancellable *cancellable;

  if (!ec_session_login_finish (session, result, NULL, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_error (self, error);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  /* The session keeps what it needs for the re-login; the page keeps
   * nothing. */
  gtk_entry_set_text (self->password_entry, "");

  /* Converting an official account is refused (409 already_official):
   * say so here instead of leading the learner through forms for
   * nothing. */
  if (account_is_official (ec_session_get_account (session)))
    {
      gtk_widget_show (self->official_label);
      g_task_return_boolean (task, FALSE);
      return;
    }

  cancellable = g_task_get_cancellable (task);
  ec_api_client_get_profile_async (ec_session_get_client (session), cancellable, on_profile_done_cb,
                                   g_steal_pointer (&task));
}

static void
ec_conversion_login_page_apply_async (EcAssistantPage    *page,
                                      GCancellable       *cancellable,
                                      GAsyncReadyCallback callback,
                                      gpointer            user_data)
{
  EcConversionLoginPage *self = EC_CONVERSION_LOGIN_PAGE (page);
  EcSession             *session = ec_assistant_page_get_session (page);
  g_autoptr (GTask) task = g_task_new (self, cancellable, callback, user_data);

  g_task_set_source_tag (task, ec_conversion_login_page_apply_async);

  ec_message_label_show (self->error_label, NULL);
  gtk_widget_hide (self->official_label);

  /* A conversion ends with a re-login (DOMAIN.md, "After conversion"):
   * the session keeps this password in memory for it, so that the
   * learner is not asked twice. */
  ec_session_keep_password_for_relogin (session);
  ec_session_login_async (session, ROUTE, gtk_entry_get_text (self->account_entry),
                          gtk_entry_get_text (self->password_entry), FALSE, cancellable, on_login_done_cb,
                          g_steal_pointer (&task));
}

/* Only a learner who should convert and has not applied yet in the
 * assistant logs in here; without a session there is nobody to log in. */
static gboolean
ec_conversion_login_page_is_relevant (EcAssistantPage *page)
{
  EcLearnerChoices *choices = ec_assistant_page_get_choices (page);

  return ec_assistant_page_get_session (page) != NULL
         && ec_learner_choices_wants_conversion (choices)
         && ec_learner_choices_get_conversion_reply (choices) == EC_CONVERSION_REPLY_NONE;
}

static void
ec_conversion_login_page_shown (EcAssistantPage *page)
{
  EcConversionLoginPage *self = EC_CONVERSION_LOGIN_PAGE (page);
  EcLearnerChoices      *choices = ec_assistant_page_get_choices (page);

  gtk_widget_set_visible (self->register_box,
                          ec_learner_choices_get_lookup_outcome (choices) == EC_LOOKUP_OUTCOME_NO_ACCOUNT);
}

static void
ec_conversion_login_page_dispose (GObject *object)
{
  EcConversionLoginPage *self = EC_CONVERSION_LOGIN_PAGE (object);

  /* A password typed but never sent goes with the page. */
  if (self->password_entry != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->password_entry, self);
      gtk_entry_set_text (self->password_entry, "");
      self->password_entry = NULL;
    }

  G_OBJECT_CLASS (ec_conversion_login_page_parent_class)->dispose (object);
}

static void
ec_conversion_login_page_class_init (EcConversionLoginPageClass *klass)
{
  GObjectClass         *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass       *widget_class = GTK_WIDGET_CLASS (klass);
  EcAssistantPageClass *page_class = EC_ASSISTANT_PAGE_CLASS (klass);

  object_class->dispose = ec_conversion_login_page_dispose;

  page_class->shown = ec_conversion_login_page_shown;
  page_class->is_relevant = ec_conversion_login_page_is_relevant;
  page_class->apply_async = ec_conversion_login_page_apply_async;


  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/ec-conversion-login-page.ui");
  gtk_widget_class_bind_template_child (widget_class, EcConversionLoginPage, register_box);
  gtk_widget_class_bind_template_child (widget_class, EcConversionLoginPage, account_entry);
  gtk_widget_class_bind_template_child (widget_class, EcConversionLoginPage, password_entry);
  gtk_widget_class_bind_template_child (widget_class, EcConversionLoginPage, reveal_check);
  gtk_widget_class_bind_template_child (widget_class, EcConversionLoginPage, error_label);
  gtk_widget_class_bind_template_child (widget_class, EcConversionLoginPage, official_label);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_reveal_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_recover_clicked_cb);
}

static void
ec_conversion_login_page_init (EcConversionLoginPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  atk_object_set_name (gtk_widget_get_accessible (GTK_WIDGET (self->account_entry)), _ ("我的e政府 account"));
  atk_object_set_name (gtk_widget_get_accessible (GTK_WIDGET (self->password_entry)), _ ("Password"));
}
