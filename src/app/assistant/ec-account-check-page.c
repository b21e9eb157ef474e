/* ec-account-check-page.c: which official accounts the learner holds.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-account-check-page"

#include "config.h"

#include <glib/gi18n.h>

#include "assistant/ec-account-check-page.h"
#include "ec-core.h"
#include "ec-error-message.h"
#include "ec-message-label.h"

/* The official account lookup (公務帳號查詢, DOMAIN.md): the learner types
 * an ID number and a name, the page checks both with the core as they are
 * typed, and Next asks the service.  The first Next shows what the service
 * found and stays, so that the learner reads it; the next one moves on.
 * The ID number lives in the masked entry only: it is never logged, shown
 * in another label or stored in the choices, which keep the outcome. */

struct _EcAccountCheckPage {
  EcAssistantPage parent_instance;

  /* Template children. */
  GtkEntry       *id_entry;
  GtkLabel       *id_error_label;
  GtkCheckButton *reveal_check;
  GtkEntry       *name_entry;
  GtkLabel       *name_error_label;
  GtkLabel       *error_label;
  GtkWidget      *result_box;
  GtkGrid        *result_grid;
  GtkLabel       *next_step_label;
  GtkWidget      *forgot_button;
  GtkWidget      *register_button;

  /* The result on screen is the one for the fields as they are. */
  gboolean has_result;
  /* The kind of the first account found, for a forgotten password. */
  const char *recovery_route;
};

G_DEFINE_FINAL_TYPE (EcAccountCheckPage, ec_account_check_page, EC_TYPE_ASSISTANT_PAGE)

static void
clear_result (EcAccountCheckPage *self)
{
  g_autoptr (GList) children = gtk_container_get_children (GTK_CONTAINER (self->result_grid));

  for (GList *l = children; l != NULL; l = l->next)
    gtk_widget_destroy (l->data);
  gtk_widget_hide (self->result_box);
  ec_message_label_show (self->error_label, NULL);
  self->has_result = FALSE;
  self->recovery_route = NULL;
  ec_learner_choices_set_lookup_outcome (ec_assistant_page_get_choices (EC_ASSISTANT_PAGE (self)),
                                         EC_LOOKUP_OUTCOME_NONE);
}

static void
on_entry_changed_cb (EcAccountCheckPage *self)
{
  g_autofree char *id_number = ec_id_number_normalize (gtk_entry_get_text (self->id_entry));
  const char      *name = gtk_entry_get_text (self->name_entry);
  g_autoptr (GError) id_error = NULL;
  g_autoptr (GError) name_error = NULL;
  gboolean id_valid;
  gboolean name_valid;

  clear_result (self);

  /* An empty field is not wrong yet, only not filled in. */
  id_valid = ec_id_number_validate (id_number, NULL, &id_error);
  name_valid = ec_person_name_validate (name, &name_error);
  ec_message_label_show (self->id_error_label, *id_number != '\0' && id_error != NULL ? id_error->message : NULL);
  ec_message_label_show (self->name_error_label, *name != '\0' && name_error != NULL ? name_error->message : NULL);

  ec_assistant_page_set_complete (EC_ASSISTANT_PAGE (self), id_valid && name_valid);
}

static void
on_reveal_toggled_cb (EcAccountCheckPage *self)
{
  gtk_entry_set_visibility (self->id_entry,
                            gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->reveal_check)));
}

/* The lookup shows accounts masked: the learner types the login in the
 * recovery dialog. */
static void
on_forgot_button_clicked_cb (EcAccountCheckPage *self)
{
  ec_assistant_page_request_recovery (EC_ASSISTANT_PAGE (self),
                                      self->recovery_route != NULL ? self->recovery_route : "gov-tw", NULL);
}

static void
add_cell (EcAccountCheckPage *self,
          const char         *text,
          int                 column,
          int                 row,
          gboolean            header)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (header)
    gtk_style_context_add_class (gtk_widget_get_style_context (label), "dim-label");
  gtk_widget_show (label);
  gtk_grid_attach (self->result_grid, label, column, row, 1, 1);
}

static const char *
kind_label (EcAccountKind kind)
{
  if (kind == EC_ACCOUNT_KIND_OFFICIAL)
    return _ ("Official account");
  return _ ("Natural person");
}

static const char *
next_step_text (EcAccountCheckPage *self,
                EcLookupOutcome     outcome)
{
  EcLearnerChoices *choices = ec_assistant_page_get_choices (EC_ASSISTANT_PAGE (self));

  switch (outcome)
    {
    case EC_LOOKUP_OUTCOME_OFFICIAL:
      return _ ("Log in with your official account: your hours then reach the networks.");
    case EC_LOOKUP_OUTCOME_NATURAL_PERSON_ONLY:
      if (ec_learner_choices_get_has_identity (choices)
          && ec_learner_choices_get_identity (choices) == EC_IDENTITY_EDUCATOR)
        return _ ("Your account is a plain member account (自然人). Apply to convert it into "
                  "「公務人員之教育人員」, or your hours will not reach the networks.");
      return _ ("Your account is a plain member account (自然人). Apply to convert it into an "
                "official account, or your hours will not reach the networks.");
    case EC_LOOKUP_OUTCOME_NO_ACCOUNT:
    case EC_LOOKUP_OUTCOME_NONE:
    default:
      return _ ("No account was found for this ID number and name. Register a general member at "
                "我的e政府, then apply for an official account.");
    }
}

/* Shows the accounts found, and returns what they mean for the learner. */
static EcLookupOutcome
show_result (EcAccountCheckPage *self,
             GPtrArray          *accounts)
{
  EcLookupOutcome outcome = EC_LOOKUP_OUTCOME_NO_ACCOUNT;
  guint           n = accounts->len;

  if (n > 0)
    {
      add_cell (self, _ ("Account"), 0, 0, TRUE);
      add_cell (self, _ ("Name"), 1, 0, TRUE);
      add_cell (self, _ ("Identity"), 2, 0, TRUE);
    }

  for (guint i = 0; i < n; i++)
    {
      const EcMaskedAccount *account = g_ptr_array_index (accounts, i);

      add_cell (self, account->login_masked, 0, i + 1, FALSE);
      add_cell (self, account->name, 1, i + 1, FALSE);
      add_cell (self, kind_label (account->kind), 2, i + 1, FALSE);

      if (self->recovery_route == NULL)
        self->recovery_route = ec_account_type_to_string (account->type);
      if (account->kind == EC_ACCOUNT_KIND_OFFICIAL)
        outcome = EC_LOOKUP_OUTCOME_OFFICIAL;
      else if (outcome != EC_LOOKUP_OUTCOME_OFFICIAL)
        outcome = EC_LOOKUP_OUTCOME_NATURAL_PERSON_ONLY;
    }

  gtk_widget_set_visible (GTK_WIDGET (self->result_grid), n > 0);
  /* Next leads on (to the login, or to the application); the other two
   * ways out are here. */
  gtk_widget_set_visible (self->forgot_button, n > 0);
  gtk_widget_set_visible (self->register_button, n == 0);
  gtk_label_set_text (self->next_step_label, next_step_text (self, outcome));
  gtk_widget_show (self->result_box);
  return outcome;
}

/* A refused field under its entry; anything else (with how long to wait,
 * if the service said) under the form. */
static void
show_error (EcAccountCheckPage *self,
            const GError       *error)
{
  const char      *field = NULL;
  g_autofree char *message = NULL;

  if (error->domain == EC_CLIENT_ERROR)
    field = ec_client_error_get_field (error);
  if (g_strcmp0 (field, "id_number") == 0)
    ec_message_label_show (self->id_error_label, error->message);
  else if (g_strcmp0 (field, "name") == 0)
    ec_message_label_show (self->name_error_label, error->message);
  else
    {
      message = ec_error_message_for_learner (error);
      ec_message_label_show (self->error_label, message);
    }
}

static void
on_lookup_done_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr (GTask) task = user_data;
  EcAccountCheckPage *self = g_task_get_source_object (task);
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) accounts = NULL;
  EcLookupOutcome outcome;

  accounts = ec_api_client_lookup_accounts_finish (EC_API_CLIENT (source), result, &error);
  if (accounts == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_error (self, error);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  outcome = show_result (self, accounts);
  ec_learner_choices_set_lookup_outcome (ec_assistant_page_get_choices (EC_ASSISTANT_PAGE (self)), outcome);
  self->has_result = TRUE;

  /* Stay: the learner reads the result before moving on. */
  g_task_return_boolean (task, FALSE);
}

static void
ec_account_check_page_apply_async (EcAssistantPage    *page,
                                   GCancellable       *cancellable,
                                   GAsyncReadyCallback callback,
                                   gpointer            user_data)
{
  EcAccountCheckPage *self = EC_ACCOUNT_CHECK_PAGE (page);
  g_autoptr (GTask) task = g_task_new (self, cancellable, callback, user_data);
  g_autofree char *id_number = NULL;
  g_autofree char *name = NULL;

  g_task_set_source_tag (task, ec_account_check_page_apply_async);

  if (self->has_result)
    {
      g_task_return_boolean (task, TRUE);
      return;
    }

  ec_message_label_show (self->error_label, NULL);
  id_number = ec_id_number_normalize (gtk_entry_get_text (self->id_entry));
  name = ec_person_name_normalize (gtk_entry_get_text (self->name_entry));
  ec_api_client_lookup_accounts_async (ec_assistant_page_get_client (page), id_number, name, cancellable,
                                       on_lookup_done_cb, g_steal_pointer (&task));
}

/* The page asks the service; without one it has nothing to offer.  The
 * general public needs no official account (DOMAIN.md): its 我的e政府
 * member account is the right one, so there is nothing to check. */
static gboolean
ec_account_check_page_is_relevant (EcAssistantPage *page)
{
  EcLearnerChoices *choices = ec_assistant_page_get_choices (page);

  if (ec_learner_choices_get_has_identity (choices)
      && ec_learner_choices_get_identity (choices) == EC_IDENTITY_GENERAL_PUBLIC)
    return FALSE;
  return ec_assistant_page_get_client (page) != NULL;
}

static void
ec_account_check_page_class_init (EcAccountCheckPageClass *klass)
{
  GtkWidgetClass       *widget_class = GTK_WIDGET_CLASS (klass);
  EcAssistantPageClass *page_class = EC_ASSISTANT_PAGE_CLASS (klass);

  page_class->is_relevant = ec_account_check_page_is_relevant;
  page_class->apply_async = ec_account_check_page_apply_async;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/ec-account-check-page.ui");
  gtk_widget_class_bind_template_child (widget_class, EcAccountCheckPage, id_entry);
  gtk_widget_class_bind_template_child (widget_class, EcAccountCheckPage, id_error_label);
  gtk_widget_class_bind_template_child (widget_class, EcAccountCheckPage, reveal_check);
  gtk_widget_class_bind_template_child (widget_class, EcAccountCheckPage, name_entry);
  gtk_widget_class_bind_template_child (widget_class, EcAccountCheckPage, name_error_label);
  gtk_widget_class_bind_template_child (widget_class, EcAccountCheckPage, error_label);
  gtk_widget_class_bind_template_child (widget_class, EcAccountCheckPage, result_box);
  gtk_widget_class_bind_template_child (widget_class, EcAccountCheckPage, result_grid);
  gtk_widget_class_bind_template_child (widget_class, EcAccountCheckPage, next_step_label);
  gtk_widget_class_bind_template_child (widget_class, EcAccountCheckPage, forgot_button);
  gtk_widget_class_bind_template_child (widget_class, EcAccountCheckPage, register_button);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_reveal_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_forgot_button_clicked_cb);
}

static void
ec_account_check_page_init (EcAccountCheckPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  atk_object_set_name (gtk_widget_get_accessible (GTK_WIDGET (self->id_entry)), _ ("ID number"));
  atk_object_set_name (gtk_widget_get_accessible (GTK_WIDGET (self->name_entry)), _ ("Name"));
}
