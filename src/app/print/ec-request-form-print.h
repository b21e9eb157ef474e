/* ec-request-form-print.h: the form 「我的E政府公務帳號申請書」 of an
 * official-account request, on screen, on paper and as PDF.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ec-core.h"

G_BEGIN_DECLS

void ec_request_form_print_draw (const EcRequestForm *form,
                                 cairo_t             *cr,
                                 double               width,
                                 double               height);

gboolean ec_request_form_print_export_pdf (const EcRequestForm *form,
                                           GtkWindow           *parent,
                                           const char          *path,
                                           GError             **error);

void ec_request_form_print_run (const EcRequestForm *form,
                                GtkWindow           *parent);

void ec_request_form_print_save_as_pdf (const EcRequestForm *form,
                                        GtkWindow           *parent);

G_END_DECLS
