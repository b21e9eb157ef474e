/* ec-login-page.c: the credentials for the chosen route, remember me, and every login error.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-login-page"

#include "config.h"

#include <glib/gi18n.h>

#include "assistant/ec-login-page.h"
#include "ec-core.h"
#include "ec-error-message.h"
#include "ec-message-label.h"

/* The learner logs in to the learning service with the route chosen on the
 * route page, and the assistant leaves the session logged in for the main
 * window.  The fields follow the route: an account and a password, or a
 * certificate and its PIN.  The password lives in its entry only until the
 * login is done: it is handed to the session (which wipes its copy), never
 * logged or kept by the page, and the entry is cleared once logged in.
 *
 * The session itself says whether the learner is logged in: when it is,
 * on the route and account in the fields, Next moves on without logging
 * in again.  That is what lets the page stay after a login whose password
 * the keyring could not remember, so that the learner reads why, and move
 * on at the next press. */

struct _EcLoginPage {
  EcAssistantPage parent_instance;

  /* Template children. */
  GtkLabel       *route_label;
  GtkWidget      *warning_bar;
  GtkLabel       *warning_label;
  GtkLabel       *account_label;
  GtkEntry       *account_entry;
  GtkLabel       *account_hint_label;
  GtkLabel       *password_label;
  GtkEntry       *password_entry;
  GtkLabel       *password_error_label;
  GtkCheckButton *reveal_check;
  GtkCheckButton *remember_check;
  GtkWidget      *forgot_button;
  GtkLabel       *error_label;
  GtkLabel       *info_label;

  /* The route the fields were last laid out for; a different one empties
   * them, since an eCPA account is no certificate number. */
  gboolean     has_route;
  EcLoginRoute route;
};

G_DEFINE_FINAL_TYPE (EcLoginPage, ec_login_page, EC_TYPE_ASSISTANT_PAGE)


/* The API knows one certificate route: the service decides whether the
 * certificate is bound (docs/api.md, POST /api/v1/sessions). */
static const char *
api_route (EcLoginRoute route)
{
  switch (route)
    {
    case EC_LOGIN_ROUTE_ECPA:
      return "ecpa";
    case EC_LOGIN_ROUTE_GOV_TW:
      return "gov-tw";
    case EC_LOGIN_ROUTE_CERTIFICATE_BOUND:
    case EC_LOGIN_ROUTE_CERTIFICATE_UNBOUND:
      return "certificate";
    case EC_LOGIN_ROUTE_SOCIAL:
    default:
      return "social";
    }
}

static gboolean
is_certificate (EcLoginRoute route)
{
  return route == EC_LOGIN_ROUTE_CERTIFICATE_BOUND || route == EC_LOGIN_ROUTE_CERTIFICATE_UNBOUND;
}

/* Only eCPA and 我的e政府 passwords can be recovered by SMS: a PIN lives on
 * the card, and a social account's password is the social network's. */
static gboolean
has_recovery (EcLoginRoute route)
{
  return route == EC_LOGIN_ROUTE_ECPA || route == EC_LOGIN_ROUTE_GOV_TW;
}

static EcLoginRoute
current_route (EcLoginPage *self)
{
  return ec_learner_choices_get_route (ec_assistant_page_get_choices (EC_ASSISTANT_PAGE (self)));
}

/* The account as typed, without the spaces a paste brings along. */
static char *
dup_account (EcLoginPage *self)
{
  return g_strstrip (g_strdup (gtk_entry_get_text (self->account_entry)));
}

/* Whether the session is logged in already on the route and the account
 * in the fields, so that Next has nothing left to do. */
static gboolean
session_matches (EcLoginPage *self)
{
  EcSession       *session = ec_assistant_page_get_session (EC_ASSISTANT_PAGE (self));
  g_autofree char *account = dup_account (self);

  return session != NULL && ec_session_get_logged_in (session)
         && g_strcmp0 (ec_session_get_route (session), api_route (current_route (self))) == 0
         && g_strcmp0 (ec_session_get_login (session), account) == 0;
}

static void
clear_messages (EcLoginPage *self)
{
  ec_message_label_show (self->password_error_label, NULL);
  ec_message_label_show (self->error_label, NULL);
  ec_message_label_show (self->info_label, NULL);
}

static void
update_complete (EcLoginPage *self)
{
  g_autofree char *account = dup_account (self);
  gboolean         filled = *account != '\0' && *gtk_entry_get_text (self->password_entry) != '\0';

  ec_assistant_page_set_complete (EC_ASSISTANT_PAGE (self), filled || session_matches (self));
}

static void
on_entry_changed_cb (EcLoginPage *self)
{
  clear_messages (self);
  update_complete (self);
}

static void
on_reveal_toggled_cb (EcLoginPage *self)
{
  gtk_entry_set_visibility (self->password_entry,
                            gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->reveal_check)));
}

/* The recovery dialog is the application's to open: the page only says
 * which login the learner wants to recover. */
static void
on_forgot_button_clicked_cb (EcLoginPage *self)
{
  g_autofree char *account = dup_account (self);

  ec_assistant_page_request_recovery (EC_ASSISTANT_PAGE (self), ec_login_route_to_string (current_route (self)), account);
}

static void
forget_password (EcLoginPage *self)
{
  gtk_entry_set_text (self->password_entry, "");
}

/* The consequence the core gives for routes whose hours never count, or
 * count for another account: the learner must read it before logging in. */
static const char *
route_warning (EcLoginPage *self,
               EcLoginRoute route)
{
  EcLearnerChoices    *choices = ec_assistant_page_get_choices (EC_ASSISTANT_PAGE (self));
  EcIdentity           identity = EC_IDENTITY_CIVIL_SERVANT;
  const EcRouteOption *option;
  EcRouteAdvice        advice;

  /* Without an identity, the official wording serves: it says the same of
   * a certificate and nearly the same of a social account. */
  if (ec_learner_choices_get_has_identity (choices))
    identity = ec_learner_choices_get_identity (choices);
  ec_route_advise (identity, ec_learner_choices_get_accounts_held (choices), &advice);
  option = ec_route_advice_get_option (&advice, route);

  if (option->verdict == EC_ROUTE_VERDICT_SEPARATE_ACCOUNT || option->verdict == EC_ROUTE_VERDICT_NEVER_COUNTS)
    return option->consequence;
  return NULL;
}

/* The fields' words follow the route: a certificate logs in with its
 * number and PIN. */
static void
label_fields (EcLoginPage *self,
              EcLoginRoute route)
{
  AtkObject *account_accessible = gtk_widget_get_accessible (GTK_WIDGET (self->account_entry));
  AtkObject *password_accessible = gtk_widget_get_accessible (GTK_WIDGET (self->password_entry));

  if (is_certificate (route))
    {
      gtk_label_set_text_with_mnemonic (self->account_label, _ ("Certificate n_umber"));
      gtk_label_set_text_with_mnemonic (self->password_label, _ ("_PIN"));
      gtk_button_set_label (GTK_BUTTON (self->reveal_check), _ ("_Show PIN"));
      gtk_button_set_label (GTK_BUTTON (self->remember_check), _ ("_Remember the PIN (in the keyring)"));
      atk_object_set_name (account_accessible, _ ("Certificate number"));
      atk_object_set_name (password_accessible, _ ("PIN"));
    }
  else
    {
      gtk_label_set_text_with_mnemonic (self->account_label, _ ("_Account"));
      gtk_label_set_text_with_mnemonic (self->password_label, _ ("_Password"));
      gtk_button_set_label (GTK_BUTTON (self->reveal_check), _ ("_Show password"));
      gtk_button_set_label (GTK_BUTTON (self->remember_check), _ ("_Remember password (in the keyring)"));
      atk_object_set_name (account_accessible, _ ("Account"));
      atk_object_set_name (password_accessible, _ ("Password"));
    }

  /* The API names a social account by its network and its name there. */
  if (route == EC_LOGIN_ROUTE_SOCIAL)
    ec_message_label_show (self->account_hint_label,
                           _ ("Type the social account as its network and your name there, for example "
                              "facebook:chang.yating."));
  else
    ec_message_label_show (self->account_hint_label, NULL);

  gtk_widget_set_visible (self->forgot_button, has_recovery (route));
}

static void
lay_out_for_route (EcLoginPage *self,
                   EcLoginRoute route)
{
  g_autofree char *summary = g_strdup_printf (_ ("Log in with: %s"), ec_login_route_get_label (route));
  const char      *warning = route_warning (self, route);

  gtk_label_set_text (self->route_label, summary);
  gtk_label_set_text (self->warning_label, warning != NULL ? warning : "");
  gtk_widget_set_visible (self->warning_bar, warning != NULL);
  label_fields (self, route);
}

static void
ec_login_page_shown (EcAssistantPage *page)
{
  EcLoginPage *self = EC_LOGIN_PAGE (page);
  EcLoginRoute route = current_route (self);
  EcSession   *session = ec_assistant_page_get_session (page);

  if (!self->has_route || self->route != route)
    {
      gtk_entry_set_text (self->account_entry, "");
      forget_password (self);
      self->route = route;
      self->has_route = TRUE;
    }
  lay_out_for_route (self, route);

  /* Back from a later page: the session is still logged in, so the fields
   * say on which account, and Next moves on. */
  if (session != NULL && ec_session_get_logged_in (session)
      && g_strcmp0 (ec_session_get_route (session), api_route (route)) == 0
      && *gtk_entry_get_text (self->account_entry) == '\0')
    gtk_entry_set_text (self->account_entry, ec_session_get_login (session));
  if (session_matches (self))
    forget_password (self);

  clear_messages (self);
  update_complete (self);
}

/* The learner's message for the error, with what the page adds to it: where
 * the password goes wrong and how to recover it, and what Next does now. */
static void
show_error (EcLoginPage  *self,
            const GError *error)
{
  EcLoginRoute     route = current_route (self);
  g_autofree char *message = ec_error_message_for_learner (error);
  g_autofree char *text = NULL;

  if (error->domain != EC_CLIENT_ERROR)
    {
      ec_message_label_show (self->error_label, message);
      return;
    }

  switch ((EcClientError) error->code)
    {
    case EC_CLIENT_ERROR_INVALID_CREDENTIALS:
      if (has_recovery (route))
        text = ec_error_message_join (message,
                                      _ ("Forgot it? Press “Forgot password?” below to recover it by SMS."));
      else if (is_certificate (route))
        text = ec_error_message_join (message,
                                      _ ("For a certificate, type the number on the card and the card’s PIN."));
      else
        text = g_strdup (message);
      ec_message_label_show (self->password_error_label, text);
      gtk_widget_grab_focus (GTK_WIDGET (self->password_entry));
      return;

    case EC_CLIENT_ERROR_OFFLINE:
      text = ec_error_message_join (message, _ ("Press Next again once you are connected."));
      break;

    case EC_CLIENT_ERROR_TIMED_OUT:
      text = ec_error_message_join (message, _ ("If this keeps happening, check your network connection."));
      break;

    case EC_CLIENT_ERROR_SESSION_EXPIRED:
      text = ec_error_message_join (message, _ ("Press Next to log in again."));
      break;

    default:
      /* A locked account and a rate limit: the message says how long to
       * wait already. */
      break;
    }

  ec_message_label_show (self->error_label, text != NULL ? text : message);
}

static void
on_logged_in_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr (GTask) task = user_data;
  EcLoginPage *self = g_task_get_source_object (task);
  g_autoptr (GError) remember_error = NULL;
  g_autoptr (GError) error = NULL;
  gboolean logged_in;

  logged_in = ec_session_login_finish (EC_SESSION (source), result, &remember_error, &error);

  /* Cancelled, perhaps because the page is going away: its widgets may be
   * gone, and the learner asked for silence.  A login that went through
   * anyway is found in the session at the next Next. */
  if (g_task_return_error_if_cancelled (task))
    return;

  if (!logged_in)
    {
      show_error (self, error);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  forget_password (self);

  if (remember_error != NULL)
    {
      g_autofree char *note = g_strdup_printf (_ ("Logged in, but the password could not be remembered: %s"),
                                               remember_error->message);
      g_autofree char *text = ec_error_message_join (note, _ ("Press Next to continue."));

      /* Stay: the learner reads why the password must be typed next time. */
      ec_message_label_show (self->info_label, text);
      g_task_return_boolean (task, FALSE);
      return;
    }

  g_task_return_boolean (task, TRUE);
}

static void
ec_login_page_apply_async (EcAssistantPage    *page,
                           GCancellable       *cancellable,
                           GAsyncReadyCallback callback,
                           gpointer            user_data)
{
  EcLoginPage *self = EC_LOGIN_PAGE (page);
  g_autoptr (GTask) task = g_task_new (self, cancellable, callback, user_data);
  g_autofree char *account = dup_account (self);
  gboolean         remember;

  g_task_set_source_tag (task, ec_login_page_apply_async);
  clear_messages (self);

  if (session_matches (self))
    {
      forget_password (self);
      g_task_return_boolean (task, TRUE);
      return;
    }

  remember = gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->remember_check));
  ec_session_login_async (ec_assistant_page_get_session (page), api_route (current_route (self)), account,
                          gtk_entry_get_text (self->password_entry), remember, cancellable, on_logged_in_cb,
                          g_steal_pointer (&task));
}

/* The page logs the session in, so it needs one.  A learner on the way to
 * a conversion logs in on the conversion pages instead, with the account
 * to convert; once a conversion was applied for, the pages after it say
 * how to log in again. */
static gboolean
ec_login_page_is_relevant (EcAssistantPage *page)
{
  EcLearnerChoices *choices = ec_assistant_page_get_choices (page);

  return ec_assistant_page_get_session (page) != NULL && !ec_learner_choices_wants_conversion (choices)
         && ec_learner_choices_get_conversion_reply (choices) == EC_CONVERSION_REPLY_NONE;
}

static void
ec_login_page_class_init (EcLoginPageClass *klass)
{
  GtkWidgetClass       *widget_class = GTK_WIDGET_CLASS (klass);
  EcAssistantPageClass *page_class = EC_ASSISTANT_PAGE_CLASS (klass);

  page_class->shown = ec_login_page_shown;
  page_class->is_relevant = ec_login_page_is_relevant;
  page_class->apply_async = ec_login_page_apply_async;


  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/ec-login-page.ui");
  gtk_widget_class_bind_template_child (widget_class, EcLoginPage, route_label);
  gtk_widget_class_bind_template_child (widget_class, EcLoginPage, warning_bar);
  gtk_widget_class_bind_template_child (widget_class, EcLoginPage, warning_label);
  gtk_widget_class_bind_template_child (widget_class, EcLoginPage, account_label);
  gtk_widget_class_bind_template_child (widget_class, EcLoginPage, account_entry);
  gtk_widget_class_bind_template_child (widget_class, EcLoginPage, account_hint_label);
  gtk_widget_class_bind_template_child (widget_class, EcLoginPage, password_label);
  gtk_widget_class_bind_template_child (widget_class, EcLoginPage, password_entry);
  gtk_widget_class_bind_template_child (widget_class, EcLoginPage, password_error_label);
  gtk_widget_class_bind_template_child (widget_class, EcLoginPage, reveal_check);
  gtk_widget_class_bind_template_child (widget_class, EcLoginPage, remember_check);
  gtk_widget_class_bind_template_child (widget_class, EcLoginPage, forgot_button);
  gtk_widget_class_bind_template_child (widget_class, EcLoginPage, error_label);
  gtk_widget_class_bind_template_child (widget_class, EcLoginPage, info_label);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_reveal_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_forgot_button_clicked_cb);
}

static void
ec_login_page_init (EcLoginPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* The choices are not set yet: until the page is shown with a route,
   * the fields read as for a password. */
  label_fields (self, EC_LOGIN_ROUTE_ECPA);
}
