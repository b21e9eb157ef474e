/* ec-test-privacy.c
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-test-privacy"

#include "config.h"

#include "ec-test-privacy.h"

#include <string.h>

/* gnome-keyring's own files (XDG_DATA_HOME/keyrings/NAME.keyring): they
 * hold the passwords, encrypted with the login password. */
static gboolean
is_keyring_file (const char *dir,
                 const char *name)
{
  g_autofree char *base = g_path_get_basename (dir);

  return g_str_equal (base, "keyrings") && g_str_has_suffix (name, ".keyring");
}

/* memmem() without _GNU_SOURCE: files may hold NUL bytes. */
static gboolean
contains (const char *data,
          gsize       length,
          const char *needle)
{
  gsize needle_length = strlen (needle);

  for (gsize i = 0; i + needle_length <= length; i++)
    {
      if (memcmp (data + i, needle, needle_length) == 0)
        return TRUE;
    }

  return FALSE;
}

static void
scan_tree (const char *dir,
           const char *needle,
           GPtrArray  *hits,
           guint      *n_scanned,
           guint      *n_keyrings)
{
  g_autoptr (GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *contents = NULL;
      gsize            length;

      /* Links lead elsewhere, or back here. */
      if (g_file_test (path, G_FILE_TEST_IS_SYMLINK))
        continue;
      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        scan_tree (path, needle, hits, n_scanned, n_keyrings);
      if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
        continue;
      if (is_keyring_file (dir, name))
        {
          (*n_keyrings)++;
          continue;
        }

      /* Another test's file may go away while this one reads. */
      if (!g_file_get_contents (path, &contents, &length, NULL))
        continue;
      (*n_scanned)++;
      if (contains (contents, length, needle))
        g_ptr_array_add (hits, g_steal_pointer (&path));
    }
}

/**
 * ec_test_find_in_session_files:
 * @needle: the bytes to look for (a password, an ID number)
 * @n_scanned: (out): how many files were read
 * @n_keyrings: (out): how many keyring files were left out
 *
 * Reads every regular file under HOME and the XDG directories of
 * build-aux/test-session.sh, except gnome-keyring's encrypted keyring
 * files, and lists those that contain @needle.  Outside that session (HOME
 * not in an "ec-test-session.*" directory) it scans nothing, since a real
 * home is none of the test's business: the test is skipped.
 *
 * Returns: (transfer full) (nullable): the paths of the files that contain
 *   @needle, each also given with g_test_message(); %NULL if the test has
 *   been skipped.
 */
GPtrArray *
ec_test_find_in_session_files (const char *needle,
                               guint      *n_scanned,
                               guint      *n_keyrings)
{
  const char *const variables[] = {
    "HOME",
    "XDG_DATA_HOME",
    "XDG_CONFIG_HOME",
    "XDG_CACHE_HOME",
    "XDG_STATE_HOME",
    "XDG_RUNTIME_DIR",
  };
  g_autofree char *session = g_path_get_dirname (g_get_home_dir ());
  g_autofree char *session_name = g_path_get_basename (session);
  GPtrArray       *hits;

  g_assert_true (needle != NULL && *needle != '\0');
  *n_scanned = 0;
  *n_keyrings = 0;

  if (!g_str_has_prefix (session_name, "ec-test-session."))
    {
      g_test_skip ("HOME is not build-aux/test-session.sh's throw-away directory");
      return NULL;
    }

  hits = g_ptr_array_new_with_free_func (g_free);
  for (gsize i = 0; i < G_N_ELEMENTS (variables); i++)
    {
      const char *dir = g_getenv (variables[i]);

      if (dir != NULL)
        scan_tree (dir, needle, hits, n_scanned, n_keyrings);
    }

  for (guint i = 0; i < hits->len; i++)
    g_test_message ("found in %s", (const char *) hits->pdata[i]);
  return hits;
}
