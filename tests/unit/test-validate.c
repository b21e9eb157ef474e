/* test-validate.c
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "ec-core.h"
#include "ec-test-util.h"

typedef struct {
  const char       *input;
  EcValidationError code;
} Rejected;

typedef struct {
  const char *password;
  const char *account;
} PasswordCase;

typedef struct {
  const char       *password;
  const char       *account;
  EcValidationError code;
} RejectedPassword;

typedef struct {
  const char *input;
  const char *expected;
} Conversion;

/* 128 characters: the government prefix (13), 22 arcs of four digits and
 * a dot (110), and a last arc of five digits.  test_oid_bounds() checks the
 * arithmetic. */
#define OID_128 "2.16.886.101."                                      \
                "1000.1001.1002.1003.1004.1005.1006.1007.1008.1009." \
                "1010.1011.1012.1013.1014.1015.1016.1017.1018.1019." \
                "1020.1021.10220"
#define OID_129 OID_128 "4"

static const char *const valid_oids[] = {
  "2.16.886.101.20003.20022",
  "2.16.886.101.20003.20052",
  "2.16.886.101.20003.20001",
  "2.16.886.101.20003.20064",
  "2.16.886.101.20003.20007.20014",
  "2.16.886.101.20003.20063.20002",
  "2.16.886.101.20003.20065.20065",
  "2.16.886.101.0",
  "2.16.886.101.1",
  "2.16.886.101.90000",
  "2.16.886.101.0.0.10",
  OID_128,
};

static const Rejected rejected_oids[] = {
  { NULL, EC_VALIDATION_ERROR_EMPTY },
  { "", EC_VALIDATION_ERROR_EMPTY },
  { "  ", EC_VALIDATION_ERROR_EMPTY },
  { "\u3000", EC_VALIDATION_ERROR_EMPTY },

  { " 2.16.886.101.20003.20022", EC_VALIDATION_ERROR_INVALID_CHARACTER },
  { "2.16.886.101.20003.20022\n", EC_VALIDATION_ERROR_INVALID_CHARACTER },
  { "2.16.886.101.2000a", EC_VALIDATION_ERROR_INVALID_CHARACTER },
  { "2.16.886.101.-1", EC_VALIDATION_ERROR_INVALID_CHARACTER },
  { "2,16,886,101,20003", EC_VALIDATION_ERROR_INVALID_CHARACTER },
  { "OID:2.16.886.101.20003", EC_VALIDATION_ERROR_INVALID_CHARACTER },
  { "\uff12.16.886.101.20003", EC_VALIDATION_ERROR_INVALID_CHARACTER },
  { "2.16.886.101.20003\xff", EC_VALIDATION_ERROR_INVALID_CHARACTER },
  { "2.16.886.102.x", EC_VALIDATION_ERROR_INVALID_CHARACTER },

  { OID_129, EC_VALIDATION_ERROR_TOO_LONG },
  { OID_128 ".5", EC_VALIDATION_ERROR_TOO_LONG },

  { "2.16.886.102.20003", EC_VALIDATION_ERROR_INVALID_PREFIX },
  { "2.16.886.102", EC_VALIDATION_ERROR_INVALID_PREFIX },
  { "2.16.886.102.", EC_VALIDATION_ERROR_INVALID_PREFIX },
  { "1.2.3.4", EC_VALIDATION_ERROR_INVALID_PREFIX },
  { "2.16.886.10", EC_VALIDATION_ERROR_INVALID_PREFIX },
  { "2.16.886.10.1", EC_VALIDATION_ERROR_INVALID_PREFIX },
  { "2.16.886.1010.1", EC_VALIDATION_ERROR_INVALID_PREFIX },
  { "2.16.886.1011", EC_VALIDATION_ERROR_INVALID_PREFIX },
  { "2.16.840.1.101.3", EC_VALIDATION_ERROR_INVALID_PREFIX },
  { "02.16.886.101.1", EC_VALIDATION_ERROR_INVALID_PREFIX },
  { ".2.16.886.101.1", EC_VALIDATION_ERROR_INVALID_PREFIX },
  { "20003.20022", EC_VALIDATION_ERROR_INVALID_PREFIX },

  { "2.16.886.101", EC_VALIDATION_ERROR_INVALID_FORMAT },
  { "2.16.886.101.", EC_VALIDATION_ERROR_INVALID_FORMAT },
  { "2.16.886.101..1", EC_VALIDATION_ERROR_INVALID_FORMAT },
  { "2.16.886.101.1.", EC_VALIDATION_ERROR_INVALID_FORMAT },
  { "2.16.886.101.20003..20022", EC_VALIDATION_ERROR_INVALID_FORMAT },
  { "2.16.886.101.01", EC_VALIDATION_ERROR_INVALID_FORMAT },
  { "2.16.886.101.00", EC_VALIDATION_ERROR_INVALID_FORMAT },
  { "2.16.886.101.20003.020022", EC_VALIDATION_ERROR_INVALID_FORMAT },
};

static const char *const valid_names[] = {
  "\u738b\u5c0f\u660e", /* 王小明 */
  "\u6b50\u967d\u5a1c\u5a1c", /* 歐陽娜娜 */
  "Chen Mei-ling",
  "Mary-Jane O'Neil",
  "Martin Luther King, Jr.",
  "Kolas Yotaka",
  "Kolas\u00b7Yotaka", /* · U+00B7 */
  "\u8c37\u8fa3\u65af\u00b7\u5c24\u9054\u5361", /* 谷辣斯·尤達卡 */
  "\u74e6\u6b77\u65af\u2027\u8afe\u5e79", /* 瓦歷斯‧諾幹, ‧ U+2027 */
  "\u30b8\u30e7\u30f3\u30fb\u30b9\u30df\u30b9", /* ジョン・スミス, ・ U+30FB */
  "Jos\u00e9 Mart\u00ednez", /* precomposed */
  "Jose\u0301 Marti\u0301nez", /* combining acute accents */
  "Nguy\u1ec5n V\u0103n An",
  "\u041f\u0451\u0442\u0440 \u0418\u0432\u0430\u043d\u043e\u0432",
  "\uae40\ubbfc\uc900", /* 김민준 */
  "\u0645\u062d\u0645\u062f", /* محمد */
  "  \u738b\u5c0f\u660e  ",
  "\u3000\u738b\u5c0f\u660e\u3000",
  "\t\u738b\u5c0f\u660e\n",
  "\u738b\u3000\u5c0f\u660e",
  "A",
};

static const Rejected rejected_names[] = {
  /* Unreadable bytes come first: nothing else can be checked. */
  { "\xe7\x8e", EC_VALIDATION_ERROR_INVALID_CHARACTER },
  { "Chen\xff", EC_VALIDATION_ERROR_INVALID_CHARACTER },
  { "   \xff", EC_VALIDATION_ERROR_INVALID_CHARACTER },
  { "\xc0\xaf", EC_VALIDATION_ERROR_INVALID_CHARACTER },

  { NULL, EC_VALIDATION_ERROR_EMPTY },
  { "", EC_VALIDATION_ERROR_EMPTY },
  { "   ", EC_VALIDATION_ERROR_EMPTY },
  { "\u3000\u3000", EC_VALIDATION_ERROR_EMPTY },
  { "\t\n", EC_VALIDATION_ERROR_EMPTY },

  { "\u738b1", EC_VALIDATION_ERROR_INVALID_CHARACTER },
  { "Chen 3", EC_VALIDATION_ERROR_INVALID_CHARACTER },
  { "\u738b\uff11", EC_VALIDATION_ERROR_INVALID_CHARACTER }, /* full-width 1 */
  { "\u738b\t\u5c0f\u660e", EC_VALIDATION_ERROR_INVALID_CHARACTER },
  { "\u738b\n\u5c0f\u660e", EC_VALIDATION_ERROR_INVALID_CHARACTER },
  { "\u738b\x7f", EC_VALIDATION_ERROR_INVALID_CHARACTER },
  { "\u738b\u5c0f\u660e\u200b", EC_VALIDATION_ERROR_INVALID_CHARACTER }, /* zero-width space */
  { "\u202e\u738b\u5c0f\u660e", EC_VALIDATION_ERROR_INVALID_CHARACTER }, /* right-to-left override */
  { "Chen\u200dMei", EC_VALIDATION_ERROR_INVALID_CHARACTER }, /* zero-width joiner */
  { "\u738b\u5c0f\u660e!", EC_VALIDATION_ERROR_INVALID_CHARACTER },
  { "chen@example.org", EC_VALIDATION_ERROR_INVALID_CHARACTER },
  { "Chen (Mei)", EC_VALIDATION_ERROR_INVALID_CHARACTER },
  { "Chen/Mei", EC_VALIDATION_ERROR_INVALID_CHARACTER },
  { "\u738b\u5c0f\u660e\U0001f600", EC_VALIDATION_ERROR_INVALID_CHARACTER },
  { "<script>", EC_VALIDATION_ERROR_INVALID_CHARACTER },
  { "Chen\u2028Mei", EC_VALIDATION_ERROR_INVALID_CHARACTER },
};

static const char *const valid_phones[] = {
  "02-2192-7111",
  "(02)2192-7186",
  "02-23165300",
  "0912-345-678",
  "+886 912 345 678",
  "049-2345678",
  "02-2192-7111#123",
  "0221927111",
  "+886-2-2192-7111",
  "+886 (2) 2192-7111",
  "+886221927111",
  "(049) 234 5678",
  "089-123456",
  "02 2192 7111 #1",
  "02-2192-7111 # 123456",
  "  0912345678  ",
  "(02) (2192) 7111",
};

static const Rejected rejected_phones[] = {
  { NULL, EC_VALIDATION_ERROR_EMPTY },
  { "", EC_VALIDATION_ERROR_EMPTY },
  { "   ", EC_VALIDATION_ERROR_EMPTY },

  { "02.2345.6789", EC_VALIDATION_ERROR_INVALID_CHARACTER },
  { "02/2345/6789", EC_VALIDATION_ERROR_INVALID_CHARACTER },
  { "02-2345-6789 ext 5", EC_VALIDATION_ERROR_INVALID_CHARACTER },
  { "\uff10\uff12-2345-6789", EC_VALIDATION_ERROR_INVALID_CHARACTER },
  { "02\t2192\t7111", EC_VALIDATION_ERROR_INVALID_CHARACTER },
  { "02-2345-6789#12a", EC_VALIDATION_ERROR_INVALID_CHARACTER },
  { "O2-2345-6789", EC_VALIDATION_ERROR_INVALID_CHARACTER },

  { "2345-6789", EC_VALIDATION_ERROR_TOO_SHORT },
  { "0", EC_VALIDATION_ERROR_TOO_SHORT },
  { "-", EC_VALIDATION_ERROR_TOO_SHORT },
  { "+886", EC_VALIDATION_ERROR_TOO_SHORT },
  { "02-2345-67", EC_VALIDATION_ERROR_TOO_SHORT },
  { "#123", EC_VALIDATION_ERROR_TOO_SHORT },
  { "02-2345-67891", EC_VALIDATION_ERROR_TOO_LONG },
  { "0912-345-6789", EC_VALIDATION_ERROR_TOO_LONG },
  { "+886 912 345 6789", EC_VALIDATION_ERROR_TOO_LONG },
  { "886-2-2345-6789", EC_VALIDATION_ERROR_TOO_LONG },

  { "212345678", EC_VALIDATION_ERROR_INVALID_FORMAT },
  { "2345678900", EC_VALIDATION_ERROR_INVALID_FORMAT },
  { "+1 212 555 0100", EC_VALIDATION_ERROR_INVALID_FORMAT },
  { "+", EC_VALIDATION_ERROR_INVALID_FORMAT },
  { "+ 886 2 2345 6789", EC_VALIDATION_ERROR_INVALID_FORMAT },
  { "+886 02 2345 6789", EC_VALIDATION_ERROR_INVALID_FORMAT },
  { "+886 (0)2 2345 6789", EC_VALIDATION_ERROR_INVALID_FORMAT },
  { "02-2345+6789", EC_VALIDATION_ERROR_INVALID_FORMAT },
  { "++886 2 2345 6789", EC_VALIDATION_ERROR_INVALID_FORMAT },
  { "02-2345-6789#", EC_VALIDATION_ERROR_INVALID_FORMAT },
  { "02-2345-6789#1234567", EC_VALIDATION_ERROR_INVALID_FORMAT },
  { "02-2345-6789#1#2", EC_VALIDATION_ERROR_INVALID_FORMAT },
  { "02-2345-6789#1-2", EC_VALIDATION_ERROR_INVALID_FORMAT },
  { "(02 2345 6789", EC_VALIDATION_ERROR_INVALID_FORMAT },
  { "02) 2345 6789", EC_VALIDATION_ERROR_INVALID_FORMAT },
  { "((02)) 2345 6789", EC_VALIDATION_ERROR_INVALID_FORMAT },
  { ")02( 2345 6789", EC_VALIDATION_ERROR_INVALID_FORMAT },
};

/* None is the account name, in any case. */
static const PasswordCase valid_passwords[] = {
  { "abc12345", "lo12345" },
  { "Abcdefg1", NULL },
  { "abcdefghijklm12", "lo12345" }, /* 15 characters */
  { "P@ssw0rd!", "lo12345" },
  { "A1!~{}[]", "lo12345" }, /* 8 characters */
  { "lo123456", "lo12345" }, /* longer than the account */
  { "lo12345a", "lo12345" }, /* the account and one more */
  { "12345678a", "\u738b\u5c0f\u660e" },
  { "ABCDEFG1", "abcdefg2" },
  { "abcdefg1", "ABCDEFG2" },
  { "0000000Z", "" },
};

static const RejectedPassword rejected_passwords[] = {
  { NULL, NULL, EC_VALIDATION_ERROR_EMPTY },
  { "", "lo12345", EC_VALIDATION_ERROR_EMPTY },
  { "   ", "lo12345", EC_VALIDATION_ERROR_EMPTY },

  { "abc 12345", NULL, EC_VALIDATION_ERROR_INVALID_CHARACTER },
  { "abc12345\t", NULL, EC_VALIDATION_ERROR_INVALID_CHARACTER },
  { " abc12345", NULL, EC_VALIDATION_ERROR_INVALID_CHARACTER },
  { "p\u00e4sswort1", NULL, EC_VALIDATION_ERROR_INVALID_CHARACTER },
  { "\u5bc6\u78bcabc12345", NULL, EC_VALIDATION_ERROR_INVALID_CHARACTER },
  { "abc\x7f"
    "12345",
    NULL, EC_VALIDATION_ERROR_INVALID_CHARACTER },
  { "abc12345\xff", NULL, EC_VALIDATION_ERROR_INVALID_CHARACTER },
  { "\uff41\uff42\uff43\uff11\uff12\uff13\uff14\uff15", NULL, EC_VALIDATION_ERROR_INVALID_CHARACTER },
  { "ab 1", NULL, EC_VALIDATION_ERROR_INVALID_CHARACTER },

  { "abc1234", NULL, EC_VALIDATION_ERROR_TOO_SHORT },
  { "a1", NULL, EC_VALIDATION_ERROR_TOO_SHORT },
  { "abcdefghijklm123", NULL, EC_VALIDATION_ERROR_TOO_LONG },
  { "abcdefghijklmnop", NULL, EC_VALIDATION_ERROR_TOO_LONG },

  { "abcdefgh", NULL, EC_VALIDATION_ERROR_WEAK_PASSWORD },
  { "ABCDEFGHIJ", NULL, EC_VALIDATION_ERROR_WEAK_PASSWORD },
  { "12345678", NULL, EC_VALIDATION_ERROR_WEAK_PASSWORD },
  { "!@#$%^&*", NULL, EC_VALIDATION_ERROR_WEAK_PASSWORD },
  { "1234567!", NULL, EC_VALIDATION_ERROR_WEAK_PASSWORD },
  { "lo123456", "lo123456", EC_VALIDATION_ERROR_WEAK_PASSWORD },
  { "LO123456", "lo123456", EC_VALIDATION_ERROR_WEAK_PASSWORD },
  { "Lo123456", "lO123456", EC_VALIDATION_ERROR_WEAK_PASSWORD },
  { "teacher2026", "TEACHER2026", EC_VALIDATION_ERROR_WEAK_PASSWORD },
};

static const Conversion masked_accounts[] = {
  { "lo12345", "lo****" },
  { "lo", "l****" },
  { "l", "l****" },
  { "", "****" },
  { "abc", "ab****" },
  { "abcdefghijklmnopqrstuvwxyz", "ab****" },
  { "\u738b\u5c0f\u660e", "\u738b\u5c0f****" },
  { "\u738b\u5c0f", "\u738b****" },
  { "\u00e9l\u00e8ve", "\u00e9l****" },
  { "\xff"
    "abc",
    "****" },
};

static void
test_oid_valid (gconstpointer data)
{
  const char *const *oid = data;
  g_autoptr (GError) error = NULL;

  g_assert_true (ec_agency_oid_validate (*oid, &error));
  g_assert_no_error (error);
}

static void
test_oid_rejected (gconstpointer data)
{
  const Rejected *row = data;
  g_autoptr (GError) error = NULL;

  g_assert_false (ec_agency_oid_validate (row->input, &error));
  g_assert_error (error, EC_VALIDATION_ERROR, (int) row->code);
  ec_test_assert_message (error->message, NULL);
}

static void
test_oid_bounds (void)
{
  g_assert_cmpuint (strlen (OID_128), ==, 128);
  g_assert_cmpuint (strlen (OID_129), ==, 129);
}

/* A business's OID is the likeliest mistake, and gets its own message. */
static void
test_oid_business (void)
{
  g_autoptr (GError) business = NULL;
  g_autoptr (GError) other = NULL;

  g_assert_false (ec_agency_oid_validate ("2.16.886.102.20003", &business));
  g_assert_error (business, EC_VALIDATION_ERROR, EC_VALIDATION_ERROR_INVALID_PREFIX);
  g_assert_nonnull (strstr (business->message, "business"));
  g_assert_nonnull (strstr (business->message, "2.16.886.102.20003"));

  g_assert_false (ec_agency_oid_validate ("2.16.886.103.20003", &other));
  g_assert_error (other, EC_VALIDATION_ERROR, EC_VALIDATION_ERROR_INVALID_PREFIX);
  g_assert_null (strstr (other->message, "business"));
}

static void
test_name_valid (gconstpointer data)
{
  const char *const *name = data;
  g_autoptr (GError) error = NULL;

  g_assert_true (ec_person_name_validate (*name, &error));
  g_assert_no_error (error);
}

static void
test_name_rejected (gconstpointer data)
{
  const Rejected *row = data;
  g_autoptr (GError) error = NULL;

  g_assert_false (ec_person_name_validate (row->input, &error));
  g_assert_error (error, EC_VALIDATION_ERROR, (int) row->code);
  ec_test_assert_message (error->message, NULL);
}

/* The bound counts characters, not bytes: 50 CJK characters are 150 bytes
 * and still fit.  Surrounding white space does not count. */
static void
test_name_normalize (void)
{
  static const struct {
    const char *input;
    const char *expected;
  } cases[] = {
    { "王大明", "王大明" },
    { " 王大明", "王大明" },
    { "\u3000王大明\u3000", "王大明" },
    { "\t王大明 \n", "王大明" },
    { "Pavalius Kaliting", "Pavalius Kaliting" },
    { "  ", "" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *normalized = ec_person_name_normalize (cases[i].input);

      g_assert_cmpstr (normalized, ==, cases[i].expected);
    }
}

static void
test_name_length (void)
{
  g_autoptr (GString) name = g_string_new (NULL);
  g_autoptr (GError) error = NULL;
  g_autofree char *padded = NULL;

  for (guint i = 0; i < EC_PERSON_NAME_MAX_CHARS; i++)
    g_string_append (name, "\u738b");
  g_assert_true (ec_person_name_validate (name->str, NULL));

  padded = g_strdup_printf ("\u3000 %s \u3000", name->str);
  g_assert_true (ec_person_name_validate (padded, NULL));

  /* One more, a digit: the length is reported before the character. */
  g_string_append (name, "1");
  g_assert_false (ec_person_name_validate (name->str, &error));
  g_assert_error (error, EC_VALIDATION_ERROR, EC_VALIDATION_ERROR_TOO_LONG);
  ec_test_assert_message (error->message, NULL);
}

/* A visible character is quoted, so the learner sees what to remove; an
 * invisible one cannot be, and a digit is named as such. */
static void
test_name_character_messages (void)
{
  g_autoptr (GError) symbol = NULL;
  g_autoptr (GError) invisible = NULL;
  g_autoptr (GError) digit = NULL;

  g_assert_false (ec_person_name_validate ("\u738b\u5c0f\u660e!", &symbol));
  g_assert_error (symbol, EC_VALIDATION_ERROR, EC_VALIDATION_ERROR_INVALID_CHARACTER);
  g_assert_nonnull (strstr (symbol->message, "“!”"));

  g_assert_false (ec_person_name_validate ("\u738b\u200b\u660e", &invisible));
  g_assert_error (invisible, EC_VALIDATION_ERROR, EC_VALIDATION_ERROR_INVALID_CHARACTER);
  g_assert_null (strstr (invisible->message, "\u200b"));
  g_assert_nonnull (strstr (invisible->message, "invisible"));

  g_assert_false (ec_person_name_validate ("\u738b7", &digit));
  g_assert_error (digit, EC_VALIDATION_ERROR, EC_VALIDATION_ERROR_INVALID_CHARACTER);
  g_assert_null (strstr (digit->message, "7"));
  g_assert_nonnull (strstr (digit->message, "digits"));
}

static void
test_phone_valid (gconstpointer data)
{
  const char *const *phone = data;
  g_autoptr (GError) error = NULL;

  g_assert_true (ec_phone_number_validate (*phone, &error));
  g_assert_no_error (error);
}

static void
test_phone_rejected (gconstpointer data)
{
  const Rejected *row = data;
  g_autoptr (GError) error = NULL;

  g_assert_false (ec_phone_number_validate (row->input, &error));
  g_assert_error (error, EC_VALIDATION_ERROR, (int) row->code);
  ec_test_assert_message (error->message, row->input);
}

static void
test_password_valid (gconstpointer data)
{
  const PasswordCase *row = data;
  g_autoptr (GError) error = NULL;

  /* The table itself must keep to its promise. */
  g_assert_true (row->account == NULL
                 || g_ascii_strcasecmp (row->password, row->account) != 0);

  g_assert_true (ec_password_validate (row->password, row->account, &error));
  g_assert_no_error (error);
}

static void
test_password_rejected (gconstpointer data)
{
  const RejectedPassword *row = data;
  g_autoptr (GError) error = NULL;

  g_assert_false (ec_password_validate (row->password, row->account, &error));
  g_assert_error (error, EC_VALIDATION_ERROR, (int) row->code);
  ec_test_assert_message (error->message, row->password);
}

/* Case matters for the password itself: only the comparison with the
 * account name ignores it. */
static void
test_password_case (void)
{
  g_assert_true (ec_password_validate ("Abc12345", "abc12346", NULL));
  g_assert_false (ec_password_validate ("Abc12345", "aBC12345", NULL));
  g_assert_true (ec_password_validate ("Abc12345", NULL, NULL));
}

static void
test_account_mask (gconstpointer data)
{
  const Conversion *row = data;
  g_autofree char  *masked = ec_account_mask (row->input);

  g_assert_cmpstr (masked, ==, row->expected);
}

/* The mask must not tell a short account from a long one. */
static void
test_account_mask_length (void)
{
  g_autofree char *short_mask = ec_account_mask ("lo1");
  g_autofree char *long_mask = ec_account_mask ("lo1234567890123456789");

  g_assert_cmpstr (short_mask, ==, long_mask);
  g_assert_null (ec_account_mask (NULL));
}

/* The validators' messages reach learners in zh_TW; only a machine
 * without the zh_TW locale skips this. */
static void
test_messages_translated (void)
{
  g_autoptr (GError) error = NULL;

  if (!ec_test_switch_to_zh_tw ())
    return;

  g_assert_false (ec_password_validate ("abcdefgh", NULL, &error));
  g_assert_error (error, EC_VALIDATION_ERROR, EC_VALIDATION_ERROR_WEAK_PASSWORD);
  ec_test_assert_translated (error->message,
                             "The password must mix letters and digits: use at least one of each.",
                             "密碼");

  ec_test_restore_locale ();
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  EC_TEST_ADD_CASES ("/validate/oid/valid", valid_oids, test_oid_valid);
  EC_TEST_ADD_CASES ("/validate/oid/rejected", rejected_oids, test_oid_rejected);
  g_test_add_func ("/validate/oid/bounds", test_oid_bounds);
  g_test_add_func ("/validate/oid/business", test_oid_business);
  EC_TEST_ADD_CASES ("/validate/name/valid", valid_names, test_name_valid);
  EC_TEST_ADD_CASES ("/validate/name/rejected", rejected_names, test_name_rejected);
  g_test_add_func ("/validate/name/length", test_name_length);
  g_test_add_func ("/validate/name/normalize", test_name_normalize);
  g_test_add_func ("/validate/name/character-messages", test_name_character_messages);
  EC_TEST_ADD_CASES ("/validate/phone/valid", valid_phones, test_phone_valid);
  EC_TEST_ADD_CASES ("/validate/phone/rejected", rejected_phones, test_phone_rejected);
  EC_TEST_ADD_CASES ("/validate/password/valid", valid_passwords, test_password_valid);
  EC_TEST_ADD_CASES ("/validate/password/rejected", rejected_passwords, test_password_rejected);
  g_test_add_func ("/validate/password/case", test_password_case);
  EC_TEST_ADD_CASES ("/validate/account-mask", masked_accounts, test_account_mask);
  g_test_add_func ("/validate/account-mask/length", test_account_mask_length);
  g_test_add_func ("/validate/messages-translated", test_messages_translated);

  return g_test_run ();
}
