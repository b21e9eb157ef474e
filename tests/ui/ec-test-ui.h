/* ec-test-ui.h: what the ui tests do alike.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "assistant/ec-assistant.h"

G_BEGIN_DECLS

typedef gboolean (*EcTestUiCondition) (gpointer user_data);

void ec_test_ui_save_screenshot (GtkWidget  *widget,
                                 const char *name);

void ec_test_ui_save_window_screenshot (GtkWidget  *window,
                                        const char *name);

void ec_test_ui_settle (GtkWidget *window);

gboolean ec_test_ui_wait_for (EcTestUiCondition condition,
                              gpointer          user_data,
                              guint             seconds);

GtkWidget *ec_test_ui_find_label (GtkWidget  *window,
                                  const char *label);

GtkWidget *ec_test_ui_find_button (GtkWidget  *window,
                                   const char *label);

GtkWidget *ec_test_ui_next_button (GtkWidget *window);

void ec_test_ui_press_next (EcAssistant *assistant);

EcSession *ec_test_ui_session_new (const char *url,
                                   const char *cache_dir);

char *ec_test_ui_without_space (const char *text);
char *ec_test_ui_run_poppler (const char *tool,
                              const char *path);

G_END_DECLS
