/* ec-phone.c: Taiwan phone numbers, as people type them (declared in
 * ec-validate.h with the other field validators).
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-validate"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "ec-error.h"
#include "ec-text.h"
#include "ec-phone.h"

/* A phone number is never quoted back in a message: it is personal data,
 * and messages reach logs. */

#define PHONE_MIN_DIGITS 9
#define PHONE_MAX_DIGITS 10
#define PHONE_EXTENSION_MAX_DIGITS 6
#define PHONE_COUNTRY_CODE "+886"

static gboolean
is_digits (const char *text,
           gsize       length)
{
  for (gsize i = 0; i < length; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return FALSE;
    }

  return TRUE;
}

static gboolean
check_phone_characters (const char *phone,
                        GError    **error)
{
  if (strspn (phone, "0123456789 -()+#") != strlen (phone))
    {
      g_set_error_literal (error, EC_VALIDATION_ERROR,
                           EC_VALIDATION_ERROR_INVALID_CHARACTER,
                           _ ("The phone number may contain only digits, spaces, dashes, parentheses, a leading + and an extension after #."));
      return FALSE;
    }

  return TRUE;
}

/* Checks the extension that follows `#`, spaces around it allowed. */
static gboolean
check_phone_extension (const char *extension,
                       GError    **error)
{
  g_autofree char *digits = ec_text_ascii_strip_dup (extension);
  gsize            length = strlen (digits);

  if (length == 0
      || length > PHONE_EXTENSION_MAX_DIGITS
      || !is_digits (digits, length))
    {
      g_set_error (error, EC_VALIDATION_ERROR, EC_VALIDATION_ERROR_INVALID_FORMAT,
                   _ ("The extension after # must have 1 to %d digits, like 02-2192-7111#123."),
                   PHONE_EXTENSION_MAX_DIGITS);
      return FALSE;
    }

  return TRUE;
}

/* Reads the `+886` that may start a number.  The country code replaces the
 * trunk 0, which people still often type after it. */
static gboolean
read_country_code (const char **p,
                   gboolean    *out_international,
                   GError     **error)
{
  *out_international = FALSE;
  if (**p != '+')
    return TRUE;

  if (!g_str_has_prefix (*p, PHONE_COUNTRY_CODE))
    {
      g_set_error_literal (error, EC_VALIDATION_ERROR,
                           EC_VALIDATION_ERROR_INVALID_FORMAT,
                           _ ("Only Taiwan phone numbers are accepted: a number in international form must start with +886."));
      return FALSE;
    }

  *p += strlen (PHONE_COUNTRY_CODE);
  *out_international = TRUE;
  return TRUE;
}

static gboolean
set_parentheses_error (GError **error)
{
  g_set_error_literal (error, EC_VALIDATION_ERROR,
                       EC_VALIDATION_ERROR_INVALID_FORMAT,
                       _ ("The parentheses in the phone number do not match: write the area code like (02)."));
  return FALSE;
}

/* Collects the digits of the number proper (extension excluded), and
 * checks that the separators are where people put them: a `+` only at the
 * start, parentheses in pairs, not nested, around part of the number. */
static gboolean
collect_phone_digits (const char *number,
                      GString    *digits,
                      GError    **error)
{
  gboolean in_parentheses = FALSE;

  for (const char *p = number; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        g_string_append_c (digits, *p);
      else if (*p == '+')
        {
          g_set_error_literal (error, EC_VALIDATION_ERROR,
                               EC_VALIDATION_ERROR_INVALID_FORMAT,
                               _ ("A + may appear only at the start of the phone number, as in +886."));
          return FALSE;
        }
      else if (*p == '(' || *p == ')')
        {
          gboolean opens = (*p == '(');

          /* An opening one inside a pair, or a closing one outside. */
          if (opens == in_parentheses)
            return set_parentheses_error (error);
          in_parentheses = opens;
        }
    }

  if (in_parentheses)
    return set_parentheses_error (error);

  return TRUE;
}

/* Turns what was typed before any `#` into the national number, trunk 0
 * included, in @digits. */
static gboolean
read_national_number (const char *number,
                      GString    *digits,
                      GError    **error)
{
  const char *p = number;
  gboolean    international;

  if (!read_country_code (&p, &international, error)
      || !collect_phone_digits (p, digits, error))
    return FALSE;

  if (!international)
    return TRUE;

  if (digits->str[0] == '0')
    {
      g_set_error_literal (error, EC_VALIDATION_ERROR,
                           EC_VALIDATION_ERROR_INVALID_FORMAT,
                           _ ("After +886, leave out the 0 of the area code, like +886 2 2192 7111."));
      return FALSE;
    }

  g_string_prepend_c (digits, '0');
  return TRUE;
}

/* Checks the national number, trunk 0 included: the length first, because
 * a number without its area code is the commonest mistake. */
static gboolean
check_national_number (const GString *digits,
                       GError       **error)
{
  if (digits->len < PHONE_MIN_DIGITS)
    {
      g_set_error_literal (error, EC_VALIDATION_ERROR, EC_VALIDATION_ERROR_TOO_SHORT,
                           _ ("The phone number is too short: include the area code, like 02-2192-7111."));
      return FALSE;
    }

  if (digits->len > PHONE_MAX_DIGITS)
    {
      g_set_error (error, EC_VALIDATION_ERROR, EC_VALIDATION_ERROR_TOO_LONG,
                   _ ("The phone number is too long: a Taiwan phone number has at most %d digits with its area code."),
                   PHONE_MAX_DIGITS);
      return FALSE;
    }

  if (digits->str[0] != '0')
    {
      g_set_error_literal (error, EC_VALIDATION_ERROR,
                           EC_VALIDATION_ERROR_INVALID_FORMAT,
                           _ ("The phone number must start with 0 and the area code, like 02-2192-7111 or 0912-345-678."));
      return FALSE;
    }

  return TRUE;
}

/* Reads @phone as ec_phone_number_validate() describes it, and returns
 * its national number, or %NULL with @error set.  The validator and
 * ec_phone_number_normalize() both use it, so that a number is accepted
 * and reduced to its digits by the same grammar. */
static char *
parse_phone_number (const char *phone,
                    GError    **error)
{
  g_autoptr (GString) digits = NULL;
  g_autofree char *number = NULL;
  char            *hash;

  if (ec_text_is_blank (phone))
    {
      g_set_error_literal (error, EC_VALIDATION_ERROR, EC_VALIDATION_ERROR_EMPTY,
                           _ ("Please type a phone number, like 02-2192-7111."));
      return NULL;
    }

  number = ec_text_ascii_strip_dup (phone);
  if (!check_phone_characters (number, error))
    return NULL;

  /* The extension is checked on its own, then cut off: its digits are not
   * part of the number's length. */
  hash = strchr (number, '#');
  if (hash != NULL)
    {
      if (!check_phone_extension (hash + 1, error))
        return NULL;
      *hash = '\0';
    }

  digits = g_string_new (NULL);
  if (!read_national_number (number, digits, error)
      || !check_national_number (digits, error))
    return NULL;

  return g_string_free (g_steal_pointer (&digits), FALSE);
}

/**
 * ec_phone_number_validate:
 * @phone: (nullable): a Taiwan phone number as people type it
 * @error: return location for an #EC_VALIDATION_ERROR
 *
 * Accepts digits with optional separators (spaces, `-`, parentheses), an
 * optional leading `+886` that stands for the trunk 0, and an optional
 * extension of 1 to 6 digits after `#`: `02-2192-7111`, `(02)2192-7186`,
 * `+886 912 345 678`, `02-2192-7111#123`.  Without its separators and
 * extension, the number must start with 0 and have 9 or 10 digits.  The
 * message never quotes @phone.
 *
 * Returns: %TRUE if @phone is acceptable.
 */
gboolean
ec_phone_number_validate (const char *phone,
                          GError    **error)
{
  g_autofree char *national = NULL;

  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  national = parse_phone_number (phone, error);
  return national != NULL;
}

/**
 * ec_phone_number_normalize:
 * @phone: (nullable): a Taiwan phone number as people type it
 *
 * Reduces a number that ec_phone_number_validate() accepts to its national
 * digits, the way an SMS gateway or a comparison needs it: the separators
 * removed, a leading `+886` turned back into the trunk 0, the extension
 * dropped.  `0912-345-678` and `+886 912 345 678` both give `0912345678`,
 * `(02)2192-7111#123` gives `0221927111`.
 *
 * Returns: (transfer full) (nullable): the 9 or 10 digits of the national
 *   number, or %NULL if @phone is %NULL or not acceptable.
 */
char *
ec_phone_number_normalize (const char *phone)
{
  return parse_phone_number (phone, NULL);
}

/* Passwords */
