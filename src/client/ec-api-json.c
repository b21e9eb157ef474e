/* ec-api-json.c
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-api-json"

#include "config.h"

#include "ec-api-json.h"
#include "ec-client-error.h"
#include "ec-core.h"

/* The records come from the network and end up in the cache and on
 * screen, so they are read strictly: a member missing, of the wrong type,
 * or with a value this client does not know makes the whole reply
 * malformed, and nothing of it is kept.  A record half understood would
 * show a learner a wrong upload status.  Members the client does not know
 * are ignored, so that the service can add some without breaking older
 * clients.  The debug messages name the member, never its value: a value
 * may be personal. */

static gboolean
malformed (GError    **error,
           const char *what)
{
  g_debug ("Malformed reply: %s", what);
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

/* `relogin_needed` says what official_since and relogin_at imply; a reply
 * where it says otherwise cannot be shown truthfully.  Text the cache
 * kept before the member existed has none, and is read by the times. */
static gboolean
check_relogin_needed (JsonObject *object,
                      gint64      official_since,
                      gint64      relogin_at)
{
  JsonNode *node = get_member (object, "relogin_needed");

  if (node == NULL)
    return TRUE;
  return is_type (node, G_TYPE_BOOLEAN)
         && json_node_get_boolean (node) == ec_account_relogin_needed (official_since, relogin_at);
}

/* A non-negative integer that fits a guint. */
static gboolean
get_uint (JsonObject *object,
          const char *name,
          guint      *out_value)
{
  JsonNode *node = get_member (object, name);

  if (!is_type (node, G_TYPE_INT64) || json_node_get_int (node) < 0 || json_node_get_int (node) > G_MAXUINT)
    return FALSE;

  *out_value = (guint) json_node_get_int (node);
  return TRUE;
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
 * ec_api_json_to_record:
 * @object: one element of the `records` array of GET /api/v1/records
 * @error: return location for an %EC_CLIENT_ERROR_MALFORMED_REPLY
 *
 * Reads a record or a tombstone (`{"id": 1, "deleted": true}`).
 *
 * Returns: (transfer full) (nullable): the record, or %NULL with @error
 *   set if @object is not one.
 */
EcRecord *
ec_api_json_to_record (JsonObject *object,
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
 * ec_api_json_to_records_page:
 * @root: the body of a `200` reply of GET /api/v1/records
 * @error: return location for an %EC_CLIENT_ERROR_MALFORMED_REPLY
 *
 * Reads a whole page, all or nothing.  The ETag is not in the body: the
 * caller sets @etag from the reply's header.
 *
 * Returns: (transfer full) (nullable): the page, or %NULL with @error set.
 */
EcRecordsPage *
ec_api_json_to_records_page (JsonNode *root,
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
  page->account_state = ec_api_json_to_account_state (json_node_get_object (state), error);
  if (page->account_state == NULL)
    return NULL;

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

      record = ec_api_json_to_record (json_node_get_object (element), error);
      if (record == NULL)
        return NULL;
      g_ptr_array_add (page->records, record);
    }

  return g_steal_pointer (&page);
}

/**
 * ec_api_json_to_account_state:
 * @object: the `account_state` object of a records reply
 * @error: return location for an %EC_CLIENT_ERROR_MALFORMED_REPLY
 *
 * Returns: (transfer full) (nullable): the state, or %NULL with @error set.
 */
EcAccountState *
ec_api_json_to_account_state (JsonObject *object,
                              GError    **error)
{
  g_autoptr (EcAccountState) state = g_new0 (EcAccountState, 1);

  if (object == NULL)
    {
      malformed (error, "account_state is not an object");
      return NULL;
    }

  if (!ec_identity_from_string (get_string (object, "identity"), &state->identity))
    {
      malformed (error, "account_state: unknown identity");
      return NULL;
    }
  if (!ec_account_kind_from_string (get_string (object, "kind"), &state->kind))
    {
      malformed (error, "account_state: unknown kind");
      return NULL;
    }
  if (!get_time_or_null (object, "official_since", &state->official_since)
      || !get_time_or_null (object, "relogin_at", &state->relogin_at)
      || !get_time_or_null (object, "personnel_category_since", &state->personnel_category_since)
      || !get_time_or_null (object, "env_account_since", &state->env_account_since)
      || !get_time_or_null (object, "env_service_unit_since", &state->env_service_unit_since))
    {
      malformed (error, "account_state: a time is neither a time with its offset nor null");
      return NULL;
    }
  if (!check_relogin_needed (object, state->official_since, state->relogin_at))
    {
      malformed (error, "account_state: relogin_needed does not fit the times");
      return NULL;
    }
  if (!get_uint (object, "personnel_category", &state->personnel_category))
    {
      malformed (error, "account_state: personnel_category is not a number");
      return NULL;
    }
  if (!get_boolean (object, "env_service_unit_ok", &state->env_service_unit_ok))
    {
      malformed (error, "account_state: env_service_unit_ok is not a boolean");
      return NULL;
    }

  return g_steal_pointer (&state);
}

/**
 * ec_api_json_to_account:
 * @object: the `account` object of a login reply or of GET /api/v1/me
 * @error: return location for an %EC_CLIENT_ERROR_MALFORMED_REPLY
 *
 * Returns: (transfer full) (nullable): the account, or %NULL with @error
 *   set.
 */
EcAccount *
ec_api_json_to_account (JsonObject *object,
                        GError    **error)
{
  g_autoptr (EcAccount) account = ec_account_new ();
  const char *masked = NULL;
  const char *oid = NULL;

  if (object == NULL)
    {
      malformed (error, "account is not an object");
      return NULL;
    }

  account->login = g_strdup (get_string (object, "login"));
  account->name = g_strdup (get_string (object, "name"));
  if (account->login == NULL || account->login[0] == '\0' || account->name == NULL)
    {
      malformed (error, "account: login or name is not a string");
      return NULL;
    }
  if (!ec_account_type_from_string (get_string (object, "type"), &account->type)
      || !ec_account_kind_from_string (get_string (object, "kind"), &account->kind)
      || !ec_identity_from_string (get_string (object, "identity"), &account->identity))
    {
      malformed (error, "account: unknown type, kind or identity");
      return NULL;
    }
  if (!get_time_or_null (object, "official_since", &account->official_since)
      || !get_time_or_null (object, "relogin_at", &account->relogin_at))
    {
      malformed (error, "account: a time is neither a time with its offset nor null");
      return NULL;
    }
  if (!check_relogin_needed (object, account->official_since, account->relogin_at))
    {
      malformed (error, "account: relogin_needed does not fit the times");
      return NULL;
    }
  if (!get_uint (object, "personnel_category", &account->personnel_category)
      || !get_boolean (object, "env_account", &account->env_account)
      || !get_boolean (object, "env_service_unit_ok", &account->env_service_unit_ok))
    {
      malformed (error, "account: personnel_category, env_account or env_service_unit_ok");
      return NULL;
    }
  /* A learner registered with a passport has no ID number to mask. */
  if (!get_nullable_string (object, "id_number_masked", &masked)
      || !get_nullable_string (object, "agency_oid", &oid))
    {
      malformed (error, "account: id_number_masked or agency_oid");
      return NULL;
    }
  account->id_number_masked = g_strdup (masked);
  account->agency_oid = g_strdup (oid);

  return g_steal_pointer (&account);
}

/* A string member that must be there and not be empty. */
static const char *
get_nonempty_string (JsonObject *object,
                     const char *name)
{
  const char *text = get_string (object, name);

  return text != NULL && text[0] != '\0' ? text : NULL;
}

/* An array member of strings; %NULL if it is absent, not an array, or holds
 * anything but strings. */
static GStrv
dup_string_array (JsonObject *object,
                  const char *name)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  JsonNode  *node = get_member (object, name);
  JsonArray *array;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return NULL;

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);

      if (!is_type (element, G_TYPE_STRING))
        return NULL;
      g_strv_builder_add (builder, json_node_get_string (element));
    }

  return g_strv_builder_end (builder);
}

/* The array member @name of @object, each element read by @read; all or
 * nothing. */
static GPtrArray *
read_array (JsonObject *object,
            const char *name,
            gpointer (*read) (JsonObject *element, GError **error),
            GDestroyNotify free_element,
            GError       **error)
{
  g_autoptr (GPtrArray) values = g_ptr_array_new_with_free_func (free_element);
  JsonNode  *node = object != NULL ? get_member (object, name) : NULL;
  JsonArray *array;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    {
      malformed (error, "a list is not an array");
      return NULL;
    }

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      gpointer  value;

      if (!JSON_NODE_HOLDS_OBJECT (element))
        {
          malformed (error, "an element of a list is not an object");
          return NULL;
        }
      value = read (json_node_get_object (element), error);
      if (value == NULL)
        return NULL;
      g_ptr_array_add (values, value);
    }

  return g_steal_pointer (&values);
}

static gpointer
read_masked_account (JsonObject *object,
                     GError    **error)
{
  g_autoptr (EcMaskedAccount) account = ec_masked_account_new ();

  account->login_masked = g_strdup (get_nonempty_string (object, "account"));
  account->name = g_strdup (get_string (object, "name"));
  if (account->login_masked == NULL || account->name == NULL)
    {
      malformed (error, "lookup: account or name is not a string");
      return NULL;
    }

  /* The lookup lists official accounts only: eCPA and 我的e政府. */
  if (!ec_account_type_from_string (get_string (object, "type"), &account->type)
      || (account->type != EC_ACCOUNT_TYPE_ECPA && account->type != EC_ACCOUNT_TYPE_GOV_TW))
    {
      malformed (error, "lookup: type is not ecpa or gov-tw");
      return NULL;
    }
  if (!ec_account_kind_from_string (get_string (object, "identity"), &account->kind))
    {
      malformed (error, "lookup: unknown identity");
      return NULL;
    }

  return g_steal_pointer (&account);
}

/**
 * ec_api_json_to_masked_accounts:
 * @reply: the reply of POST /api/v1/account-lookup
 * @error: return location for an %EC_CLIENT_ERROR_MALFORMED_REPLY
 *
 * Returns: (transfer full) (element-type EcMaskedAccount) (nullable): the
 *   accounts found (maybe none), or %NULL with @error set.
 */
GPtrArray *
ec_api_json_to_masked_accounts (JsonObject *reply,
                                GError    **error)
{
  return read_array (reply, "accounts", read_masked_account, (GDestroyNotify) ec_masked_account_free,
                     error);
}

/**
 * ec_api_json_to_profile:
 * @reply: the reply of GET or PUT /api/v1/profile
 * @error: return location for an %EC_CLIENT_ERROR_MALFORMED_REPLY
 *
 * Returns: (transfer full) (nullable): the profile, or %NULL with @error
 *   set.
 */
EcProfile *
ec_api_json_to_profile (JsonObject *reply,
                        GError    **error)
{
  g_autoptr (EcProfile) profile = ec_profile_new ();
  g_auto (GStrv) missing = NULL;
  const char *birthday, *id_number, *passport = NULL, *address, *phone;
  gboolean    all_known, advanced;

  profile->name = g_strdup (get_string (reply, "name"));
  if (profile->name == NULL)
    {
      malformed (error, "profile: name is not a string");
      return NULL;
    }
  if (!get_nullable_string (reply, "birthday", &birthday)
      || !get_nullable_string (reply, "id_number_masked", &id_number)
      || !get_nullable_string (reply, "address", &address)
      || !get_nullable_string (reply, "phone", &phone)
      || (get_member (reply, "passport_masked") != NULL
          && !get_nullable_string (reply, "passport_masked", &passport)))
    {
      malformed (error, "profile: a field is neither a string nor null");
      return NULL;
    }
  profile->birthday = g_strdup (birthday);
  profile->id_number_masked = g_strdup (id_number);
  profile->passport_masked = g_strdup (passport);
  profile->address = g_strdup (address);
  profile->phone = g_strdup (phone);

  /* A field this build cannot ask for would leave the learner stuck
   * before a conversion that can only fail: the reply is refused instead,
   * and the learner told to update the app's data or try later. */
  missing = dup_string_array (reply, "missing");
  if (missing == NULL || !get_boolean (reply, "advanced", &advanced))
    {
      malformed (error, "profile: missing is not a list of names, or advanced not a boolean");
      return NULL;
    }
  profile->missing = ec_profile_missing_from_strv ((const char *const *) missing, &all_known);
  if (!all_known || advanced != (profile->missing == EC_PROFILE_MISSING_NONE))
    {
      malformed (error, "profile: an unknown missing field, or advanced does not fit missing");
      return NULL;
    }

  return g_steal_pointer (&profile);
}

/**
 * ec_api_json_to_agency:
 * @reply: the reply of GET /api/v1/agencies/{oid}
 * @error: return location for an %EC_CLIENT_ERROR_MALFORMED_REPLY
 *
 * Returns: (transfer full) (nullable): the agency, or %NULL with @error
 *   set.
 */
EcAgency *
ec_api_json_to_agency (JsonObject *reply,
                       GError    **error)
{
  const char *oid = get_nonempty_string (reply, "oid");
  const char *name = get_nonempty_string (reply, "name");

  if (oid == NULL || name == NULL)
    {
      malformed (error, "agency: oid or name is not a string");
      return NULL;
    }

  return ec_agency_new (oid, name);
}

static EcRequestForm *
read_request_form (JsonObject *object,
                   GError    **error)
{
  g_autoptr (EcRequestForm) form = ec_request_form_new ();
  const char *date, *date_roc, *agency_name;

  form->member_account = g_strdup (get_nonempty_string (object, "member_account"));
  form->name = g_strdup (get_string (object, "name"));
  form->item_text = g_strdup (get_string (object, "item_text"));
  form->agency_oid = g_strdup (get_nonempty_string (object, "agency_oid"));
  form->fax = g_strdup (get_string (object, "fax"));
  form->phone = g_strdup (get_string (object, "phone"));
  date = get_string (object, "application_date");
  if (form->member_account == NULL || form->name == NULL || form->item_text == NULL
      || form->agency_oid == NULL || form->fax == NULL || form->phone == NULL
      || !get_nullable_string (object, "application_date_roc", &date_roc)
      || !get_nullable_string (object, "agency_name", &agency_name)
      || date == NULL || !ec_date_from_iso8601 (date, &form->application_date, NULL))
    {
      malformed (error, "form: a member is missing or of the wrong type");
      return NULL;
    }
  form->agency_name = g_strdup (agency_name);

  /* The service sends null for a date that has no ROC year the form can
   * print (outside years 1–999); the form then keeps the ISO date rather
   * than an empty field. */
  form->application_date_roc = g_strdup (date_roc);
  if (form->application_date_roc == NULL)
    form->application_date_roc = ec_roc_date_format_date (&form->application_date, EC_ROC_STYLE_FORM);
  if (form->application_date_roc == NULL)
    form->application_date_roc = g_strdup (date);

  return g_steal_pointer (&form);
}

/**
 * ec_api_json_to_account_request:
 * @object: an application object (docs/api.md, "The application object")
 * @error: return location for an %EC_CLIENT_ERROR_MALFORMED_REPLY
 *
 * Returns: (transfer full) (nullable): the request, or %NULL with @error
 *   set.
 */
EcAccountRequest *
ec_api_json_to_account_request (JsonObject *object,
                                GError    **error)
{
  g_autoptr (EcAccountRequest) request = ec_account_request_new ();
  JsonNode   *id, *form;
  const char *agency_name, *decision_reason, *reason;

  if (object == NULL)
    {
      malformed (error, "application is not an object");
      return NULL;
    }

  id = get_member (object, "id");
  if (!is_type (id, G_TYPE_INT64) || json_node_get_int (id) <= 0)
    {
      malformed (error, "application: id is not a positive integer");
      return NULL;
    }
  request->id = json_node_get_int (id);

  if (!ec_account_request_status_from_string (get_string (object, "status"), &request->status)
      || !ec_conversion_reply_from_string (get_string (object, "reply"), &request->reply))
    {
      malformed (error, "application: unknown status or reply");
      return NULL;
    }

  request->reply_text = g_strdup (get_string (object, "reply_text"));
  request->agency_oid = g_strdup (get_nonempty_string (object, "agency_oid"));
  if (request->reply_text == NULL || request->agency_oid == NULL
      || !get_nullable_string (object, "reason", &reason)
      || !get_nullable_string (object, "agency_name", &agency_name)
      || !get_nullable_string (object, "decision_reason", &decision_reason))
    {
      malformed (error, "application: a text member is missing or of the wrong type");
      return NULL;
    }
  request->reason = g_strdup (reason);
  request->agency_name = g_strdup (agency_name);
  request->decision_reason = g_strdup (decision_reason);

  if (!get_time_or_null (object, "created_at", &request->created_at)
      || request->created_at == EC_TIME_NEVER
      || !get_time_or_null (object, "decided_at", &request->decided_at))
    {
      malformed (error, "application: created_at or decided_at");
      return NULL;
    }
  /* docs/api.md: decided_at is null exactly while the request is pending. */
  if ((request->status == EC_ACCOUNT_REQUEST_STATUS_PENDING) != (request->decided_at == EC_TIME_NEVER))
    {
      malformed (error, "application: decided_at does not fit the status");
      return NULL;
    }

  /* A request converted at once has nothing to print; every other one
   * has its form. */
  form = get_member (object, "form");
  if (form != NULL && JSON_NODE_HOLDS_OBJECT (form))
    {
      request->form = read_request_form (json_node_get_object (form), error);
      if (request->form == NULL)
        return NULL;
    }
  else if (!is_null (form))
    {
      malformed (error, "application: form is neither an object nor null");
      return NULL;
    }
  if ((request->form == NULL) != (request->reply == EC_CONVERSION_REPLY_CONVERTED))
    {
      malformed (error, "application: the form does not fit the reply");
      return NULL;
    }

  return g_steal_pointer (&request);
}

static gpointer
read_account_request (JsonObject *object,
                      GError    **error)
{
  return ec_api_json_to_account_request (object, error);
}

/**
 * ec_api_json_to_account_requests:
 * @reply: the reply of GET /api/v1/applications
 * @error: return location for an %EC_CLIENT_ERROR_MALFORMED_REPLY
 *
 * Returns: (transfer full) (element-type EcAccountRequest) (nullable): the
 *   requests, or %NULL with @error set.
 */
GPtrArray *
ec_api_json_to_account_requests (JsonObject *reply,
                                 GError    **error)
{
  return read_array (reply, "applications", read_account_request,
                     (GDestroyNotify) ec_account_request_free, error);
}

static void
add_time_or_null (JsonBuilder *builder,
                  const char  *name,
                  gint64       time)
{
  json_builder_set_member_name (builder, name);
  if (time == EC_TIME_NEVER)
    {
      json_builder_add_null_value (builder);
    }
  else
    {
      g_autofree char *text = ec_time_to_iso8601 (time);

      json_builder_add_string_value (builder, text);
    }
}

/**
 * ec_api_json_from_account_state:
 * @state: an account state
 *
 * Writes @state as the API sends it, so that what the cache keeps reads
 * back with ec_api_json_to_account_state().
 *
 * Returns: (transfer full): the JSON text
 */
char *
ec_api_json_from_account_state (const EcAccountState *state)
{
  g_autoptr (JsonBuilder) builder = json_builder_new ();
  g_autoptr (JsonNode) root = NULL;

  g_return_val_if_fail (state != NULL, NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "identity");
  json_builder_add_string_value (builder, ec_identity_to_string (state->identity));
  json_builder_set_member_name (builder, "kind");
  json_builder_add_string_value (builder, ec_account_kind_to_string (state->kind));
  add_time_or_null (builder, "official_since", state->official_since);
  add_time_or_null (builder, "relogin_at", state->relogin_at);
  json_builder_set_member_name (builder, "relogin_needed");
  json_builder_add_boolean_value (builder, ec_account_state_get_relogin_needed (state));
  json_builder_set_member_name (builder, "personnel_category");
  json_builder_add_int_value (builder, state->personnel_category);
  add_time_or_null (builder, "personnel_category_since", state->personnel_category_since);
  add_time_or_null (builder, "env_account_since", state->env_account_since);
  json_builder_set_member_name (builder, "env_service_unit_ok");
  json_builder_add_boolean_value (builder, state->env_service_unit_ok);
  add_time_or_null (builder, "env_service_unit_since", state->env_service_unit_since);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  return json_to_string (root, FALSE);
}
