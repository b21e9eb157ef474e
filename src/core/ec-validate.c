/* ec-validate.c
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-validate"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "ec-error.h"
#include "ec-text-private.h"
#include "ec-validate.h"

/* Messages reach logs and the reference service's JSON.  An agency OID or
 * a name may be quoted back, since the learner needs to see which part is
 * wrong; a password or a phone number never is. */

#define OID_MAX_CHARS 128
#define OID_GOVERNMENT_ARC "2.16.886.101"
#define OID_BUSINESS_ARC "2.16.886.102"

#define PHONE_MIN_DIGITS 9
#define PHONE_MAX_DIGITS 10
#define PHONE_EXTENSION_MAX_DIGITS 6
#define PHONE_COUNTRY_CODE "+886"

/* A fixed number of `*`s, so that the mask does not reveal the length. */
#define ACCOUNT_MASK_STARS "****"
#define ACCOUNT_SHOWN_CHARS 2

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

/* Agency OIDs */

static gboolean
check_oid_prefix (const char *oid,
                  GError    **error)
{
  if (g_str_has_prefix (oid, EC_OID_GOVERNMENT_PREFIX))
    return TRUE;

  /* The government arc alone names no agency: the learner stopped early. */
  if (strcmp (oid, OID_GOVERNMENT_ARC) == 0)
    {
      g_set_error_literal (error, EC_VALIDATION_ERROR,
                           EC_VALIDATION_ERROR_INVALID_FORMAT,
                           _ ("The agency OID must continue after 2.16.886.101 with the numbers of the agency, like 2.16.886.101.20003.20022."));
      return FALSE;
    }

  /* A business OID is the likeliest mistake: it comes from the same
   * directory and looks the same, so the message says what it is. */
  if (strcmp (oid, OID_BUSINESS_ARC) == 0
      || g_str_has_prefix (oid, OID_BUSINESS_ARC "."))
    {
      g_set_error (error, EC_VALIDATION_ERROR, EC_VALIDATION_ERROR_INVALID_PREFIX,
                   _ ("“%s” is the OID of a business, not of a government agency: type the OID of the agency you work for, which starts with 2.16.886.101."),
                   oid);
      return FALSE;
    }

  g_set_error (error, EC_VALIDATION_ERROR, EC_VALIDATION_ERROR_INVALID_PREFIX,
               _ ("“%s” is not the OID of a government agency: it must start with 2.16.886.101, like 2.16.886.101.20003.20022."),
               oid);
  return FALSE;
}

/* Checks the arcs after the government prefix: at least one, each a number
 * written without leading zeros, as the OID directory writes them. */
static gboolean
check_oid_arcs (const char *oid,
                GError    **error)
{
  const char *arc = oid + strlen (EC_OID_GOVERNMENT_PREFIX);

  for (;;)
    {
      gsize length = strcspn (arc, ".");

      if (length == 0)
        {
          g_set_error (error, EC_VALIDATION_ERROR, EC_VALIDATION_ERROR_INVALID_FORMAT,
                       _ ("“%s” is not a valid agency OID: put exactly one dot between numbers, and none at the end."),
                       oid);
          return FALSE;
        }

      if (length > 1 && arc[0] == '0')
        {
          g_set_error (error, EC_VALIDATION_ERROR, EC_VALIDATION_ERROR_INVALID_FORMAT,
                       _ ("“%s” is not a valid agency OID: no number in it may start with 0."),
                       oid);
          return FALSE;
        }

      if (arc[length] == '\0')
        return TRUE;

      arc += length + 1;
    }
}

/**
 * ec_agency_oid_validate:
 * @oid: (nullable): the OID of a government agency, as typed
 * @error: return location for an #EC_VALIDATION_ERROR
 *
 * Accepts the OID of a government agency: %EC_OID_GOVERNMENT_PREFIX
 * followed by one or more numbers separated by dots, such as
 * `2.16.886.101.20003.20022`, at most 128 characters in all.  A business's
 * OID (under `2.16.886.102`) is refused with a message that says so.
 * Nothing is trimmed: a form removes white space before calling this.
 *
 * Returns: %TRUE if @oid is a government agency's OID.
 */
gboolean
ec_agency_oid_validate (const char *oid,
                        GError    **error)
{
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (ec_text_is_blank (oid))
    {
      g_set_error_literal (error, EC_VALIDATION_ERROR, EC_VALIDATION_ERROR_EMPTY,
                           _ ("Please type the agency OID, like 2.16.886.101.20003.20022."));
      return FALSE;
    }

  if (strspn (oid, "0123456789.") != strlen (oid))
    {
      g_set_error_literal (error, EC_VALIDATION_ERROR,
                           EC_VALIDATION_ERROR_INVALID_CHARACTER,
                           _ ("The agency OID may contain only digits and dots, like 2.16.886.101.20003.20022."));
      return FALSE;
    }

  if (strlen (oid) > OID_MAX_CHARS)
    {
      g_set_error (error, EC_VALIDATION_ERROR, EC_VALIDATION_ERROR_TOO_LONG,
                   _ ("The agency OID is too long: it can have at most %d characters."),
                   OID_MAX_CHARS);
      return FALSE;
    }

  return check_oid_prefix (oid, error) && check_oid_arcs (oid, error);
}

/* Person names */

/* The punctuation found in names: the middle dots that separate the parts
 * of indigenous and transliterated names (· U+00B7, ‧ U+2027, ・ U+30FB),
 * and the hyphens, apostrophes, periods and commas of Western names. */
static gboolean
is_name_punctuation (gunichar c)
{
  switch (c)
    {
    case 0x00B7:
    case 0x2027:
    case 0x30FB:
    case '-':
    case '\'':
    case '.':
    case ',':
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
is_name_character (gunichar c)
{
  switch (g_unichar_type (c))
    {
    case G_UNICODE_NON_SPACING_MARK:
    case G_UNICODE_SPACING_MARK:
    case G_UNICODE_ENCLOSING_MARK:
    case G_UNICODE_SPACE_SEPARATOR:
      return TRUE;
    default:
      return g_unichar_isalpha (c) || is_name_punctuation (c);
    }
}

/* Says which character is out of place.  A visible one is quoted; an
 * invisible one (a control or format character, often pasted along with
 * the name) cannot be, so the message says how to get rid of it. */
static void
set_name_character_error (gunichar c,
                          GError **error)
{
  char utf8[8] = { 0 };

  if (g_unichar_isdigit (c))
    {
      g_set_error_literal (error, EC_VALIDATION_ERROR,
                           EC_VALIDATION_ERROR_INVALID_CHARACTER,
                           _ ("The name must not contain digits."));
      return;
    }

  if (!g_unichar_isgraph (c))
    {
      g_set_error_literal (error, EC_VALIDATION_ERROR,
                           EC_VALIDATION_ERROR_INVALID_CHARACTER,
                           _ ("The name contains an invisible character, often left by copying and pasting: please type the name again."));
      return;
    }

  g_unichar_to_utf8 (c, utf8);
  g_set_error (error, EC_VALIDATION_ERROR, EC_VALIDATION_ERROR_INVALID_CHARACTER,
               _ ("The name must not contain “%s”: besides letters and spaces, a name may contain only the marks “·”, “-”, “'”, “.” and “,”."),
               utf8);
}

/**
 * ec_person_name_validate:
 * @name: (nullable): a person's name as typed, in any script
 * @error: return location for an #EC_VALIDATION_ERROR
 *
 * Accepts a name of at most %EC_PERSON_NAME_MAX_CHARS characters once
 * surrounding white space is removed, made of letters of any script,
 * combining marks, spaces and the punctuation found in names: the middle
 * dots of indigenous and transliterated names (`·`, `‧`, `・`) and
 * `- ' . ,`.  Digits, symbols, control characters and invisible format
 * characters are refused.
 *
 * Returns: %TRUE if @name is acceptable.
 */
gboolean
ec_person_name_validate (const char *name,
                         GError    **error)
{
  g_autofree char *trimmed = NULL;

  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* Checked first, because the other checks need to read characters, and
   * an unreadable name cannot be quoted in a message either. */
  if (name != NULL && !g_utf8_validate (name, -1, NULL))
    {
      g_set_error_literal (error, EC_VALIDATION_ERROR,
                           EC_VALIDATION_ERROR_INVALID_CHARACTER,
                           _ ("The name contains characters that cannot be read: please type it again."));
      return FALSE;
    }

  if (ec_text_is_blank (name))
    {
      g_set_error_literal (error, EC_VALIDATION_ERROR, EC_VALIDATION_ERROR_EMPTY,
                           _ ("Please type your name."));
      return FALSE;
    }

  trimmed = ec_text_strip_dup (name);
  if (g_utf8_strlen (trimmed, -1) > EC_PERSON_NAME_MAX_CHARS)
    {
      g_set_error (error, EC_VALIDATION_ERROR, EC_VALIDATION_ERROR_TOO_LONG,
                   _ ("The name is too long: it can have at most %d characters."),
                   EC_PERSON_NAME_MAX_CHARS);
      return FALSE;
    }

  for (const char *p = trimmed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!is_name_character (c))
        {
          set_name_character_error (c, error);
          return FALSE;
        }
    }

  return TRUE;
}

/* Phone numbers */

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

/* The platform accepts the printable ASCII characters, space excepted:
 * what every keyboard layout can type the same way. */
static gboolean
is_password_character (char c)
{
  return c > ' ' && c <= '~';
}

static gboolean
check_password_characters (const char *password,
                           GError    **error)
{
  for (const char *p = password; *p != '\0'; p++)
    {
      if (!is_password_character (*p))
        {
          g_set_error_literal (error, EC_VALIDATION_ERROR,
                               EC_VALIDATION_ERROR_INVALID_CHARACTER,
                               _ ("The password may contain only letters, digits and the symbols of an English keyboard, without spaces."));
          return FALSE;
        }
    }

  return TRUE;
}

static gboolean
check_password_length (const char *password,
                       GError    **error)
{
  gsize length = strlen (password);

  if (length < EC_PASSWORD_MIN_CHARS)
    {
      g_set_error (error, EC_VALIDATION_ERROR, EC_VALIDATION_ERROR_TOO_SHORT,
                   _ ("The password is too short: it must have at least %d characters."),
                   EC_PASSWORD_MIN_CHARS);
      return FALSE;
    }

  if (length > EC_PASSWORD_MAX_CHARS)
    {
      g_set_error (error, EC_VALIDATION_ERROR, EC_VALIDATION_ERROR_TOO_LONG,
                   _ ("The password is too long: it can have at most %d characters."),
                   EC_PASSWORD_MAX_CHARS);
      return FALSE;
    }

  return TRUE;
}

static gboolean
check_password_strength (const char *password,
                         const char *account,
                         GError    **error)
{
  gboolean has_letter = FALSE;
  gboolean has_digit = FALSE;

  for (const char *p = password; *p != '\0'; p++)
    {
      has_letter = has_letter || g_ascii_isalpha (*p);
      has_digit = has_digit || g_ascii_isdigit (*p);
    }

  if (!has_letter || !has_digit)
    {
      g_set_error_literal (error, EC_VALIDATION_ERROR, EC_VALIDATION_ERROR_WEAK_PASSWORD,
                           _ ("The password must mix letters and digits: use at least one of each."));
      return FALSE;
    }

  /* The platform compares the account name without regard to case, so
   * "Lo123456" is refused for the account "lo123456". */
  if (account != NULL && g_ascii_strcasecmp (password, account) == 0)
    {
      g_set_error_literal (error, EC_VALIDATION_ERROR, EC_VALIDATION_ERROR_WEAK_PASSWORD,
                           _ ("The password must not be the same as the account name."));
      return FALSE;
    }

  return TRUE;
}

/**
 * ec_password_validate:
 * @password: (nullable): a new password for a gov.tw member account
 * @account: (nullable): the account name, if known
 * @error: return location for an #EC_VALIDATION_ERROR
 *
 * Applies the platform's rules for member passwords: 8 to 15 printable
 * ASCII characters without spaces, at least one letter and one digit, and
 * not the account name, whatever the case of either.  Passwords are
 * otherwise case-sensitive, and nothing is trimmed.  The message never
 * quotes @password.
 *
 * Returns: %TRUE if @password is acceptable.
 */
gboolean
ec_password_validate (const char *password,
                      const char *account,
                      GError    **error)
{
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (ec_text_is_blank (password))
    {
      g_set_error_literal (error, EC_VALIDATION_ERROR, EC_VALIDATION_ERROR_EMPTY,
                           _ ("Please type a password."));
      return FALSE;
    }

  return check_password_characters (password, error)
         && check_password_length (password, error)
         && check_password_strength (password, account, error);
}

/**
 * ec_account_mask:
 * @account: (nullable): an account name
 *
 * Masks an account the way the official account lookup does: its first two
 * characters, then a fixed `****` whatever the length, so that `lo12345`
 * becomes `lo****`.  An account of one or two characters shows only its
 * first; one that is empty or not UTF-8 shows nothing but `****`.
 *
 * Returns: (transfer full) (nullable): the masked account, or %NULL if
 *   @account is %NULL.
 */
char *
ec_account_mask (const char *account)
{
  const char *end;
  glong       length;

  if (account == NULL)
    return NULL;

  if (!g_utf8_validate (account, -1, NULL) || account[0] == '\0')
    return g_strdup (ACCOUNT_MASK_STARS);

  length = g_utf8_strlen (account, -1);
  end = g_utf8_offset_to_pointer (account, length > ACCOUNT_SHOWN_CHARS ? ACCOUNT_SHOWN_CHARS : 1);

  return g_strdup_printf ("%.*s" ACCOUNT_MASK_STARS, (int) (end - account), account);
}
