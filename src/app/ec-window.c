/* ec-window.c
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-window"

#include "config.h"

#include <glib/gi18n.h>

#include "ec-window.h"

struct _EcWindow {
  GtkApplicationWindow parent_instance;

  /* Template children. */
  GtkStack   *stack;
  GtkSpinner *spinner;
  GtkLabel   *busy_label;
  GtkLabel   *service_label;
  GtkLabel   *error_label;
};

G_DEFINE_FINAL_TYPE (EcWindow, ec_window, GTK_TYPE_APPLICATION_WINDOW)

static void
ec_window_class_init (EcWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/ec-window.ui");
  gtk_widget_class_bind_template_child (widget_class, EcWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, EcWindow, spinner);
  gtk_widget_class_bind_template_child (widget_class, EcWindow, busy_label);
  gtk_widget_class_bind_template_child (widget_class, EcWindow, service_label);
  gtk_widget_class_bind_template_child (widget_class, EcWindow, error_label);
}

static void
ec_window_init (EcWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_stack_set_visible_child_name (self->stack, "welcome");
}

/**
 * ec_window_new:
 * @application: the application
 *
 * Returns: (transfer full): a new main window.
 */
EcWindow *
ec_window_new (GtkApplication *application)
{
  return g_object_new (EC_TYPE_WINDOW, "application", application, NULL);
}

/**
 * ec_window_show_busy:
 * @self: the window
 * @message: what the program is waiting for
 */
void
ec_window_show_busy (EcWindow   *self,
                     const char *message)
{
  g_return_if_fail (EC_IS_WINDOW (self));

  gtk_label_set_text (self->busy_label, message);
  gtk_spinner_start (self->spinner);
  gtk_stack_set_visible_child_name (self->stack, "busy");
}

/**
 * ec_window_show_service:
 * @self: the window
 * @url: the service the window works with
 */
void
ec_window_show_service (EcWindow   *self,
                        const char *url)
{
  g_autofree char *text = NULL;

  g_return_if_fail (EC_IS_WINDOW (self));

  /* Translators: %s is the address of the demo service, such as
   * http://127.0.0.1:41234/ */
  text = g_strdup_printf (_ ("Demo service: %s"), url);
  gtk_label_set_text (self->service_label, text);
  gtk_spinner_stop (self->spinner);
  gtk_stack_set_visible_child_name (self->stack, "welcome");
}

/**
 * ec_window_show_error:
 * @self: the window
 * @message: a translated sentence saying what went wrong and what to do
 */
void
ec_window_show_error (EcWindow   *self,
                      const char *message)
{
  g_return_if_fail (EC_IS_WINDOW (self));

  gtk_label_set_text (self->error_label, message);
  gtk_spinner_stop (self->spinner);
  gtk_stack_set_visible_child_name (self->stack, "error");
}
