/* ec-profile-rules.c
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-profile-rules"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "ec-error.h"
#include "ec-id-number.h"
#include "ec-profile-rules.h"
#include "ec-text.h"
#include "ec-time.h"
#include "ec-phone.h"
#include "ec-validate.h"

/* The client's profile form and the reference service both judge the
 * personal data here, so that they never disagree on who is an advanced
 * member.  Messages reach logs and the service's JSON, so none quotes what
 * was typed: the learner sees the field next to the message. */

/* "0912345678" → "09*****678": enough for the learner to recognize their
 * phone, not enough to learn someone else's. */
#define PHONE_SHOWN_HEAD 2
#define PHONE_SHOWN_TAIL 3

/* The names the API gives the missing fields, in the order of the form. */
static const struct {
  EcProfileMissing flag;
  const char      *name;
} missing_names[] = {
  { EC_PROFILE_MISSING_BIRTHDAY, "birthday" },
  { EC_PROFILE_MISSING_ID_OR_PASSPORT, "id_or_passport" },
  { EC_PROFILE_MISSING_ADDRESS, "address" },
  { EC_PROFILE_MISSING_PHONE, "phone" },
};

/**
 * ec_phone_number_mask:
 * @phone: (nullable): a Taiwan phone number, as typed or as
 *   ec_phone_number_normalize() returns it
 *
 * Masks a phone number the way the platform shows where it sent an SMS:
 * the national number's first two digits, one `*` for each hidden digit,
 * then its last three digits, so that `0912-345-678` and
 * `+886 912 345 678` both become `09*****678`.  Separators and an
 * extension are not shown.
 *
 * Returns: (transfer full) (nullable): the masked national number, or
 *   %NULL if @phone is %NULL or not a number ec_phone_number_validate()
 *   accepts: nothing of it is shown then.
 */
char *
ec_phone_number_mask (const char *phone)
{
  g_autofree char *digits = ec_phone_number_normalize (phone);
  g_autofree char *stars = NULL;
  gsize            length;

  if (digits == NULL)
    return NULL;

  /* A national number has 9 or 10 digits, always more than are shown. */
  length = strlen (digits);
  stars = g_strnfill (length - PHONE_SHOWN_HEAD - PHONE_SHOWN_TAIL, '*');

  return g_strdup_printf ("%.*s%s%s", PHONE_SHOWN_HEAD, digits, stars,
                          digits + length - PHONE_SHOWN_TAIL);
}

/* Mailing addresses */

/* The characters that break a line, which an address printed on an
 * envelope may not have. */
static gboolean
is_line_break (gunichar c)
{
  switch (g_unichar_type (c))
    {
    case G_UNICODE_LINE_SEPARATOR:
    case G_UNICODE_PARAGRAPH_SEPARATOR:
      return TRUE;
    default:
      return c == '\n' || c == '\r' || c == '\v' || c == '\f' || c == 0x85;
    }
}

/* Control characters (tabs among them) and invisible format characters
 * (zero-width spaces, direction overrides) come along when an address is
 * copied and pasted.  Private-use characters are accepted: rare characters
 * of names and places are often encoded with them. */
static gboolean
is_invisible (gunichar c)
{
  switch (g_unichar_type (c))
    {
    case G_UNICODE_CONTROL:
    case G_UNICODE_FORMAT:
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
check_address_characters (const char *address,
                          GError    **error)
{
  for (const char *p = address; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (is_line_break (c))
        {
          g_set_error_literal (error, EC_VALIDATION_ERROR,
                               EC_VALIDATION_ERROR_INVALID_CHARACTER,
                               _ ("The mailing address must be on one line: please remove the line breaks."));
          return FALSE;
        }

      if (is_invisible (c))
        {
          g_set_error_literal (error, EC_VALIDATION_ERROR,
                               EC_VALIDATION_ERROR_INVALID_CHARACTER,
                               _ ("The mailing address contains a tab or an invisible character, often left by copying and pasting: please type it again."));
          return FALSE;
        }
    }

  return TRUE;
}

/**
 * ec_address_validate:
 * @address: (nullable): a mailing address (通訊地址) as typed
 * @error: return location for an #EC_VALIDATION_ERROR
 *
 * Accepts an address of at most %EC_ADDRESS_MAX_CHARS characters once
 * surrounding white space (U+3000 IDEOGRAPHIC SPACE included) is removed,
 * on one line, without control or invisible format characters: the
 * platform prints it on an envelope.  Anything else is free text, in any
 * script.
 *
 * Returns: %TRUE if @address is acceptable.
 */
gboolean
ec_address_validate (const char *address,
                     GError    **error)
{
  g_autofree char *trimmed = NULL;

  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (address != NULL && !g_utf8_validate (address, -1, NULL))
    {
      g_set_error_literal (error, EC_VALIDATION_ERROR,
                           EC_VALIDATION_ERROR_INVALID_CHARACTER,
                           _ ("The mailing address contains characters that cannot be read: please type it again."));
      return FALSE;
    }

  if (ec_text_is_blank (address))
    {
      g_set_error_literal (error, EC_VALIDATION_ERROR, EC_VALIDATION_ERROR_EMPTY,
                           _ ("Please type your mailing address."));
      return FALSE;
    }

  trimmed = ec_text_strip_dup (address);
  if (g_utf8_strlen (trimmed, -1) > EC_ADDRESS_MAX_CHARS)
    {
      g_set_error (error, EC_VALIDATION_ERROR, EC_VALIDATION_ERROR_TOO_LONG,
                   _ ("The mailing address is too long: it can have at most %d characters."),
                   EC_ADDRESS_MAX_CHARS);
      return FALSE;
    }

  return check_address_characters (trimmed, error);
}

/* Birthdays */

/**
 * ec_birthday_validate:
 * @birthday: (nullable): the birthday, a cleared #GDate if none was given
 * @today: today's date in Taiwan (ec_time_to_taiwan_date()), on the clock
 *   of whoever judges: the service's for the service
 * @error: return location for an #EC_VALIDATION_ERROR
 *
 * Accepts a birthday from 1 January %EC_BIRTHDAY_MIN_YEAR to @today, both
 * included.  A date typed as text is read with ec_date_from_iso8601()
 * first, which reports a date that does not exist.
 *
 * Returns: %TRUE if @birthday is acceptable.
 */
gboolean
ec_birthday_validate (const GDate *birthday,
                      const GDate *today,
                      GError     **error)
{
  g_return_val_if_fail (today != NULL && g_date_valid (today), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (birthday == NULL || !g_date_valid (birthday))
    {
      g_set_error_literal (error, EC_VALIDATION_ERROR, EC_VALIDATION_ERROR_EMPTY,
                           _ ("Please type your birthday."));
      return FALSE;
    }

  /* A year typed in the ROC calendar where the Gregorian one belongs
   * (75 for 1986) is the likeliest cause. */
  if (g_date_get_year (birthday) < EC_BIRTHDAY_MIN_YEAR)
    {
      g_set_error (error, EC_VALIDATION_ERROR, EC_VALIDATION_ERROR_OUT_OF_RANGE,
                   _ ("The birthday cannot be before the year %d: please check the year."),
                   EC_BIRTHDAY_MIN_YEAR);
      return FALSE;
    }

  if (g_date_compare (birthday, today) > 0)
    {
      g_set_error_literal (error, EC_VALIDATION_ERROR, EC_VALIDATION_ERROR_OUT_OF_RANGE,
                           _ ("The birthday cannot be later than today: please check the date."));
      return FALSE;
    }

  return TRUE;
}

/* The advanced member */

static gboolean
birthday_is_valid (const char  *birthday_iso,
                   const GDate *today)
{
  GDate birthday;

  return ec_date_from_iso8601 (birthday_iso, &birthday, NULL)
         && ec_birthday_validate (&birthday, today, NULL);
}

/**
 * ec_profile_missing_fields:
 * @birthday_iso: (nullable): the birthday, `YYYY-MM-DD`
 * @id_number: (nullable): the ID or resident certificate number
 * @passport: (nullable): the passport number
 * @address: (nullable): the mailing address
 * @phone: (nullable): the phone number
 * @today: today's date in Taiwan, on the judge's clock
 *
 * Says whether a member is an advanced member (進階會員), the precondition
 * of a conversion to an official account (DOMAIN.md): birthday, ID or
 * passport number, mailing address and phone number all filled in
 * correctly.  "Correctly" means that the validators of this core accept
 * the values as they are stored, so a value the platform would refuse
 * counts as missing.  Either document will do: an ID number, or for a
 * foreigner without one, a passport number.
 *
 * Returns: the fields to fill in or correct; %EC_PROFILE_MISSING_NONE for
 *   an advanced member.
 */
EcProfileMissing
ec_profile_missing_fields (const char  *birthday_iso,
                           const char  *id_number,
                           const char  *passport,
                           const char  *address,
                           const char  *phone,
                           const GDate *today)
{
  EcProfileMissing missing = EC_PROFILE_MISSING_NONE;

  /* A broken precondition makes nobody advanced by mistake. */
  g_return_val_if_fail (today != NULL && g_date_valid (today), EC_PROFILE_MISSING_ALL);

  if (!birthday_is_valid (birthday_iso, today))
    missing |= EC_PROFILE_MISSING_BIRTHDAY;
  if (!ec_id_number_validate (id_number, NULL, NULL)
      && !ec_passport_number_validate (passport, NULL))
    missing |= EC_PROFILE_MISSING_ID_OR_PASSPORT;
  if (!ec_address_validate (address, NULL))
    missing |= EC_PROFILE_MISSING_ADDRESS;
  if (!ec_phone_number_validate (phone, NULL))
    missing |= EC_PROFILE_MISSING_PHONE;

  return missing;
}

/**
 * ec_profile_missing_to_strv:
 * @missing: what ec_profile_missing_fields() returned
 *
 * Names the missing fields as the API does (`"missing": ["address",
 * "phone"]`): "birthday", "id_or_passport", "address" and "phone", in the
 * order of the profile form.
 *
 * Returns: (transfer full): the names, empty for
 *   %EC_PROFILE_MISSING_NONE.
 */
GStrv
ec_profile_missing_to_strv (EcProfileMissing missing)
{
  g_autoptr (GStrvBuilder) names = g_strv_builder_new ();

  for (guint i = 0; i < G_N_ELEMENTS (missing_names); i++)
    {
      if ((missing & missing_names[i].flag) != 0)
        g_strv_builder_add (names, missing_names[i].name);
    }

  return g_strv_builder_end (names);
}

/**
 * ec_profile_missing_from_strv:
 * @names: (nullable): the API's names of missing fields
 * @out_all_known: (out) (optional): whether every name was one of the four
 *
 * The reverse of ec_profile_missing_to_strv().
 *
 * Returns: the fields @names names; names this build does not know are
 *   left out (and @out_all_known says so).
 */
EcProfileMissing
ec_profile_missing_from_strv (const char *const *names,
                              gboolean          *out_all_known)
{
  EcProfileMissing missing = EC_PROFILE_MISSING_NONE;
  gboolean         all_known = TRUE;

  for (gsize i = 0; names != NULL && names[i] != NULL; i++)
    {
      gboolean known = FALSE;

      for (guint j = 0; j < G_N_ELEMENTS (missing_names); j++)
        {
          if (g_str_equal (names[i], missing_names[j].name))
            {
              missing |= missing_names[j].flag;
              known = TRUE;
            }
        }
      all_known = all_known && known;
    }

  if (out_all_known != NULL)
    *out_all_known = all_known;
  return missing;
}
