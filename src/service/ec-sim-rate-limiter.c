/* ec-sim-rate-limiter.c
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-sim-rate-limiter"

#include "config.h"

#include "ec-sim-rate-limiter.h"

/* A fixed window per client: the first request opens a window of
 * window_seconds, in which at most limit requests are accepted.  It runs on
 * the monotonic clock, not on the service clock: /admin/clock moves the
 * service clock forward, and an enumeration limit that a clock change
 * could reset would be no limit at all. */

/* Windows that have closed are dropped once this many clients are known,
 * so that the table does not grow with every address ever seen. */
#define PRUNE_THRESHOLD 256

typedef struct {
  gint64 start; /* monotonic microseconds */
  guint  count;
} Window;

struct _EcSimRateLimiter {
  GObject parent_instance;

  guint       limit;
  gint64      window_us;
  GHashTable *windows; /* client → Window */
};

G_DEFINE_FINAL_TYPE (EcSimRateLimiter, ec_sim_rate_limiter, G_TYPE_OBJECT)

static gboolean
window_is_closed (EcSimRateLimiter *self,
                  const Window     *window,
                  gint64            now)
{
  return now - window->start >= self->window_us;
}

static gboolean
remove_closed_cb (gpointer key,
                  gpointer value,
                  gpointer user_data)
{
  EcSimRateLimiter *self = user_data;

  return window_is_closed (self, value, g_get_monotonic_time ());
}

static void
ec_sim_rate_limiter_finalize (GObject *object)
{
  EcSimRateLimiter *self = EC_SIM_RATE_LIMITER (object);

  g_clear_pointer (&self->windows, g_hash_table_unref);

  G_OBJECT_CLASS (ec_sim_rate_limiter_parent_class)->finalize (object);
}

static void
ec_sim_rate_limiter_class_init (EcSimRateLimiterClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ec_sim_rate_limiter_finalize;
}

static void
ec_sim_rate_limiter_init (EcSimRateLimiter *self)
{
  self->windows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

/**
 * ec_sim_rate_limiter_new:
 * @limit: how many requests a client may make per window (at least 1)
 * @window_seconds: the length of a window (at least 1)
 *
 * Returns: (transfer full): a limiter that knows no client yet.
 */
EcSimRateLimiter *
ec_sim_rate_limiter_new (guint limit,
                         guint window_seconds)
{
  EcSimRateLimiter *self;

  g_return_val_if_fail (limit > 0, NULL);
  g_return_val_if_fail (window_seconds > 0, NULL);

  self = g_object_new (EC_TYPE_SIM_RATE_LIMITER, NULL);
  self->limit = limit;
  self->window_us = (gint64) window_seconds * G_USEC_PER_SEC;
  return self;
}

guint
ec_sim_rate_limiter_get_limit (EcSimRateLimiter *self)
{
  g_return_val_if_fail (EC_IS_SIM_RATE_LIMITER (self), 0);

  return self->limit;
}

guint
ec_sim_rate_limiter_get_window (EcSimRateLimiter *self)
{
  g_return_val_if_fail (EC_IS_SIM_RATE_LIMITER (self), 0);

  return (guint) (self->window_us / G_USEC_PER_SEC);
}

/**
 * ec_sim_rate_limiter_take:
 * @self: a limiter
 * @client: who is asking (an address)
 * @out_retry_after: (out) (optional): when refused, in how many whole
 *   seconds (at least 1) the client's next request will be accepted
 *
 * Counts one request of @client, if its window has room for it.
 *
 * Returns: %TRUE if the request may go ahead.
 */
gboolean
ec_sim_rate_limiter_take (EcSimRateLimiter *self,
                          const char       *client,
                          gint64           *out_retry_after)
{
  gint64  now = g_get_monotonic_time ();
  Window *window;
  gint64  remaining_us;

  g_return_val_if_fail (EC_IS_SIM_RATE_LIMITER (self), FALSE);
  g_return_val_if_fail (client != NULL, FALSE);

  if (g_hash_table_size (self->windows) >= PRUNE_THRESHOLD)
    g_hash_table_foreach_remove (self->windows, remove_closed_cb, self);

  window = g_hash_table_lookup (self->windows, client);
  if (window == NULL)
    {
      window = g_new0 (Window, 1);
      window->start = now;
      g_hash_table_insert (self->windows, g_strdup (client), window);
    }
  else if (window_is_closed (self, window, now))
    {
      window->start = now;
      window->count = 0;
    }

  if (window->count < self->limit)
    {
      window->count++;
      return TRUE;
    }

  /* Rounded up: a client that waits exactly this long is accepted. */
  remaining_us = window->start + self->window_us - now;
  if (out_retry_after != NULL)
    *out_retry_after = MAX (1, (remaining_us + G_USEC_PER_SEC - 1) / G_USEC_PER_SEC);
  return FALSE;
}
