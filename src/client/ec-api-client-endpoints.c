/* ec-api-client-endpoints.c: the endpoints of docs/api.md that answer one
 * object, on top of the request machinery of ec-api-client.c (the records
 * are in ec-api-client-records.c).
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-api-client"

#include "config.h"

#include "ec-api-client-endpoints.h"
#include "ec-api-client-private.h"
#include "ec-api-json.h"
#include "ec-api-reply.h"

/* Every endpoint checks that the reply has the members the app is going
 * to read, so that a reply that is not the API fails here, as
 * %EC_CLIENT_ERROR_MALFORMED_REPLY, and not later in a widget. */
typedef struct {
  const char  *name;
  JsonNodeType type; /* JSON_NODE_VALUE stands for a string here */
} Member;

#define MAX_MEMBERS 5

/* Reads a reply into the value its finish function returns (ec-api-json.c);
 * %NULL with @error set when the reply is not what the API says. */
typedef gpointer (*ReplyDecoder) (JsonObject *reply,
                                  GError    **error);

/* One endpoint call: what it asked, and what its reply must hold. */
typedef struct {
  char          *method;
  char          *path;
  Member         members[MAX_MEMBERS];
  ReplyDecoder   decode;
  GDestroyNotify free_value;
  /* 204 answers with nothing; the task then returns %TRUE. */
  gboolean empty_reply;
  /* POST /api/v1/sessions: keep the token of the reply. */
  gboolean is_login;
} Call;

static void
call_free (Call *call)
{
  g_free (call->method);
  g_free (call->path);
  g_free (call);
}

static gboolean
has_member (JsonObject   *object,
            const Member *member)
{
  JsonNode *node = json_object_get_member (object, member->name);

  if (node == NULL || JSON_NODE_TYPE (node) != member->type)
    return FALSE;
  if (member->type == JSON_NODE_VALUE)
    return json_node_get_value_type (node) == G_TYPE_STRING && json_node_get_string (node)[0] != '\0';
  return TRUE;
}

static void
on_object_reply_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  EcApiClient *self = EC_API_CLIENT (source);
  g_autoptr (GTask) task = G_TASK (user_data);
  Call *call = g_task_get_task_data (task);
  g_autoptr (GError) error = NULL;
  g_autoptr (JsonNode) root = NULL;
  JsonObject *object;
  gpointer    value;

  root = _ec_api_client_send_finish (self, result, NULL, NULL, &error);
  if (error != NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  if (root == NULL && call->empty_reply)
    {
      g_task_return_boolean (task, TRUE);
      return;
    }

  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_task_return_error (task, ec_api_reply_malformed_error_new (call->method, call->path,
                                                                   "not an object"));
      return;
    }

  object = json_node_get_object (root);
  for (guint i = 0; i < MAX_MEMBERS && call->members[i].name != NULL; i++)
    {
      if (!has_member (object, &call->members[i]))
        {
          g_task_return_error (task, ec_api_reply_malformed_error_new (call->method, call->path,
                                                                       call->members[i].name));
          return;
        }
    }

  /* The token is kept only once the whole reply was understood. */
  value = call->decode (object, &error);
  if (value == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  if (call->is_login)
    ec_api_client_set_token (self, json_object_get_string_member (object, "token"));

  g_task_return_pointer (task, value, call->free_value);
}

/* The login reply's account: the token stays with the client. */
static gpointer
decode_login (JsonObject *reply,
              GError    **error)
{
  return ec_api_json_to_account (json_object_get_object_member (reply, "account"), error);
}

/* GET /api/v1/me: the session's account. */
static gpointer
decode_me (JsonObject *reply,
           GError    **error)
{
  return ec_api_json_to_account (json_object_get_object_member (reply, "account"), error);
}

static gpointer
decode_masked_accounts (JsonObject *reply,
                        GError    **error)
{
  return ec_api_json_to_masked_accounts (reply, error);
}

static gpointer
decode_profile (JsonObject *reply,
                GError    **error)
{
  return ec_api_json_to_profile (reply, error);
}

static gpointer
decode_agency (JsonObject *reply,
               GError    **error)
{
  return ec_api_json_to_agency (reply, error);
}

/* `{"application": {…}}` */
static gpointer
decode_account_request (JsonObject *reply,
                        GError    **error)
{
  return ec_api_json_to_account_request (json_object_get_object_member (reply, "application"), error);
}

static gpointer
decode_account_requests (JsonObject *reply,
                         GError    **error)
{
  return ec_api_json_to_account_requests (reply, error);
}

/* POST /api/v1/password-recovery: where the code went, masked. */
static gpointer
decode_sent_to (JsonObject *reply,
                GError    **error)
{
  return g_strdup (json_object_get_string_member (reply, "sent_to"));
}

/* Starts an endpoint whose reply is one object; @members ends with a
 * member named %NULL. */
static void
call_typed (EcApiClient        *self,
            gpointer            source_tag,
            const char         *method,
            const char         *path,
            JsonNode           *body,
            const char         *idempotency_key,
            const Member       *members,
            ReplyDecoder        decode,
            GDestroyNotify      free_value,
            GCancellable       *cancellable,
            GAsyncReadyCallback callback,
            gpointer            user_data)
{
  g_autoptr (GTask) task = NULL;
  Call *call;

  g_return_if_fail (EC_IS_API_CLIENT (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, source_tag);

  call = g_new0 (Call, 1);
  call->method = g_strdup (method);
  call->path = g_strdup (path);
  for (guint i = 0; i < MAX_MEMBERS && members != NULL && members[i].name != NULL; i++)
    call->members[i] = members[i];
  call->empty_reply = members == NULL;
  call->is_login = source_tag == ec_api_client_login_async;
  call->decode = decode;
  call->free_value = free_value;
  g_task_set_task_data (task, call, (GDestroyNotify) call_free);

  _ec_api_client_send_async (self, method, path, body, idempotency_key, NULL, cancellable,
                             on_object_reply_cb, g_steal_pointer (&task));
}

/* A body of string members, given as name, value pairs ending with %NULL. */
G_GNUC_NULL_TERMINATED static JsonNode *
build_body (const char *first_name,
            ...)
{
  g_autoptr (JsonBuilder) builder = json_builder_new ();
  va_list args;

  json_builder_begin_object (builder);
  va_start (args, first_name);
  for (const char *name = first_name; name != NULL; name = va_arg (args, const char *))
    {
      json_builder_set_member_name (builder, name);
      json_builder_add_string_value (builder, va_arg (args, const char *));
    }
  va_end (args);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

/* The finish functions of the endpoints that give a value. */
static gpointer
finish_pointer (EcApiClient  *self,
                GAsyncResult *result,
                gpointer      source_tag,
                GError      **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_async_result_is_tagged (result, source_tag), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * ec_api_client_login_async:
 *
 * POST /api/v1/sessions.  Never retried: the service counts wrong
 * passwords, and a retry could lock the account.  The password is only
 * in the body, which is never logged.
 */
void
ec_api_client_login_async (EcApiClient        *self,
                           const char         *route,
                           const char         *account,
                           const char         *password,
                           GCancellable       *cancellable,
                           GAsyncReadyCallback callback,
                           gpointer            user_data)
{
  static const Member members[] = {
    { "token", JSON_NODE_VALUE },
    { "route", JSON_NODE_VALUE },
    { "expires_at", JSON_NODE_VALUE },
    { "account", JSON_NODE_OBJECT },
    { NULL },
  };
  g_autoptr (JsonNode) body = NULL;

  g_return_if_fail (route != NULL && account != NULL && password != NULL);

  body = build_body ("route", route, "account", account, "password", password, NULL);
  call_typed (self, ec_api_client_login_async, "POST", "api/v1/sessions", body, NULL, members,
              decode_login, (GDestroyNotify) ec_account_free, cancellable, callback, user_data);
}

/**
 * ec_api_client_login_finish:
 *
 * Returns: (transfer full) (nullable): the account logged in to; the
 *   client keeps the reply's token.
 */
EcAccount *
ec_api_client_login_finish (EcApiClient  *self,
                            GAsyncResult *result,
                            GError      **error)
{
  return finish_pointer (self, result, ec_api_client_login_async, error);
}

static void
on_logout_reply_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr (GTask) task = G_TASK (user_data);
  g_autoptr (GError) error = NULL;
  g_autoptr (JsonNode) root = NULL;

  root = _ec_api_client_send_finish (EC_API_CLIENT (source), result, NULL, NULL, &error);

  /* A session the service no longer knows is as ended as a logged-out
   * one. */
  if (g_error_matches (error, EC_CLIENT_ERROR, EC_CLIENT_ERROR_UNAUTHORIZED)
      || g_error_matches (error, EC_CLIENT_ERROR, EC_CLIENT_ERROR_SESSION_EXPIRED))
    g_clear_error (&error);

  if (error != NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

/**
 * ec_api_client_logout_async:
 *
 * DELETE /api/v1/sessions/current.  The client forgets its token at once,
 * whatever the service answers: after a logout nothing may be sent with
 * it.  A session the service had already ended (401) counts as logged
 * out.
 */
void
ec_api_client_logout_async (EcApiClient        *self,
                            GCancellable       *cancellable,
                            GAsyncReadyCallback callback,
                            gpointer            user_data)
{
  g_autoptr (GTask) task = NULL;

  g_return_if_fail (EC_IS_API_CLIENT (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, ec_api_client_logout_async);

  if (ec_api_client_get_token (self) == NULL)
    {
      g_task_return_boolean (task, TRUE);
      return;
    }

  /* The request has taken its own copy of the token. */
  _ec_api_client_send_async (self, "DELETE", "api/v1/sessions/current", NULL, NULL, NULL,
                             cancellable, on_logout_reply_cb, g_object_ref (task));
  ec_api_client_set_token (self, NULL);
}

gboolean
ec_api_client_logout_finish (EcApiClient  *self,
                             GAsyncResult *result,
                             GError      **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_async_result_is_tagged (result, ec_api_client_logout_async), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

void
ec_api_client_get_me_async (EcApiClient        *self,
                            GCancellable       *cancellable,
                            GAsyncReadyCallback callback,
                            gpointer            user_data)
{
  static const Member members[] = {
    { "route", JSON_NODE_VALUE },
    { "expires_at", JSON_NODE_VALUE },
    { "account", JSON_NODE_OBJECT },
    { NULL },
  };

  call_typed (self, ec_api_client_get_me_async, "GET", "api/v1/me", NULL, NULL, members, decode_me,
              (GDestroyNotify) ec_account_free, cancellable, callback, user_data);
}

EcAccount *
ec_api_client_get_me_finish (EcApiClient  *self,
                             GAsyncResult *result,
                             GError      **error)
{
  return finish_pointer (self, result, ec_api_client_get_me_async, error);
}

/**
 * ec_api_client_lookup_accounts_async:
 *
 * POST /api/v1/account-lookup.  The ID number travels only in the body:
 * never in the URL, where logs and proxies would see it.
 */
void
ec_api_client_lookup_accounts_async (EcApiClient        *self,
                                     const char         *id_number,
                                     const char         *name,
                                     GCancellable       *cancellable,
                                     GAsyncReadyCallback callback,
                                     gpointer            user_data)
{
  static const Member members[] = {
    { "accounts", JSON_NODE_ARRAY },
    { NULL },
  };
  g_autoptr (JsonNode) body = NULL;

  g_return_if_fail (id_number != NULL && name != NULL);

  body = build_body ("id_number", id_number, "name", name, NULL);
  call_typed (self, ec_api_client_lookup_accounts_async, "POST", "api/v1/account-lookup", body,
              NULL, members, decode_masked_accounts,
              (GDestroyNotify) g_ptr_array_unref, cancellable, callback, user_data);
}

/**
 * ec_api_client_lookup_accounts_finish:
 *
 * Returns: (transfer full) (element-type EcMaskedAccount) (nullable): the
 *   official accounts found, maybe none; %NULL with @error set.
 */
GPtrArray *
ec_api_client_lookup_accounts_finish (EcApiClient  *self,
                                      GAsyncResult *result,
                                      GError      **error)
{
  return finish_pointer (self, result, ec_api_client_lookup_accounts_async, error);
}

static const Member profile_members[] = {
  { "name", JSON_NODE_VALUE },
  { "missing", JSON_NODE_ARRAY },
  { NULL },
};

void
ec_api_client_get_profile_async (EcApiClient        *self,
                                 GCancellable       *cancellable,
                                 GAsyncReadyCallback callback,
                                 gpointer            user_data)
{
  call_typed (self, ec_api_client_get_profile_async, "GET", "api/v1/profile", NULL, NULL,
              profile_members, decode_profile,
              (GDestroyNotify) ec_profile_free, cancellable, callback, user_data);
}

EcProfile *
ec_api_client_get_profile_finish (EcApiClient  *self,
                                  GAsyncResult *result,
                                  GError      **error)
{
  return finish_pointer (self, result, ec_api_client_get_profile_async, error);
}

/* Absent members keep their value (docs/api.md): only what changes is
 * sent. */
static void
set_if_given (JsonObject *object,
              const char *name,
              const char *value)
{
  if (value != NULL)
    json_object_set_string_member (object, name, value);
}

/**
 * ec_api_client_update_profile_async:
 * @changes: the fields to change; a %NULL field keeps its value
 *
 * PUT /api/v1/profile.  The ID number travels only in the body.
 */
void
ec_api_client_update_profile_async (EcApiClient            *self,
                                    const EcProfileChanges *changes,
                                    GCancellable           *cancellable,
                                    GAsyncReadyCallback     callback,
                                    gpointer                user_data)
{
  g_autoptr (JsonObject) fields = json_object_new ();
  g_autoptr (JsonNode) body = NULL;

  g_return_if_fail (changes != NULL);

  set_if_given (fields, "birthday", changes->birthday);
  set_if_given (fields, "id_number", changes->id_number);
  set_if_given (fields, "passport", changes->passport);
  set_if_given (fields, "address", changes->address);
  set_if_given (fields, "phone", changes->phone);
  body = json_node_init_object (json_node_alloc (), fields);
  call_typed (self, ec_api_client_update_profile_async, "PUT", "api/v1/profile", body, NULL,
              profile_members, decode_profile,
              (GDestroyNotify) ec_profile_free, cancellable, callback, user_data);
}

EcProfile *
ec_api_client_update_profile_finish (EcApiClient  *self,
                                     GAsyncResult *result,
                                     GError      **error)
{
  return finish_pointer (self, result, ec_api_client_update_profile_async, error);
}

/**
 * ec_api_client_get_agency_async:
 * @oid: an agency's OID, which is public (the printed form shows it)
 *
 * GET /api/v1/agencies/{oid}.
 */
void
ec_api_client_get_agency_async (EcApiClient        *self,
                                const char         *oid,
                                GCancellable       *cancellable,
                                GAsyncReadyCallback callback,
                                gpointer            user_data)
{
  static const Member members[] = {
    { "oid", JSON_NODE_VALUE },
    { "name", JSON_NODE_VALUE },
    { NULL },
  };
  g_autofree char *escaped = NULL;
  g_autofree char *path = NULL;

  g_return_if_fail (oid != NULL);

  /* An OID is digits and dots; whatever a learner typed, it stays one
   * path segment. */
  escaped = g_uri_escape_string (oid, NULL, FALSE);
  path = g_strconcat ("api/v1/agencies/", escaped, NULL);
  call_typed (self, ec_api_client_get_agency_async, "GET", path, NULL, NULL, members, decode_agency,
              (GDestroyNotify) ec_agency_free, cancellable, callback, user_data);
}

EcAgency *
ec_api_client_get_agency_finish (EcApiClient  *self,
                                 GAsyncResult *result,
                                 GError      **error)
{
  return finish_pointer (self, result, ec_api_client_get_agency_async, error);
}

static const Member request_members[] = {
  { "application", JSON_NODE_OBJECT },
  { NULL },
};

/**
 * ec_api_client_create_account_request_async:
 * @idempotency_key: (nullable): a key made once per application the
 *   learner submits; with it the request is retried, and a retry of a
 *   request that did reach the service answers with the same application
 *
 * POST /api/v1/applications: a request to convert the member account
 * logged in to into an official account (自然人轉公務員).
 */
void
ec_api_client_create_account_request_async (EcApiClient        *self,
                                            const char         *agency_oid,
                                            const char         *reason,
                                            const char         *idempotency_key,
                                            GCancellable       *cancellable,
                                            GAsyncReadyCallback callback,
                                            gpointer            user_data)
{
  g_autoptr (JsonNode) body = NULL;

  g_return_if_fail (agency_oid != NULL && reason != NULL);

  body = build_body ("item", "natural-to-official", "agency_oid", agency_oid, "reason", reason, NULL);
  call_typed (self, ec_api_client_create_account_request_async, "POST", "api/v1/applications", body,
              idempotency_key, request_members, decode_account_request,
              (GDestroyNotify) ec_account_request_free, cancellable, callback, user_data);
}

EcAccountRequest *
ec_api_client_create_account_request_finish (EcApiClient  *self,
                                             GAsyncResult *result,
                                             GError      **error)
{
  return finish_pointer (self, result, ec_api_client_create_account_request_async, error);
}

void
ec_api_client_list_account_requests_async (EcApiClient        *self,
                                           GCancellable       *cancellable,
                                           GAsyncReadyCallback callback,
                                           gpointer            user_data)
{
  static const Member members[] = {
    { "applications", JSON_NODE_ARRAY },
    { NULL },
  };

  call_typed (self, ec_api_client_list_account_requests_async, "GET", "api/v1/applications", NULL,
              NULL, members, decode_account_requests,
              (GDestroyNotify) g_ptr_array_unref, cancellable, callback, user_data);
}

/**
 * ec_api_client_list_account_requests_finish:
 *
 * Returns: (transfer full) (element-type EcAccountRequest) (nullable): the
 *   learner's requests, or %NULL with @error set.
 */
GPtrArray *
ec_api_client_list_account_requests_finish (EcApiClient  *self,
                                            GAsyncResult *result,
                                            GError      **error)
{
  return finish_pointer (self, result, ec_api_client_list_account_requests_async, error);
}

void
ec_api_client_get_account_request_async (EcApiClient        *self,
                                         gint64              id,
                                         GCancellable       *cancellable,
                                         GAsyncReadyCallback callback,
                                         gpointer            user_data)
{
  g_autofree char *path = g_strdup_printf ("api/v1/applications/%" G_GINT64_FORMAT, id);

  call_typed (self, ec_api_client_get_account_request_async, "GET", path, NULL, NULL,
              request_members, decode_account_request,
              (GDestroyNotify) ec_account_request_free, cancellable, callback, user_data);
}

EcAccountRequest *
ec_api_client_get_account_request_finish (EcApiClient  *self,
                                          GAsyncResult *result,
                                          GError      **error)
{
  return finish_pointer (self, result, ec_api_client_get_account_request_async, error);
}

/**
 * ec_api_client_request_recovery_async:
 *
 * POST /api/v1/password-recovery: the service sends a code by SMS.  Never
 * retried: a retry would send another SMS.
 */
void
ec_api_client_request_recovery_async (EcApiClient        *self,
                                      const char         *route,
                                      const char         *account,
                                      const char         *phone,
                                      GCancellable       *cancellable,
                                      GAsyncReadyCallback callback,
                                      gpointer            user_data)
{
  static const Member members[] = {
    { "sent_to", JSON_NODE_VALUE },
    { NULL },
  };
  g_autoptr (JsonNode) body = NULL;

  g_return_if_fail (route != NULL && account != NULL && phone != NULL);

  body = build_body ("route", route, "account", account, "phone", phone, NULL);
  call_typed (self, ec_api_client_request_recovery_async, "POST", "api/v1/password-recovery",
              body, NULL, members, decode_sent_to,
              (GDestroyNotify) g_free, cancellable, callback, user_data);
}

/**
 * ec_api_client_request_recovery_finish:
 *
 * Returns: (transfer full) (nullable): the phone number the code was sent
 *   to, masked by the service; %NULL with @error set.
 */
char *
ec_api_client_request_recovery_finish (EcApiClient  *self,
                                       GAsyncResult *result,
                                       GError      **error)
{
  return finish_pointer (self, result, ec_api_client_request_recovery_async, error);
}

/**
 * ec_api_client_confirm_recovery_async:
 *
 * POST /api/v1/password-recovery/confirm.  The service answers 204.
 */
void
ec_api_client_confirm_recovery_async (EcApiClient        *self,
                                      const char         *route,
                                      const char         *account,
                                      const char         *code,
                                      const char         *new_password,
                                      GCancellable       *cancellable,
                                      GAsyncReadyCallback callback,
                                      gpointer            user_data)
{
  g_autoptr (JsonNode) body = NULL;

  g_return_if_fail (route != NULL && account != NULL && code != NULL && new_password != NULL);

  body = build_body ("route", route, "account", account, "code", code,
                     "new_password", new_password, NULL);
  call_typed (self, ec_api_client_confirm_recovery_async, "POST",
              "api/v1/password-recovery/confirm", body, NULL, NULL, NULL,
              NULL, cancellable, callback, user_data);
}

gboolean
ec_api_client_confirm_recovery_finish (EcApiClient  *self,
                                       GAsyncResult *result,
                                       GError      **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_async_result_is_tagged (result, ec_api_client_confirm_recovery_async), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
