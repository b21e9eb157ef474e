/* ec-print.h: what the printable documents share: text on the page, and
 * an A4 print operation printed, or exported to PDF.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Fonts with Traditional Chinese first, then whatever the system has. */
#define EC_PRINT_FONT_FAMILIES "Noto Sans CJK TC,Noto Sans TC,AR PL UMing TW,sans"

void ec_print_set_text (PangoLayout   *layout,
                        const char    *text,
                        double         size,
                        gboolean       bold,
                        double         width,
                        PangoAlignment alignment);

double ec_print_text_height (PangoLayout *layout);

GtkPrintOperation *ec_print_operation_new_a4 (const char *job_name);

gboolean ec_print_export_pdf (GtkPrintOperation *operation,
                              GtkWindow         *parent,
                              const char        *path,
                              GError           **error);

void ec_print_run_dialog (GtkPrintOperation *operation,
                          GtkWindow         *parent,
                          const char        *failure);

void ec_print_save_as_pdf (GtkPrintOperation *operation,
                           GtkWindow         *parent,
                           const char        *title,
                           const char        *file_name,
                           const char        *failure);

G_END_DECLS
