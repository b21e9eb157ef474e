/* ec-text.h: the white space rules shared by the validators.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Private to the core: not installed, not part of ec-core.h.
 */

#pragma once

#ifndef EC_CORE_COMPILATION
#error "ec-text.h is private to the domain core: include ec-core.h"
#endif

#include <glib.h>

G_BEGIN_DECLS

gsize       ec_text_space_length (const char *p);
gsize       ec_text_char_length (const char *p);
const char *ec_text_skip_space (const char *p);
gboolean    ec_text_is_blank (const char *text);
gboolean    ec_text_has_space (const char *text);
const char *ec_text_trim_span (const char *text,
                               gsize      *out_length);
char       *ec_text_strip_dup (const char *text);
char       *ec_text_ascii_strip_dup (const char *text);

G_END_DECLS
