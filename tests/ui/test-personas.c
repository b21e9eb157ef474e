/* test-personas.c: the whole assistant for every demo learner, end to end
 * over real HTTP to elearn-sim, under Xvfb in zh_TW.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each learner of docs/demo.md takes the path the platform's rules
 * (DOMAIN.md) give them, and the test asserts what every page shows and
 * where it leads: which page comes next, the service's own reply to a
 * conversion, and the session the assistant leaves behind.
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <gtk/gtk.h>

#include "assistant/ec-account-check-page.h"
#include "assistant/ec-assistant.h"
#include "assistant/ec-conversion-login-page.h"
#include "assistant/ec-conversion-page.h"
#include "assistant/ec-done-page.h"
#include "assistant/ec-identity-page.h"
#include "assistant/ec-login-page.h"
#include "assistant/ec-profile-page.h"
#include "assistant/ec-route-page.h"
#include "ec-test-service.h"
#include "ec-test-ui.h"
#include "ec-test-util.h"

#define PASSWORD "demo2026"

typedef struct {
  const char  *persona;
  const char  *identity; /* the identity page's button */
  const char  *ticks[3]; /* the accounts held, on the route page */
  const char  *route; /* the route's radio button */
  EcLoginRoute route_chosen;

  /* The account check, or NULL when the page does not apply. */
  const char     *id_number;
  const char     *name;
  EcLookupOutcome outcome;

  /* The conversion, or NULL when it does not apply. */
  const char       *member_account;
  const char       *address; /* the profile page, when it asks */
  const char       *phone;
  const char       *oid;
  const char       *reply_text;
  EcConversionReply reply;

  /* The login page, or NULL when it does not apply. */
  const char *account_label;
  const char *password_label;
  const char *account;
  const char *password;

  /* The Done page, and the session the assistant leaves. */
  const char *done_heading;
  const char *done_text;
  const char *logged_in_as;
} Persona;

static const Persona personas[] = {
  {
      .persona = "wang-daming",
      .identity = "公務人員，含約聘僱人員(_C)",
      .ticks = { "人事服務網 eCPA 帳號(_E)" },
      .route = "人事服務網 eCPA",
      .route_chosen = EC_LOGIN_ROUTE_ECPA,
      .id_number = "A120864216",
      .name = "王大明",
      .outcome = EC_LOOKUP_OUTCOME_OFFICIAL,
      .account_label = "帳號(_A)",
      .password_label = "密碼(_P)",
      .account = "wang.daming",
      .password = PASSWORD,
      .done_heading = "您的登入方式正確",
      .done_text = "您已用 wang.daming 登入。",
      .logged_in_as = "wang.daming",
  },
  {
      .persona = "lin-meihua",
      .identity = "教育人員（公立學校教師）(_E)",
      .ticks = { "我的e政府帳號(_M)" },
      .route = "我的e政府帳號",
      .route_chosen = EC_LOGIN_ROUTE_GOV_TW,
      .id_number = "F222334450",
      .name = "林美華",
      .outcome = EC_LOOKUP_OUTCOME_NATURAL_PERSON_ONLY,
      .member_account = "lin.meihua",
      .oid = "2.16.886.101.20003.20001",
      .reply_text = "已送出申請",
      .reply = EC_CONVERSION_REPLY_SUBMITTED,
      .done_heading = "您的申請已送出",
      .logged_in_as = "lin.meihua",
  },
  {
      .persona = "chen-zhiming",
      .identity = "公務人員，含約聘僱人員(_C)",
      .ticks = { "我的e政府帳號(_M)" },
      .route = "我的e政府帳號",
      .route_chosen = EC_LOGIN_ROUTE_GOV_TW,
      .id_number = "B135792460",
      .name = "陳志明",
      .outcome = EC_LOOKUP_OUTCOME_NATURAL_PERSON_ONLY,
      .member_account = "chen.zhiming",
      .address = "臺中市南屯區大業路1號",
      .phone = "0911-222-333",
      .oid = "2.16.886.101.20003.20064",
      .reply_text = "已存在CPA帳號，已送出申請",
      .reply = EC_CONVERSION_REPLY_ECPA_EXISTS,
      .done_heading = "您的申請已送出",
      .logged_in_as = "chen.zhiming",
  },
  {
      /* The general public keeps its member account: no check, no
     * conversion; environmental-education hours only. */
      .persona = "chang-yating",
      .identity = "一般民眾(_G)",
      .ticks = { "我的e政府帳號(_M)" },
      .route = "我的e政府帳號",
      .route_chosen = EC_LOGIN_ROUTE_GOV_TW,
      .account_label = "帳號(_A)",
      .password_label = "密碼(_P)",
      .account = "chang.yating",
      .password = PASSWORD,
      .done_heading = "您已登入",
      .done_text = "您已用 chang.yating 登入。使用這個一般會員帳號時，只有環境教育時數會上傳；終身學習時數需要公務帳號。",
      .logged_in_as = "chang.yating",
  },
  {
      /* The same learner insisting on her social account: told plainly. */
      .persona = "chang-yating-social",
      .identity = "一般民眾(_G)",
      .ticks = { "曾用來研讀課程的社群帳號（Facebook、Google）(_S)" },
      .route = "社群帳號（Facebook、Google）",
      .route_chosen = EC_LOGIN_ROUTE_SOCIAL,
      .account_label = "帳號(_A)",
      .password_label = "密碼(_P)",
      .account = "facebook:chang.yating",
      .password = PASSWORD,
      .done_heading = "您是以社群帳號登入",
      .logged_in_as = "facebook:chang.yating",
  },
  {
      .persona = "li-jianguo",
      .identity = "公務人員，含約聘僱人員(_C)",
      .ticks = { "人事服務網 eCPA 帳號(_E)", "自然人憑證(_C)" },
      .route = "自然人憑證（未綁定）",
      .route_chosen = EC_LOGIN_ROUTE_CERTIFICATE_UNBOUND,
      .id_number = "E102468130",
      .name = "李建國",
      .outcome = EC_LOOKUP_OUTCOME_OFFICIAL,
      .account_label = "憑證號碼(_U)",
      .password_label = "PIN 碼(_P)",
      .account = "CERT-LI-0001",
      .password = "654321",
      .done_heading = "您是以未綁定的憑證登入",
      .logged_in_as = "CERT-LI-0001",
  },
  {
      .persona = "huang-shufen",
      .identity = "公務人員，含約聘僱人員(_C)",
      .ticks = { "人事服務網 eCPA 帳號(_E)" },
      .route = "人事服務網 eCPA",
      .route_chosen = EC_LOGIN_ROUTE_ECPA,
      .id_number = "K213579249",
      .name = "黃淑芬",
      .outcome = EC_LOOKUP_OUTCOME_OFFICIAL,
      .account_label = "帳號(_A)",
      .password_label = "密碼(_P)",
      .account = "huang.shufen",
      .password = PASSWORD,
      .done_heading = "您的登入方式正確",
      .done_text = "您已用 huang.shufen 登入。",
      .logged_in_as = "huang.shufen",
  },
  {
      .persona = "wu-jiahao",
      .identity = "公務人員，含約聘僱人員(_C)",
      .ticks = { "我的e政府帳號(_M)" },
      .route = "我的e政府帳號",
      .route_chosen = EC_LOGIN_ROUTE_GOV_TW,
      .id_number = "Q122446684",
      .name = "吳家豪",
      .outcome = EC_LOOKUP_OUTCOME_NATURAL_PERSON_ONLY,
      .member_account = "wu.jiahao",
      .oid = "2.16.886.101.20003.20022",
      .reply_text = "人事行政局資料比對成功，轉換作業完成，請重新登入",
      .reply = EC_CONVERSION_REPLY_CONVERTED,
      .done_heading = "您的帳號已是公務帳號",
      .done_text = "您已用它重新登入。先前以這個帳號研讀的時數會自動上傳，請約 3 天後再查看。",
      .logged_in_as = "wu.jiahao",
  },
};

typedef struct {
  EcTestService      service;
  EcApiClient       *client;
  EcCredentialStore *credentials;
  EcSession         *session;
  EcAssistant       *assistant;
  GtkWidget         *window;
} Fixture;

static void
fixture_set_up (Fixture      *fixture,
                gconstpointer user_data)
{
  const char *args[] = { "--seed=demo", "--admin", NULL };
  g_autoptr (GError) error = NULL;

  ec_test_service_set_up (&fixture->service, args);
  fixture->client = ec_api_client_new (fixture->service.url, &error);
  g_assert_no_error (error);
  fixture->credentials = ec_credential_store_new (fixture->service.url);
  fixture->session = ec_session_new (fixture->client, fixture->credentials);
  fixture->assistant = ec_assistant_new_with_session (NULL, NULL, fixture->session);
  fixture->window = GTK_WIDGET (fixture->assistant);
  g_object_add_weak_pointer (G_OBJECT (fixture->assistant), (gpointer *) &fixture->assistant);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 800, 760);
  gtk_widget_show (fixture->window);
  ec_test_ui_settle (fixture->window);
}

static void
fixture_tear_down (Fixture      *fixture,
                   gconstpointer user_data)
{
  if (fixture->assistant != NULL)
    gtk_widget_destroy (fixture->window);
  g_clear_object (&fixture->session);
  g_clear_object (&fixture->credentials);
  g_clear_object (&fixture->client);
  ec_test_service_tear_down (&fixture->service, user_data);
}

static EcAssistantPage *
current_page (Fixture *fixture)
{
  return ec_assistant_get_current_page (fixture->assistant);
}

/* The pages share one stack, and several have a 密碼: fields are looked
 * up on the visible page only. */
static GtkEntry *
find_entry (Fixture    *fixture,
            const char *label)
{
  GtkWidget *label_widget = ec_test_ui_find_label (GTK_WIDGET (current_page (fixture)), label);

  if (label_widget == NULL)
    g_error ("No field labelled “%s” on the page “%s”", label, ec_assistant_page_get_title (current_page (fixture)));
  return GTK_ENTRY (gtk_label_get_mnemonic_widget (GTK_LABEL (label_widget)));
}

static void
set_field (Fixture    *fixture,
           const char *label,
           const char *text)
{
  gtk_entry_set_text (find_entry (fixture, label), text);
  ec_test_ui_settle (fixture->window);
}

static void
click (Fixture    *fixture,
       const char *label)
{
  GtkWidget *label_widget = ec_test_ui_find_label (GTK_WIDGET (current_page (fixture)), label);

  if (label_widget == NULL)
    g_error ("No button “%s” on the page “%s”", label, ec_assistant_page_get_title (current_page (fixture)));
  gtk_button_clicked (GTK_BUTTON (gtk_widget_get_ancestor (label_widget, GTK_TYPE_BUTTON)));
  ec_test_ui_settle (fixture->window);
}

static void
assert_shown (Fixture    *fixture,
              const char *text)
{
  GtkWidget *label = gtk_test_find_label (GTK_WIDGET (current_page (fixture)), text);

  if (label == NULL || !gtk_widget_is_visible (label))
    g_error ("The page “%s” does not show “%s”", ec_assistant_page_get_title (current_page (fixture)), text);
}

static void
screenshot (Fixture       *fixture,
            const Persona *p,
            const char    *page)
{
  g_autofree char *name = g_strdup_printf ("persona-%s-%s-zh_TW", p->persona, page);

  ec_test_ui_save_screenshot (fixture->window, name);
}

static void
next (Fixture *fixture)
{
  ec_test_ui_press_next (fixture->assistant);
}

static void
test_persona (Fixture      *fixture,
              gconstpointer data)
{
  const Persona    *p = data;
  EcLearnerChoices *choices = ec_assistant_get_choices (fixture->assistant);

  next (fixture);
  g_assert_true (EC_IS_IDENTITY_PAGE (current_page (fixture)));
  click (fixture, p->identity);
  next (fixture);

  g_assert_true (EC_IS_ROUTE_PAGE (current_page (fixture)));
  for (guint i = 0; i < G_N_ELEMENTS (p->ticks) && p->ticks[i] != NULL; i++)
    click (fixture, p->ticks[i]);
  click (fixture, p->route);
  g_assert_cmpint (ec_learner_choices_get_route (choices), ==, p->route_chosen);
  screenshot (fixture, p, "1-route");
  next (fixture);

  if (p->id_number != NULL)
    {
      g_assert_true (EC_IS_ACCOUNT_CHECK_PAGE (current_page (fixture)));
      set_field (fixture, "身分證字號(_I)", p->id_number);
      set_field (fixture, "姓名(_N)", p->name);
      next (fixture);
      g_assert_true (EC_IS_ACCOUNT_CHECK_PAGE (current_page (fixture)));
      g_assert_cmpint (ec_learner_choices_get_lookup_outcome (choices), ==, p->outcome);
      screenshot (fixture, p, "2-account-check");
      next (fixture);
    }

  if (p->member_account != NULL)
    {
      g_assert_true (EC_IS_CONVERSION_LOGIN_PAGE (current_page (fixture)));
      set_field (fixture, "我的e政府帳號(_A)", p->member_account);
      set_field (fixture, "密碼(_P)", PASSWORD);
      screenshot (fixture, p, "3-conversion-login");
      next (fixture);
      g_assert_true (ec_session_get_logged_in (fixture->session));

      if (p->address != NULL)
        {
          g_assert_true (EC_IS_PROFILE_PAGE (current_page (fixture)));
          set_field (fixture, "通訊地址(_A)", p->address);
          set_field (fixture, "電話號碼(_H)", p->phone);
          screenshot (fixture, p, "4-profile");
          next (fixture);
        }

      g_assert_true (EC_IS_CONVERSION_PAGE (current_page (fixture)));
      set_field (fixture, "機關 OID(_O)", p->oid);
      set_field (fixture, "申請原因(_R)", "需以公務帳號登入學習");
      next (fixture);

      /* The service's own sentence, and the form to fax where there is
       * one. */
      g_assert_true (EC_IS_CONVERSION_PAGE (current_page (fixture)));
      assert_shown (fixture, p->reply_text);
      g_assert_cmpint (ec_learner_choices_get_conversion_reply (choices), ==, p->reply);
      if (p->reply == EC_CONVERSION_REPLY_CONVERTED)
        g_assert_false (gtk_widget_is_visible (ec_test_ui_find_label (fixture->window, "列印(_P)…")));
      else
        g_assert_true (gtk_widget_is_visible (ec_test_ui_find_label (fixture->window, "列印(_P)…")));
      screenshot (fixture, p, "5-conversion");
      next (fixture);
    }

  if (p->account != NULL)
    {
      g_assert_true (EC_IS_LOGIN_PAGE (current_page (fixture)));
      set_field (fixture, p->account_label, p->account);
      set_field (fixture, p->password_label, p->password);
      screenshot (fixture, p, "6-login");
      next (fixture);
    }

  g_assert_true (EC_IS_DONE_PAGE (current_page (fixture)));
  assert_shown (fixture, p->done_heading);
  if (p->done_text != NULL)
    assert_shown (fixture, p->done_text);
  screenshot (fixture, p, "7-done");

  g_assert_true (ec_session_get_logged_in (fixture->session));
  g_assert_cmpstr (ec_session_get_login (fixture->session), ==, p->logged_in_as);

  /* Done closes the assistant; the session stays for the main window. */
  next (fixture);
  g_assert_null (fixture->assistant);
  g_assert_true (ec_session_get_logged_in (fixture->session));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  if (!ec_test_switch_to_zh_tw ())
    g_error ("The zh_TW.UTF-8 locale is missing: run build-aux/install-deps.sh");
  textdomain (GETTEXT_PACKAGE);
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (personas); i++)
    {
      g_autofree char *path = g_strconcat ("/ui/personas/", personas[i].persona, NULL);

      g_test_add (path, Fixture, &personas[i], fixture_set_up, test_persona, fixture_tear_down);
    }

  return g_test_run ();
}
