/* ec-test-bus.c
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-test-bus"

#include "config.h"

#include "ec-test-bus.h"
#include "ec-test-util.h"

#include <signal.h>
#include <string.h>
#ifdef __linux__
#include <sys/prctl.h>
#endif

#include <glib/gstdio.h>

/* The session's bus and keyring are shared by every test running at the
 * same time: a test that needs no secret service, or a locked keyring, gets
 * a bus of its own instead, in a temporary directory that goes with it. */

struct _EcTestBus {
  char        *dir;
  char        *address;
  GSubprocess *daemon;
  GSubprocess *keyring;
};

/* The configuration names no service directory, so that nothing can be
 * activated on this bus: `dbus-daemon --session` would read the standard
 * ones, where gnome-keyring's activation file (org.freedesktop.secrets)
 * and the prompters' would start a keyring, and a prompt on the display. */
static const char bus_config[] = "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
                                 " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                                 "<busconfig>\n"
                                 "  <type>session</type>\n"
                                 "  <listen>%s</listen>\n"
                                 "  <auth>EXTERNAL</auth>\n"
                                 "  <policy context=\"default\">\n"
                                 "    <allow send_destination=\"*\" eavesdrop=\"true\"/>\n"
                                 "    <allow eavesdrop=\"true\"/>\n"
                                 "    <allow own=\"*\"/>\n"
                                 "  </policy>\n"
                                 "</busconfig>\n";

/* The login keyring's password; a throw-away keyring's. */
#define KEYRING_PASSWORD "ec-test-private-keyring"

/* A test that crashes or times out must not leave daemons behind. */
static void
die_with_parent (gpointer user_data)
{
#ifdef __linux__
  prctl (PR_SET_PDEATHSIG, SIGTERM);
#endif
}

static GSubprocess *
spawn (GSubprocessLauncher *launcher,
       const char *const   *argv)
{
  g_autoptr (GError) error = NULL;
  GSubprocess *process;

  g_subprocess_launcher_set_child_setup (launcher, die_with_parent, NULL, NULL);
  process = g_subprocess_launcher_spawnv (launcher, argv, &error);
  g_assert_no_error (error);
  return process;
}

/**
 * ec_test_bus_start:
 *
 * Starts a bus daemon on which nothing can be activated, and makes it the
 * session bus of this process by setting `DBUS_SESSION_BUS_ADDRESS`.  Call
 * it in a subprocess (g_test_trap_subprocess()), before anything connects
 * to the session bus and before any thread starts: g_setenv() is not
 * thread-safe.
 *
 * Returns: (transfer full): the bus; stop it with ec_test_bus_stop().
 */
EcTestBus *
ec_test_bus_start (void)
{
  g_autoptr (GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE);
  g_autoptr (GError) error = NULL;
  g_autoptr (GDataInputStream) out = NULL;
  g_autofree char *config_path = NULL;
  g_autofree char *config = NULL;
  g_autofree char *config_arg = NULL;
  g_autofree char *printed = NULL;
  EcTestBus       *bus = g_new0 (EcTestBus, 1);

  bus->dir = g_dir_make_tmp ("ec-test-bus-XXXXXX", &error);
  g_assert_no_error (error);
  bus->address = g_strdup_printf ("unix:path=%s/bus", bus->dir);
  config = g_strdup_printf (bus_config, bus->address);
  config_path = g_build_filename (bus->dir, "bus.conf", NULL);
  g_file_set_contents (config_path, config, -1, &error);
  g_assert_no_error (error);

  /* Known before the daemon starts, so set before any thread does. */
  g_setenv ("DBUS_SESSION_BUS_ADDRESS", bus->address, TRUE);

  config_arg = g_strconcat ("--config-file=", config_path, NULL);
  bus->daemon = spawn (launcher,
                       (const char *const[]){ "dbus-daemon", config_arg, "--print-address", "--nofork", NULL });

  /* It prints its address once it listens. */
  out = g_data_input_stream_new (g_subprocess_get_stdout_pipe (bus->daemon));
  printed = g_data_input_stream_read_line_utf8 (out, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (printed);
  g_assert_true (g_str_has_prefix (printed, bus->address));

  return bus;
}

const char *
ec_test_bus_get_address (EcTestBus *bus)
{
  return bus->address;
}

static GVariant *
call (GDBusConnection *connection,
      const char      *name,
      const char      *path,
      const char      *interface,
      const char      *method,
      GVariant        *parameters,
      const char      *reply_type)
{
  return g_dbus_connection_call_sync (connection, name, path, interface, method, parameters,
                                      G_VARIANT_TYPE (reply_type),
                                      G_DBUS_CALL_FLAGS_NO_AUTO_START, -1, NULL, NULL);
}

/* Whether the keyring owns its name and its default collection exists,
 * unlocked.  Plain D-Bus, not libsecret: the test's libsecret must not
 * cache a service that was not there yet. */
static gboolean
keyring_is_ready (GDBusConnection *connection)
{
  g_autoptr (GVariant) owner = NULL;
  g_autoptr (GVariant) alias = NULL;
  g_autoptr (GVariant) locked = NULL;
  g_autoptr (GVariant) value = NULL;
  gboolean    owned = FALSE;
  const char *path = "/";

  owner = call (connection, "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus",
                "NameHasOwner", g_variant_new ("(s)", "org.freedesktop.secrets"), "(b)");
  if (owner != NULL)
    g_variant_get (owner, "(b)", &owned);
  if (!owned)
    return FALSE;

  alias = call (connection, "org.freedesktop.secrets", "/org/freedesktop/secrets",
                "org.freedesktop.Secret.Service", "ReadAlias", g_variant_new ("(s)", "default"), "(o)");
  if (alias != NULL)
    g_variant_get (alias, "(&o)", &path);
  if (g_str_equal (path, "/"))
    return FALSE;

  locked = call (connection, "org.freedesktop.secrets", path, "org.freedesktop.DBus.Properties", "Get",
                 g_variant_new ("(ss)", "org.freedesktop.Secret.Collection", "Locked"), "(v)");
  if (locked == NULL)
    return FALSE;
  g_variant_get (locked, "(v)", &value);
  return g_variant_is_of_type (value, G_VARIANT_TYPE_BOOLEAN) && !g_variant_get_boolean (value);
}

/**
 * ec_test_bus_start_keyring:
 * @bus: a bus from ec_test_bus_start()
 *
 * Starts a gnome-keyring of its own on @bus, with HOME and the XDG
 * directories in the bus's directory, and waits until its new login
 * keyring is the default collection, unlocked.  No prompt can be shown on
 * this bus: one that is asked for is dismissed at once.
 */
void
ec_test_bus_start_keyring (EcTestBus *bus)
{
  g_autoptr (GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDIN_PIPE);
  const char *const dirs[] = { "HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR" };
  g_autoptr (GDBusConnection) connection = NULL;
  g_autoptr (GError) error = NULL;
  GOutputStream *in;
  gboolean       ready = FALSE;

  g_assert_null (bus->keyring);

  for (gsize i = 0; i < G_N_ELEMENTS (dirs); i++)
    {
      g_autofree char *path = g_build_filename (bus->dir, dirs[i], NULL);

      g_assert_cmpint (g_mkdir (path, 0700), ==, 0);
      g_subprocess_launcher_setenv (launcher, dirs[i], path, TRUE);
    }
  g_subprocess_launcher_setenv (launcher, "DBUS_SESSION_BUS_ADDRESS", bus->address, TRUE);
  g_subprocess_launcher_unsetenv (launcher, "DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "WAYLAND_DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "GNOME_KEYRING_CONTROL");

  /* --unlock reads the login keyring's password on stdin, and makes that
   * keyring (a new one) with it. */
  bus->keyring = spawn (launcher,
                        (const char *const[]){ "gnome-keyring-daemon", "--foreground", "--unlock",
                                               "--components=secrets", NULL });
  in = g_subprocess_get_stdin_pipe (bus->keyring);
  g_output_stream_write_all (in, KEYRING_PASSWORD, strlen (KEYRING_PASSWORD), NULL, NULL, &error);
  g_assert_no_error (error);
  g_output_stream_close (in, NULL, &error);
  g_assert_no_error (error);

  connection = g_dbus_connection_new_for_address_sync (bus->address,
                                                       G_DBUS_CONNECTION_FLAGS_AUTHENTICATION_CLIENT | G_DBUS_CONNECTION_FLAGS_MESSAGE_BUS_CONNECTION,
                                                       NULL, NULL, &error);
  g_assert_no_error (error);

  /* A bound on the wait, not a measure: it takes well under a second. */
  for (guint i = 0; i < 1500 && !ready; i++)
    {
      ready = keyring_is_ready (connection);
      if (!ready)
        g_usleep (20 * 1000);
    }
  g_assert_true (ready);

  g_dbus_connection_close_sync (connection, NULL, NULL);
}

/**
 * ec_test_bus_stop:
 *
 * Stops the keyring, then the bus, and removes their directory.
 */
void
ec_test_bus_stop (EcTestBus *bus)
{
  g_autoptr (GDBusConnection) connection = NULL;
  GSubprocess *processes[2];

  if (bus == NULL)
    return;

  /* The process's session bus connection exits the process when the bus
   * goes away, by default: this bus goes away on purpose. */
  connection = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, NULL);
  if (connection != NULL)
    g_dbus_connection_set_exit_on_close (connection, FALSE);

  processes[0] = bus->keyring;
  processes[1] = bus->daemon;
  for (gsize i = 0; i < G_N_ELEMENTS (processes); i++)
    {
      if (processes[i] == NULL)
        continue;
      g_subprocess_send_signal (processes[i], SIGTERM);
      g_subprocess_wait (processes[i], NULL, NULL);
    }

  g_clear_object (&bus->keyring);
  g_clear_object (&bus->daemon);
  ec_test_remove_tree (bus->dir);
  g_free (bus->dir);
  g_free (bus->address);
  g_free (bus);
}
