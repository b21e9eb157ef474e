/* ec-text.c
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-text"

#include "config.h"

#include "ec-text.h"

/* Every validator of typed text asks the same questions: is the field
 * empty, is there white space inside, what is left once the white space
 * around it is gone.  They are answered here once, so that two fields never
 * disagree on what an empty field is.
 *
 * White space means ASCII and Unicode white space alike: a Chinese input
 * method types U+3000 IDEOGRAPHIC SPACE as readily as an ASCII space, and a
 * learner cannot tell them apart on screen.  The one exception,
 * ec_text_ascii_strip_dup(), says so in its name. */

/* Returns the length in bytes of the character at @p if it is white space
 * (ASCII, or Unicode such as the U+3000 IDEOGRAPHIC SPACE an input method
 * types), or 0.  Invalid UTF-8 is never white space, so that the character
 * checks that follow get to report it. */
gsize
ec_text_space_length (const char *p)
{
  gunichar c;

  if (g_ascii_isspace (*p))
    return 1;

  c = g_utf8_get_char_validated (p, -1);
  if (c == (gunichar) -1 || c == (gunichar) -2 || c < 0x80
      || !g_unichar_isspace (c))
    return 0;

  return g_utf8_next_char (p) - p;
}

/* Returns the length in bytes of the character at @p, counting a byte that
 * is not valid UTF-8 as a character of its own, so that a scan of text a
 * person typed never stops early nor runs past its end. */
gsize
ec_text_char_length (const char *p)
{
  gunichar c = g_utf8_get_char_validated (p, -1);

  if (c == (gunichar) -1 || c == (gunichar) -2)
    return 1;

  return g_utf8_next_char (p) - p;
}

/* Returns the first character at or after @p that is not white space. */
const char *
ec_text_skip_space (const char *p)
{
  gsize n;

  while ((n = ec_text_space_length (p)) > 0)
    p += n;

  return p;
}

/* A field holding nothing but white space is empty to the person who left
 * it so (see %EC_VALIDATION_ERROR_EMPTY); %NULL is empty too. */
gboolean
ec_text_is_blank (const char *text)
{
  return text == NULL || *ec_text_skip_space (text) == '\0';
}

/* Whether @text holds white space anywhere, for values such as ID numbers
 * that may contain none at all. */
gboolean
ec_text_has_space (const char *text)
{
  for (const char *p = text; *p != '\0'; p += ec_text_char_length (p))
    {
      if (ec_text_space_length (p) > 0)
        return TRUE;
    }

  return FALSE;
}

/* Finds @text without the white space around it, without copying: for a
 * caller that changes the characters as it copies them.  Returns the first
 * character kept and sets @out_length to the number of bytes kept. */
const char *
ec_text_trim_span (const char *text,
                   gsize      *out_length)
{
  const char *start = ec_text_skip_space (text);
  const char *end = start;

  for (const char *p = start; *p != '\0'; p += ec_text_char_length (p))
    {
      if (ec_text_space_length (p) == 0)
        end = p + ec_text_char_length (p);
    }

  *out_length = end - start;
  return start;
}

/* Returns a copy of @text without the white space around it, Unicode white
 * space included: what a form does to a field, such as a name, that may
 * hold any script. */
char *
ec_text_strip_dup (const char *text)
{
  gsize       length;
  const char *start = ec_text_trim_span (text, &length);

  return g_strndup (start, length);
}

/* Returns a copy of @text without the ASCII white space around it only.
 * For fields made of ASCII alone (passport and phone numbers): a full-width
 * space around them is left in place, so that the character check reports
 * it instead of it being dropped without a word. */
char *
ec_text_ascii_strip_dup (const char *text)
{
  return g_strstrip (g_strdup (text));
}
