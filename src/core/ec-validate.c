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
#include "ec-text.h"
#include "ec-validate.h"

/* Messages reach logs and the reference service's JSON.  An agency OID or
 * a name may be quoted back, since the learner needs to see which part is
 * wrong; a password or a phone number never is. */

#define OID_MAX_CHARS 128
#define OID_GOVERNMENT_ARC "2.16.886.101"
#define OID_BUSINESS_ARC "2.16.886.102"

/* A fixed number of `*`s, so that the mask does not reveal the length. */
#define ACCOUNT_MASK_STARS "****"
#define ACCOUNT_SHOWN_CHARS 2

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
 * ec_person_name_normalize:
 * @name: a person's name as typed
 *
 * The name as it is compared with the registered one: without the white
 * space around it, the ideographic space (U+3000) of Chinese input
 * methods included.  A stray space typed before 「王大明」 must not make
 * the lookup answer that no official account exists.
 *
 * Returns: (transfer full): the name to send and to compare.
 */
char *
ec_person_name_normalize (const char *name)
{
  g_return_val_if_fail (name != NULL, NULL);

  return ec_text_strip_dup (name);
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
