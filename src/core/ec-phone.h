/* ec-phone.h: Taiwanese phone numbers, as the profile takes them.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean ec_phone_number_validate (const char *phone,
                                   GError    **error);

char *ec_phone_number_normalize (const char *phone);

G_END_DECLS
