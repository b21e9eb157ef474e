/* test-profile-rules.c: the personal data that makes an advanced member:
 * phone numbers reduced and masked, mailing addresses, birthdays, and the
 * advanced member check itself.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "ec-core.h"
#include "ec-test-util.h"

typedef struct {
  const char *input;
  const char *expected; /* NULL: refused */
} Conversion;

/* An address, and the code of the error, or ACCEPTED. */
typedef struct {
  const char *input;
  int         code;
} AddressCase;

/* A birthday judged on a day, and the code of the error, or ACCEPTED. */
typedef struct {
  guint year, month, day;
  guint today_year, today_month, today_day;
  int   code;
} BirthdayCase;

typedef struct {
  const char *input;
  const char *word; /* a word of the message */
} MessageCase;

typedef struct {
  const char      *birthday;
  const char      *id_number;
  const char      *passport;
  const char      *address;
  const char      *phone;
  EcProfileMissing expected;
} MissingCase;

typedef struct {
  EcProfileMissing missing;
  const char      *names;
} NamesCase;

#define ACCEPTED (-1)

/* The day the advanced member vectors are judged on. */
#define TODAY 2026, 3, 2

#define ADDRESS "臺北市中正區寶慶路3號"
#define BIRTHDAY "1980-05-12"
#define ID_NUMBER "A120864216"
#define PASSPORT "X12345678"
#define PHONE "02-2192-7111"

/* EC_ADDRESS_MAX_CHARS characters of three bytes each; test_address_bound()
 * checks the arithmetic. */
#define ROAD_10 "路路路路路路路路路路"
#define ROAD_50 ROAD_10 ROAD_10 ROAD_10 ROAD_10 ROAD_10
#define ADDRESS_200 ROAD_50 ROAD_50 ROAD_50 ROAD_50

static const Conversion normalized_phones[] = {
  { "02-2192-7111", "0221927111" },
  { "(02)2192-7186", "0221927186" },
  { "02-23165300", "0223165300" },
  { "0912-345-678", "0912345678" },
  { "0912345678", "0912345678" },
  { "+886 912 345 678", "0912345678" },
  { "+886912345678", "0912345678" },
  { "+886-2-2192-7111", "0221927111" },
  { "+886 (2) 2192-7111", "0221927111" },
  { "+886221927111", "0221927111" },
  { "049-2345678", "0492345678" },
  { "(049) 234 5678", "0492345678" },
  { "089-123456", "089123456" },
  { "02-2192-7111#123", "0221927111" },
  { "02 2192 7111 #1", "0221927111" },
  { "02-2192-7111 # 123456", "0221927111" },
  { "+886 2 2192 7111#99", "0221927111" },
  { "  0912345678  ", "0912345678" },
  { "\t0912-345-678\n", "0912345678" },
  { "(02) (2192) 7111", "0221927111" },

  /* What ec_phone_number_validate() refuses gives nothing at all. */
  { NULL, NULL },
  { "", NULL },
  { "   ", NULL },
  { "12345", NULL },
  { "2345-6789", NULL },
  { "02-2345-67891", NULL },
  { "0912-345-6789", NULL },
  { "886-2-2345-6789", NULL },
  { "+1 212 555 0100", NULL },
  { "+886 02 2345 6789", NULL },
  { "+886", NULL },
  { "212345678", NULL },
  { "02-2345-6789#", NULL },
  { "02-2345-6789#1234567", NULL },
  { "02-2345-6789 ext 5", NULL },
  { "\uff10\uff12-2345-6789", NULL },
  { "\u30000912345678", NULL },
  { "(02 2345 6789", NULL },
  { "02-2345+6789", NULL },
};

static const Conversion masked_phones[] = {
  { "0912-345-678", "09*****678" },
  { "0912345678", "09*****678" },
  { "+886 912 345 678", "09*****678" },
  { "(02)2192-7111", "02*****111" },
  { "02-2192-7111#123", "02*****111" },
  { "+886-2-2192-7111", "02*****111" },
  { "049-2345678", "04*****678" },
  { "089-123456", "08****456" },
  { "07-799-5678", "07****678" },
  { "  03-332-2101  ", "03****101" },

  /* Nothing of a refused number is shown. */
  { NULL, NULL },
  { "", NULL },
  { "12345", NULL },
  { "0912-345-6789", NULL },
  { "+1 212 555 0100", NULL },
  { "0912-345-678 ext", NULL },
};

static const AddressCase addresses[] = {
  { ADDRESS, ACCEPTED },
  { "  " ADDRESS "  ", ACCEPTED },
  { "\u3000" ADDRESS "\u3000", ACCEPTED },
  { ADDRESS "\n", ACCEPTED }, /* white space around is removed, line breaks included */
  { "\r\n" ADDRESS "\t", ACCEPTED },
  { "100臺北市中正區寶慶路3號5樓之1", ACCEPTED },
  { "臺北市 中正區 寶慶路 3 號", ACCEPTED },
  { "臺北市\u3000中正區寶慶路3號", ACCEPTED },
  { "No. 3, Baoqing Rd., Zhongzheng Dist., Taipei City 100, Taiwan", ACCEPTED },
  { "新北市板橋區中山路一段161號（市政府）", ACCEPTED },
  { "臺南市安平區永華路二段6號 #3", ACCEPTED },
  { "高雄市苓雅區四維三路2號；收件人：張小姐", ACCEPTED },
  { "桃園市\U0002000B里", ACCEPTED }, /* outside the Basic Multilingual Plane */
  { "臺北市\ue000里", ACCEPTED }, /* a rare character in the private-use area */
  { "\u845b\U000E0100里", ACCEPTED }, /* an ideographic variation selector */
  { "A", ACCEPTED },
  { ADDRESS_200, ACCEPTED }, /* the bound counts characters, not bytes */
  { "\u3000 " ADDRESS_200 " \u3000\n", ACCEPTED }, /* white space around does not count */

  /* Unreadable bytes come first: nothing else can be checked. */
  { "臺北市\xff", EC_VALIDATION_ERROR_INVALID_CHARACTER },
  { "\xe8\x87", EC_VALIDATION_ERROR_INVALID_CHARACTER },
  { "   \xff", EC_VALIDATION_ERROR_INVALID_CHARACTER },
  { "\xc0\xaf", EC_VALIDATION_ERROR_INVALID_CHARACTER },

  { NULL, EC_VALIDATION_ERROR_EMPTY },
  { "", EC_VALIDATION_ERROR_EMPTY },
  { " ", EC_VALIDATION_ERROR_EMPTY },
  { "   ", EC_VALIDATION_ERROR_EMPTY },
  { "\u3000\u3000", EC_VALIDATION_ERROR_EMPTY },
  { "\t\n", EC_VALIDATION_ERROR_EMPTY },
  { " \u3000\r\n", EC_VALIDATION_ERROR_EMPTY },

  { ADDRESS_200 "1", EC_VALIDATION_ERROR_TOO_LONG },
  { ADDRESS_200 ADDRESS, EC_VALIDATION_ERROR_TOO_LONG },
  { ADDRESS_200 "1\n號", EC_VALIDATION_ERROR_TOO_LONG }, /* the length first */

  /* Line breaks inside. */
  { "臺北市\n中正區", EC_VALIDATION_ERROR_INVALID_CHARACTER },
  { "臺北市\r\n中正區", EC_VALIDATION_ERROR_INVALID_CHARACTER },
  { "臺北市\r中正區", EC_VALIDATION_ERROR_INVALID_CHARACTER },
  { "臺北市\v中正區", EC_VALIDATION_ERROR_INVALID_CHARACTER },
  { "臺北市\f中正區", EC_VALIDATION_ERROR_INVALID_CHARACTER },
  { "臺北市\xc2\x85中正區", EC_VALIDATION_ERROR_INVALID_CHARACTER }, /* U+0085 NEXT LINE */
  { "臺北市\u2028中正區", EC_VALIDATION_ERROR_INVALID_CHARACTER },
  { "臺北市\u2029中正區", EC_VALIDATION_ERROR_INVALID_CHARACTER },

  /* Control and invisible format characters inside. */
  { "臺北市\t中正區", EC_VALIDATION_ERROR_INVALID_CHARACTER },
  { "臺北市\x01中正區", EC_VALIDATION_ERROR_INVALID_CHARACTER },
  { "臺北市\x1b[31m", EC_VALIDATION_ERROR_INVALID_CHARACTER },
  { "臺北市\x7f", EC_VALIDATION_ERROR_INVALID_CHARACTER },
  { "臺北市\xc2\x90", EC_VALIDATION_ERROR_INVALID_CHARACTER }, /* a C1 control */
  { "臺北市\u200b中正區", EC_VALIDATION_ERROR_INVALID_CHARACTER }, /* zero-width space */
  { "\u202e臺北市中正區", EC_VALIDATION_ERROR_INVALID_CHARACTER }, /* right-to-left override */
  { "臺北市\ufeff中正區", EC_VALIDATION_ERROR_INVALID_CHARACTER }, /* byte order mark */
  { "臺北市\u00ad中正區", EC_VALIDATION_ERROR_INVALID_CHARACTER }, /* soft hyphen */
};

static const BirthdayCase birthdays[] = {
  { 1900, 1, 1, TODAY, ACCEPTED },
  { 1900, 1, 2, TODAY, ACCEPTED },
  { 1911, 1, 1, TODAY, ACCEPTED }, /* ROC year 1 */
  { 1980, 5, 12, TODAY, ACCEPTED },
  { 1999, 12, 31, TODAY, ACCEPTED },
  { 2000, 2, 29, TODAY, ACCEPTED },
  { 2026, 3, 1, TODAY, ACCEPTED },
  { 2026, 3, 2, TODAY, ACCEPTED }, /* born today */
  { 2025, 12, 31, 2025, 12, 31, ACCEPTED },
  { 2024, 2, 29, 2024, 2, 29, ACCEPTED },
  { 1900, 1, 1, 1900, 1, 1, ACCEPTED },

  { 1899, 12, 31, TODAY, EC_VALIDATION_ERROR_OUT_OF_RANGE },
  { 1899, 1, 1, TODAY, EC_VALIDATION_ERROR_OUT_OF_RANGE },
  { 1800, 6, 15, TODAY, EC_VALIDATION_ERROR_OUT_OF_RANGE },
  { 75, 5, 12, TODAY, EC_VALIDATION_ERROR_OUT_OF_RANGE }, /* a ROC year */
  { 114, 7, 4, TODAY, EC_VALIDATION_ERROR_OUT_OF_RANGE },
  { 1, 1, 1, TODAY, EC_VALIDATION_ERROR_OUT_OF_RANGE },
  { 2026, 3, 3, TODAY, EC_VALIDATION_ERROR_OUT_OF_RANGE }, /* tomorrow */
  { 2026, 4, 1, TODAY, EC_VALIDATION_ERROR_OUT_OF_RANGE },
  { 2027, 3, 2, TODAY, EC_VALIDATION_ERROR_OUT_OF_RANGE },
  { 2999, 1, 1, TODAY, EC_VALIDATION_ERROR_OUT_OF_RANGE },
  { 2026, 1, 1, 2025, 12, 31, EC_VALIDATION_ERROR_OUT_OF_RANGE },
  { 2024, 3, 1, 2024, 2, 29, EC_VALIDATION_ERROR_OUT_OF_RANGE },
};

/* A line break and an invisible character are told apart, since the
 * learner fixes them differently. */
static const MessageCase address_messages[] = {
  { "臺北市\n中正區", "one line" },
  { "臺北市\r中正區", "one line" },
  { "臺北市\u2028中正區", "one line" },
  { "臺北市\t中正區", "invisible" },
  { "臺北市\u200b中正區", "invisible" },
  { "臺北市\x01中正區", "invisible" },
  { "臺北市\xff", "cannot be read" },
  { "\u3000", "Please type" },
};

static const MissingCase missing_cases[] = {
  { BIRTHDAY, ID_NUMBER, NULL, ADDRESS, PHONE, EC_PROFILE_MISSING_NONE },
  { BIRTHDAY, NULL, PASSPORT, ADDRESS, PHONE, EC_PROFILE_MISSING_NONE },
  { BIRTHDAY, ID_NUMBER, PASSPORT, ADDRESS, PHONE, EC_PROFILE_MISSING_NONE },
  { BIRTHDAY, "A800000014", NULL, ADDRESS, PHONE, EC_PROFILE_MISSING_NONE },
  { BIRTHDAY, "AC01234567", NULL, ADDRESS, PHONE, EC_PROFILE_MISSING_NONE },
  { BIRTHDAY, "B135792461", PASSPORT, ADDRESS, PHONE, EC_PROFILE_MISSING_NONE },
  { BIRTHDAY, ID_NUMBER, "X1234", ADDRESS, PHONE, EC_PROFILE_MISSING_NONE },
  { "1900-01-01", ID_NUMBER, NULL, ADDRESS, PHONE, EC_PROFILE_MISSING_NONE },
  { "2026-03-02", ID_NUMBER, NULL, ADDRESS, PHONE, EC_PROFILE_MISSING_NONE },
  { BIRTHDAY, ID_NUMBER, NULL, " " ADDRESS " ", PHONE, EC_PROFILE_MISSING_NONE },
  { BIRTHDAY, ID_NUMBER, NULL, ADDRESS, "+886 912 345 678", EC_PROFILE_MISSING_NONE },
  { BIRTHDAY, ID_NUMBER, NULL, ADDRESS, "02-2192-7111#123", EC_PROFILE_MISSING_NONE },

  { NULL, NULL, NULL, NULL, NULL, EC_PROFILE_MISSING_ALL },
  { "", "", "", "", "", EC_PROFILE_MISSING_ALL },
  { " ", " ", " ", "\u3000", " ", EC_PROFILE_MISSING_ALL },

  /* The birthday: missing, not a date, or out of range. */
  { NULL, ID_NUMBER, NULL, ADDRESS, PHONE, EC_PROFILE_MISSING_BIRTHDAY },
  { "1990-02-30", ID_NUMBER, NULL, ADDRESS, PHONE, EC_PROFILE_MISSING_BIRTHDAY },
  { "1990/03/15", ID_NUMBER, NULL, ADDRESS, PHONE, EC_PROFILE_MISSING_BIRTHDAY },
  { "19900315", ID_NUMBER, NULL, ADDRESS, PHONE, EC_PROFILE_MISSING_BIRTHDAY },
  { "民國 79年03月15日", ID_NUMBER, NULL, ADDRESS, PHONE, EC_PROFILE_MISSING_BIRTHDAY },
  { "1899-12-31", ID_NUMBER, NULL, ADDRESS, PHONE, EC_PROFILE_MISSING_BIRTHDAY },
  { "0079-03-15", ID_NUMBER, NULL, ADDRESS, PHONE, EC_PROFILE_MISSING_BIRTHDAY },
  { "2026-03-03", ID_NUMBER, NULL, ADDRESS, PHONE, EC_PROFILE_MISSING_BIRTHDAY },
  { "2999-01-01", ID_NUMBER, NULL, ADDRESS, PHONE, EC_PROFILE_MISSING_BIRTHDAY },

  /* The document: stored values are judged as they are, not normalized. */
  { BIRTHDAY, NULL, NULL, ADDRESS, PHONE, EC_PROFILE_MISSING_ID_OR_PASSPORT },
  { BIRTHDAY, "a120864216", NULL, ADDRESS, PHONE, EC_PROFILE_MISSING_ID_OR_PASSPORT },
  { BIRTHDAY, " A120864216", NULL, ADDRESS, PHONE, EC_PROFILE_MISSING_ID_OR_PASSPORT },
  { BIRTHDAY, "B135792461", NULL, ADDRESS, PHONE, EC_PROFILE_MISSING_ID_OR_PASSPORT },
  { BIRTHDAY, "A12345", NULL, ADDRESS, PHONE, EC_PROFILE_MISSING_ID_OR_PASSPORT },
  { BIRTHDAY, NULL, "X1234", ADDRESS, PHONE, EC_PROFILE_MISSING_ID_OR_PASSPORT },
  { BIRTHDAY, NULL, "X-1234567", ADDRESS, PHONE, EC_PROFILE_MISSING_ID_OR_PASSPORT },
  { BIRTHDAY, "B135792461", "X1234", ADDRESS, PHONE, EC_PROFILE_MISSING_ID_OR_PASSPORT },

  /* The address. */
  { BIRTHDAY, ID_NUMBER, NULL, NULL, PHONE, EC_PROFILE_MISSING_ADDRESS },
  { BIRTHDAY, ID_NUMBER, NULL, "   ", PHONE, EC_PROFILE_MISSING_ADDRESS },
  { BIRTHDAY, ID_NUMBER, NULL, "臺北市\n中正區", PHONE, EC_PROFILE_MISSING_ADDRESS },
  { BIRTHDAY, ID_NUMBER, NULL, "臺北市\t中正區", PHONE, EC_PROFILE_MISSING_ADDRESS },

  /* The phone. */
  { BIRTHDAY, ID_NUMBER, NULL, ADDRESS, NULL, EC_PROFILE_MISSING_PHONE },
  { BIRTHDAY, ID_NUMBER, NULL, ADDRESS, "12345", EC_PROFILE_MISSING_PHONE },
  { BIRTHDAY, ID_NUMBER, NULL, ADDRESS, "0911-222-333 ext", EC_PROFILE_MISSING_PHONE },
  { BIRTHDAY, ID_NUMBER, NULL, ADDRESS, "+1 212 555 0100", EC_PROFILE_MISSING_PHONE },

  /* Several at once: every one is reported, not just the first. */
  { BIRTHDAY, ID_NUMBER, NULL, NULL, NULL, EC_PROFILE_MISSING_ADDRESS | EC_PROFILE_MISSING_PHONE },
  { "2999-01-01", NULL, NULL, ADDRESS, "12", EC_PROFILE_MISSING_BIRTHDAY | EC_PROFILE_MISSING_ID_OR_PASSPORT | EC_PROFILE_MISSING_PHONE },
  { NULL, ID_NUMBER, NULL, "", PHONE, EC_PROFILE_MISSING_BIRTHDAY | EC_PROFILE_MISSING_ADDRESS },
};

static const NamesCase names_cases[] = {
  { EC_PROFILE_MISSING_NONE, "" },
  { EC_PROFILE_MISSING_BIRTHDAY, "birthday" },
  { EC_PROFILE_MISSING_ID_OR_PASSPORT, "id_or_passport" },
  { EC_PROFILE_MISSING_ADDRESS, "address" },
  { EC_PROFILE_MISSING_PHONE, "phone" },
  { EC_PROFILE_MISSING_ADDRESS | EC_PROFILE_MISSING_PHONE, "address,phone" },
  { EC_PROFILE_MISSING_PHONE | EC_PROFILE_MISSING_BIRTHDAY, "birthday,phone" },
  { EC_PROFILE_MISSING_ALL, "birthday,id_or_passport,address,phone" },
  /* A bit no field has is ignored. */
  { 1 << 7, "" },
  { EC_PROFILE_MISSING_ALL | 1 << 7, "birthday,id_or_passport,address,phone" },
};

static void
test_phone_normalize (gconstpointer data)
{
  const Conversion *row = data;
  g_autofree char  *digits = ec_phone_number_normalize (row->input);
  g_autofree char  *again = NULL;

  g_assert_cmpstr (digits, ==, row->expected);

  /* The validator and the normalizer read numbers by one grammar. */
  g_assert_cmpint (ec_phone_number_validate (row->input, NULL), ==, row->expected != NULL);

  /* The national number is a number the validator accepts, and is its
   * own normal form. */
  if (digits != NULL)
    {
      again = ec_phone_number_normalize (digits);
      g_assert_cmpstr (again, ==, digits);
    }
}

static void
test_phone_mask (gconstpointer data)
{
  const Conversion *row = data;
  g_autofree char  *masked = ec_phone_number_mask (row->input);
  g_autofree char  *digits = ec_phone_number_normalize (row->input);
  g_autofree char  *masked_digits = ec_phone_number_mask (digits);

  g_assert_cmpstr (masked, ==, row->expected);

  /* Masking the national number gives the same: the mask does not depend
   * on how the number was written. */
  g_assert_cmpstr (masked_digits, ==, row->expected);
}

/* The mask hides all but five digits of every number the normalizer
 * accepts, whatever its length. */
static void
test_phone_mask_hides (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (normalized_phones); i++)
    {
      g_autofree char *masked = ec_phone_number_mask (normalized_phones[i].input);
      const char      *digits = normalized_phones[i].expected;
      gsize            length;

      if (digits == NULL)
        {
          g_assert_null (masked);
          continue;
        }

      length = strlen (digits);
      g_assert_cmpuint (strlen (masked), ==, length);
      g_assert_cmpuint (strspn (masked + 2, "*"), ==, length - 5);
      g_assert_true (strncmp (masked, digits, 2) == 0);
      g_assert_cmpstr (masked + length - 3, ==, digits + length - 3);
    }
}

/* Checks what a validator said of a row that expects @code (or
 * ACCEPTED). */
static void
assert_outcome (gboolean      valid,
                const GError *error,
                int           code,
                const char   *secret)
{
  if (code == ACCEPTED)
    {
      g_assert_true (valid);
      g_assert_no_error (error);
      return;
    }

  g_assert_false (valid);
  g_assert_error (error, EC_VALIDATION_ERROR, code);
  ec_test_assert_message (error->message, secret);
}

static void
test_address (gconstpointer data)
{
  const AddressCase *row = data;
  g_autoptr (GError) error = NULL;
  gboolean valid = ec_address_validate (row->input, &error);

  assert_outcome (valid, error, row->code, row->input);
}

static void
test_address_bound (void)
{
  g_assert_cmpint (g_utf8_strlen (ADDRESS_200, -1), ==, EC_ADDRESS_MAX_CHARS);
  g_assert_cmpuint (strlen (ADDRESS_200), ==, 3 * EC_ADDRESS_MAX_CHARS);
}

static void
test_address_message (gconstpointer data)
{
  const MessageCase *row = data;
  g_autoptr (GError) error = NULL;

  g_assert_false (ec_address_validate (row->input, &error));
  g_assert_nonnull (strstr (error->message, row->word));
}

static void
test_birthday (gconstpointer data)
{
  const BirthdayCase *row = data;
  g_autoptr (GDate) birthday = ec_test_new_date (row->year, row->month, row->day);
  g_autoptr (GDate) today = ec_test_new_date (row->today_year, row->today_month, row->today_day);
  g_autoptr (GError) error = NULL;
  gboolean valid = ec_birthday_validate (birthday, today, &error);

  assert_outcome (valid, error, row->code, NULL);
}

/* A birthday left out (a cleared date, or none) is empty, not out of
 * range; and the two ends of the range have messages of their own. */
static void
test_birthday_empty_and_messages (void)
{
  g_autoptr (GDate) today = ec_test_new_date (TODAY);
  g_autoptr (GDate) early = ec_test_new_date (1899, 12, 31);
  g_autoptr (GDate) late = ec_test_new_date (2026, 3, 3);
  g_autoptr (GError) none = NULL;
  g_autoptr (GError) cleared_error = NULL;
  g_autoptr (GError) early_error = NULL;
  g_autoptr (GError) late_error = NULL;
  GDate cleared;

  g_date_clear (&cleared, 1);

  g_assert_false (ec_birthday_validate (NULL, today, &none));
  g_assert_error (none, EC_VALIDATION_ERROR, EC_VALIDATION_ERROR_EMPTY);
  ec_test_assert_message (none->message, NULL);

  g_assert_false (ec_birthday_validate (&cleared, today, &cleared_error));
  g_assert_error (cleared_error, EC_VALIDATION_ERROR, EC_VALIDATION_ERROR_EMPTY);

  g_assert_false (ec_birthday_validate (early, today, &early_error));
  g_assert_nonnull (strstr (early_error->message, "1900"));
  g_assert_false (ec_birthday_validate (late, today, &late_error));
  g_assert_nonnull (strstr (late_error->message, "today"));
}

static void
test_missing_fields (gconstpointer data)
{
  const MissingCase *row = data;
  g_autoptr (GDate) today = ec_test_new_date (TODAY);

  g_assert_cmphex (ec_profile_missing_fields (row->birthday, row->id_number, row->passport,
                                              row->address, row->phone, today),
                   ==, row->expected);
}

/* The same data, judged a day apart: a birthday of tomorrow becomes
 * acceptable once that day comes. */
static void
test_missing_fields_today (void)
{
  g_autoptr (GDate) before = ec_test_new_date (2026, 3, 1);
  g_autoptr (GDate) on = ec_test_new_date (2026, 3, 2);

  g_assert_cmphex (ec_profile_missing_fields ("2026-03-02", ID_NUMBER, NULL, ADDRESS, PHONE, before),
                   ==, EC_PROFILE_MISSING_BIRTHDAY);
  g_assert_cmphex (ec_profile_missing_fields ("2026-03-02", ID_NUMBER, NULL, ADDRESS, PHONE, on),
                   ==, EC_PROFILE_MISSING_NONE);
}

/* A caller that gives no day, or a cleared one, makes nobody advanced. */
static void
test_missing_fields_no_today (void)
{
  GDate        cleared;
  const GDate *days[] = { NULL, &cleared };

  g_date_clear (&cleared, 1);
  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    {
      EcProfileMissing missing;

      g_test_expect_message ("ec-profile-rules", G_LOG_LEVEL_CRITICAL, "*today*");
      missing = ec_profile_missing_fields (BIRTHDAY, ID_NUMBER, NULL, ADDRESS, PHONE, days[i]);
      g_test_assert_expected_messages ();
      g_assert_cmphex (missing, ==, EC_PROFILE_MISSING_ALL);
    }
}

static void
test_missing_names (gconstpointer data)
{
  const NamesCase *row = data;
  g_auto (GStrv) names = ec_profile_missing_to_strv (row->missing);
  g_autofree char *joined = g_strjoinv (",", names);

  g_assert_cmpstr (joined, ==, row->names);
}

/* The message of every refusal in the tables, in the current locale. */
static GPtrArray *
collect_messages (void)
{
  GPtrArray *messages = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < G_N_ELEMENTS (addresses); i++)
    {
      g_autoptr (GError) error = NULL;

      if (!ec_address_validate (addresses[i].input, &error))
        g_ptr_array_add (messages, g_strdup (error->message));
    }

  for (guint i = 0; i < G_N_ELEMENTS (birthdays); i++)
    {
      const BirthdayCase *row = &birthdays[i];
      g_autoptr (GDate) birthday = ec_test_new_date (row->year, row->month, row->day);
      g_autoptr (GDate) today = ec_test_new_date (row->today_year, row->today_month, row->today_day);
      g_autoptr (GError) error = NULL;

      if (!ec_birthday_validate (birthday, today, &error))
        g_ptr_array_add (messages, g_strdup (error->message));
    }

  return messages;
}

/* Every message reaches learners in zh_TW, and names the field there too;
 * only a machine without the zh_TW locale skips this. */
static void
test_messages_translated (void)
{
  g_autoptr (GPtrArray) english = collect_messages ();
  g_autoptr (GPtrArray) chinese = NULL;

  if (!ec_test_switch_to_zh_tw ())
    return;
  chinese = collect_messages ();
  ec_test_restore_locale ();

  g_assert_cmpuint (chinese->len, ==, english->len);
  g_assert_cmpuint (chinese->len, >, 0);
  for (guint i = 0; i < chinese->len; i++)
    {
      const char *message = g_ptr_array_index (chinese, i);

      g_assert_cmpstr (message, !=, g_ptr_array_index (english, i));
      g_assert_true (strstr (message, "通訊地址") != NULL || strstr (message, "生日") != NULL);
      g_assert_true (g_str_has_suffix (message, "。"));
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  EC_TEST_ADD_CASES ("/profile-rules/phone/normalize", normalized_phones, test_phone_normalize);
  EC_TEST_ADD_CASES ("/profile-rules/phone/mask", masked_phones, test_phone_mask);
  g_test_add_func ("/profile-rules/phone/mask-hides", test_phone_mask_hides);
  EC_TEST_ADD_CASES ("/profile-rules/address", addresses, test_address);
  g_test_add_func ("/profile-rules/address/bound", test_address_bound);
  EC_TEST_ADD_CASES ("/profile-rules/address/messages", address_messages, test_address_message);
  EC_TEST_ADD_CASES ("/profile-rules/birthday", birthdays, test_birthday);
  g_test_add_func ("/profile-rules/birthday/empty-and-messages", test_birthday_empty_and_messages);
  EC_TEST_ADD_CASES ("/profile-rules/missing", missing_cases, test_missing_fields);
  g_test_add_func ("/profile-rules/missing/today", test_missing_fields_today);
  g_test_add_func ("/profile-rules/missing/no-today", test_missing_fields_no_today);
  EC_TEST_ADD_CASES ("/profile-rules/missing-names", names_cases, test_missing_names);
  g_test_add_func ("/profile-rules/messages-translated", test_messages_translated);

  return g_test_run ();
}
