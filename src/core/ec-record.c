/* ec-record.c
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-record"

#include "config.h"

#include "ec-client-error.h"
#include "ec-record.h"
#include "ec-time.h"

/* The records come from the network and end up in the cache and on
 * screen, so they are read strictly: a member missing, of the wrong type,
 * or with a value this client does not know makes the whole reply
 * malformed, and nothing of it is kept.  A record half understood would
 * show a learner a wrong upload status.  Members the client does not know
 * are ignored, so that the service can add some without breaking older
 * clients.  The debug messages name the member, never its value: a value
 * may be personal. */

G_DEFINE_BOXED_TYPE (EcRecord, ec_record, ec_record_copy, ec_record_free)

static gboolean
malformed (GError    **error,
           const char *what)
{
  g_debug ("Malformed records reply: %s", what);
  g_propagate_error (error, ec_client_error_new (EC_CLIENT_ERROR_MALFORMED_REPLY, NULL, NULL, 0));
  return FALSE;
}

static gboolean
is_type (JsonNode *node,
         GType     type)
{
  return node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == type;
}

static gboolean
is_null (JsonNode *node)
{
  return node != NULL && JSON_NODE_HOLDS_NULL (node);
}

static JsonNode *
get_member (JsonObject *object,
            const char *name)
{
  return json_object_get_member (object, name);
}

/* A string member that must be there; %NULL if it is not a string. */
static const char *
get_string (JsonObject *object,
            const char *name)
{
  JsonNode *node = get_member (object, name);

  return is_type (node, G_TYPE_STRING) ? json_node_get_string (node) : NULL;
}

/* A member that is either null or a string: @out_text is %NULL for null.
 * Returns %FALSE if the member is absent or of another type. */
static gboolean
get_nullable_string (JsonObject  *object,
                     const char  *name,
                     const char **out_text)
{
  JsonNode *node = get_member (object, name);

  *out_text = NULL;
  if (is_null (node))
    return TRUE;
  if (!is_type (node, G_TYPE_STRING))
    return FALSE;

  *out_text = json_node_get_string (node);
  return TRUE;
}

static gboolean
get_boolean (JsonObject *object,
             const char *name,
             gboolean   *out_value)
{
  JsonNode *node = get_member (object, name);

  if (!is_type (node, G_TYPE_BOOLEAN))
    return FALSE;

  *out_value = json_node_get_boolean (node);
  return TRUE;
}

/* A time with its offset, or null for "never".  A time that parses to
 * the epoch itself would read as "never": no record of the platform is
 * that old, so it is refused as well. */
static gboolean
get_time_or_null (JsonObject *object,
                  const char *name,
                  gint64     *out_time)
{
  g_autoptr (GError) error = NULL;
  const char *text;

  if (!get_nullable_string (object, name, &text))
    return FALSE;

  *out_time = EC_TIME_NEVER;
  if (text == NULL)
    return TRUE;

  *out_time = ec_time_from_iso8601 (text, &error);
  return error == NULL && *out_time != EC_TIME_NEVER;
}

static gboolean
parse_minutes (JsonObject *object,
               EcRecord   *record,
               GError    **error)
{
  JsonNode   *node = get_member (object, "minutes");
  JsonObject *minutes;

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return malformed (error, "minutes is not an object");

  minutes = json_node_get_object (node);
  for (guint n = 0; n < EC_N_NETWORKS; n++)
    {
      JsonNode *value = get_member (minutes, ec_network_to_string ((EcNetwork) n));
      gint64    count;

      if (!is_type (value, G_TYPE_INT64))
        return malformed (error, "a network's minutes are not an integer");

      /* Minutes are whole, not negative, and a course lasts less than a
       * year. */
      count = json_node_get_int (value);
      if (count < 0 || count > 366 * 24 * 60)
        return malformed (error, "a network's minutes are out of range");

      record->minutes[n] = (guint) count;
    }

  return TRUE;
}

/* One verdict; @network is the one its position in the array stands for. */
static gboolean
parse_network_status (JsonObject      *object,
                      EcNetwork        network,
                      EcNetworkStatus *out_status,
                      GError         **error)
{
  const char *name = get_string (object, "network");
  const char *status = get_string (object, "status");
  const char *reason = NULL;
  const char *remedy = NULL;
  const char *date = NULL;
  EcNetwork   named;
  gboolean    has_date, blocked;

  if (name == NULL || !ec_network_from_string (name, &named) || named != network)
    return malformed (error, "the networks are not lifelong, teacher and env in this order");
  if (!ec_upload_status_from_string (status, &out_status->status))
    return malformed (error, "unknown upload status");

  if (!get_nullable_string (object, "reason", &reason))
    return malformed (error, "reason is neither a string nor null");
  out_status->reason = EC_UPLOAD_REASON_NONE;
  if (reason != NULL && !ec_upload_reason_from_string (reason, &out_status->reason))
    return malformed (error, "unknown upload reason");

  if (!get_nullable_string (object, "remedy", &remedy))
    return malformed (error, "remedy is neither a string nor null");
  out_status->remedy = EC_REMEDY_NONE;
  if (remedy != NULL && !ec_remedy_from_string (remedy, &out_status->remedy))
    return malformed (error, "unknown remedy");

  if (!get_nullable_string (object, "date", &date))
    return malformed (error, "date is neither a string nor null");
  g_date_clear (&out_status->date, 1);
  if (date != NULL && !ec_date_from_iso8601 (date, &out_status->date, NULL))
    return malformed (error, "date is not YYYY-MM-DD");

  if (!get_boolean (object, "date_is_estimate", &out_status->date_is_estimate))
    return malformed (error, "date_is_estimate is not a boolean");

  /* docs/api.md: a date exactly for uploaded and pending hours, a reason
   * exactly for the others.  A verdict that breaks this cannot be shown
   * truthfully. */
  has_date = out_status->status == EC_UPLOAD_STATUS_UPLOADED
             || out_status->status == EC_UPLOAD_STATUS_PENDING;
  blocked = !has_date;
  if (has_date != (date != NULL))
    return malformed (error, "the date does not fit the status");
  if (blocked != (out_status->reason != EC_UPLOAD_REASON_NONE))
    return malformed (error, "the reason does not fit the status");

  return TRUE;
}

static gboolean
parse_networks (JsonObject *object,
                EcRecord   *record,
                GError    **error)
{
  JsonNode  *node = get_member (object, "networks");
  JsonArray *networks;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return malformed (error, "networks is not an array");

  networks = json_node_get_array (node);
  if (json_array_get_length (networks) != EC_N_NETWORKS)
    return malformed (error, "networks does not have one verdict per network");

  for (guint n = 0; n < EC_N_NETWORKS; n++)
    {
      JsonNode *element = json_array_get_element (networks, n);

      if (!JSON_NODE_HOLDS_OBJECT (element))
        return malformed (error, "a verdict is not an object");
      if (!parse_network_status (json_node_get_object (element), (EcNetwork) n,
                                 &record->networks[n], error))
        return FALSE;
    }

  return TRUE;
}

/**
 * ec_record_new:
 *
 * Returns: (transfer full): an empty record: no id, no course, not
 *   completed, every date invalid.
 */
EcRecord *
ec_record_new (void)
{
  EcRecord *record = g_new0 (EcRecord, 1);

  record->completed_at = EC_TIME_NEVER;
  for (guint n = 0; n < EC_N_NETWORKS; n++)
    g_date_clear (&record->networks[n].date, 1);

  return record;
}

EcRecord *
ec_record_copy (const EcRecord *record)
{
  EcRecord *copy;

  g_return_val_if_fail (record != NULL, NULL);

  copy = g_memdup2 (record, sizeof *record);
  copy->course = g_strdup (record->course);
  return copy;
}

void
ec_record_free (EcRecord *record)
{
  if (record == NULL)
    return;

  g_free (record->course);
  g_free (record);
}

/**
 * ec_record_new_from_json:
 * @object: one element of the `records` array of GET /api/v1/records
 * @error: return location for an %EC_CLIENT_ERROR_MALFORMED_REPLY
 *
 * Reads a record or a tombstone (`{"id": 1, "deleted": true}`).
 *
 * Returns: (transfer full) (nullable): the record, or %NULL with @error
 *   set if @object is not one.
 */
EcRecord *
ec_record_new_from_json (JsonObject *object,
                         GError    **error)
{
  g_autoptr (EcRecord) record = ec_record_new ();
  JsonNode   *id = NULL;
  JsonNode   *deleted;
  const char *route;

  if (object == NULL)
    {
      malformed (error, "a record is not an object");
      return NULL;
    }

  id = get_member (object, "id");
  if (!is_type (id, G_TYPE_INT64) || json_node_get_int (id) <= 0)
    {
      malformed (error, "a record's id is not a positive integer");
      return NULL;
    }
  record->id = json_node_get_int (id);

  /* The service writes "deleted" only on tombstones, and only as true. */
  deleted = get_member (object, "deleted");
  if (deleted != NULL)
    {
      if (!is_type (deleted, G_TYPE_BOOLEAN) || !json_node_get_boolean (deleted))
        {
          malformed (error, "deleted is not true");
          return NULL;
        }
      record->deleted = TRUE;
      return g_steal_pointer (&record);
    }

  record->course = g_strdup (get_string (object, "course"));
  if (record->course == NULL || record->course[0] == '\0')
    {
      malformed (error, "course is not a non-empty string");
      return NULL;
    }

  route = get_string (object, "route");
  if (!ec_login_route_from_string (route, &record->route))
    {
      malformed (error, "unknown route");
      return NULL;
    }

  if (!get_time_or_null (object, "completed_at", &record->completed_at))
    {
      malformed (error, "completed_at is neither a time with its offset nor null");
      return NULL;
    }

  if (!parse_minutes (object, record, error)
      || !parse_networks (object, record, error))
    return NULL;

  return g_steal_pointer (&record);
}

/**
 * ec_records_page_new:
 *
 * Returns: (transfer full): an empty page.
 */
EcRecordsPage *
ec_records_page_new (void)
{
  EcRecordsPage *page = g_new0 (EcRecordsPage, 1);

  page->records = g_ptr_array_new_with_free_func ((GDestroyNotify) ec_record_free);
  page->as_of = EC_TIME_NEVER;
  return page;
}

void
ec_records_page_free (EcRecordsPage *page)
{
  if (page == NULL)
    return;

  g_clear_pointer (&page->records, g_ptr_array_unref);
  g_clear_pointer (&page->account_state, json_object_unref);
  g_free (page->cursor);
  g_free (page->etag);
  g_free (page);
}

/**
 * ec_records_page_new_from_json:
 * @root: the body of a `200` reply of GET /api/v1/records
 * @error: return location for an %EC_CLIENT_ERROR_MALFORMED_REPLY
 *
 * Reads a whole page, all or nothing.  The ETag is not in the body: the
 * caller sets @etag from the reply's header.
 *
 * Returns: (transfer full) (nullable): the page, or %NULL with @error set.
 */
EcRecordsPage *
ec_records_page_new_from_json (JsonNode *root,
                               GError  **error)
{
  g_autoptr (EcRecordsPage) page = ec_records_page_new ();
  JsonObject *object;
  JsonNode   *state, *records;
  const char *cursor;
  JsonArray  *array;

  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      malformed (error, "the reply is not an object");
      return NULL;
    }
  object = json_node_get_object (root);

  if (!get_time_or_null (object, "as_of", &page->as_of) || page->as_of == EC_TIME_NEVER)
    {
      malformed (error, "as_of is not a time with its offset");
      return NULL;
    }

  state = get_member (object, "account_state");
  if (state == NULL || !JSON_NODE_HOLDS_OBJECT (state))
    {
      malformed (error, "account_state is not an object");
      return NULL;
    }
  page->account_state = json_object_ref (json_node_get_object (state));

  cursor = get_string (object, "cursor");
  if (cursor == NULL || cursor[0] == '\0')
    {
      malformed (error, "cursor is not a non-empty string");
      return NULL;
    }
  page->cursor = g_strdup (cursor);

  if (!get_boolean (object, "has_more", &page->has_more))
    {
      malformed (error, "has_more is not a boolean");
      return NULL;
    }

  records = get_member (object, "records");
  if (records == NULL || !JSON_NODE_HOLDS_ARRAY (records))
    {
      malformed (error, "records is not an array");
      return NULL;
    }

  array = json_node_get_array (records);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      EcRecord *record;

      if (!JSON_NODE_HOLDS_OBJECT (element))
        {
          malformed (error, "a record is not an object");
          return NULL;
        }

      record = ec_record_new_from_json (json_node_get_object (element), error);
      if (record == NULL)
        return NULL;
      g_ptr_array_add (page->records, record);
    }

  return g_steal_pointer (&page);
}
