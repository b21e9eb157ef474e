/* ec-id-number.h: Taiwanese identity document numbers.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * EcIdKind:
 * @EC_ID_KIND_NATIONAL: a national ID number (身分證字號), `[A-Z][12]\d{8}`.
 * @EC_ID_KIND_RESIDENT_NEW: a resident certificate number in the format used
 *   since 2021-01-02, `[A-Z][89]\d{8}`.
 * @EC_ID_KIND_RESIDENT_OLD: a resident certificate number in the old format,
 *   `[A-Z][A-D]\d{8}`, valid until 2030-12-31.
 *
 * All three carry the same kind of check digit; learning hours are certified
 * against any of them.
 */
typedef enum {
  EC_ID_KIND_NATIONAL,
  EC_ID_KIND_RESIDENT_NEW,
  EC_ID_KIND_RESIDENT_OLD,
} EcIdKind;

char *ec_id_number_normalize (const char *text);

gboolean ec_id_number_validate (const char *id_number,
                                EcIdKind   *out_kind,
                                GError    **error);

char *ec_id_number_mask (const char *id_number);

gboolean ec_passport_number_validate (const char *passport,
                                      GError    **error);

G_END_DECLS
