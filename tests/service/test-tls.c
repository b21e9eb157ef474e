/* test-tls.c: elearn-sim over HTTPS, trusted through a test CA only.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <unistd.h>

#include "ec-test-http.h"
#include "ec-test-sim.h"

static char *
cert_path (const char *name)
{
  return g_build_filename (g_getenv ("EC_TEST_CERTS"), name, NULL);
}

static EcTestSim *
start_https (void)
{
  g_autofree char *cert = cert_path ("server.pem");
  g_autofree char *key = cert_path ("server-key.pem");
  g_autofree char *cert_arg = g_strconcat ("--tls-cert=", cert, NULL);
  g_autofree char *key_arg = g_strconcat ("--tls-key=", key, NULL);
  const char      *args[] = { cert_arg, key_arg, NULL };
  EcTestSim       *sim = ec_test_sim_start (args);

  g_assert_true (g_str_has_prefix (ec_test_sim_get_url (sim), "https://127.0.0.1:"));
  return sim;
}

static void
test_trusted_ca (void)
{
  g_autoptr (EcTestSim) sim = start_https ();
  g_autoptr (SoupSession) session = ec_test_http_session_new ();
  g_autofree char *ca = cert_path ("ca.pem");
  g_autoptr (GError) error = NULL;
  g_autoptr (GTlsDatabase) database = g_tls_file_database_new (ca, &error);
  g_autoptr (JsonNode) reply = NULL;

  g_assert_no_error (error);
  soup_session_set_tls_database (session, database);

  reply = ec_test_http_request (session, ec_test_sim_get_url (sim), "GET", "/api/v1/health",
                                NULL, NULL, 200, NULL);
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (reply), "status"), ==, "ok");
}

/* Without the test CA the certificate is not trusted, and the connection
 * fails: nothing in the project ever accepts it anyway. */
static void
test_untrusted_refused (void)
{
  g_autoptr (EcTestSim) sim = start_https ();
  g_autoptr (SoupSession) session = ec_test_http_session_new ();
  g_autofree char *url = g_strconcat (ec_test_sim_get_url (sim), "api/v1/health", NULL);
  g_autoptr (SoupMessage) msg = soup_message_new ("GET", url);
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) body = NULL;

  body = soup_session_send_and_read (session, msg, NULL, &error);
  g_assert_null (body);
  g_assert_error (error, G_TLS_ERROR, G_TLS_ERROR_BAD_CERTIFICATE);
}

static void
test_key_without_cert_refused (void)
{
  g_autofree char *key = cert_path ("server-key.pem");
  g_autofree char *key_arg = g_strconcat ("--tls-key=", key, NULL);

  ec_test_sim_assert_refused ((const char *[]){ key_arg, NULL });
}

int
main (int   argc,
      char *argv[])
{
  const char *asan = g_getenv ("ASAN_OPTIONS");

  g_test_init (&argc, &argv, NULL);

  /* In the sanitizer build, LeakSanitizer's tracer crashes (signal 11 in
   * StopTheWorld) when a process that loaded GLib's TLS module exits: a
   * limitation of the tool with that module's threads, not a leak.  The
   * services started here serve HTTPS, so leak checking is off for them;
   * every other check of the sanitizers still runs, and the service's
   * leaks are checked by the rest of the suite over plain HTTP. */
  {
    g_autofree char *options = g_strconcat (asan != NULL ? asan : "", asan != NULL ? ":" : "",
                                            "detect_leaks=0", NULL);

    g_setenv ("ASAN_OPTIONS", options, TRUE);
  }

  g_test_add_func ("/service/tls/trusted-ca", test_trusted_ca);
  g_test_add_func ("/service/tls/untrusted-refused", test_untrusted_refused);
  g_test_add_func ("/service/tls/key-without-cert", test_key_without_cert_refused);

  /* This process loaded the TLS module too, as a client: leaving through
   * _exit() skips the exit-time leak check whose tracer would crash (see
   * above).  Nothing else runs at exit here. */
  _exit (g_test_run ());
}
