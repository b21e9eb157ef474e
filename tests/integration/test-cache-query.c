/* test-cache-query.c: reading the offline cache back: every filter alone
 * and combined, a search that takes % _ and \ literally, every order, and
 * pages of a query.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "cache-test-util.h"
#include "ec-test-util.h"

/* One cache for every test here: they only read it. */
static EcCache *cache;

#define UP EC_UPLOAD_STATUS_UPLOADED
#define PE EC_UPLOAD_STATUS_PENDING
#define NE EC_UPLOAD_STATUS_NOT_ELIGIBLE
#define NV EC_UPLOAD_STATUS_NEVER

typedef struct {
  gint64         id;
  const char    *course;
  int            year, month, day, hour; /* Taiwan time; year 0 = not completed */
  guint          minutes[EC_N_NETWORKS];
  EcUploadStatus status[EC_N_NETWORKS];
} Row;

/* The tests run with TZ=UTC: records 2 and 7 are on the other side of New
 * Year in Taiwan than in UTC. */
static const Row rows[] = {
  { 1, "公文寫作", 2025, 3, 1, 10, { 120, 0, 0 }, { UP, NE, NE } },
  { 2, "100% 達成率", 2026, 1, 1, 0, { 60, 60, 0 }, { PE, PE, NE } },
  { 3, "1000 達成", 2026, 2, 10, 9, { 30, 30, 30 }, { UP, UP, UP } },
  { 4, "a_b 課程", 2026, 5, 1, 14, { 90, 0, 90 }, { NE, NE, PE } },
  { 5, "axb 課程", 2026, 6, 1, 14, { 45, 0, 0 }, { NV, NV, NV } },
  { 6, "Back\\slash 課程", 2026, 7, 1, 8, { 60, 0, 60 }, { UP, NE, PE } },
  { 7, "ENV Basics", 2025, 12, 31, 23, { 0, 0, 180 }, { NE, NE, UP } },
  { 8, "env advanced", 0, 0, 0, 0, { 120, 0, 120 }, { NE, NE, NE } },
};

static void
fill_cache (void)
{
  EcRecordsPage *page = cache_test_page ("c", "e", NULL);

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      const Row *row = &rows[i];
      gint64     completed_at = row->year != 0
                                    ? cache_test_taiwan_time (row->year, row->month, row->day, row->hour)
                                    : EC_TIME_NEVER;
      EcRecord  *record = cache_test_record (row->id, row->course, completed_at, 0, UP);

      for (guint n = 0; n < EC_N_NETWORKS; n++)
        {
          record->minutes[n] = row->minutes[n];
          record->networks[n].status = row->status[n];
        }
      g_ptr_array_add (page->records, record);
    }
  cache_test_apply (cache, TRUE, page, NULL);
}

static GPtrArray *
run_query (const EcCacheQuery *query)
{
  g_autoptr (GError) error = NULL;
  GPtrArray *records = ec_cache_query (cache, query, &error);

  g_assert_no_error (error);
  g_assert_nonnull (records);
  return records;
}

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  const EcRecord *x = *(EcRecord *const *) a, *y = *(EcRecord *const *) b;

  return (x->id > y->id) - (x->id < y->id);
}

/* A filter case: which records it keeps, in id order. */
typedef struct {
  guint       year;
  int         network;
  int         status;
  const char *search;
  gint64      ids[G_N_ELEMENTS (rows) + 1]; /* ends with 0 */
} FilterCase;

static const FilterCase filter_cases[] = {
  /* Nothing. */
  { 0, -1, -1, NULL, { 1, 2, 3, 4, 5, 6, 7, 8 } },
  { 0, -1, -1, "", { 1, 2, 3, 4, 5, 6, 7, 8 } },
  /* The year, in Taiwan time. */
  { 2026, -1, -1, NULL, { 2, 3, 4, 5, 6 } },
  { 2025, -1, -1, NULL, { 1, 7 } },
  { 2024, -1, -1, NULL, { 0 } },
  /* A network: the courses with hours there. */
  { 0, EC_NETWORK_LIFELONG, -1, NULL, { 1, 2, 3, 4, 5, 6, 8 } },
  { 0, EC_NETWORK_TEACHER, -1, NULL, { 2, 3 } },
  { 0, EC_NETWORK_ENV, -1, NULL, { 3, 4, 6, 7, 8 } },
  /* A status in any network with hours for the course, or in one. */
  { 0, -1, UP, NULL, { 1, 3, 6, 7 } },
  { 0, -1, PE, NULL, { 2, 4, 6 } },
  { 0, -1, NE, NULL, { 4, 8 } },
  { 0, -1, NV, NULL, { 5 } },
  { 0, EC_NETWORK_LIFELONG, UP, NULL, { 1, 3, 6 } },
  { 0, EC_NETWORK_ENV, PE, NULL, { 4, 6 } },
  { 0, EC_NETWORK_TEACHER, NE, NULL, { 0 } },
  /* The search: a substring, ASCII case ignored, wildcards literal. */
  { 0, -1, -1, "達成", { 2, 3 } },
  { 0, -1, -1, "%", { 2 } },
  { 0, -1, -1, "0%", { 2 } },
  { 0, -1, -1, "_", { 4 } },
  { 0, -1, -1, "a_b", { 4 } },
  { 0, -1, -1, "\\", { 6 } },
  { 0, -1, -1, "k\\s", { 6 } },
  { 0, -1, -1, "env", { 7, 8 } },
  { 0, -1, -1, "ENV B", { 7 } },
  { 0, -1, -1, "bACK", { 6 } },
  { 0, -1, -1, "課程", { 4, 5, 6 } },
  { 0, -1, -1, "no such course", { 0 } },
  /* Together. */
  { 2026, EC_NETWORK_ENV, PE, "課程", { 4, 6 } },
  { 2026, EC_NETWORK_ENV, PE, "_", { 4 } },
  { 2026, -1, UP, NULL, { 3, 6 } },
  { 2025, EC_NETWORK_ENV, -1, "env", { 7 } },
  { 2026, EC_NETWORK_TEACHER, -1, "%", { 2 } },
  { 2025, EC_NETWORK_TEACHER, -1, NULL, { 0 } },
};

static void
test_filter (gconstpointer data)
{
  const FilterCase *test = data;
  EcCacheQuery      query = EC_CACHE_QUERY_INIT;
  g_autoptr (GPtrArray) records = NULL;
  g_autoptr (GError) error = NULL;
  guint n_ids = 0;

  query.year = test->year;
  query.network = test->network;
  query.status = test->status;
  query.search = test->search;

  while (test->ids[n_ids] != 0)
    n_ids++;

  records = run_query (&query);
  g_ptr_array_sort (records, compare_ids);
  cache_test_assert_ids (records, test->ids, n_ids);

  g_assert_cmpuint (ec_cache_count (cache, &query, &error), ==, n_ids);
  g_assert_no_error (error);

  /* The count ignores the page. */
  query.offset = 1;
  query.limit = 1;
  g_assert_cmpuint (ec_cache_count (cache, &query, &error), ==, n_ids);
  g_assert_no_error (error);
}

typedef struct {
  EcCacheSort sort;
  int         network;
  gboolean    descending;
  gint64      ids[G_N_ELEMENTS (rows)];
} SortCase;

/* Ties are broken by id, in the same direction. */
static const SortCase sort_cases[] = {
  /* Not completed (0) sorts first. */
  { EC_CACHE_SORT_COMPLETED, -1, FALSE, { 8, 1, 7, 2, 3, 4, 5, 6 } },
  { EC_CACHE_SORT_COMPLETED, -1, TRUE, { 6, 5, 4, 3, 2, 7, 1, 8 } },
  /* ASCII case ignored: "Back" between "axb" and "ENV", "env advanced"
   * before "ENV Basics". */
  { EC_CACHE_SORT_COURSE, -1, FALSE, { 2, 3, 4, 5, 6, 8, 7, 1 } },
  { EC_CACHE_SORT_COURSE, -1, TRUE, { 1, 7, 8, 6, 5, 4, 3, 2 } },
  /* The sum over every network: 3 90, 1 120, 2 120, 4 180, 6 120, 5 45,
   * 7 180, 8 240. */
  { EC_CACHE_SORT_MINUTES, -1, FALSE, { 5, 3, 1, 2, 6, 4, 7, 8 } },
  { EC_CACHE_SORT_MINUTES, -1, TRUE, { 8, 7, 4, 6, 2, 1, 3, 5 } },
  /* One network's minutes (the network filter keeps 1 2 3 4 5 6 8). */
  { EC_CACHE_SORT_MINUTES, EC_NETWORK_LIFELONG, FALSE, { 3, 5, 2, 6, 4, 1, 8 } },
  { EC_CACHE_SORT_MINUTES, EC_NETWORK_LIFELONG, TRUE, { 8, 1, 4, 6, 2, 5, 3 } },
};

static void
test_sort (gconstpointer data)
{
  const SortCase *test = data;
  EcCacheQuery    query = EC_CACHE_QUERY_INIT;
  g_autoptr (GPtrArray) records = NULL;
  guint n_ids = 0;

  query.sort = test->sort;
  query.network = test->network;
  query.descending = test->descending;

  while (n_ids < G_N_ELEMENTS (test->ids) && test->ids[n_ids] != 0)
    n_ids++;

  records = run_query (&query);
  cache_test_assert_ids (records, test->ids, n_ids);
}

/* Pages of any size put together give the whole list, once each. */
static void
test_pages (void)
{
  EcCacheQuery query = EC_CACHE_QUERY_INIT;
  g_autoptr (GPtrArray) all = NULL;

  query.sort = EC_CACHE_SORT_COURSE;
  all = run_query (&query);
  g_assert_cmpuint (all->len, ==, G_N_ELEMENTS (rows));

  for (guint limit = 1; limit <= G_N_ELEMENTS (rows) + 1; limit++)
    {
      g_autoptr (GPtrArray) joined = g_ptr_array_new_with_free_func ((GDestroyNotify) ec_record_free);

      for (query.offset = 0; query.offset < G_N_ELEMENTS (rows); query.offset += limit)
        {
          g_autoptr (GPtrArray) page = NULL;

          query.limit = limit;
          page = run_query (&query);
          g_assert_cmpuint (page->len, ==, MIN (limit, G_N_ELEMENTS (rows) - query.offset));
          for (guint i = 0; i < page->len; i++)
            g_ptr_array_add (joined, ec_record_copy (g_ptr_array_index (page, i)));
        }

      g_assert_cmpuint (joined->len, ==, all->len);
      for (guint i = 0; i < all->len; i++)
        cache_test_assert_records_equal (g_ptr_array_index (joined, i), g_ptr_array_index (all, i));
    }

  /* Past the end, and a limit of 0 (all). */
  {
    g_autoptr (GPtrArray) none = NULL;
    g_autoptr (GPtrArray) rest = NULL;

    query.offset = G_N_ELEMENTS (rows);
    query.limit = 5;
    none = run_query (&query);
    g_assert_cmpuint (none->len, ==, 0);

    query.offset = 5;
    query.limit = 0;
    rest = run_query (&query);
    g_assert_cmpuint (rest->len, ==, G_N_ELEMENTS (rows) - 5);
    g_assert_cmpint (((EcRecord *) g_ptr_array_index (rest, 0))->id, ==,
                     ((EcRecord *) g_ptr_array_index (all, 5))->id);
  }

  /* A filtered page. */
  {
    g_autoptr (GPtrArray) page = NULL;

    query.year = 2026;
    query.offset = 1;
    query.limit = 2;
    query.sort = EC_CACHE_SORT_COMPLETED;
    query.descending = FALSE;
    page = run_query (&query);
    CACHE_TEST_ASSERT_IDS (page, 3, 4);
  }
}

/* What a search holds is a value: a quote or SQL in it is just text. */
static void
test_search_is_bound (void)
{
  const char *const searches[] = { "'", "\"", "') OR 1=1 --", "%' OR '1'='1", "; DROP TABLE records; --" };
  EcCacheQuery      query = EC_CACHE_QUERY_INIT;

  for (guint i = 0; i < G_N_ELEMENTS (searches); i++)
    {
      g_autoptr (GPtrArray) records = NULL;

      query.search = searches[i];
      records = run_query (&query);
      g_assert_cmpuint (records->len, ==, 0);
    }

  query.search = NULL;
  g_assert_cmpuint (ec_cache_count (cache, &query, NULL), ==, G_N_ELEMENTS (rows));
}

static void
on_queried_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

/* The read in a worker thread gives what the direct one gives, for every
 * filter case; the query (and its search string) is copied, so the
 * caller's may go at once. */
static void
test_async (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (filter_cases); i++)
    {
      const FilterCase *test = &filter_cases[i];
      g_autofree char  *search = g_strdup (test->search);
      EcCacheQuery      query = EC_CACHE_QUERY_INIT;
      g_autoptr (GAsyncResult) result = NULL;
      g_autoptr (GPtrArray) records = NULL;
      g_autoptr (GError) error = NULL;
      guint n_ids = 0;

      query.year = test->year;
      query.network = test->network;
      query.status = test->status;
      query.search = search;
      ec_cache_query_async (cache, &query, NULL, on_queried_cb, &result);
      g_clear_pointer (&search, g_free);
      while (result == NULL)
        g_main_context_iteration (NULL, TRUE);

      records = ec_cache_query_finish (cache, result, &error);
      g_assert_no_error (error);
      while (test->ids[n_ids] != 0)
        n_ids++;
      g_ptr_array_sort (records, compare_ids);
      cache_test_assert_ids (records, test->ids, n_ids);
    }
}

/* The ids come in the order of the full query, for every sort; the rows
 * come back in the order asked, without the ids the cache does not hold. */
static void
test_ids_and_rows (void)
{
  for (EcCacheSort sort = EC_CACHE_SORT_COMPLETED; sort <= EC_CACHE_SORT_MINUTES; sort++)
    {
      EcCacheQuery query = EC_CACHE_QUERY_INIT;
      g_autoptr (GPtrArray) records = NULL;
      g_autoptr (GArray) ids = NULL;
      g_autoptr (GError) error = NULL;

      query.sort = sort;
      records = run_query (&query);
      ids = ec_cache_query_ids (cache, &query, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (ids->len, ==, records->len);
      for (guint i = 0; i < ids->len; i++)
        g_assert_cmpint (g_array_index (ids, gint64, i), ==, ((EcRecord *) g_ptr_array_index (records, i))->id);
    }

  {
    const gint64 asked[] = { 7, 999, 2, 5 };
    g_autoptr (GError) error = NULL;
    g_autoptr (GPtrArray) found = ec_cache_get_records (cache, asked, G_N_ELEMENTS (asked), &error);
    g_autoptr (GPtrArray) none = NULL;

    g_assert_no_error (error);
    g_assert_nonnull (found);
    none = ec_cache_get_records (cache, NULL, 0, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (found->len, ==, 3);
    g_assert_cmpint (((EcRecord *) g_ptr_array_index (found, 0))->id, ==, 7);
    g_assert_cmpint (((EcRecord *) g_ptr_array_index (found, 1))->id, ==, 2);
    g_assert_cmpint (((EcRecord *) g_ptr_array_index (found, 2))->id, ==, 5);
    g_assert_cmpstr (((EcRecord *) g_ptr_array_index (found, 0))->course, ==, "ENV Basics");
    g_assert_cmpuint (none->len, ==, 0);
  }
}

/* The years of the filter cases' rows, newest first. */
static void
test_years (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GArray) years = ec_cache_list_years (cache, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (years->len, ==, 2);
  g_assert_cmpuint (g_array_index (years, guint, 0), ==, 2026);
  g_assert_cmpuint (g_array_index (years, guint, 1), ==, 2025);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  int              status;

  g_test_init (&argc, &argv, NULL);

  dir = g_dir_make_tmp ("test-cache-query-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "cache.sqlite", NULL);
  cache = ec_cache_open (path, &error);
  g_assert_no_error (error);
  fill_cache ();

  EC_TEST_ADD_CASES ("/cache/query/filter", filter_cases, test_filter);
  EC_TEST_ADD_CASES ("/cache/query/sort", sort_cases, test_sort);
  g_test_add_func ("/cache/query/pages", test_pages);
  g_test_add_func ("/cache/query/search-is-bound", test_search_is_bound);
  g_test_add_func ("/cache/query/async", test_async);
  g_test_add_func ("/cache/query/years", test_years);
  g_test_add_func ("/cache/query/ids-and-rows", test_ids_and_rows);

  status = g_test_run ();

  g_clear_object (&cache);
  g_assert_true (ec_cache_delete_file (path, &error));
  g_assert_no_error (error);
  g_rmdir (dir);
  return status;
}
