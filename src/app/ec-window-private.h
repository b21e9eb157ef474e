/* ec-window-private.h: what the main window's files share.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "records/ec-records-pane.h"
#include "ec-client.h"
#include "ec-core.h"
#include "ec-window.h"

G_BEGIN_DECLS

struct _EcWindow {
  GtkApplicationWindow parent_instance;

  /* Template children. */
  GtkStack         *stack;
  GtkSpinner       *spinner;
  GtkLabel         *busy_label;
  GtkLabel         *service_label;
  GtkLabel         *error_label;
  GtkStackSwitcher *view_switcher;
  GtkMenuButton    *account_button;
  GtkLabel         *account_name_label;
  GtkLabel         *account_detail_label;
  GtkLabel         *synced_label;
  GtkInfoBar       *offline_bar;
  GtkLabel         *offline_label;
  GtkInfoBar       *blocker_bar;
  GtkLabel         *blocker_label;
  GtkButton        *blocker_button;
  GtkInfoBar       *request_bar;
  GtkLabel         *request_label;
  GtkRevealer      *sync_revealer;
  GtkProgressBar   *sync_progress;
  GtkLabel         *sync_label;
  EcRecordsPane    *records_pane;
  GtkWidget        *demo_button;

  GSettings    *settings;
  EcSession    *session;
  GCancellable *cancellable;
  GCancellable *sync_cancellable;
  guint         pulse_id;
  int           width;
  int           height;
  gboolean      sync_after_login;
  gboolean      finding_logins;

  /* "id:network" of the pending hours before a sync, to tell which the
   * sync found uploaded. */
  GHashTable *pending;
};

void _ec_window_add_actions (EcWindow *self);

void _ec_window_update_blockers (EcWindow *self);

void _ec_window_set_remedy_button (EcWindow  *self,
                                   GtkButton *button,
                                   EcRemedy   remedy);

void _ec_window_show_offline (EcWindow   *self,
                              const char *message);

void _ec_window_show_records (EcWindow *self);

void _ec_window_show_logged_out (EcWindow *self);

void _ec_window_update_sync_actions (EcWindow *self);

G_END_DECLS
