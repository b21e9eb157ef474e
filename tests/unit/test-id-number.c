/* test-id-number.c
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "ec-core.h"
#include "ec-test-util.h"

/* A value the validator never writes, to see that it leaves the kind
 * untouched on error. */
#define UNTOUCHED_KIND ((EcIdKind) 99)

typedef struct {
  const char *id;
  EcIdKind    kind;
} ValidId;

typedef struct {
  const char       *input;
  EcValidationError code;
} Rejected;

typedef struct {
  const char *input;
  const char *expected;
} Conversion;

/* How the check digit works, worked by hand (the letter's value is split
 * into two digits x1 x2, weighted 1 and 9; the next eight characters are
 * weighted 8 down to 1, the check digit 1; the sum must end in 0):
 *
 *   A123456789  A = 10 → 1×1 + 0×9 = 1
 *               1×8 + 2×7 + 3×6 + 4×5 + 5×4 + 6×3 + 7×2 + 8×1 = 120
 *               1 + 120 + 9 = 130 ≡ 0
 *   F131104093  F = 15 → 1 + 5×9 = 46
 *               1×8 + 3×7 + 1×6 + 1×5 + 0×4 + 4×3 + 0×2 + 9×1 = 61
 *               46 + 61 + 3 = 110 ≡ 0
 *   T123456785  T = 27 → 2 + 7×9 = 65;  65 + 120 + 5 = 190 ≡ 0
 *   I123456781  I = 34 → 3 + 4×9 = 39;  39 + 120 + 1 = 160 ≡ 0
 *   O123456782  O = 35 → 3 + 5×9 = 48;  48 + 120 + 2 = 170 ≡ 0
 *   B200000004  B = 11 → 1 + 9 = 10;    10 + 2×8 + 4 = 30 ≡ 0
 *   W200000003  W = 32 → 3 + 2×9 = 21;  21 + 2×8 + 3 = 40 ≡ 0
 *   Z100000002  Z = 33 → 3 + 3×9 = 30;  30 + 1×8 + 2 = 40 ≡ 0
 *   M123456789  M = 21 → 2 + 1×9 = 11, which ends in 1 like A's 1: the
 *               checksum cannot tell A, M and W apart, so this is valid too.
 *
 * New resident format, same rule:
 *   A800000014  1 + 8×8 + 1×1 + 4 = 70 ≡ 0
 *   K800000004  K = 19 → 1 + 9×9 = 82;  82 + 8×8 + 4 = 150 ≡ 0
 *   Y912345672  Y = 31 → 3 + 1×9 = 12
 *               9×8 + 1×7 + 2×6 + 3×5 + 4×4 + 5×3 + 6×2 + 7×1 = 156
 *               12 + 156 + 2 = 170 ≡ 0
 *
 * Old resident format, the second letter counting as the last digit of its
 * value (A 10 → 0, B 11 → 1, C 12 → 2, D 13 → 3), weighted 8:
 *   AA00000009  1 + 0×8 + 9 = 10 ≡ 0
 *   AC01234567  1 + 2×8 + (0×7 + 1×6 + 2×5 + 3×4 + 4×3 + 5×2 + 6×1) + 7
 *               = 1 + 16 + 56 + 7 = 80 ≡ 0
 *   FD00000000  46 + 3×8 + 0 = 70 ≡ 0
 *   JD12345679  J = 18 → 1 + 8×9 = 73;  73 + 3×8 + 84 + 9 = 190 ≡ 0
 *               (84 = 1×7 + 2×6 + 3×5 + 4×4 + 5×3 + 6×2 + 7×1)
 *   HB12345674  H = 17 → 1 + 7×9 = 64;  64 + 1×8 + 84 + 4 = 160 ≡ 0
 */
static const ValidId valid_ids[] = {
  { "A123456789", EC_ID_KIND_NATIONAL },
  { "F131104093", EC_ID_KIND_NATIONAL },
  { "T123456785", EC_ID_KIND_NATIONAL },
  { "I123456781", EC_ID_KIND_NATIONAL },
  { "O123456782", EC_ID_KIND_NATIONAL },
  { "B200000004", EC_ID_KIND_NATIONAL },
  { "W200000003", EC_ID_KIND_NATIONAL },
  { "Z100000002", EC_ID_KIND_NATIONAL },
  { "M123456789", EC_ID_KIND_NATIONAL },
  { "E204837162", EC_ID_KIND_NATIONAL },
  { "D222222220", EC_ID_KIND_NATIONAL },
  { "N199999990", EC_ID_KIND_NATIONAL },
  { "A800000014", EC_ID_KIND_RESIDENT_NEW },
  { "K800000004", EC_ID_KIND_RESIDENT_NEW },
  { "Y912345672", EC_ID_KIND_RESIDENT_NEW },
  { "Q812345674", EC_ID_KIND_RESIDENT_NEW },
  { "G987654325", EC_ID_KIND_RESIDENT_NEW },
  { "AA00000009", EC_ID_KIND_RESIDENT_OLD },
  { "AC01234567", EC_ID_KIND_RESIDENT_OLD },
  { "FD00000000", EC_ID_KIND_RESIDENT_OLD },
  { "JD12345679", EC_ID_KIND_RESIDENT_OLD },
  { "HB12345674", EC_ID_KIND_RESIDENT_OLD },
  { "UB76543218", EC_ID_KIND_RESIDENT_OLD },
};

/* Each row is the first thing to fix in its input.  The inputs avoid
 * A123456789 itself, because the messages use it as their example and the
 * privacy check looks for the input in the message. */
static const Rejected rejected_ids[] = {
  { NULL, EC_VALIDATION_ERROR_EMPTY },
  { "", EC_VALIDATION_ERROR_EMPTY },
  { " ", EC_VALIDATION_ERROR_EMPTY },
  { "\t\n", EC_VALIDATION_ERROR_EMPTY },
  { "\u3000", EC_VALIDATION_ERROR_EMPTY },

  /* White space, wherever it is and whatever else is wrong. */
  { " F131104093", EC_VALIDATION_ERROR_INVALID_CHARACTER },
  { "F131104093 ", EC_VALIDATION_ERROR_INVALID_CHARACTER },
  { "F1311 04093", EC_VALIDATION_ERROR_INVALID_CHARACTER },
  { "F131104093\n", EC_VALIDATION_ERROR_INVALID_CHARACTER },
  { "\tF131104093", EC_VALIDATION_ERROR_INVALID_CHARACTER },
  { "\u3000F131104093", EC_VALIDATION_ERROR_INVALID_CHARACTER },
  { "F131104093\u3000", EC_VALIDATION_ERROR_INVALID_CHARACTER },
  { "F13110\u30004093", EC_VALIDATION_ERROR_INVALID_CHARACTER },
  { "F131104093\u00a0", EC_VALIDATION_ERROR_INVALID_CHARACTER },
  { "f 131104093", EC_VALIDATION_ERROR_INVALID_CHARACTER },
  { "F1 3", EC_VALIDATION_ERROR_INVALID_CHARACTER },

  /* Lowercase letters, before any other character or length problem. */
  { "f131104093", EC_VALIDATION_ERROR_LOWERCASE },
  { "hb12345674", EC_VALIDATION_ERROR_LOWERCASE },
  { "Hb12345674", EC_VALIDATION_ERROR_LOWERCASE },
  { "y912345672", EC_VALIDATION_ERROR_LOWERCASE },
  { "F13110409a", EC_VALIDATION_ERROR_LOWERCASE },
  { "f13", EC_VALIDATION_ERROR_LOWERCASE },
  { "f13110409-", EC_VALIDATION_ERROR_LOWERCASE },
  { "f1311040930", EC_VALIDATION_ERROR_LOWERCASE },

  /* Characters an ID number never has. */
  { "F13110409-", EC_VALIDATION_ERROR_INVALID_CHARACTER },
  { "F-131104093", EC_VALIDATION_ERROR_INVALID_CHARACTER },
  { "F131104.093", EC_VALIDATION_ERROR_INVALID_CHARACTER },
  { "F131104\uff1093", EC_VALIDATION_ERROR_INVALID_CHARACTER },
  { "\uff26131104093", EC_VALIDATION_ERROR_INVALID_CHARACTER },
  { "\u00c9131104093", EC_VALIDATION_ERROR_INVALID_CHARACTER },
  { "\u738b131104093", EC_VALIDATION_ERROR_INVALID_CHARACTER },
  { "F13110409\xff", EC_VALIDATION_ERROR_INVALID_CHARACTER },
  { "F1311\x01", EC_VALIDATION_ERROR_INVALID_CHARACTER },
  { "F13-", EC_VALIDATION_ERROR_INVALID_CHARACTER },

  /* The wrong length. */
  { "F", EC_VALIDATION_ERROR_TOO_SHORT },
  { "F1", EC_VALIDATION_ERROR_TOO_SHORT },
  { "F13110409", EC_VALIDATION_ERROR_TOO_SHORT },
  { "FD0000000", EC_VALIDATION_ERROR_TOO_SHORT },
  { "131104093", EC_VALIDATION_ERROR_TOO_SHORT },
  { "F1311040930", EC_VALIDATION_ERROR_TOO_LONG },
  { "F131104093F", EC_VALIDATION_ERROR_TOO_LONG },
  { "FF131104093", EC_VALIDATION_ERROR_TOO_LONG },
  { "AC012345670", EC_VALIDATION_ERROR_TOO_LONG },

  /* Ten letters and digits, in the wrong places. */
  { "1131104093", EC_VALIDATION_ERROR_INVALID_FORMAT },
  { "0123456789", EC_VALIDATION_ERROR_INVALID_FORMAT },
  { "F031104093", EC_VALIDATION_ERROR_INVALID_FORMAT },
  { "F331104093", EC_VALIDATION_ERROR_INVALID_FORMAT },
  { "F431104093", EC_VALIDATION_ERROR_INVALID_FORMAT },
  { "F531104093", EC_VALIDATION_ERROR_INVALID_FORMAT },
  { "F631104093", EC_VALIDATION_ERROR_INVALID_FORMAT },
  { "F731104093", EC_VALIDATION_ERROR_INVALID_FORMAT },
  { "FE12345678", EC_VALIDATION_ERROR_INVALID_FORMAT },
  { "FZ12345678", EC_VALIDATION_ERROR_INVALID_FORMAT },
  { "FF31104093", EC_VALIDATION_ERROR_INVALID_FORMAT },
  { "F1311040A3", EC_VALIDATION_ERROR_INVALID_FORMAT },
  { "F13110409F", EC_VALIDATION_ERROR_INVALID_FORMAT },
  { "FD0000000Z", EC_VALIDATION_ERROR_INVALID_FORMAT },

  /* Well formed, with a wrong check digit. */
  { "F131104094", EC_VALIDATION_ERROR_INVALID_CHECKSUM },
  { "F131104092", EC_VALIDATION_ERROR_INVALID_CHECKSUM },
  { "F231104093", EC_VALIDATION_ERROR_INVALID_CHECKSUM },
  { "A800000015", EC_VALIDATION_ERROR_INVALID_CHECKSUM },
  { "A900000014", EC_VALIDATION_ERROR_INVALID_CHECKSUM },
  { "AC01234568", EC_VALIDATION_ERROR_INVALID_CHECKSUM },
  { "AD01234567", EC_VALIDATION_ERROR_INVALID_CHECKSUM },
  { "AA00000000", EC_VALIDATION_ERROR_INVALID_CHECKSUM },
  { "Y912345673", EC_VALIDATION_ERROR_INVALID_CHECKSUM },
  /* The right digits after the wrong letter: B 11 → 1 + 9 = 10 ends in 0
   * where A's ends in 1, and K 19 → 82 ends in 2. */
  { "B123456789", EC_VALIDATION_ERROR_INVALID_CHECKSUM },
  { "K123456789", EC_VALIDATION_ERROR_INVALID_CHECKSUM },
  { "G131104093", EC_VALIDATION_ERROR_INVALID_CHECKSUM },
};

static const Conversion normalized_ids[] = {
  { "F131104093", "F131104093" },
  { "f131104093", "F131104093" },
  { "  f131104093\n", "F131104093" },
  { "\u3000F131104093\u3000", "F131104093" },
  { "\uff26\uff11\uff13\uff11\uff11\uff10\uff14\uff10\uff19\uff13", "F131104093" },
  { "\uff46\uff11\uff13\uff11\uff11\uff10\uff14\uff10\uff19\uff13", "F131104093" },
  { "\u3000\uff41\uff43\uff10\uff11\uff12\uff13\uff14\uff15\uff16\uff17 ", "AC01234567" },
  { "hB1234567\uff14", "HB12345674" },
  /* Only surrounding white space goes; inside, it stays for the validator
   * to reject. */
  { " F13110 4093 ", "F13110 4093" },
  { "F13110\u30004093", "F13110\u30004093" },
  /* Other full-width characters and non-ASCII letters are kept as typed. */
  { "\uff26\uff0d1", "F\uff0d1" },
  { "\u00e9a", "\u00e9A" },
  { "f\xff", "F\xff" },
  { "", "" },
  { "\u3000 \t", "" },
};

static const Conversion masked_ids[] = {
  { "A123456789", "A******789" },
  { "AC01234567", "A******567" },
  { "F131104093", "F******093" },
  { "A1234567890", "A*******890" },
  { "ABCDE", "A*CDE" },
  { "ABCD", "****" },
  { "A", "*" },
  { "", "" },
  { "\u738b\u5c0f\u660e\u5927\u83ef", "\u738b*\u660e\u5927\u83ef" },
  { "AB\xff\xfe", "****" },
  { "AB\xff\xfe\xfd", "*****" },
};

static const char *const valid_passports[] = {
  "123456",
  "A1234567",
  "ab1234567",
  "k0Q9z8",
  "300123456",
  "ABCDEFGHIJ0123456789",
  "  X12345678  ",
  "\tAB123456\n",
};

static const Rejected rejected_passports[] = {
  { NULL, EC_VALIDATION_ERROR_EMPTY },
  { "", EC_VALIDATION_ERROR_EMPTY },
  { "   ", EC_VALIDATION_ERROR_EMPTY },
  { "\t\r\n", EC_VALIDATION_ERROR_EMPTY },
  { "12345", EC_VALIDATION_ERROR_TOO_SHORT },
  { " X1234 ", EC_VALIDATION_ERROR_TOO_SHORT },
  { "ABCDEFGHIJ01234567890", EC_VALIDATION_ERROR_TOO_LONG },
  { "ABCDEFGHIJKLMNOPQRSTUVWXYZ", EC_VALIDATION_ERROR_TOO_LONG },
  { "AB 123456", EC_VALIDATION_ERROR_INVALID_CHARACTER },
  { "AB-123456", EC_VALIDATION_ERROR_INVALID_CHARACTER },
  { "AB\uff11\uff12\uff13\uff14\uff15", EC_VALIDATION_ERROR_INVALID_CHARACTER },
  { "\u8b77\u7167123456", EC_VALIDATION_ERROR_INVALID_CHARACTER },
  { "AB123456\xff", EC_VALIDATION_ERROR_INVALID_CHARACTER },
  { "\u3000AB123456", EC_VALIDATION_ERROR_INVALID_CHARACTER },
  { "A-1", EC_VALIDATION_ERROR_INVALID_CHARACTER },
  { "AB12345678901234567890-", EC_VALIDATION_ERROR_INVALID_CHARACTER },
};

static void
assert_id_rejected (const char       *id,
                    EcValidationError code)
{
  g_autoptr (GError) error = NULL;
  EcIdKind kind = UNTOUCHED_KIND;

  g_assert_false (ec_id_number_validate (id, &kind, &error));
  g_assert_error (error, EC_VALIDATION_ERROR, (int) code);
  g_assert_cmpint (kind, ==, UNTOUCHED_KIND);
  ec_test_assert_message (error->message, id);
}

static void
test_id_valid (gconstpointer data)
{
  const ValidId *row = data;
  g_autoptr (GError) error = NULL;
  EcIdKind kind = UNTOUCHED_KIND;

  g_assert_true (ec_id_number_validate (row->id, &kind, &error));
  g_assert_no_error (error);
  g_assert_cmpint (kind, ==, row->kind);

  /* The kind is optional. */
  g_assert_true (ec_id_number_validate (row->id, NULL, NULL));
}

static void
test_id_rejected (gconstpointer data)
{
  const Rejected *row = data;

  assert_id_rejected (row->input, row->code);
}

/* The neighbour of a second character within its kind. */
static char
second_character_neighbour (char c)
{
  switch (c)
    {
    case '1':
      return '2';
    case '2':
      return '1';
    case '8':
      return '9';
    case '9':
      return '8';
    case 'A':
      return 'B';
    case 'B':
      return 'A';
    case 'C':
      return 'D';
    case 'D':
      return 'C';
    default:
      g_assert_not_reached ();
    }
}

/* Every digit after the second character weighs 7, 6, … 1 or 1, none a
 * multiple of 10, so changing any one of them by one, up or down, always
 * breaks the check.  So does changing the second character by one within
 * its kind (1↔2, 8↔9, A↔B, C↔D), which weighs 8. */
static void
test_id_off_by_one (gconstpointer data)
{
  const ValidId   *row = data;
  g_autofree char *neighbour = g_strdup (row->id);

  neighbour[1] = second_character_neighbour (neighbour[1]);
  assert_id_rejected (neighbour, EC_VALIDATION_ERROR_INVALID_CHECKSUM);

  for (guint i = 2; i < 10; i++)
    {
      for (int delta = 1; delta <= 9; delta += 8)
        {
          g_autofree char *id = g_strdup (row->id);

          /* Adding 9 modulo 10 takes one away. */
          id[i] = (char) ('0' + (id[i] - '0' + delta) % 10);
          assert_id_rejected (id, EC_VALIDATION_ERROR_INVALID_CHECKSUM);
        }
    }
}

/* Swapping two different neighbouring digits changes the sum by their
 * difference times the difference of their weights (1), so it is caught;
 * the last two digits weigh 1 and 1, so swapping them is not. */
static void
test_id_transposition (void)
{
  assert_id_rejected ("A213456789", EC_VALIDATION_ERROR_INVALID_CHECKSUM);
  assert_id_rejected ("A132456789", EC_VALIDATION_ERROR_INVALID_CHECKSUM);
  assert_id_rejected ("A123456879", EC_VALIDATION_ERROR_INVALID_CHECKSUM);
  g_assert_true (ec_id_number_validate ("A123456798", NULL, NULL));
}

static void
test_id_normalize (gconstpointer data)
{
  const Conversion *row = data;
  g_autofree char  *normalized = ec_id_number_normalize (row->input);

  g_assert_cmpstr (normalized, ==, row->expected);
}

/* What a form does: normalize, then validate strictly. */
static void
test_id_normalize_then_validate (void)
{
  static const char *const typed[] = {
    "  a123456789 ",
    "\uff21\uff11\uff12\uff13\uff14\uff15\uff16\uff17\uff18\uff19",
    "\u3000\uff41\uff18\uff10\uff10\uff10\uff10\uff10\uff10\uff11\uff14\u3000",
    "ac01234567\r\n",
  };
  static const EcIdKind kinds[] = {
    EC_ID_KIND_NATIONAL,
    EC_ID_KIND_NATIONAL,
    EC_ID_KIND_RESIDENT_NEW,
    EC_ID_KIND_RESIDENT_OLD,
  };

  for (guint i = 0; i < G_N_ELEMENTS (typed); i++)
    {
      g_autofree char *normalized = ec_id_number_normalize (typed[i]);
      g_autoptr (GError) error = NULL;
      EcIdKind kind = UNTOUCHED_KIND;

      /* Unnormalized, the strict validator refuses every one of them. */
      g_assert_false (ec_id_number_validate (typed[i], NULL, NULL));
      g_assert_true (ec_id_number_validate (normalized, &kind, &error));
      g_assert_no_error (error);
      g_assert_cmpint (kind, ==, kinds[i]);
    }

  g_assert_null (ec_id_number_normalize (NULL));
}

static void
test_id_mask (gconstpointer data)
{
  const Conversion *row = data;
  g_autofree char  *masked = ec_id_number_mask (row->input);

  g_assert_cmpstr (masked, ==, row->expected);
}

static void
test_id_mask_null (void)
{
  g_assert_null (ec_id_number_mask (NULL));
}

static void
test_passport_valid (gconstpointer data)
{
  const char *const *passport = data;
  g_autoptr (GError) error = NULL;

  g_assert_true (ec_passport_number_validate (*passport, &error));
  g_assert_no_error (error);
}

static void
test_passport_rejected (gconstpointer data)
{
  const Rejected *row = data;
  g_autoptr (GError) error = NULL;

  g_assert_false (ec_passport_number_validate (row->input, &error));
  g_assert_error (error, EC_VALIDATION_ERROR, (int) row->code);
  ec_test_assert_message (error->message, row->input);
}

/* A passport number is never checksummed: these would fail any ID number
 * check, and are still acceptable passport numbers. */
static void
test_passport_no_checksum (void)
{
  g_assert_true (ec_passport_number_validate ("A123456788", NULL));
  g_assert_true (ec_passport_number_validate ("F131104094", NULL));
  g_assert_true (ec_passport_number_validate ("a123456789", NULL));
}

/* The validators' messages reach learners in zh_TW; only a machine
 * without the zh_TW locale skips this. */
static void
test_messages_translated (void)
{
  g_autoptr (GError) error = NULL;

  if (!ec_test_switch_to_zh_tw ())
    return;

  g_assert_false (ec_id_number_validate ("F13110409", NULL, &error));
  g_assert_error (error, EC_VALIDATION_ERROR, EC_VALIDATION_ERROR_TOO_SHORT);
  ec_test_assert_translated (error->message,
                             "The ID number is too short: it must be 10 characters long, like A123456789.",
                             "身分證字號");

  ec_test_restore_locale ();
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  EC_TEST_ADD_CASES ("/id-number/valid", valid_ids, test_id_valid);
  EC_TEST_ADD_CASES ("/id-number/rejected", rejected_ids, test_id_rejected);
  EC_TEST_ADD_CASES ("/id-number/off-by-one", valid_ids, test_id_off_by_one);
  g_test_add_func ("/id-number/transposition", test_id_transposition);
  EC_TEST_ADD_CASES ("/id-number/normalize", normalized_ids, test_id_normalize);
  g_test_add_func ("/id-number/normalize-then-validate", test_id_normalize_then_validate);
  EC_TEST_ADD_CASES ("/id-number/mask", masked_ids, test_id_mask);
  g_test_add_func ("/id-number/mask-null", test_id_mask_null);
  EC_TEST_ADD_CASES ("/passport/valid", valid_passports, test_passport_valid);
  EC_TEST_ADD_CASES ("/passport/rejected", rejected_passports, test_passport_rejected);
  g_test_add_func ("/passport/no-checksum", test_passport_no_checksum);
  g_test_add_func ("/id-number/messages-translated", test_messages_translated);

  return g_test_run ();
}
