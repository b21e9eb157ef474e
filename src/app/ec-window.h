/* ec-window.h: the main window.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "records/ec-records-pane.h"
#include "ec-client.h"

G_BEGIN_DECLS

#define EC_TYPE_WINDOW (ec_window_get_type ())

G_DECLARE_FINAL_TYPE (EcWindow, ec_window, EC, WINDOW, GtkApplicationWindow)

EcWindow *ec_window_new (GtkApplication *application);

void ec_window_show_busy (EcWindow   *self,
                          const char *message);

void ec_window_show_service (EcWindow   *self,
                             const char *url);

void ec_window_show_error (EcWindow   *self,
                           const char *message);

void ec_window_set_session (EcWindow  *self,
                            EcSession *session);

void ec_window_start (EcWindow *self);

void ec_window_sync (EcWindow *self);

gboolean ec_window_get_syncing (EcWindow *self);

EcRecordsPane *ec_window_get_records_pane (EcWindow *self);

void ec_window_export_csv (EcWindow           *self,
                           GFile              *file,
                           GAsyncReadyCallback callback,
                           gpointer            user_data);

gboolean ec_window_export_csv_finish (EcWindow     *self,
                                      GAsyncResult *result,
                                      GError      **error);

G_END_DECLS
