/* ec-cache-query.c: reading the cached records back, filtered and sorted.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-cache"

#include "config.h"

#include "ec-cache-query.h"
#include "ec-cache-private.h"
#include "ec-core.h"

/* Every query is assembled from the fixed fragments below, chosen by the
 * query's fields; the values themselves are always bound (:year, :status,
 * :search, :limit, :offset), never written into the SQL. */

G_STATIC_ASSERT (EC_N_NETWORKS == 3);

/* Read in this order by read_record(): four for the course, then six per
 * network in #EcNetwork order. */
#define RECORD_COLUMNS                                                    \
  "id, course, route, completed_at,"                                      \
  " lifelong_minutes, lifelong_status, lifelong_reason, lifelong_remedy," \
  " lifelong_date, lifelong_estimate,"                                    \
  " teacher_minutes, teacher_status, teacher_reason, teacher_remedy,"     \
  " teacher_date, teacher_estimate,"                                      \
  " env_minutes, env_status, env_reason, env_remedy, env_date, env_estimate"

#define COURSE_COLUMNS 4
#define NETWORK_COLUMNS 6

/* A network filter keeps the courses that carry hours for it: the others
 * can never count there, whatever their status. */
static const char *const network_filters[EC_N_NETWORKS] = {
  [EC_NETWORK_LIFELONG] = " AND lifelong_minutes > 0",
  [EC_NETWORK_TEACHER] = " AND teacher_minutes > 0",
  [EC_NETWORK_ENV] = " AND env_minutes > 0",
};

static const char *const status_filters[EC_N_NETWORKS] = {
  [EC_NETWORK_LIFELONG] = " AND lifelong_status = :status",
  [EC_NETWORK_TEACHER] = " AND teacher_status = :status",
  [EC_NETWORK_ENV] = " AND env_status = :status",
};

/* A status in any network means in any network the course carries hours
 * for: every course is "not eligible" where it has none, which says
 * nothing. */
#define ANY_STATUS_FILTER                                      \
  " AND ((lifelong_minutes > 0 AND lifelong_status = :status)" \
  " OR (teacher_minutes > 0 AND teacher_status = :status)"     \
  " OR (env_minutes > 0 AND env_status = :status))"

static const char *const minutes_orders[EC_N_NETWORKS] = {
  [EC_NETWORK_LIFELONG] = " ORDER BY lifelong_minutes",
  [EC_NETWORK_TEACHER] = " ORDER BY teacher_minutes",
  [EC_NETWORK_ENV] = " ORDER BY env_minutes",
};

#define ALL_MINUTES_ORDER " ORDER BY lifelong_minutes + teacher_minutes + env_minutes"

gboolean
_ec_cache_query_is_valid (const EcCacheQuery *query)
{
  return query->network >= -1 && query->network < EC_N_NETWORKS
         && query->status >= -1 && query->status <= EC_UPLOAD_STATUS_NEVER
         && query->sort <= EC_CACHE_SORT_MINUTES;
}

static gboolean
has_search (const EcCacheQuery *query)
{
  return query->search != NULL && query->search[0] != '\0';
}

static void
append_filters (GString            *sql,
                const EcCacheQuery *query)
{
  if (query->year != 0)
    g_string_append (sql, " AND year = :year");
  if (query->network >= 0)
    g_string_append (sql, network_filters[query->network]);
  if (query->status >= 0)
    g_string_append (sql, query->network >= 0 ? status_filters[query->network] : ANY_STATUS_FILTER);
  if (has_search (query))
    g_string_append (sql, " AND course LIKE :search ESCAPE '\\'");
}

static void
append_order (GString            *sql,
              const EcCacheQuery *query)
{
  switch (query->sort)
    {
    case EC_CACHE_SORT_COMPLETED:
      g_string_append (sql, " ORDER BY completed_at");
      break;
    case EC_CACHE_SORT_COURSE:
      g_string_append (sql, " ORDER BY course COLLATE NOCASE");
      break;
    case EC_CACHE_SORT_MINUTES:
      g_string_append (sql, query->network >= 0 ? minutes_orders[query->network] : ALL_MINUTES_ORDER);
      break;
    default:
      g_assert_not_reached ();
    }

  /* The id breaks ties, so that pages of one order never overlap. */
  g_string_append (sql, query->descending ? " DESC, id DESC" : " ASC, id ASC");
  g_string_append (sql, " LIMIT :limit OFFSET :offset");
}

/* The search text as a LIKE pattern that matches it literally anywhere in
 * the name.  The escaped characters are ASCII, so no UTF-8 sequence is cut;
 * LIKE ignores the case of ASCII letters. */
static char *
search_pattern (const char *search)
{
  GString *pattern = g_string_new ("%");

  for (const char *p = search; *p != '\0'; p++)
    {
      if (*p == '%' || *p == '_' || *p == '\\')
        g_string_append_c (pattern, '\\');
      g_string_append_c (pattern, *p);
    }
  g_string_append_c (pattern, '%');
  return g_string_free (pattern, FALSE);
}

static void
bind_int64 (sqlite3_stmt *stmt,
            const char   *name,
            gint64        value)
{
  int index = sqlite3_bind_parameter_index (stmt, name);

  if (index > 0)
    sqlite3_bind_int64 (stmt, index, value);
}

static void
bind_text (sqlite3_stmt *stmt,
           const char   *name,
           char         *value)
{
  int index = sqlite3_bind_parameter_index (stmt, name);

  if (index > 0)
    sqlite3_bind_text (stmt, index, value, -1, g_free);
  else
    g_free (value);
}

static sqlite3_stmt *
prepare_query (EcCache            *self,
               const char         *head,
               const EcCacheQuery *query,
               gboolean            ordered,
               GError            **error)
{
  g_autoptr (GString) sql = g_string_new (head);
  sqlite3_stmt *stmt;

  append_filters (sql, query);
  if (ordered)
    append_order (sql, query);

  stmt = _ec_cache_prepare (self, sql->str, error);
  if (stmt == NULL)
    return NULL;

  bind_int64 (stmt, ":year", query->year);
  if (query->status >= 0)
    bind_text (stmt, ":status",
               g_strdup (_ec_cache_enum_to_nick (EC_TYPE_UPLOAD_STATUS, query->status)));
  if (has_search (query))
    bind_text (stmt, ":search", search_pattern (query->search));
  /* A negative LIMIT is none. */
  bind_int64 (stmt, ":limit", query->limit > 0 ? (gint64) query->limit : -1);
  bind_int64 (stmt, ":offset", query->offset);
  return stmt;
}

static gboolean
read_enum (sqlite3_stmt *stmt,
           int           column,
           GType         type,
           int          *out_value)
{
  return _ec_cache_enum_from_nick (type, (const char *) sqlite3_column_text (stmt, column),
                                   out_value);
}

static EcRecord *
read_record (sqlite3_stmt *stmt)
{
  g_autoptr (EcRecord) record = ec_record_new ();
  int route;

  record->id = sqlite3_column_int64 (stmt, 0);
  record->course = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
  if (!read_enum (stmt, 2, EC_TYPE_LOGIN_ROUTE, &route))
    return NULL;
  record->route = route;
  record->completed_at = sqlite3_column_int64 (stmt, 3);

  for (guint n = 0; n < EC_N_NETWORKS; n++)
    {
      EcNetworkStatus *network = &record->networks[n];
      int              base = COURSE_COLUMNS + (int) n * NETWORK_COLUMNS;
      const char      *date = (const char *) sqlite3_column_text (stmt, base + 4);
      int              status, reason, remedy;
      gint64           minutes = sqlite3_column_int64 (stmt, base);

      if (minutes < 0 || minutes > G_MAXUINT
          || !read_enum (stmt, base + 1, EC_TYPE_UPLOAD_STATUS, &status)
          || !read_enum (stmt, base + 2, EC_TYPE_UPLOAD_REASON, &reason)
          || !read_enum (stmt, base + 3, EC_TYPE_REMEDY, &remedy)
          || (date != NULL && !ec_date_from_iso8601 (date, &network->date, NULL)))
        return NULL;

      record->minutes[n] = (guint) minutes;
      network->status = status;
      network->reason = reason;
      network->remedy = remedy;
      network->date_is_estimate = sqlite3_column_int (stmt, base + 5) != 0;
    }
  return g_steal_pointer (&record);
}

/**
 * ec_cache_query:
 * @self: a cache
 * @query: what to read: see #EcCacheQuery.  A @network keeps the courses
 *   that carry certified minutes for it; the search ignores the case of
 *   ASCII letters and takes % and _ literally.
 * @error: return location for an #EC_CACHE_ERROR
 *
 * Returns: (transfer full) (element-type EcRecord) (nullable): the records,
 *   in order; ties are broken by id, so that pages never overlap.
 */
GPtrArray *
ec_cache_query (EcCache            *self,
                const EcCacheQuery *query,
                GError            **error)
{
  g_autoptr (GPtrArray) records = NULL;
  g_autoptr (sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (EC_IS_CACHE (self), NULL);
  g_return_val_if_fail (query != NULL && _ec_cache_query_is_valid (query), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = prepare_query (self, "SELECT " RECORD_COLUMNS " FROM records WHERE 1", query, TRUE,
                        error);
  if (stmt == NULL)
    return NULL;

  records = g_ptr_array_new_with_free_func ((GDestroyNotify) ec_record_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      EcRecord *record = read_record (stmt);

      if (record == NULL)
        {
          g_debug ("A cached record holds a value this code does not know");
          _ec_cache_set_error (error, EC_CACHE_ERROR_CORRUPT);
          return NULL;
        }
      g_ptr_array_add (records, record);
    }
  if (rc != SQLITE_DONE)
    {
      _ec_cache_set_sqlite_error (self, rc, "query", error);
      return NULL;
    }
  return g_steal_pointer (&records);
}

/**
 * ec_cache_count:
 * @self: a cache
 * @query: the filters (its order, offset and limit do not count)
 * @error: return location for an #EC_CACHE_ERROR
 *
 * Returns: how many records ec_cache_query() would return without an
 *   offset or a limit, or 0 with @error set.
 */
guint
ec_cache_count (EcCache            *self,
                const EcCacheQuery *query,
                GError            **error)
{
  g_autoptr (sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (EC_IS_CACHE (self), 0);
  g_return_val_if_fail (query != NULL && _ec_cache_query_is_valid (query), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  stmt = prepare_query (self, "SELECT count(*) FROM records WHERE 1", query, FALSE, error);
  if (stmt == NULL)
    return 0;

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      _ec_cache_set_sqlite_error (self, rc, "count", error);
      return 0;
    }
  return (guint) sqlite3_column_int64 (stmt, 0);
}

/**
 * ec_cache_list_years:
 * @self: a cache
 * @error: return location for an #EC_CACHE_ERROR
 *
 * Returns: (transfer full) (element-type guint) (nullable): the years (in
 *   Taiwan) in which courses were completed, newest first.
 */
GArray *
ec_cache_list_years (EcCache *self,
                     GError **error)
{
  g_autoptr (sqlite3_stmt) stmt = NULL;
  g_autoptr (GArray) years = g_array_new (FALSE, FALSE, sizeof (guint));
  int rc;

  g_return_val_if_fail (EC_IS_CACHE (self), NULL);

  stmt = _ec_cache_prepare (self, "SELECT DISTINCT year FROM records WHERE year > 0 ORDER BY year DESC", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      guint year = (guint) sqlite3_column_int64 (stmt, 0);

      g_array_append_val (years, year);
    }
  if (rc != SQLITE_DONE)
    {
      _ec_cache_set_sqlite_error (self, rc, "years", error);
      return NULL;
    }
  return g_steal_pointer (&years);
}

/**
 * ec_cache_query_ids:
 * @self: a cache
 * @query: what to read, as for ec_cache_query()
 * @error: return location for an #EC_CACHE_ERROR
 *
 * The ids of the records ec_cache_query() would return, in its order: a
 * list of 100,000 courses needs only its ids at once, and reads the rows
 * it shows with ec_cache_get_records().
 *
 * Returns: (transfer full) (element-type gint64) (nullable): the ids.
 */
GArray *
ec_cache_query_ids (EcCache            *self,
                    const EcCacheQuery *query,
                    GError            **error)
{
  g_autoptr (sqlite3_stmt) stmt = NULL;
  g_autoptr (GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  int rc;

  g_return_val_if_fail (EC_IS_CACHE (self), NULL);
  g_return_val_if_fail (query != NULL && _ec_cache_query_is_valid (query), NULL);

  stmt = prepare_query (self, "SELECT id FROM records WHERE 1", query, TRUE, error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  if (rc != SQLITE_DONE)
    {
      _ec_cache_set_sqlite_error (self, rc, "query", error);
      return NULL;
    }
  return g_steal_pointer (&ids);
}

/**
 * ec_cache_get_records:
 * @self: a cache
 * @ids: (array length=n_ids): record ids
 * @n_ids: how many
 * @error: return location for an #EC_CACHE_ERROR
 *
 * Returns: (transfer full) (element-type EcRecord) (nullable): the records
 *   of @ids, in the order of @ids; an id the cache no longer holds is
 *   left out.
 */
GPtrArray *
ec_cache_get_records (EcCache      *self,
                      const gint64 *ids,
                      guint         n_ids,
                      GError      **error)
{
  g_autoptr (GString) sql = g_string_new ("SELECT " RECORD_COLUMNS " FROM records WHERE id IN (");
  g_autoptr (sqlite3_stmt) stmt = NULL;
  g_autoptr (GHashTable) by_id = NULL;
  g_autoptr (GPtrArray) records = NULL;
  int rc;

  g_return_val_if_fail (EC_IS_CACHE (self), NULL);
  g_return_val_if_fail (ids != NULL || n_ids == 0, NULL);

  records = g_ptr_array_new_full (n_ids, (GDestroyNotify) ec_record_free);
  if (n_ids == 0)
    return g_steal_pointer (&records);

  /* Numbers, not text: written into the statement as such. */
  for (guint i = 0; i < n_ids; i++)
    g_string_append_printf (sql, i == 0 ? "%" G_GINT64_FORMAT : ",%" G_GINT64_FORMAT, ids[i]);
  g_string_append_c (sql, ')');

  stmt = _ec_cache_prepare (self, sql->str, error);
  if (stmt == NULL)
    return NULL;

  by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, (GDestroyNotify) ec_record_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      EcRecord *record = read_record (stmt);

      if (record == NULL)
        {
          _ec_cache_set_error (error, EC_CACHE_ERROR_CORRUPT);
          return NULL;
        }
      g_hash_table_insert (by_id, &record->id, record);
    }
  if (rc != SQLITE_DONE)
    {
      _ec_cache_set_sqlite_error (self, rc, "query", error);
      return NULL;
    }

  /* Looked up, then stolen: the key lies inside the record (the id comes
   * first), which makes the table a set, and GLib 2.74's
   * g_hash_table_steal_extended() hands no value back from a set. */
  for (guint i = 0; i < n_ids; i++)
    {
      EcRecord *record = g_hash_table_lookup (by_id, &ids[i]);

      if (record == NULL)
        continue;
      g_hash_table_steal (by_id, &ids[i]);
      g_ptr_array_add (records, record);
    }
  return g_steal_pointer (&records);
}
