/* ec-id-number.c
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-id-number"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "ec-error.h"
#include "ec-id-number.h"
#include "ec-text.h"

/* An ID number is personal data that certifies a learner's hours: no
 * message in this file may quote the number typed, because messages reach
 * logs and the reference service's JSON.  Messages show a well-known
 * example number instead. */

#define ID_NUMBER_LENGTH 10
#define PASSPORT_MIN_CHARS 6
#define PASSPORT_MAX_CHARS 20

/* Shorter values would be mostly revealed by the first letter and the last
 * three characters, so they are hidden entirely. */
#define MASK_MIN_CHARS 5
#define MASK_SHOWN_TAIL 3

/* The value of each capital letter in the check digit computation.  The
 * values do not follow the alphabet (I is 34, O is 35, W is 32), so this
 * table is the rule; no formula gives it. */
static const guint8 letter_values[26] = {
  10, 11, 12, 13, 14, 15, 16, 17, 34, 18, 19, 20, 21, /* A to M */
  22, 35, 23, 24, 25, 26, 27, 28, 29, 32, 30, 31, 33, /* N to Z */
};

static gboolean
has_ascii_lower (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_islower (*p))
        return TRUE;
    }

  return FALSE;
}

static gboolean
is_ascii_alnum (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    {
      if (!g_ascii_isalnum (*p))
        return FALSE;
    }

  return TRUE;
}

/* Full-width letters and digits (U+FF10–FF19, FF21–FF3A, FF41–FF5A) sit at
 * a fixed offset from ASCII; a Chinese input method in full-width mode types
 * them, and they look right on screen, so a form folds them silently. */
static gunichar
fold_full_width (gunichar c)
{
  if ((c >= 0xFF10 && c <= 0xFF19)
      || (c >= 0xFF21 && c <= 0xFF3A)
      || (c >= 0xFF41 && c <= 0xFF5A))
    return c - 0xFEE0;

  return c;
}

/**
 * ec_id_number_normalize:
 * @text: (nullable): what a person typed in an ID number field
 *
 * Does what a form does before validating: removes surrounding white space
 * (ASCII and Unicode, including U+3000 IDEOGRAPHIC SPACE), turns full-width
 * letters and digits into ASCII, and capitalizes ASCII letters.  Anything
 * else, white space inside included, is kept for ec_id_number_validate() to
 * reject: the validator stays strict, so that the service never accepts what
 * a form would have had to guess.
 *
 * Returns: (transfer full) (nullable): the normalized text, or %NULL if
 *   @text is %NULL.
 */
char *
ec_id_number_normalize (const char *text)
{
  GString    *normalized;
  const char *start;
  gsize       length;

  if (text == NULL)
    return NULL;

  /* Bytes that are not UTF-8 cannot be folded; keep them for the validator
   * to reject, and still do the ASCII part of the work. */
  if (!g_utf8_validate (text, -1, NULL))
    {
      g_autofree char *copy = ec_text_ascii_strip_dup (text);

      return g_ascii_strup (copy, -1);
    }

  start = ec_text_trim_span (text, &length);
  normalized = g_string_sized_new (length);
  for (const char *p = start; p < start + length; p = g_utf8_next_char (p))
    {
      gunichar c = fold_full_width (g_utf8_get_char (p));

      if (c < 0x80)
        g_string_append_c (normalized, g_ascii_toupper ((char) c));
      else
        g_string_append_unichar (normalized, c);
    }

  return g_string_free (normalized, FALSE);
}

/* The checks on the characters alone, in the order a person should fix
 * them: white space first (it is invisible, and a pasted number often
 * carries some), then capitals, then anything else out of place. */
static gboolean
check_id_characters (const char *id_number,
                     GError    **error)
{
  if (ec_text_is_blank (id_number))
    {
      g_set_error_literal (error, EC_VALIDATION_ERROR, EC_VALIDATION_ERROR_EMPTY,
                           _ ("Please type your ID number, like A123456789."));
      return FALSE;
    }

  if (ec_text_has_space (id_number))
    {
      g_set_error_literal (error, EC_VALIDATION_ERROR,
                           EC_VALIDATION_ERROR_INVALID_CHARACTER,
                           _ ("The ID number must not contain spaces: please remove them."));
      return FALSE;
    }

  if (has_ascii_lower (id_number))
    {
      g_set_error_literal (error, EC_VALIDATION_ERROR, EC_VALIDATION_ERROR_LOWERCASE,
                           _ ("The ID number must be typed in capital letters, like A123456789."));
      return FALSE;
    }

  if (!is_ascii_alnum (id_number))
    {
      g_set_error_literal (error, EC_VALIDATION_ERROR,
                           EC_VALIDATION_ERROR_INVALID_CHARACTER,
                           _ ("The ID number may contain only letters and digits, like A123456789."));
      return FALSE;
    }

  return TRUE;
}

static gboolean
check_id_length (const char *id_number,
                 GError    **error)
{
  gsize length = strlen (id_number);

  if (length < ID_NUMBER_LENGTH)
    {
      g_set_error_literal (error, EC_VALIDATION_ERROR, EC_VALIDATION_ERROR_TOO_SHORT,
                           _ ("The ID number is too short: it must be 10 characters long, like A123456789."));
      return FALSE;
    }

  if (length > ID_NUMBER_LENGTH)
    {
      g_set_error_literal (error, EC_VALIDATION_ERROR, EC_VALIDATION_ERROR_TOO_LONG,
                           _ ("The ID number is too long: it must be 10 characters long, like A123456789."));
      return FALSE;
    }

  return TRUE;
}

/* The second character tells the kind of document.  It is the one people
 * get wrong when they hold a resident certificate, so its message lists
 * every accepted value. */
static gboolean
classify_second_character (char      c,
                           EcIdKind *out_kind,
                           GError  **error)
{
  if (c == '1' || c == '2')
    *out_kind = EC_ID_KIND_NATIONAL;
  else if (c == '8' || c == '9')
    *out_kind = EC_ID_KIND_RESIDENT_NEW;
  else if (c >= 'A' && c <= 'D')
    *out_kind = EC_ID_KIND_RESIDENT_OLD;
  else
    {
      g_set_error_literal (error, EC_VALIDATION_ERROR,
                           EC_VALIDATION_ERROR_INVALID_FORMAT,
                           _ ("The second character of the ID number must be 1 or 2, or for a resident certificate number 8, 9 or a letter from A to D."));
      return FALSE;
    }

  return TRUE;
}

/* Called with ten capitals and digits: says which document the arrangement
 * belongs to, or what is out of place. */
static gboolean
check_id_format (const char *id_number,
                 EcIdKind   *out_kind,
                 GError    **error)
{
  if (!g_ascii_isupper (id_number[0]))
    {
      g_set_error_literal (error, EC_VALIDATION_ERROR,
                           EC_VALIDATION_ERROR_INVALID_FORMAT,
                           _ ("The ID number must start with a capital letter, like A123456789."));
      return FALSE;
    }

  if (!classify_second_character (id_number[1], out_kind, error))
    return FALSE;

  for (guint i = 2; i < ID_NUMBER_LENGTH; i++)
    {
      if (!g_ascii_isdigit (id_number[i]))
        {
          g_set_error_literal (error, EC_VALIDATION_ERROR,
                               EC_VALIDATION_ERROR_INVALID_FORMAT,
                               _ ("The last eight characters of the ID number must be digits."));
          return FALSE;
        }
    }

  return TRUE;
}

/* The weighted sum of a well-formed number: the letter's two-digit value
 * weighs 1 and 9, the second character 8, the next seven digits 7 down to
 * 1, and the check digit 1.  The old resident format has a letter in second
 * place; it counts as the last digit of its letter value. */
static guint
id_weighted_sum (const char *id_number)
{
  guint letter = letter_values[id_number[0] - 'A'];
  guint second;
  guint sum;

  if (g_ascii_isdigit (id_number[1]))
    second = id_number[1] - '0';
  else
    second = letter_values[id_number[1] - 'A'] % 10;

  sum = letter / 10 + (letter % 10) * 9 + second * 8;
  for (guint i = 2; i < ID_NUMBER_LENGTH - 1; i++)
    sum += (guint) (id_number[i] - '0') * (ID_NUMBER_LENGTH - 1 - i);

  return sum + (guint) (id_number[ID_NUMBER_LENGTH - 1] - '0');
}

/**
 * ec_id_number_validate:
 * @id_number: (nullable): a national ID number or a resident certificate
 *   number, exactly as it is to be stored (see ec_id_number_normalize())
 * @out_kind: (out) (optional): which document the number belongs to; left
 *   untouched on error
 * @error: return location for an #EC_VALIDATION_ERROR
 *
 * Accepts a national ID number (`A123456789`), a resident certificate
 * number in the current format (`A800000014`) or in the old one
 * (`AC01234567`), all with a valid check digit.  The error reports the first
 * thing to fix: emptiness, then white space, lowercase letters, other
 * characters, the length, the arrangement, and last the check digit.  Its
 * message never quotes @id_number.
 *
 * Returns: %TRUE if @id_number is valid.
 */
gboolean
ec_id_number_validate (const char *id_number,
                       EcIdKind   *out_kind,
                       GError    **error)
{
  EcIdKind kind;

  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_id_characters (id_number, error)
      || !check_id_length (id_number, error)
      || !check_id_format (id_number, &kind, error))
    return FALSE;

  if (id_weighted_sum (id_number) % 10 != 0)
    {
      g_set_error_literal (error, EC_VALIDATION_ERROR,
                           EC_VALIDATION_ERROR_INVALID_CHECKSUM,
                           _ ("The ID number is not valid: its check digit does not match, so a character is probably mistyped. Please compare it with your ID card or resident certificate."));
      return FALSE;
    }

  if (out_kind != NULL)
    *out_kind = kind;

  return TRUE;
}

/**
 * ec_id_number_mask:
 * @id_number: (nullable): an ID number, valid or not
 *
 * Hides an ID number on screen until the learner reveals it: the first
 * letter, one `*` for each hidden character, then the last three
 * characters, so that `A123456789` becomes `A******789`.  A value shorter
 * than five characters is all `*`s, and so is one that is not UTF-8.
 *
 * Returns: (transfer full) (nullable): the masked number, as long as
 *   @id_number in characters, or %NULL if @id_number is %NULL.
 */
char *
ec_id_number_mask (const char *id_number)
{
  g_autofree char *stars = NULL;
  const char      *tail;
  glong            length;

  if (id_number == NULL)
    return NULL;

  if (!g_utf8_validate (id_number, -1, NULL))
    return g_strnfill (strlen (id_number), '*');

  length = g_utf8_strlen (id_number, -1);
  if (length < MASK_MIN_CHARS)
    return g_strnfill (length, '*');

  stars = g_strnfill (length - 1 - MASK_SHOWN_TAIL, '*');
  tail = g_utf8_offset_to_pointer (id_number, length - MASK_SHOWN_TAIL);

  return g_strdup_printf ("%.*s%s%s",
                          (int) (g_utf8_next_char (id_number) - id_number),
                          id_number, stars, tail);
}

/**
 * ec_passport_number_validate:
 * @passport: (nullable): a passport number as typed
 * @error: return location for an #EC_VALIDATION_ERROR
 *
 * Passport numbers differ from one country to the next and carry no check
 * digit that every country shares, so this accepts 6 to 20 ASCII letters or
 * digits of either case, once surrounding white space is removed.  The
 * message never quotes @passport.
 *
 * Returns: %TRUE if @passport is acceptable.
 */
gboolean
ec_passport_number_validate (const char *passport,
                             GError    **error)
{
  g_autofree char *trimmed = NULL;
  gsize            length;

  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (ec_text_is_blank (passport))
    {
      g_set_error_literal (error, EC_VALIDATION_ERROR, EC_VALIDATION_ERROR_EMPTY,
                           _ ("Please type your passport number."));
      return FALSE;
    }

  trimmed = ec_text_ascii_strip_dup (passport);
  if (!is_ascii_alnum (trimmed))
    {
      g_set_error_literal (error, EC_VALIDATION_ERROR,
                           EC_VALIDATION_ERROR_INVALID_CHARACTER,
                           _ ("The passport number may contain only letters and digits, without spaces or dashes."));
      return FALSE;
    }

  length = strlen (trimmed);
  if (length < PASSPORT_MIN_CHARS)
    {
      g_set_error (error, EC_VALIDATION_ERROR, EC_VALIDATION_ERROR_TOO_SHORT,
                   _ ("The passport number is too short: it must have at least %d letters or digits."),
                   PASSPORT_MIN_CHARS);
      return FALSE;
    }

  if (length > PASSPORT_MAX_CHARS)
    {
      g_set_error (error, EC_VALIDATION_ERROR, EC_VALIDATION_ERROR_TOO_LONG,
                   _ ("The passport number is too long: it can have at most %d letters or digits."),
                   PASSPORT_MAX_CHARS);
      return FALSE;
    }

  return TRUE;
}
