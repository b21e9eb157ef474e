/* ec-record-detail.c
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-record-detail"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "records/ec-record-detail.h"
#include "ec-core.h"

/* The answer to "where did the hours of this course go?": for every
 * network, whether they arrived, when they will, or why they will not and
 * what the learner can do about it.  A remedy the app can help with gets a
 * button; the button only names an action, so that the window (which knows
 * the platform's pages and the session) decides what it does. */

struct _EcRecordDetail {
  GtkBin parent_instance;

  EcRecord  *record; /* (nullable): a copy, to rebuild on set_identity */
  EcIdentity identity;

  /* Template children. */
  GtkStack *stack;
  GtkLabel *course_label;
  GtkLabel *completed_label;
  GtkLabel *route_label;
  GtkBox   *networks_box;
};

G_DEFINE_FINAL_TYPE (EcRecordDetail, ec_record_detail, GTK_TYPE_BIN)

/* What a remedy's button says and does; a remedy without a label gets no
 * button (the learner has to wait, or someone else has to act). */
typedef struct {
  const char *label;
  const char *action_name;
  gboolean    with_target; /* the remedy's id is the action's target */
} RemedyButton;

/* clang-format off */
static const RemedyButton remedy_buttons[] = {
  [EC_REMEDY_NONE] = { NULL, NULL, FALSE },
  [EC_REMEDY_WAIT] = { NULL, NULL, FALSE },
  [EC_REMEDY_COMPLETE_COURSE] = { NULL, NULL, FALSE },
  [EC_REMEDY_RESTUDY] = { N_ ("Open the Learning Platform"), "win.open-remedy", TRUE },
  [EC_REMEDY_BIND_CERTIFICATE] = { N_ ("Bind the Certificate"), "win.open-remedy", TRUE },
  [EC_REMEDY_CONVERT_ACCOUNT] = { N_ ("Apply for an Official Account…"), "app.assistant", FALSE },
  [EC_REMEDY_LOG_IN_AGAIN] = { N_ ("Log In Again"), "win.relogin", FALSE },
  [EC_REMEDY_FIX_PERSONNEL_CATEGORY] = { NULL, NULL, FALSE },
  [EC_REMEDY_CREATE_ENV_ACCOUNT] = { N_ ("Create an Environmental-Education Account"), "win.open-remedy", TRUE },
  [EC_REMEDY_FIX_SERVICE_UNIT] = { N_ ("Correct the Service Unit"), "win.open-remedy", TRUE },
};
/* clang-format on */

G_STATIC_ASSERT (G_N_ELEMENTS (remedy_buttons) == EC_REMEDY_FIX_SERVICE_UNIT + 1);

static GtkWidget *
new_label (const char *text,
           gboolean    dim)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_line_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_line_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 50);
  if (dim)
    gtk_style_context_add_class (gtk_widget_get_style_context (label), GTK_STYLE_CLASS_DIM_LABEL);
  gtk_widget_show (label);
  return label;
}

/* The status line: an icon and what happened, or why not. */
static GtkWidget *
new_status_row (const EcNetworkStatus *status)
{
  GtkWidget       *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget       *image;
  const char      *icon = NULL;
  g_autofree char *date = ec_date_format_long (&status->date);
  g_autofree char *text = NULL;

  switch (status->status)
    {
    case EC_UPLOAD_STATUS_UPLOADED:
      icon = "emblem-ok-symbolic";
      /* Translators: %s is a date. */
      text = g_strdup_printf (_ ("Uploaded on %s"), date);
      break;
    case EC_UPLOAD_STATUS_PENDING:
      icon = "emblem-synchronizing-symbolic";
      /* Translators: %s is a date. */
      text = g_strdup_printf (_ ("Expected on %s"), date);
      break;
    case EC_UPLOAD_STATUS_NOT_ELIGIBLE:
      /* Hours that are not the learner's to credit are no fault to fix:
       * said calmly, without a warning. */
      icon = status->reason == EC_UPLOAD_REASON_NOT_CIVIL_SERVICE ? "dialog-information-symbolic"
                                                                  : "dialog-warning-symbolic";
      text = g_strdup (ec_upload_reason_get_explanation (status->reason));
      break;
    case EC_UPLOAD_STATUS_NEVER:
      icon = "action-unavailable-symbolic";
      text = g_strdup (ec_upload_reason_get_explanation (status->reason));
      break;
    default:
      g_assert_not_reached ();
    }

  image = gtk_image_new_from_icon_name (icon, GTK_ICON_SIZE_BUTTON);
  gtk_widget_set_valign (image, GTK_ALIGN_START);
  gtk_widget_show (image);
  gtk_container_add (GTK_CONTAINER (row), image);
  gtk_container_add (GTK_CONTAINER (row), new_label (text, FALSE));
  gtk_widget_show (row);
  return row;
}

static GtkWidget *
new_remedy_button (EcRemedy remedy)
{
  const RemedyButton *spec = &remedy_buttons[remedy];
  GtkWidget          *button;

  if (spec->label == NULL)
    return NULL;

  /* The label also names the button for assistive technologies. */
  button = gtk_button_new_with_label (_ (spec->label));
  gtk_widget_set_halign (button, GTK_ALIGN_START);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), spec->action_name);
  if (spec->with_target)
    gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button),
                                            g_variant_new_string (ec_remedy_to_string (remedy)));
  gtk_widget_show (button);
  return button;
}

static GtkWidget *
new_network_block (EcRecordDetail *self,
                   EcNetwork       network)
{
  const EcNetworkStatus *status = &self->record->networks[network];
  GtkWidget             *block = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget             *heading = new_label (ec_network_get_label (network), FALSE);
  g_autoptr (PangoAttrList) bold = pango_attr_list_new ();
  g_autofree char *hours = NULL;
  g_autofree char *hours_text = NULL;
  GtkWidget       *button;

  pango_attr_list_insert (bold, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
  gtk_label_set_attributes (GTK_LABEL (heading), bold);
  gtk_container_add (GTK_CONTAINER (block), heading);
  gtk_widget_show (block);

  /* Nothing to upload means nothing to explain: whatever the verdict says,
   * a single quiet line keeps the networks that matter in view. */
  if (self->record->minutes[network] == 0)
    {
      gtk_container_add (GTK_CONTAINER (block), new_label (_ ("No certified hours for this network"), TRUE));
      return block;
    }

  hours = ec_minutes_format_hours (self->record->minutes[network]);
  /* Translators: %s is a number of hours, such as 1.5. */
  hours_text = g_strdup_printf (_ ("Certified hours: %s"), hours);
  gtk_container_add (GTK_CONTAINER (block), new_label (hours_text, FALSE));
  gtk_container_add (GTK_CONTAINER (block), new_status_row (status));

  if (status->status == EC_UPLOAD_STATUS_PENDING && status->date_is_estimate)
    gtk_container_add (GTK_CONTAINER (block),
                       new_label (_ ("An estimate: the office calendar has no data for that year."), TRUE));

  /* Uploaded hours need nothing, and saying so adds only noise. */
  if (status->status != EC_UPLOAD_STATUS_UPLOADED)
    {
      g_autofree char *remedy = ec_remedy_describe (status->remedy, self->identity);

      gtk_container_add (GTK_CONTAINER (block), new_label (remedy, FALSE));
    }

  button = new_remedy_button (status->remedy);
  if (button != NULL)
    gtk_container_add (GTK_CONTAINER (block), button);

  return block;
}

static void
rebuild (EcRecordDetail *self)
{
  g_autoptr (GList) children = gtk_container_get_children (GTK_CONTAINER (self->networks_box));
  g_autofree char *completed = NULL;

  for (GList *l = children; l != NULL; l = l->next)
    gtk_widget_destroy (l->data);

  if (self->record == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "placeholder");
      return;
    }

  gtk_label_set_text (self->course_label, self->record->course != NULL ? self->record->course : "");
  if (self->record->completed_at == EC_TIME_NEVER)
    completed = g_strdup (_ ("Not completed yet"));
  else
    {
      GDate date;

      ec_time_to_taiwan_date (self->record->completed_at, &date);
      completed = ec_date_format_long (&date);
    }
  gtk_label_set_text (self->completed_label, completed);
  gtk_label_set_text (self->route_label, ec_login_route_get_label (self->record->route));

  for (guint n = 0; n < EC_N_NETWORKS; n++)
    gtk_container_add (GTK_CONTAINER (self->networks_box), new_network_block (self, n));

  gtk_stack_set_visible_child_name (self->stack, "record");
}

static void
ec_record_detail_finalize (GObject *object)
{
  EcRecordDetail *self = EC_RECORD_DETAIL (object);

  g_clear_pointer (&self->record, ec_record_free);

  G_OBJECT_CLASS (ec_record_detail_parent_class)->finalize (object);
}

static void
ec_record_detail_class_init (EcRecordDetailClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = ec_record_detail_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/ec-record-detail.ui");
  gtk_widget_class_bind_template_child (widget_class, EcRecordDetail, stack);
  gtk_widget_class_bind_template_child (widget_class, EcRecordDetail, course_label);
  gtk_widget_class_bind_template_child (widget_class, EcRecordDetail, completed_label);
  gtk_widget_class_bind_template_child (widget_class, EcRecordDetail, route_label);
  gtk_widget_class_bind_template_child (widget_class, EcRecordDetail, networks_box);
}

static void
ec_record_detail_init (EcRecordDetail *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->identity = EC_IDENTITY_CIVIL_SERVANT;
  rebuild (self);
}

EcRecordDetail *
ec_record_detail_new (void)
{
  return g_object_new (EC_TYPE_RECORD_DETAIL, NULL);
}

/**
 * ec_record_detail_set_record:
 * @record: (nullable): the course to show, copied; %NULL shows a hint to
 *   select one
 */
void
ec_record_detail_set_record (EcRecordDetail *self,
                             const EcRecord *record)
{
  g_return_if_fail (EC_IS_RECORD_DETAIL (self));

  g_clear_pointer (&self->record, ec_record_free);
  if (record != NULL && !record->deleted)
    self->record = ec_record_copy (record);
  rebuild (self);
}

/**
 * ec_record_detail_set_identity:
 * @identity: the learner's identity, which words some remedies (a teacher
 *   converts to 「公務人員之教育人員」); a civil servant until set
 */
void
ec_record_detail_set_identity (EcRecordDetail *self,
                               EcIdentity      identity)
{
  g_return_if_fail (EC_IS_RECORD_DETAIL (self));

  if (self->identity == identity)
    return;
  self->identity = identity;
  rebuild (self);
}
