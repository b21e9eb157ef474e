/* ec-recovery-dialog.c: a forgotten password, recovered by SMS.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-recovery-dialog"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "ec-client.h"
#include "ec-recovery-dialog.h"
#include "ec-core.h"
#include "ec-error-message.h"
#include "ec-message-label.h"

/* Password recovery by SMS, the way the platform recommends (docs/api.md,
 * POST /api/v1/password-recovery): the learner names the account and the
 * phone registered with it, the service texts a six-digit code, and the
 * code with a new password sets it.  Each stage checks its fields with the
 * core as they are typed and offers its button only when they would pass.
 *
 * The service never says whether the account and the phone matched, so
 * that it reveals neither: the dialog keeps that neutral wording.  The new
 * password lives in its two entries only; it is never logged, and the
 * entries are emptied when the dialog goes. */

#define CODE_DIGITS 6

struct _EcRecoveryDialog {
  GtkDialog parent_instance;

  /* Template children. */
  GtkButton       *send_button;
  GtkButton       *confirm_button;
  GtkSpinner      *spinner;
  GtkWidget       *content_box;
  GtkStack        *stack;
  GtkToggleButton *ecpa_radio;
  GtkToggleButton *gov_tw_radio;
  GtkEntry        *account_entry;
  GtkEntry        *phone_entry;
  GtkLabel        *phone_error_label;
  GtkLabel        *sent_label;
  GtkEntry        *code_entry;
  GtkLabel        *code_error_label;
  GtkEntry        *password_entry;
  GtkLabel        *password_error_label;
  GtkEntry        *repeat_entry;
  GtkLabel        *repeat_error_label;
  GtkCheckButton  *show_password_check;
  GtkButton       *resend_button;
  GtkLabel        *error_label;

  EcApiClient  *client;
  GCancellable *cancellable;
  /* The account the code was sent for: the one whose password changes,
   * even if the learner edits the first stage's fields afterwards. */
  char    *sent_route;
  char    *sent_account;
  gboolean busy;
  /* Set in dispose: the fields are going, nothing is left to check. */
  gboolean closing;
};

enum {
  SIGNAL_RECOVERED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (EcRecoveryDialog, ec_recovery_dialog, GTK_TYPE_DIALOG)

static const char *
selected_route (EcRecoveryDialog *self)
{
  return gtk_toggle_button_get_active (self->ecpa_radio) ? "ecpa" : "gov-tw";
}

/* The login as typed, without the spaces a paste brings along. */
static char *
typed_account (EcRecoveryDialog *self)
{
  return g_strstrip (g_strdup (gtk_entry_get_text (self->account_entry)));
}

static gboolean
send_fields_valid (EcRecoveryDialog *self)
{
  g_autofree char *account = typed_account (self);

  return *account != '\0' && ec_phone_number_validate (gtk_entry_get_text (self->phone_entry), NULL);
}

static gboolean
code_complete (const char *code)
{
  if (strlen (code) != CODE_DIGITS)
    return FALSE;
  for (const char *c = code; *c != '\0'; c++)
    if (!g_ascii_isdigit (*c))
      return FALSE;
  return TRUE;
}

static gboolean
code_has_non_digit (const char *code)
{
  for (const char *c = code; *c != '\0'; c++)
    if (!g_ascii_isdigit (*c))
      return TRUE;
  return FALSE;
}

static gboolean
confirm_fields_valid (EcRecoveryDialog *self)
{
  const char *password = gtk_entry_get_text (self->password_entry);

  return code_complete (gtk_entry_get_text (self->code_entry))
         && ec_password_validate (password, self->sent_account, NULL)
         && g_strcmp0 (password, gtk_entry_get_text (self->repeat_entry)) == 0;
}

static void
update_buttons (EcRecoveryDialog *self)
{
  if (self->closing)
    return;

  gtk_widget_set_sensitive (GTK_WIDGET (self->send_button), !self->busy && send_fields_valid (self));
  gtk_widget_set_sensitive (GTK_WIDGET (self->confirm_button), !self->busy && confirm_fields_valid (self));
  gtk_widget_set_sensitive (self->content_box, !self->busy);
  if (self->busy)
    gtk_spinner_start (self->spinner);
  else
    gtk_spinner_stop (self->spinner);
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), self->busy);
}

static void
set_busy (EcRecoveryDialog *self,
          gboolean          busy)
{
  self->busy = busy;
  update_buttons (self);
}

/* Each stage has its own button, and Enter in any of its entries presses
 * it. */
static void
show_stage (EcRecoveryDialog *self,
            gboolean          confirm)
{
  gtk_stack_set_visible_child_name (self->stack, confirm ? "confirm" : "send");
  gtk_widget_set_visible (GTK_WIDGET (self->send_button), !confirm);
  gtk_widget_set_visible (GTK_WIDGET (self->confirm_button), confirm);
  gtk_widget_grab_default (GTK_WIDGET (confirm ? self->confirm_button : self->send_button));
  ec_message_label_show (self->error_label, NULL);
  update_buttons (self);
}

static void
on_send_field_changed_cb (EcRecoveryDialog *self)
{
  const char *phone = gtk_entry_get_text (self->phone_entry);
  g_autoptr (GError) error = NULL;

  if (self->closing)
    return;

  /* An empty field is not wrong yet, only not filled in. */
  if (*phone != '\0' && !ec_phone_number_validate (phone, &error))
    ec_message_label_show (self->phone_error_label, error->message);
  else
    ec_message_label_show (self->phone_error_label, NULL);

  ec_message_label_show (self->error_label, NULL);
  update_buttons (self);
}

static void
on_confirm_field_changed_cb (EcRecoveryDialog *self)
{
  const char *code;
  const char *password;
  const char *repeat;
  g_autoptr (GError) error = NULL;

  if (self->closing)
    return;

  code = gtk_entry_get_text (self->code_entry);
  password = gtk_entry_get_text (self->password_entry);
  repeat = gtk_entry_get_text (self->repeat_entry);
  ec_message_label_show (self->code_error_label,
                         code_has_non_digit (code) ? _ ("The code has six digits, as in the SMS.") : NULL);

  if (*password != '\0' && !ec_password_validate (password, self->sent_account, &error))
    ec_message_label_show (self->password_error_label, error->message);
  else
    ec_message_label_show (self->password_error_label, NULL);

  ec_message_label_show (self->repeat_error_label, *repeat != '\0' && g_strcmp0 (password, repeat) != 0
                                                       ? _ ("The two passwords do not match.")
                                                       : NULL);

  ec_message_label_show (self->error_label, NULL);
  update_buttons (self);
}

static void
on_show_password_toggled_cb (EcRecoveryDialog *self)
{
  gboolean visible = gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->show_password_check));

  gtk_entry_set_visibility (self->password_entry, visible);
  gtk_entry_set_visibility (self->repeat_entry, visible);
}

/* The service's own codes for the code field say more than the generic
 * message of a refused field. */
static const char *
code_error_message (const GError *error)
{
  if (g_strcmp0 (ec_client_error_get_code (error), "invalid_code") == 0)
    return _ ("The code is wrong, has expired or was replaced by a newer one. Check the latest SMS, or send "
              "a new code.");
  return error->message;
}

/* A refused field's message goes under it, and the fields of the second
 * stage take the focus to be corrected; any other error goes above the
 * buttons, with how long to wait if the service said (the SMS requests are
 * rate-limited).  Each request names only its own fields (docs/api.md), so
 * one routing serves both. */
static void
show_error (EcRecoveryDialog *self,
            const GError     *error)
{
  const char      *field = NULL;
  g_autofree char *message = NULL;

  if (error->domain == EC_CLIENT_ERROR)
    field = ec_client_error_get_field (error);

  if (g_strcmp0 (field, "phone") == 0)
    ec_message_label_show (self->phone_error_label, error->message);
  else if (g_strcmp0 (field, "code") == 0)
    {
      ec_message_label_show (self->code_error_label, code_error_message (error));
      gtk_widget_grab_focus (GTK_WIDGET (self->code_entry));
    }
  else if (g_strcmp0 (field, "new_password") == 0)
    {
      ec_message_label_show (self->password_error_label, error->message);
      gtk_widget_grab_focus (GTK_WIDGET (self->password_entry));
    }
  else
    {
      message = ec_error_message_for_learner (error);
      ec_message_label_show (self->error_label, message);
    }
}

/* What both requests do first with their answer.  Returns whether there is
 * a reply to use: not when the dialog is closing (its cancellable is
 * cancelled only then, and whatever the answer, its widgets are gone), nor
 * when the request failed (@error, set exactly then), which this shows. */
static gboolean
finish_request (EcRecoveryDialog *self,
                const GError     *error)
{
  if (self->closing)
    return FALSE;

  set_busy (self, FALSE);
  if (error != NULL)
    {
      show_error (self, error);
      return FALSE;
    }
  return TRUE;
}

static void
on_request_done_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr (EcRecoveryDialog) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autofree char *sent_to = NULL;
  g_autofree char *sent = NULL;

  sent_to = ec_api_client_request_recovery_finish (EC_API_CLIENT (source), result, &error);
  if (!finish_request (self, error))
    return;

  g_free (self->sent_route);
  self->sent_route = g_strdup (selected_route (self));
  g_free (self->sent_account);
  self->sent_account = typed_account (self);

  /* Translators: %s is the phone number the code went to, masked by the
   * service, like 09*****678.  The service never says whether the account
   * and the phone matched: keep the sentence just as neutral. */
  sent = g_strdup_printf (_ ("If the account and the phone number match, a code was sent to %s. Type it "
                             "below with your new password."),
                          sent_to);
  gtk_label_set_text (self->sent_label, sent);

  gtk_entry_set_text (self->code_entry, "");
  ec_message_label_show (self->code_error_label, NULL);
  show_stage (self, TRUE);
  /* The password rules depend on the account, which may have changed. */
  on_confirm_field_changed_cb (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->code_entry));
}

static void
on_send_button_clicked_cb (EcRecoveryDialog *self)
{
  g_autofree char *account = typed_account (self);
  GCancellable    *cancellable = self->cancellable;

  if (self->busy || !send_fields_valid (self))
    return;

  ec_message_label_show (self->error_label, NULL);
  set_busy (self, TRUE);
  ec_api_client_request_recovery_async (self->client, selected_route (self), account,
                                        gtk_entry_get_text (self->phone_entry), cancellable,
                                        on_request_done_cb, g_object_ref (self));
}

static void
on_confirm_done_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr (EcRecoveryDialog) self = user_data;
  g_autoptr (GError) error = NULL;

  /* %FALSE comes with @error set: finish_request() tells. */
  ec_api_client_confirm_recovery_finish (EC_API_CLIENT (source), result, &error);
  if (!finish_request (self, error))
    return;

  /* The new password is set: the caller fills in the login it offers
   * next, and the learner types the password there. */
  g_signal_emit (self, signals[SIGNAL_RECOVERED], 0, self->sent_route, self->sent_account);
  gtk_dialog_response (GTK_DIALOG (self), GTK_RESPONSE_OK);
}

static void
on_confirm_button_clicked_cb (EcRecoveryDialog *self)
{
  GCancellable *cancellable = self->cancellable;

  if (self->busy || self->sent_account == NULL || !confirm_fields_valid (self))
    return;

  ec_message_label_show (self->error_label, NULL);
  set_busy (self, TRUE);
  ec_api_client_confirm_recovery_async (self->client, self->sent_route, self->sent_account,
                                        gtk_entry_get_text (self->code_entry),
                                        gtk_entry_get_text (self->password_entry), cancellable,
                                        on_confirm_done_cb, g_object_ref (self));
}

static void
on_resend_button_clicked_cb (EcRecoveryDialog *self)
{
  show_stage (self, FALSE);
  gtk_widget_grab_focus (GTK_WIDGET (self->phone_entry));
}

/* The new password leaves with the dialog, not later. */
static void
clear_password_entry (GtkEntry *entry)
{
  gtk_entry_set_text (entry, "");
}

static void
ec_recovery_dialog_dispose (GObject *object)
{
  EcRecoveryDialog *self = EC_RECOVERY_DIALOG (object);

  /* Only the first dispose finds the entries alive: the children go with
   * the chain-up below. */
  if (!self->closing)
    {
      self->closing = TRUE;
      g_cancellable_cancel (self->cancellable);
      clear_password_entry (self->password_entry);
      clear_password_entry (self->repeat_entry);
    }

  g_clear_object (&self->client);

  G_OBJECT_CLASS (ec_recovery_dialog_parent_class)->dispose (object);
}

static void
ec_recovery_dialog_finalize (GObject *object)
{
  EcRecoveryDialog *self = EC_RECOVERY_DIALOG (object);

  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->sent_route, g_free);
  g_clear_pointer (&self->sent_account, g_free);

  G_OBJECT_CLASS (ec_recovery_dialog_parent_class)->finalize (object);
}

/* GtkDialog re-styles the buttons of its header bar once it is built; the
 * stage buttons are the suggested ones. */
static void
ec_recovery_dialog_constructed (GObject *object)
{
  EcRecoveryDialog *self = EC_RECOVERY_DIALOG (object);

  G_OBJECT_CLASS (ec_recovery_dialog_parent_class)->constructed (object);

  gtk_style_context_add_class (gtk_widget_get_style_context (GTK_WIDGET (self->send_button)),
                               GTK_STYLE_CLASS_SUGGESTED_ACTION);
  gtk_style_context_add_class (gtk_widget_get_style_context (GTK_WIDGET (self->confirm_button)),
                               GTK_STYLE_CLASS_SUGGESTED_ACTION);
}

/* The dialog closes itself on any answer (set, cancelled, Escape), so that
 * whoever opened it only listens to "recovered"; dispose drops a request
 * still on its way. */
static void
ec_recovery_dialog_response (GtkDialog *dialog,
                             int        response_id)
{
  gtk_widget_destroy (GTK_WIDGET (dialog));
}

static void
ec_recovery_dialog_class_init (EcRecoveryDialogClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkDialogClass *dialog_class = GTK_DIALOG_CLASS (klass);

  object_class->constructed = ec_recovery_dialog_constructed;
  object_class->dispose = ec_recovery_dialog_dispose;
  object_class->finalize = ec_recovery_dialog_finalize;
  dialog_class->response = ec_recovery_dialog_response;

  signals[SIGNAL_RECOVERED] = g_signal_new ("recovered", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                            NULL, NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/ec-recovery-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, EcRecoveryDialog, send_button);
  gtk_widget_class_bind_template_child (widget_class, EcRecoveryDialog, confirm_button);
  gtk_widget_class_bind_template_child (widget_class, EcRecoveryDialog, spinner);
  gtk_widget_class_bind_template_child (widget_class, EcRecoveryDialog, content_box);
  gtk_widget_class_bind_template_child (widget_class, EcRecoveryDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, EcRecoveryDialog, ecpa_radio);
  gtk_widget_class_bind_template_child (widget_class, EcRecoveryDialog, gov_tw_radio);
  gtk_widget_class_bind_template_child (widget_class, EcRecoveryDialog, account_entry);
  gtk_widget_class_bind_template_child (widget_class, EcRecoveryDialog, phone_entry);
  gtk_widget_class_bind_template_child (widget_class, EcRecoveryDialog, phone_error_label);
  gtk_widget_class_bind_template_child (widget_class, EcRecoveryDialog, sent_label);
  gtk_widget_class_bind_template_child (widget_class, EcRecoveryDialog, code_entry);
  gtk_widget_class_bind_template_child (widget_class, EcRecoveryDialog, code_error_label);
  gtk_widget_class_bind_template_child (widget_class, EcRecoveryDialog, password_entry);
  gtk_widget_class_bind_template_child (widget_class, EcRecoveryDialog, password_error_label);
  gtk_widget_class_bind_template_child (widget_class, EcRecoveryDialog, repeat_entry);
  gtk_widget_class_bind_template_child (widget_class, EcRecoveryDialog, repeat_error_label);
  gtk_widget_class_bind_template_child (widget_class, EcRecoveryDialog, show_password_check);
  gtk_widget_class_bind_template_child (widget_class, EcRecoveryDialog, resend_button);
  gtk_widget_class_bind_template_child (widget_class, EcRecoveryDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_send_field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_confirm_field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_show_password_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_send_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_confirm_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_resend_button_clicked_cb);
}

static void
set_accessible_name (gpointer    widget,
                     const char *name)
{
  atk_object_set_name (gtk_widget_get_accessible (GTK_WIDGET (widget)), name);
}

static void
ec_recovery_dialog_init (EcRecoveryDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();

  set_accessible_name (self->ecpa_radio, _ ("eCPA (人事服務網)"));
  set_accessible_name (self->gov_tw_radio, _ ("My e-Government (我的e政府)"));
  set_accessible_name (self->account_entry, _ ("Login"));
  set_accessible_name (self->phone_entry, _ ("Registered phone number"));
  set_accessible_name (self->code_entry, _ ("Verification code"));
  set_accessible_name (self->password_entry, _ ("New password"));
  set_accessible_name (self->repeat_entry, _ ("New password, again"));
  set_accessible_name (self->show_password_check, _ ("Show passwords"));
  set_accessible_name (self->resend_button, _ ("Send a new code"));
  set_accessible_name (self->send_button, _ ("Send code"));
  set_accessible_name (self->confirm_button, _ ("Change password"));

  show_stage (self, FALSE);
}

/**
 * ec_recovery_dialog_new:
 * @parent: (nullable): the window the dialog is for
 * @client: the service's client
 * @route: (nullable): "ecpa" or "gov-tw", the account type to offer first
 * @account: (nullable): the login to fill in
 *
 * A modal dialog that destroys itself when it is answered: with
 * %GTK_RESPONSE_OK after "recovered", or cancelled.
 *
 * Returns: (transfer none): the dialog, not shown yet.
 */
EcRecoveryDialog *
ec_recovery_dialog_new (GtkWindow   *parent,
                        EcApiClient *client,
                        const char  *route,
                        const char  *account)
{
  EcRecoveryDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (EC_IS_API_CLIENT (client), NULL);

  self = g_object_new (EC_TYPE_RECOVERY_DIALOG, "use-header-bar", TRUE, "transient-for", parent, "modal", TRUE,
                       "destroy-with-parent", TRUE, NULL);
  self->client = g_object_ref (client);

  if (g_strcmp0 (route, "ecpa") == 0)
    gtk_toggle_button_set_active (self->ecpa_radio, TRUE);
  else
    gtk_toggle_button_set_active (self->gov_tw_radio, TRUE);
  if (account != NULL)
    gtk_entry_set_text (self->account_entry, account);

  /* The first field still to fill in has the focus. */
  gtk_widget_grab_focus (GTK_WIDGET (account != NULL && *account != '\0' ? self->phone_entry
                                                                         : self->account_entry));
  return self;
}
