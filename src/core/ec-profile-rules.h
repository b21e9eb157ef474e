/* ec-profile-rules.h: the personal data (個人資料維護) that makes a gov.tw
 * member an advanced member (進階會員).
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Bounds shared by the client's profile form and the reference service. */
#define EC_ADDRESS_MAX_CHARS 200
#define EC_BIRTHDAY_MIN_YEAR 1900

/**
 * EcProfileMissing:
 * @EC_PROFILE_MISSING_NONE: nothing is missing: an advanced member.
 * @EC_PROFILE_MISSING_BIRTHDAY: the birthday is missing, not a date, or out
 *   of range.
 * @EC_PROFILE_MISSING_ID_OR_PASSPORT: neither a valid ID (or resident
 *   certificate) number nor a valid passport number.
 * @EC_PROFILE_MISSING_ADDRESS: the mailing address is missing or invalid.
 * @EC_PROFILE_MISSING_PHONE: the phone number is missing or invalid.
 *
 * What keeps a member from being an advanced member, the precondition of a
 * conversion to an official account (DOMAIN.md).
 */
typedef enum /*< flags >*/ {
  EC_PROFILE_MISSING_NONE = 0,
  EC_PROFILE_MISSING_BIRTHDAY = 1 << 0,
  EC_PROFILE_MISSING_ID_OR_PASSPORT = 1 << 1,
  EC_PROFILE_MISSING_ADDRESS = 1 << 2,
  EC_PROFILE_MISSING_PHONE = 1 << 3,
} EcProfileMissing;

/* What a member who filled in nothing misses. */
#define EC_PROFILE_MISSING_ALL                                     \
  (EC_PROFILE_MISSING_BIRTHDAY | EC_PROFILE_MISSING_ID_OR_PASSPORT \
   | EC_PROFILE_MISSING_ADDRESS | EC_PROFILE_MISSING_PHONE)

char *ec_phone_number_mask (const char *phone);

gboolean ec_address_validate (const char *address,
                              GError    **error);

gboolean ec_birthday_validate (const GDate *birthday,
                               const GDate *today,
                               GError     **error);

EcProfileMissing ec_profile_missing_fields (const char  *birthday_iso,
                                            const char  *id_number,
                                            const char  *passport,
                                            const char  *address,
                                            const char  *phone,
                                            const GDate *today);

GStrv ec_profile_missing_to_strv (EcProfileMissing missing);

EcProfileMissing ec_profile_missing_from_strv (const char *const *names,
                                               gboolean          *out_all_known);

G_END_DECLS
