/* ec-persona-picker.c: in the demo, log in as one of the made-up learners.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-persona-picker"

#include "config.h"

#include <glib/gi18n.h>

#include "ec-core.h"
#include "demo/ec-persona-picker.h"

/* The demo has one learner per path of the platform's rules
 * (docs/demo.md); typing their logins from the documentation is tedious,
 * so the demo lists them, as the service knows them (GET /admin/personas),
 * with what each one shows.  The passwords are the demo's published,
 * made-up ones; they are handed on to the login and never shown. */

typedef struct {
  const char *persona;
  const char *description;
  /* The demo's certificates log in as route "certificate"; this says which
   * of the two certificate routes the account really is. */
  gboolean certificate_unbound;
} PersonaInfo;

/* After docs/demo.md's "what it shows", shortened to a line. */
/* clang-format off */
static const PersonaInfo persona_infos[] = {
  { "civil-servant-ecpa",
    N_ ("Everything right: an official account, its hours uploaded. The bound certificate is the same account."),
    FALSE },
  { "teacher-natural-person",
    N_ ("Only a natural-person account: her hours wait for a conversion, which an administrator approves."),
    FALSE },
  { "contract-staff-ecpa-exists",
    N_ ("Not an advanced member yet: the conversion first asks for his address and phone."),
    FALSE },
  { "general-public-social",
    N_ ("Hours studied with the social account never upload; with 我的e政府 her environmental ones do."),
    FALSE },
  { "unbound-certificate",
    N_ ("The certificate was never bound: it is a separate account whose courses never merge."),
    TRUE },
  { "env-hours-no-env-account",
    N_ ("Environmental-education hours wait until she has an account on that network."),
    FALSE },
  { "conversion-succeeds",
    N_ ("On the personnel roster without an eCPA account: the conversion succeeds at once."),
    FALSE },
};
/* clang-format on */

struct _EcPersonaPicker {
  GtkDialog parent_instance;

  /* Template children. */
  GtkButton  *login_button;
  GtkStack   *stack;
  GtkSpinner *spinner;
  GtkLabel   *error_label;
  GtkListBox *list_box;

  EcDemoAdmin  *admin;
  GCancellable *cancellable;
  /* (element-type EcDemoPersona): the rows' logins, by row index. */
  GPtrArray *personas;
};

enum {
  SIGNAL_PERSONA_CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (EcPersonaPicker, ec_persona_picker, GTK_TYPE_DIALOG)

static const PersonaInfo *
find_info (const char *persona)
{
  for (guint i = 0; i < G_N_ELEMENTS (persona_infos); i++)
    if (g_strcmp0 (persona_infos[i].persona, persona) == 0)
      return &persona_infos[i];
  return NULL;
}

/* The route as the app names it elsewhere (the assistant's route page);
 * a route the app does not know is shown as the service sent it. */
static const char *
route_label (const EcDemoPersona *persona,
             const PersonaInfo   *info)
{
  EcLoginRoute route;

  if (g_strcmp0 (persona->route, "certificate") == 0)
    route = info != NULL && info->certificate_unbound ? EC_LOGIN_ROUTE_CERTIFICATE_UNBOUND
                                                      : EC_LOGIN_ROUTE_CERTIFICATE_BOUND;
  else if (!ec_login_route_from_string (persona->route, &route))
    return persona->route;

  return ec_login_route_get_label (route);
}

static const char *
identity_label (const EcDemoPersona *persona)
{
  EcIdentity identity;

  if (!ec_identity_from_string (persona->identity, &identity))
    return persona->identity;
  return ec_identity_get_label (identity);
}

static GtkWidget *
make_label (const char *text,
            gboolean    dim)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_line_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 60);
  if (dim)
    gtk_style_context_add_class (gtk_widget_get_style_context (label), GTK_STYLE_CLASS_DIM_LABEL);
  gtk_widget_show (label);
  return label;
}

/* One row per login: who, how, and what logging in that way shows. */
static GtkWidget *
make_row (const EcDemoPersona *persona)
{
  const PersonaInfo *info = find_info (persona->persona);
  GtkWidget         *row = gtk_list_box_row_new ();
  GtkWidget         *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget         *name;
  g_autofree char   *heading = NULL;
  g_autofree char   *login = NULL;
  g_autofree char   *accessible = NULL;

  /* Translators: a demo learner's made-up name and identity, like
   * 「王大明（公務人員）」. */
  heading = g_strdup_printf (_ ("%s (%s)"), persona->name, identity_label (persona));
  /* Translators: a login route and the account, like
   * 「eCPA（人事服務網）：wang.daming」. */
  login = g_strdup_printf (_ ("%s: %s"), route_label (persona, info), persona->account);

  name = make_label (heading, FALSE);
  {
    PangoAttrList *attrs = pango_attr_list_new ();

    pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
    gtk_label_set_attributes (GTK_LABEL (name), attrs);
    pango_attr_list_unref (attrs);
  }
  gtk_container_add (GTK_CONTAINER (box), name);
  gtk_container_add (GTK_CONTAINER (box), make_label (login, FALSE));
  if (info != NULL)
    gtk_container_add (GTK_CONTAINER (box), make_label (_ (info->description), TRUE));

  g_object_set (box, "margin", 12, NULL);
  gtk_widget_show (box);
  gtk_container_add (GTK_CONTAINER (row), box);

  /* A screen reader reads the row as one line: who and with which login. */
  accessible = g_strdup_printf ("%s, %s", heading, login);
  atk_object_set_name (gtk_widget_get_accessible (row), accessible);
  gtk_widget_show (row);
  return row;
}

static void
choose_row (EcPersonaPicker *self,
            GtkListBoxRow   *row)
{
  int                  index = row != NULL ? gtk_list_box_row_get_index (row) : -1;
  const EcDemoPersona *persona;

  if (self->personas == NULL || index < 0 || (guint) index >= self->personas->len)
    return;

  persona = g_ptr_array_index (self->personas, index);
  /* The dialog goes once the caller has the login; hold it until then. */
  g_object_ref (self);
  g_signal_emit (self, signals[SIGNAL_PERSONA_CHOSEN], 0, persona->route, persona->account, persona->password);
  gtk_widget_destroy (GTK_WIDGET (self));
  g_object_unref (self);
}

static void
on_list_box_row_activated_cb (EcPersonaPicker *self,
                              GtkListBoxRow   *row)
{
  choose_row (self, row);
}

static void
on_list_box_row_selected_cb (EcPersonaPicker *self,
                             GtkListBoxRow   *row)
{
  gtk_widget_set_sensitive (GTK_WIDGET (self->login_button), row != NULL);
}

static void
on_login_button_clicked_cb (EcPersonaPicker *self)
{
  choose_row (self, gtk_list_box_get_selected_row (self->list_box));
}

static void
show_error (EcPersonaPicker *self,
            const char      *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_stack_set_visible_child_name (self->stack, "error");
}

static void
on_personas_loaded_cb (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr (EcPersonaPicker) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) personas = NULL;
  GtkListBoxRow *first;

  personas = ec_demo_admin_list_personas_finish (EC_DEMO_ADMIN (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  gtk_spinner_stop (self->spinner);
  if (personas == NULL)
    {
      g_autofree char *message = NULL;

      /* Translators: %s says why, such as 「無法連線到學習服務。…」. */
      message = g_strdup_printf (_ ("The demo learners could not be loaded: %s"), error->message);
      show_error (self, message);
      return;
    }
  if (personas->len == 0)
    {
      show_error (self, _ ("The demo service has no demo learners: its database was not made for the demo."));
      return;
    }

  self->personas = g_steal_pointer (&personas);
  for (guint i = 0; i < self->personas->len; i++)
    gtk_container_add (GTK_CONTAINER (self->list_box), make_row (g_ptr_array_index (self->personas, i)));

  gtk_stack_set_visible_child_name (self->stack, "list");
  /* The keyboard starts on the first login: Enter logs in with it. */
  first = gtk_list_box_get_row_at_index (self->list_box, 0);
  gtk_list_box_select_row (self->list_box, first);
  gtk_widget_grab_focus (GTK_WIDGET (first));
}

static void
ec_persona_picker_dispose (GObject *object)
{
  EcPersonaPicker *self = EC_PERSONA_PICKER (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->admin);

  G_OBJECT_CLASS (ec_persona_picker_parent_class)->dispose (object);
}

static void
ec_persona_picker_finalize (GObject *object)
{
  EcPersonaPicker *self = EC_PERSONA_PICKER (object);

  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->personas, g_ptr_array_unref);

  G_OBJECT_CLASS (ec_persona_picker_parent_class)->finalize (object);
}

/* GtkDialog re-styles the buttons of its header bar once it is built. */
static void
ec_persona_picker_constructed (GObject *object)
{
  EcPersonaPicker *self = EC_PERSONA_PICKER (object);

  G_OBJECT_CLASS (ec_persona_picker_parent_class)->constructed (object);

  gtk_style_context_add_class (gtk_widget_get_style_context (GTK_WIDGET (self->login_button)),
                               GTK_STYLE_CLASS_SUGGESTED_ACTION);
}

/* Cancel, Escape and the close button all close it: whoever opened it only
 * listens to "persona-chosen". */
static void
ec_persona_picker_response (GtkDialog *dialog,
                            int        response_id)
{
  gtk_widget_destroy (GTK_WIDGET (dialog));
}

static void
ec_persona_picker_class_init (EcPersonaPickerClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkDialogClass *dialog_class = GTK_DIALOG_CLASS (klass);

  object_class->constructed = ec_persona_picker_constructed;
  object_class->dispose = ec_persona_picker_dispose;
  object_class->finalize = ec_persona_picker_finalize;
  dialog_class->response = ec_persona_picker_response;

  signals[SIGNAL_PERSONA_CHOSEN] = g_signal_new ("persona-chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                                 NULL, NULL, NULL, G_TYPE_NONE, 3, G_TYPE_STRING, G_TYPE_STRING,
                                                 G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/ec-persona-picker.ui");
  gtk_widget_class_bind_template_child (widget_class, EcPersonaPicker, login_button);
  gtk_widget_class_bind_template_child (widget_class, EcPersonaPicker, stack);
  gtk_widget_class_bind_template_child (widget_class, EcPersonaPicker, spinner);
  gtk_widget_class_bind_template_child (widget_class, EcPersonaPicker, error_label);
  gtk_widget_class_bind_template_child (widget_class, EcPersonaPicker, list_box);
  gtk_widget_class_bind_template_callback (widget_class, on_list_box_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_list_box_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_login_button_clicked_cb);
}

static void
ec_persona_picker_init (EcPersonaPicker *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  atk_object_set_name (gtk_widget_get_accessible (GTK_WIDGET (self->list_box)), _ ("Demo learners"));
}

/**
 * ec_persona_picker_new:
 * @parent: (nullable): the window it belongs to
 * @admin: the admin side of the running demo service
 *
 * Returns: (transfer none): a modal dialog that loads the demo learners
 *   at once; it destroys itself when closed.
 */
EcPersonaPicker *
ec_persona_picker_new (GtkWindow   *parent,
                       EcDemoAdmin *admin)
{
  EcPersonaPicker *self;
  GCancellable    *cancellable;

  g_return_val_if_fail (EC_IS_DEMO_ADMIN (admin), NULL);

  self = g_object_new (EC_TYPE_PERSONA_PICKER, "use-header-bar", TRUE, "transient-for", parent, "modal", TRUE,
                       "destroy-with-parent", TRUE, NULL);
  self->admin = g_object_ref (admin);

  gtk_spinner_start (self->spinner);
  gtk_stack_set_visible_child_name (self->stack, "loading");
  cancellable = self->cancellable;
  ec_demo_admin_list_personas_async (admin, cancellable, on_personas_loaded_cb, g_object_ref (self));
  return self;
}
