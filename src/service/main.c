/* main.c: elearn-sim, the reference service.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "elearn-sim"

#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include <gio/gunixinputstream.h>
#include <glib-unix.h>

#include "ec-sim-batch.h"
#include "ec-sim-generator.h"
#include "ec-sim-seed.h"
#include "ec-sim-server.h"

/* Bounds of --lookup-limit and --lookup-window: beyond them the limit
 * would protect nothing (a million lookups) or lock a client out for more
 * than a day. */
#define MAX_LOOKUP_LIMIT 1000000
#define MAX_LOOKUP_WINDOW (24 * 60 * 60)

/* A parent that starts the service (the demo, a test) keeps its standard
 * input open and never writes to it; when the parent dies, for whatever
 * reason, the pipe closes and the service exits with it instead of
 * lingering on a port. */
static void
on_stdin_read_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  GMainLoop *loop = user_data;
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (GError) error = NULL;

  bytes = g_input_stream_read_bytes_finish (G_INPUT_STREAM (source), result, &error);
  if (bytes == NULL || g_bytes_get_size (bytes) == 0)
    {
      g_main_loop_quit (loop);
      return;
    }

  g_input_stream_read_bytes_async (G_INPUT_STREAM (source), 4096, G_PRIORITY_DEFAULT,
                                   NULL, on_stdin_read_cb, loop);
}

static gboolean
on_signal_cb (gpointer user_data)
{
  g_main_loop_quit (user_data);
  return G_SOURCE_REMOVE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (GOptionContext) context = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (EcSimServer) server = NULL;
  g_autoptr (GMainLoop) loop = NULL;
  g_autoptr (EcSimDb) db = NULL;
  g_autofree char *address = NULL;
  g_autofree char *database = NULL;
  g_autofree char *seed = NULL;
  g_autofree char *tls_cert = NULL;
  g_autofree char *tls_key = NULL;
  g_autofree char *synthetic_account = NULL;
  int              synthetic_courses = G_MININT; /* G_MININT: not given */
  gboolean         admin = FALSE;
  int              session_ttl = EC_SIM_DEFAULT_SESSION_TTL;
  int              lookup_limit = EC_SIM_DEFAULT_LOOKUP_LIMIT;
  int              lookup_window = EC_SIM_DEFAULT_LOOKUP_WINDOW;
  g_autoptr (EcSimRateLimiter) lookup_limiter = NULL;
  g_autofree char *url = NULL;
  g_autoptr (GInputStream) stdin_stream = NULL;
  gboolean           exit_on_stdin_eof = FALSE;
  int                port = 0;
  const GOptionEntry entries[] = {
    { "address", 'a', 0, G_OPTION_ARG_STRING, &address,
      "IP address to listen on (default 127.0.0.1: loopback only)", "ADDRESS" },
    { "port", 'p', 0, G_OPTION_ARG_INT, &port,
      "TCP port to listen on (default 0: any free port)", "PORT" },
    { "database", 'd', 0, G_OPTION_ARG_FILENAME, &database,
      "SQLite database file (default: in memory, gone when the service stops)", "FILE" },
    { "seed", 0, 0, G_OPTION_ARG_STRING, &seed,
      "Fill an empty database with data: “demo” (the personas of docs/demo.md)", "NAME" },
    { "admin", 0, 0, G_OPTION_ARG_NONE, &admin,
      "Enable the /admin endpoints (service clock, approvals, SMS codes)", NULL },
    { "session-ttl", 0, 0, G_OPTION_ARG_INT, &session_ttl,
      "Session lifetime in seconds (default 1800)", "SECONDS" },
    { "lookup-limit", 0, 0, G_OPTION_ARG_INT, &lookup_limit,
      "Official account lookups allowed per client per window (default 10)", "N" },
    { "lookup-window", 0, 0, G_OPTION_ARG_INT, &lookup_window,
      "The window of --lookup-limit, in seconds (default 60)", "SECONDS" },
    { "tls-cert", 0, 0, G_OPTION_ARG_FILENAME, &tls_cert,
      "Serve HTTPS with this PEM certificate", "FILE" },
    { "tls-key", 0, 0, G_OPTION_ARG_FILENAME, &tls_key,
      "The PEM private key of --tls-cert", "FILE" },
    { "synthetic-courses", 0, 0, G_OPTION_ARG_INT, &synthetic_courses,
      "Add N synthetic learning records (0–100000) to --synthetic-account, for benchmarks", "N" },
    { "synthetic-account", 0, 0, G_OPTION_ARG_STRING, &synthetic_account,
      "The existing account (a login, after --seed) that gets the synthetic records", "LOGIN" },
    { "exit-on-stdin-eof", 0, 0, G_OPTION_ARG_NONE, &exit_on_stdin_eof,
      "Exit when standard input closes (for a parent process that starts the service)", NULL },
    { NULL }
  };

  setlocale (LC_ALL, "");

  /* Standard output carries the URL line and nothing else: a parent reads
   * it to find the service.  GLib writes debug and info messages to
   * standard output by default, so every log goes to standard error. */
  g_log_writer_default_set_use_stderr (TRUE);

  context = g_option_context_new ("— the Elearn Companion reference service");
  g_option_context_set_summary (context,
                                "Implements the project's HTTP/JSON API (docs/api.md) and the platform's\n"
                                "rules, for the demo and the tests. On start it prints its URL as one line.");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("elearn-sim: %s\n", error->message);
      return EXIT_FAILURE;
    }
  if (port < 0 || port > G_MAXUINT16)
    {
      g_printerr ("elearn-sim: %d is not a TCP port (0–65535)\n", port);
      return EXIT_FAILURE;
    }

  if (session_ttl <= 0)
    {
      g_printerr ("elearn-sim: the session lifetime must be positive\n");
      return EXIT_FAILURE;
    }
  if (lookup_limit <= 0 || lookup_limit > MAX_LOOKUP_LIMIT)
    {
      g_printerr ("elearn-sim: the lookup limit must be between 1 and %d\n", MAX_LOOKUP_LIMIT);
      return EXIT_FAILURE;
    }
  if (lookup_window <= 0 || lookup_window > MAX_LOOKUP_WINDOW)
    {
      g_printerr ("elearn-sim: the lookup window must be between 1 and %d seconds\n", MAX_LOOKUP_WINDOW);
      return EXIT_FAILURE;
    }
  if (seed != NULL && g_strcmp0 (seed, "demo") != 0)
    {
      g_printerr ("elearn-sim: unknown seed “%s” (known: demo)\n", seed);
      return EXIT_FAILURE;
    }
  if ((synthetic_courses != G_MININT) != (synthetic_account != NULL))
    {
      g_printerr ("elearn-sim: --synthetic-courses and --synthetic-account go together\n");
      return EXIT_FAILURE;
    }
  if (synthetic_account != NULL
      && (synthetic_courses < 0 || synthetic_courses > EC_SIM_GENERATOR_MAX_COURSES))
    {
      g_printerr ("elearn-sim: --synthetic-courses must be from 0 to %d\n", EC_SIM_GENERATOR_MAX_COURSES);
      return EXIT_FAILURE;
    }
  if ((tls_cert == NULL) != (tls_key == NULL))
    {
      g_printerr ("elearn-sim: --tls-cert and --tls-key go together\n");
      return EXIT_FAILURE;
    }

  db = ec_sim_db_open (database != NULL ? database : ":memory:", &error);
  if (db == NULL)
    {
      g_printerr ("elearn-sim: cannot open the database: %s\n", error->message);
      return EXIT_FAILURE;
    }

  server = ec_sim_server_new (db);
  ec_sim_server_set_admin (server, admin);
  ec_sim_server_set_session_ttl (server, session_ttl);
  lookup_limiter = ec_sim_rate_limiter_new ((guint) lookup_limit, (guint) lookup_window);
  ec_sim_server_set_lookup_limiter (server, lookup_limiter);

  if (seed != NULL && !ec_sim_seed_demo (db, ec_sim_server_get_calendar (server), ec_sim_server_now (server), &error))
    {
      g_printerr ("elearn-sim: cannot seed the demo data: %s\n", error->message);
      return EXIT_FAILURE;
    }
  if (synthetic_account != NULL
      && !ec_sim_generator_run (db, ec_sim_server_get_calendar (server), synthetic_account,
                                (guint) synthetic_courses, ec_sim_server_now (server), &error))
    {
      g_printerr ("elearn-sim: cannot add the synthetic records: %s\n", error->message);
      return EXIT_FAILURE;
    }
  /* Whatever came due while the service was not running is uploaded now. */
  ec_sim_batch_start (server);

  if (tls_cert != NULL && !ec_sim_server_set_tls_files (server, tls_cert, tls_key, &error))
    {
      g_printerr ("elearn-sim: cannot use the TLS certificate: %s\n", error->message);
      return EXIT_FAILURE;
    }
  if (!ec_sim_server_listen (server, address != NULL ? address : "127.0.0.1",
                             (guint) port, &error))
    {
      g_printerr ("elearn-sim: cannot listen: %s\n", error->message);
      return EXIT_FAILURE;
    }

  /* The URL is the only thing on standard output, so that a parent
   * process (the demo, a test) can read it as one line; logs go to
   * standard error. */
  url = ec_sim_server_dup_url (server);
  g_print ("%s\n", url);
  fflush (stdout);

  loop = g_main_loop_new (NULL, FALSE);
  g_unix_signal_add (SIGINT, on_signal_cb, loop);
  g_unix_signal_add (SIGTERM, on_signal_cb, loop);
  if (exit_on_stdin_eof)
    {
      stdin_stream = g_unix_input_stream_new (STDIN_FILENO, FALSE);
      g_input_stream_read_bytes_async (stdin_stream, 4096, G_PRIORITY_DEFAULT,
                                       NULL, on_stdin_read_cb, loop);
    }
  g_main_loop_run (loop);

  return EXIT_SUCCESS;
}
