/* bench-upload-rules.c: the upload rules over a large learning record.
 *
 * The records window evaluates every course of a learner for three
 * networks; it must stay quick with 100,000 courses.  Wall-clock times on
 * a shared machine are noisy, so the result is a ratio against a baseline
 * measured in the same run: a pass over the same course structs that only
 * reads them (what any view of the record costs at the least).
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <stdio.h>
#include <stdlib.h>

#include "ec-core.h"

#define N_COURSES 100000
#define N_ROUNDS 15

static EcCourseFacts *
make_courses (guint n)
{
  EcCourseFacts *courses = g_new0 (EcCourseFacts, n);
  GRand         *rand = g_rand_new_with_seed (2026);
  gint64         start = 1735660800; /* 2025-01-01T00:00:00+08:00 */

  for (guint i = 0; i < n; i++)
    {
      EcCourseFacts *c = &courses[i];

      c->route = (EcLoginRoute) g_rand_int_range (rand, 0, EC_N_LOGIN_ROUTES);
      for (guint k = 0; k < EC_N_NETWORKS; k++)
        c->certified_minutes[k] = g_rand_boolean (rand) ? 60 * (guint) g_rand_int_range (rand, 1, 4) : 0;
      c->completed_at = g_rand_int_range (rand, 0, 10) == 0 ? 0 : start + g_rand_int_range (rand, 0, 700 * 86400);
      if (c->completed_at != 0 && g_rand_boolean (rand))
        c->uploaded_at[EC_NETWORK_LIFELONG] = c->completed_at + 5 * 86400;
    }

  g_rand_free (rand);
  return courses;
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (double *values,
        guint   n)
{
  qsort (values, n, sizeof *values, compare_doubles);
  return values[n / 2];
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (EcCalendar) calendar = ec_calendar_new_default ();
  g_autofree EcCourseFacts *courses = make_courses (N_COURSES);
  EcAccountState            account = { .identity = EC_IDENTITY_EDUCATOR,
                                        .kind = EC_ACCOUNT_KIND_OFFICIAL,
                                        .personnel_category = EC_PERSONNEL_CATEGORY_EDUCATOR,
                                        .env_account_since = 1700000000,
                                        .env_service_unit_ok = TRUE };
  double                    baseline[N_ROUNDS], rules[N_ROUNDS];
  volatile guint64          sink = 0;

  for (guint r = 0; r < N_ROUNDS; r++)
    {
      gint64  t0 = g_get_monotonic_time ();
      guint64 sum = 0;

      for (guint i = 0; i < N_COURSES; i++)
        for (guint k = 0; k < EC_N_NETWORKS; k++)
          sum += (guint64) courses[i].completed_at + courses[i].certified_minutes[k] + courses[i].route;
      sink += sum;
      baseline[r] = (double) (g_get_monotonic_time () - t0);

      t0 = g_get_monotonic_time ();
      sum = 0;
      for (guint i = 0; i < N_COURSES; i++)
        for (guint k = 0; k < EC_N_NETWORKS; k++)
          {
            EcUploadVerdict verdict;

            ec_upload_rules_evaluate (calendar, &account, &courses[i], (EcNetwork) k, &verdict);
            sum += verdict.status;
          }
      sink += sum;
      rules[r] = (double) (g_get_monotonic_time () - t0);
    }

  {
    double b = median (baseline, N_ROUNDS), u = median (rules, N_ROUNDS);

    printf ("| upload rules, %d courses × %d networks | %.1f ms | %.2f ms | %.0f× | %.0f ns |\n",
            N_COURSES, EC_N_NETWORKS, u / 1000.0, b / 1000.0, u / b,
            u * 1000.0 / (N_COURSES * EC_N_NETWORKS));
  }

  return sink == 42 ? 1 : 0;
}
