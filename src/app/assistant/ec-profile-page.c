/* ec-profile-page.c: the profile fields an advanced member needs.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-profile-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ec-core.h"
#include "assistant/ec-profile-page.h"
#include "ec-message-label.h"

/* Only an advanced member (進階會員) may apply for a conversion (DOMAIN.md):
 * the conversion login page asked the service which fields keep the
 * member from being one, and this page shows those fields only, checks
 * them with the core's validators as they are typed, and sends just what
 * was filled in (PUT /api/v1/profile).  The service judges again; its
 * `missing` list decides whether the page moves on.
 *
 * The ID number lives in its masked entry only: it goes into the request
 * and nowhere else (no log, no label, no choice), and the entries are
 * emptied when the page goes away. */

struct _EcProfilePage {
  EcAssistantPage parent_instance;

  /* Template children. */
  GtkWidget      *birthday_box;
  GtkEntry       *birthday_entry;
  GtkLabel       *birthday_error_label;
  GtkWidget      *document_box;
  GtkWidget      *id_radio;
  GtkWidget      *id_box;
  GtkEntry       *id_entry;
  GtkLabel       *id_error_label;
  GtkCheckButton *reveal_check;
  GtkWidget      *passport_box;
  GtkEntry       *passport_entry;
  GtkLabel       *passport_error_label;
  GtkWidget      *address_box;
  GtkEntry       *address_entry;
  GtkLabel       *address_error_label;
  GtkWidget      *phone_box;
  GtkEntry       *phone_entry;
  GtkLabel       *phone_error_label;
  GtkLabel       *error_label;

  /* The fields on screen: those the service said were missing. */
  EcProfileMissing fields;
  /* Set while the entries are emptied on dispose, when nothing is left
   * to validate. */
  gboolean disposing;
};

G_DEFINE_FINAL_TYPE (EcProfilePage, ec_profile_page, EC_TYPE_ASSISTANT_PAGE)

static gboolean
uses_id_number (EcProfilePage *self)
{
  return gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->id_radio));
}

/* Each check says whether the field is acceptable and, once something is
 * typed, why not: an empty field is not wrong yet, only not filled in. */
static gboolean
check_birthday (EcProfilePage *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_entry_get_text (self->birthday_entry)));
  g_autoptr (GError) error = NULL;
  GDate    birthday;
  GDate    today;
  gboolean valid;

  /* Today in Taiwan, whatever the machine's time zone: the service judges
   * by the same calendar. */
  ec_time_to_taiwan_date (g_get_real_time () / G_USEC_PER_SEC, &today);
  g_date_clear (&birthday, 1);
  valid = ec_date_from_iso8601 (text, &birthday, &error) && ec_birthday_validate (&birthday, &today, &error);
  ec_message_label_show (self->birthday_error_label, *text != '\0' && error != NULL ? error->message : NULL);
  return valid;
}

static gboolean
check_id_number (EcProfilePage *self)
{
  g_autofree char *id_number = ec_id_number_normalize (gtk_entry_get_text (self->id_entry));
  g_autoptr (GError) error = NULL;
  gboolean valid;

  valid = ec_id_number_validate (id_number, NULL, &error);
  ec_message_label_show (self->id_error_label, *id_number != '\0' && error != NULL ? error->message : NULL);
  return valid;
}

static gboolean
check_passport (EcProfilePage *self)
{
  g_autofree char *passport = g_strstrip (g_strdup (gtk_entry_get_text (self->passport_entry)));
  g_autoptr (GError) error = NULL;
  gboolean valid;

  valid = ec_passport_number_validate (passport, &error);
  ec_message_label_show (self->passport_error_label, *passport != '\0' && error != NULL ? error->message : NULL);
  return valid;
}

static gboolean
check_address (EcProfilePage *self)
{
  const char *address = gtk_entry_get_text (self->address_entry);
  g_autoptr (GError) error = NULL;
  gboolean valid;

  valid = ec_address_validate (address, &error);
  ec_message_label_show (self->address_error_label, *address != '\0' && error != NULL ? error->message : NULL);
  return valid;
}

static gboolean
check_phone (EcProfilePage *self)
{
  const char *phone = gtk_entry_get_text (self->phone_entry);
  g_autoptr (GError) error = NULL;
  gboolean valid;

  valid = ec_phone_number_validate (phone, &error);
  ec_message_label_show (self->phone_error_label, *phone != '\0' && error != NULL ? error->message : NULL);
  return valid;
}

/* Checks every field on screen (all of them, so that every error shows at
 * once) and offers Next when all are acceptable. */
static void
update (EcProfilePage *self)
{
  gboolean complete = TRUE;

  if (self->fields & EC_PROFILE_MISSING_BIRTHDAY)
    complete &= check_birthday (self);
  if (self->fields & EC_PROFILE_MISSING_ID_OR_PASSPORT)
    complete &= uses_id_number (self) ? check_id_number (self) : check_passport (self);
  if (self->fields & EC_PROFILE_MISSING_ADDRESS)
    complete &= check_address (self);
  if (self->fields & EC_PROFILE_MISSING_PHONE)
    complete &= check_phone (self);

  ec_assistant_page_set_complete (EC_ASSISTANT_PAGE (self), self->fields != EC_PROFILE_MISSING_NONE && complete);
}

static void
show_fields (EcProfilePage   *self,
             EcProfileMissing fields)
{
  gboolean id_number = uses_id_number (self);

  self->fields = fields;
  gtk_widget_set_visible (self->birthday_box, fields & EC_PROFILE_MISSING_BIRTHDAY);
  gtk_widget_set_visible (self->document_box, fields & EC_PROFILE_MISSING_ID_OR_PASSPORT);
  gtk_widget_set_visible (self->id_box, id_number);
  gtk_widget_set_visible (self->passport_box, !id_number);
  gtk_widget_set_visible (self->address_box, fields & EC_PROFILE_MISSING_ADDRESS);
  gtk_widget_set_visible (self->phone_box, fields & EC_PROFILE_MISSING_PHONE);
  update (self);
}

static void
on_entry_changed_cb (EcProfilePage *self)
{
  if (self->disposing)
    return;

  /* A service error was about the values as they were sent. */
  ec_message_label_show (self->error_label, NULL);
  update (self);
}

static void
on_document_toggled_cb (EcProfilePage *self)
{
  ec_message_label_show (self->error_label, NULL);
  show_fields (self, self->fields);
}

static void
on_reveal_toggled_cb (EcProfilePage *self)
{
  gtk_entry_set_visibility (self->id_entry,
                            gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->reveal_check)));
}

static const char *
field_name (EcProfileMissing field)
{
  switch (field)
    {
    case EC_PROFILE_MISSING_BIRTHDAY:
      return _ ("Date of birth");
    case EC_PROFILE_MISSING_ID_OR_PASSPORT:
      return _ ("ID or passport number");
    case EC_PROFILE_MISSING_ADDRESS:
      return _ ("Mailing address");
    case EC_PROFILE_MISSING_PHONE:
      return _ ("Phone number");
    case EC_PROFILE_MISSING_NONE:
    default:
      return "";
    }
}

static void
show_still_missing (EcProfilePage   *self,
                    EcProfileMissing missing)
{
  static const EcProfileMissing order[] = {
    EC_PROFILE_MISSING_BIRTHDAY,
    EC_PROFILE_MISSING_ID_OR_PASSPORT,
    EC_PROFILE_MISSING_ADDRESS,
    EC_PROFILE_MISSING_PHONE,
  };
  g_autoptr (GString) names = g_string_new (NULL);
  g_autofree char *message = NULL;

  for (gsize i = 0; i < G_N_ELEMENTS (order); i++)
    if (missing & order[i])
      {
        if (names->len > 0)
          g_string_append (names, C_ ("list separator", ", "));
        g_string_append (names, field_name (order[i]));
      }

  /* TRANSLATORS: %s lists the fields, like "Mailing address, Phone number". */
  message = g_strdup_printf (_ ("The service still finds these fields missing or not valid: %s."), names->str);
  ec_message_label_show (self->error_label, message);
}

static GtkLabel *
label_for_field (EcProfilePage *self,
                 const char    *field)
{
  if (g_strcmp0 (field, "birthday") == 0)
    return self->birthday_error_label;
  if (g_strcmp0 (field, "id_number") == 0)
    return self->id_error_label;
  if (g_strcmp0 (field, "passport") == 0)
    return self->passport_error_label;
  if (g_strcmp0 (field, "address") == 0)
    return self->address_error_label;
  if (g_strcmp0 (field, "phone") == 0)
    return self->phone_error_label;
  return NULL;
}

static void
show_error (EcProfilePage *self,
            const GError  *error)
{
  const char *field = NULL;
  GtkLabel   *label;

  if (error->domain == EC_CLIENT_ERROR)
    field = ec_client_error_get_field (error);

  /* The service cannot say who holds the number, and must not: only the
   * service centre can sort out an ID number registered twice. */
  if (g_error_matches (error, EC_CLIENT_ERROR, EC_CLIENT_ERROR_CONFLICT) && g_strcmp0 (field, "id_number") == 0)
    {
      ec_message_label_show (self->id_error_label,
                             _ ("Another person already holds this ID number. Please call the service centre at "
                                "02-2192-7111."));
      return;
    }

  label = label_for_field (self, field);
  ec_message_label_show (label != NULL ? label : self->error_label, error->message);
}

static void
on_profile_updated_cb (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr (GTask) task = user_data;
  EcProfilePage *self = g_task_get_source_object (task);
  g_autoptr (GError) error = NULL;
  g_autoptr (EcProfile) profile = NULL;
  EcProfileMissing missing;

  profile = ec_api_client_update_profile_finish (EC_API_CLIENT (source), result, &error);
  if (profile == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_error (self, error);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  missing = profile->missing;
  ec_learner_choices_set_profile_missing (ec_assistant_page_get_choices (EC_ASSISTANT_PAGE (self)), missing);
  if (missing == EC_PROFILE_MISSING_NONE)
    {
      g_task_return_boolean (task, TRUE);
      return;
    }

  /* The service judged otherwise (a stored value it refuses, a field
   * changed elsewhere meanwhile): show what it still wants, and stay. */
  show_fields (self, missing);
  show_still_missing (self, missing);
  g_task_return_boolean (task, FALSE);
}

static char *
entry_text_stripped (GtkEntry *entry)
{
  return g_strstrip (g_strdup (gtk_entry_get_text (entry)));
}

static void
ec_profile_page_apply_async (EcAssistantPage    *page,
                             GCancellable       *cancellable,
                             GAsyncReadyCallback callback,
                             gpointer            user_data)
{
  EcProfilePage *self = EC_PROFILE_PAGE (page);
  g_autoptr (GTask) task = g_task_new (self, cancellable, callback, user_data);
  g_autofree char *birthday = NULL;
  g_autofree char *id_number = NULL;
  g_autofree char *passport = NULL;
  g_autofree char *address = NULL;
  g_autofree char *phone = NULL;
  EcProfileChanges changes = { NULL };

  g_task_set_source_tag (task, ec_profile_page_apply_async);
  ec_message_label_show (self->error_label, NULL);

  /* Only the fields on screen: the others are fine as stored, and a
   * member sent empty would be refused (422) anyway. */
  if (self->fields & EC_PROFILE_MISSING_BIRTHDAY)
    changes.birthday = birthday = entry_text_stripped (self->birthday_entry);
  if ((self->fields & EC_PROFILE_MISSING_ID_OR_PASSPORT) && uses_id_number (self))
    changes.id_number = id_number = ec_id_number_normalize (gtk_entry_get_text (self->id_entry));
  else if (self->fields & EC_PROFILE_MISSING_ID_OR_PASSPORT)
    changes.passport = passport = entry_text_stripped (self->passport_entry);
  if (self->fields & EC_PROFILE_MISSING_ADDRESS)
    changes.address = address = entry_text_stripped (self->address_entry);
  if (self->fields & EC_PROFILE_MISSING_PHONE)
    changes.phone = phone = entry_text_stripped (self->phone_entry);

  ec_api_client_update_profile_async (ec_assistant_page_get_client (page), &changes, cancellable,
                                      on_profile_updated_cb, g_steal_pointer (&task));
}

/* Only for a learner on the way to a conversion whose profile lacks
 * something; an advanced member goes straight on. */
static gboolean
ec_profile_page_is_relevant (EcAssistantPage *page)
{
  EcLearnerChoices *choices = ec_assistant_page_get_choices (page);

  return ec_assistant_page_get_session (page) != NULL
         && ec_learner_choices_wants_conversion (choices)
         && ec_learner_choices_get_conversion_reply (choices) == EC_CONVERSION_REPLY_NONE
         && ec_learner_choices_get_profile_missing (choices) != EC_PROFILE_MISSING_NONE;
}

static void
ec_profile_page_shown (EcAssistantPage *page)
{
  EcProfilePage *self = EC_PROFILE_PAGE (page);

  ec_message_label_show (self->error_label, NULL);
  show_fields (self, ec_learner_choices_get_profile_missing (ec_assistant_page_get_choices (page)));
}

static void
ec_profile_page_dispose (GObject *object)
{
  EcProfilePage *self = EC_PROFILE_PAGE (object);
  GtkEntry     **entries[] = {
        &self->birthday_entry,
        &self->id_entry,
        &self->passport_entry,
        &self->address_entry,
        &self->phone_entry,
  };

  /* What the learner typed (the ID number above all) goes with the page. */
  self->disposing = TRUE;
  for (gsize i = 0; i < G_N_ELEMENTS (entries); i++)
    if (*entries[i] != NULL)
      {
        gtk_entry_set_text (*entries[i], "");
        *entries[i] = NULL;
      }

  G_OBJECT_CLASS (ec_profile_page_parent_class)->dispose (object);
}

static void
ec_profile_page_class_init (EcProfilePageClass *klass)
{
  GObjectClass         *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass       *widget_class = GTK_WIDGET_CLASS (klass);
  EcAssistantPageClass *page_class = EC_ASSISTANT_PAGE_CLASS (klass);

  object_class->dispose = ec_profile_page_dispose;

  page_class->shown = ec_profile_page_shown;
  page_class->is_relevant = ec_profile_page_is_relevant;
  page_class->apply_async = ec_profile_page_apply_async;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/ec-profile-page.ui");
  gtk_widget_class_bind_template_child (widget_class, EcProfilePage, birthday_box);
  gtk_widget_class_bind_template_child (widget_class, EcProfilePage, birthday_entry);
  gtk_widget_class_bind_template_child (widget_class, EcProfilePage, birthday_error_label);
  gtk_widget_class_bind_template_child (widget_class, EcProfilePage, document_box);
  gtk_widget_class_bind_template_child (widget_class, EcProfilePage, id_radio);
  gtk_widget_class_bind_template_child (widget_class, EcProfilePage, id_box);
  gtk_widget_class_bind_template_child (widget_class, EcProfilePage, id_entry);
  gtk_widget_class_bind_template_child (widget_class, EcProfilePage, id_error_label);
  gtk_widget_class_bind_template_child (widget_class, EcProfilePage, reveal_check);
  gtk_widget_class_bind_template_child (widget_class, EcProfilePage, passport_box);
  gtk_widget_class_bind_template_child (widget_class, EcProfilePage, passport_entry);
  gtk_widget_class_bind_template_child (widget_class, EcProfilePage, passport_error_label);
  gtk_widget_class_bind_template_child (widget_class, EcProfilePage, address_box);
  gtk_widget_class_bind_template_child (widget_class, EcProfilePage, address_entry);
  gtk_widget_class_bind_template_child (widget_class, EcProfilePage, address_error_label);
  gtk_widget_class_bind_template_child (widget_class, EcProfilePage, phone_box);
  gtk_widget_class_bind_template_child (widget_class, EcProfilePage, phone_entry);
  gtk_widget_class_bind_template_child (widget_class, EcProfilePage, phone_error_label);
  gtk_widget_class_bind_template_child (widget_class, EcProfilePage, error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_document_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_reveal_toggled_cb);
}

static void
ec_profile_page_init (EcProfilePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  atk_object_set_name (gtk_widget_get_accessible (GTK_WIDGET (self->birthday_entry)), _ ("Date of birth"));
  atk_object_set_name (gtk_widget_get_accessible (GTK_WIDGET (self->id_entry)), _ ("ID number"));
  atk_object_set_name (gtk_widget_get_accessible (GTK_WIDGET (self->passport_entry)), _ ("Passport number"));
  atk_object_set_name (gtk_widget_get_accessible (GTK_WIDGET (self->address_entry)), _ ("Mailing address"));
  atk_object_set_name (gtk_widget_get_accessible (GTK_WIDGET (self->phone_entry)), _ ("Phone number"));
}
