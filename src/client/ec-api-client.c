/* ec-api-client.c: the session, the requests and their retries.  What the
 * answers mean is in ec-api-client-replies.c, the typed endpoints in
 * ec-api-client-endpoints.c and ec-api-client-records.c.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-api-client"

#include "config.h"

#include <string.h>

#include <libsoup/soup.h>

#include "ec-api-client-private.h"
#include "ec-api-reply.h"

/* The connection to the service stays open a while between requests (a
 * sync fetches several pages in a row), but not forever. */
#define IDLE_TIMEOUT_SECONDS 60
#define DEFAULT_RETRY_DELAY_MS 500
#define USER_AGENT "elearn-companion/" PACKAGE_VERSION

struct _EcApiClient {
  GObject parent_instance;

  SoupSession *session;
  char        *base_url;
  char        *token;
  guint        retry_delay_ms;
};

/* One call of _ec_api_client_send_async(), across its attempts. */
typedef struct {
  char   *method;
  char   *path;
  GBytes *body;
  char   *idempotency_key;
  char   *if_none_match;
  /* The token as it was when the call was made: a retry belongs to the
   * same session, whatever happens to the client's token meanwhile. */
  char *token;
  guint attempt;
  /* The backoff before the next attempt, and a watch on the cancellable
   * while it runs: whichever fires first removes the other. */
  GSource *wait_source;
  GSource *cancel_source;
  /* What the last reply said besides its JSON. */
  guint status;
  char *etag;
} Request;

static void send_attempt (GTask *task);

G_DEFINE_FINAL_TYPE (EcApiClient, ec_api_client, G_TYPE_OBJECT)

/* A token is a password for as long as it lasts: wipe it rather than
 * leave it in freed memory. */
static void
free_secret (char *secret)
{
  if (secret == NULL)
    return;

  memset (secret, 0, strlen (secret));
  g_free (secret);
}

static void
clear_wait (Request *request)
{
  if (request->wait_source != NULL)
    g_source_destroy (request->wait_source);
  g_clear_pointer (&request->wait_source, g_source_unref);
  if (request->cancel_source != NULL)
    g_source_destroy (request->cancel_source);
  g_clear_pointer (&request->cancel_source, g_source_unref);
}

static void
request_free (Request *request)
{
  clear_wait (request);
  g_free (request->method);
  g_free (request->path);
  g_clear_pointer (&request->body, g_bytes_unref);
  g_free (request->idempotency_key);
  g_free (request->if_none_match);
  free_secret (request->token);
  g_free (request->etag);
  g_free (request);
}

/* GET, PUT and DELETE mean the same however often they arrive; a POST does
 * only when it carries an Idempotency-Key (docs/api.md). */
static gboolean
request_is_idempotent (const Request *request)
{
  return strcmp (request->method, "GET") == 0
         || strcmp (request->method, "PUT") == 0
         || strcmp (request->method, "DELETE") == 0
         || request->idempotency_key != NULL;
}

static gboolean
error_is_transient (const GError *error)
{
  return g_error_matches (error, EC_CLIENT_ERROR, EC_CLIENT_ERROR_OFFLINE)
         || g_error_matches (error, EC_CLIENT_ERROR, EC_CLIENT_ERROR_TIMED_OUT)
         || g_error_matches (error, EC_CLIENT_ERROR, EC_CLIENT_ERROR_SERVER);
}

/* http:// is only for a service on this machine (the demo, the tests):
 * anywhere else the password and the token would cross the network in
 * clear text. */
static gboolean
host_is_loopback (const char *host)
{
  g_autoptr (GInetAddress) address = NULL;

  if (host == NULL)
    return FALSE;
  if (g_ascii_strcasecmp (host, "localhost") == 0)
    return TRUE;

  address = g_inet_address_new_from_string (host);
  return address != NULL && g_inet_address_get_is_loopback (address);
}

static gboolean
url_is_acceptable (GUri *uri)
{
  const char *scheme = g_uri_get_scheme (uri);
  const char *host = g_uri_get_host (uri);

  /* Credentials in the URL would end up in logs; a query or a fragment
   * would be glued to every request path. */
  if (host == NULL || host[0] == '\0'
      || g_uri_get_userinfo (uri) != NULL
      || g_uri_get_query (uri) != NULL
      || g_uri_get_fragment (uri) != NULL)
    return FALSE;

  if (g_ascii_strcasecmp (scheme, "https") == 0)
    return TRUE;

  return g_ascii_strcasecmp (scheme, "http") == 0 && host_is_loopback (host);
}

static gboolean
on_wait_done_cb (gpointer user_data)
{
  g_autoptr (GTask) task = g_object_ref (G_TASK (user_data));
  Request *request = g_task_get_task_data (task);

  clear_wait (request);
  send_attempt (task);
  return G_SOURCE_REMOVE;
}

static gboolean
on_wait_cancelled_cb (GCancellable *cancellable,
                      gpointer      user_data)
{
  g_autoptr (GTask) task = g_object_ref (G_TASK (user_data));
  Request *request = g_task_get_task_data (task);

  clear_wait (request);
  g_task_return_error_if_cancelled (task);
  return G_SOURCE_REMOVE;
}

/* Waits before the next attempt without blocking: a timeout on the task's
 * main context, abandoned as soon as the caller cancels. */
static void
schedule_retry (GTask *task)
{
  EcApiClient  *self = g_task_get_source_object (task);
  Request      *request = g_task_get_task_data (task);
  GCancellable *cancellable = g_task_get_cancellable (task);
  guint         delay = self->retry_delay_ms << MIN (request->attempt - 1, 10u);

  g_debug ("%s %s: attempt %u failed, retrying in %u ms", request->method, request->path,
           request->attempt, delay);

  request->wait_source = g_timeout_source_new (delay);
  g_source_set_callback (request->wait_source, on_wait_done_cb, g_object_ref (task), g_object_unref);
  g_source_attach (request->wait_source, g_task_get_context (task));

  if (cancellable != NULL)
    {
      request->cancel_source = g_cancellable_source_new (cancellable);
      g_source_set_callback (request->cancel_source, G_SOURCE_FUNC (on_wait_cancelled_cb),
                             g_object_ref (task), g_object_unref);
      g_source_attach (request->cancel_source, g_task_get_context (task));
    }
}

static void
on_sent_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr (GTask) task = G_TASK (user_data);
  Request     *request = g_task_get_task_data (task);
  SoupMessage *msg = soup_session_get_async_result_message (SOUP_SESSION (source), result);
  g_autoptr (GError) transport_error = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (JsonNode) root = NULL;
  guint status;

  bytes = soup_session_send_and_read_finish (SOUP_SESSION (source), result, &transport_error);
  if (bytes == NULL)
    error = ec_api_reply_transport_error_new (msg, request->method, request->path, transport_error);
  else
    {
      status = soup_message_get_status (msg);
      request->status = status;
      g_free (request->etag);
      request->etag = g_strdup (soup_message_headers_get_one (soup_message_get_response_headers (msg), "ETag"));

      if (SOUP_STATUS_IS_SUCCESSFUL (status) || status == SOUP_STATUS_NOT_MODIFIED)
        root = ec_api_reply_read_success (msg, request->method, request->path, bytes, &error);
      else
        error = ec_api_reply_error_new (msg, request->method, request->path, bytes);
    }

  if (error == NULL)
    {
      g_task_return_pointer (task, g_steal_pointer (&root), (GDestroyNotify) json_node_unref);
      return;
    }

  if (error_is_transient (error)
      && request_is_idempotent (request)
      && request->attempt < EC_API_CLIENT_MAX_ATTEMPTS
      && !g_cancellable_is_cancelled (g_task_get_cancellable (task)))
    {
      schedule_retry (task);
      return;
    }

  g_task_return_error (task, g_steal_pointer (&error));
}

static void
send_attempt (GTask *task)
{
  EcApiClient     *self = g_task_get_source_object (task);
  Request         *request = g_task_get_task_data (task);
  g_autofree char *url = g_strconcat (self->base_url, request->path, NULL);
  g_autoptr (SoupMessage) msg = NULL;
  SoupMessageHeaders *headers;

  if (g_task_return_error_if_cancelled (task))
    return;

  msg = soup_message_new (request->method, url);
  if (msg == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                               "Not a request path: %s", request->path);
      return;
    }

  request->attempt++;
  soup_message_add_flags (msg, SOUP_MESSAGE_NO_REDIRECT);
  if (request_is_idempotent (request))
    soup_message_add_flags (msg, SOUP_MESSAGE_IDEMPOTENT);

  headers = soup_message_get_request_headers (msg);
  soup_message_headers_replace (headers, "Accept", "application/json");
  if (request->token != NULL)
    {
      g_autofree char *value = g_strconcat ("Bearer ", request->token, NULL);

      soup_message_headers_replace (headers, "Authorization", value);
      memset (value, 0, strlen (value));
    }
  if (request->idempotency_key != NULL)
    soup_message_headers_replace (headers, "Idempotency-Key", request->idempotency_key);
  if (request->if_none_match != NULL)
    soup_message_headers_replace (headers, "If-None-Match", request->if_none_match);
  if (request->body != NULL)
    soup_message_set_request_body_from_bytes (msg, "application/json", request->body);

  soup_session_send_and_read_async (self->session, msg, G_PRIORITY_DEFAULT,
                                    g_task_get_cancellable (task), on_sent_cb,
                                    g_object_ref (task));
}

static void
ec_api_client_finalize (GObject *object)
{
  EcApiClient *self = EC_API_CLIENT (object);

  g_clear_object (&self->session);
  g_clear_pointer (&self->base_url, g_free);
  g_clear_pointer (&self->token, free_secret);

  G_OBJECT_CLASS (ec_api_client_parent_class)->finalize (object);
}

static void
ec_api_client_class_init (EcApiClientClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ec_api_client_finalize;
}

static void
ec_api_client_init (EcApiClient *self)
{
  self->retry_delay_ms = DEFAULT_RETRY_DELAY_MS;
  /* libsoup waits forever by default; a learner should not. */
  self->session = soup_session_new_with_options ("timeout", EC_API_CLIENT_DEFAULT_TIMEOUT,
                                                 "idle-timeout", IDLE_TIMEOUT_SECONDS,
                                                 "user-agent", USER_AGENT,
                                                 NULL);
}

/**
 * ec_api_client_new:
 * @base_url: the service, such as `https://elearn.example.gov.tw/`
 * @error: return location for an %EC_CLIENT_ERROR_INSECURE_URL
 *
 * The address must be https://, or http:// to a loopback address (the
 * demo's service, the tests'); nothing is sent to it yet.
 *
 * Returns: (transfer full) (nullable): a client, or %NULL with @error set.
 */
EcApiClient *
ec_api_client_new (const char *base_url,
                   GError    **error)
{
  g_autoptr (GUri) uri = NULL;
  EcApiClient *self;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (base_url != NULL)
    uri = g_uri_parse (base_url, SOUP_HTTP_URI_FLAGS, NULL);
  if (uri == NULL || !url_is_acceptable (uri))
    {
      g_propagate_error (error, ec_client_error_new (EC_CLIENT_ERROR_INSECURE_URL, NULL, NULL, 0));
      return NULL;
    }

  self = g_object_new (EC_TYPE_API_CLIENT, NULL);
  /* Request paths are relative to the base, which must end in '/' for that
   * (a gateway may serve the API below a path of its own). */
  self->base_url = g_str_has_suffix (base_url, "/") ? g_strdup (base_url) : g_strconcat (base_url, "/", NULL);
  return self;
}

const char *
ec_api_client_get_base_url (EcApiClient *self)
{
  g_return_val_if_fail (EC_IS_API_CLIENT (self), NULL);

  return self->base_url;
}

/**
 * ec_api_client_set_timeout:
 * @seconds: how long a request may wait for the service (each read or
 *   write, and the connection), at least 1
 *
 * Set it before the first request: libsoup gives a connection the timeout
 * of the moment it was opened, and keeps idle connections for the next
 * requests.
 */
void
ec_api_client_set_timeout (EcApiClient *self,
                           guint        seconds)
{
  g_return_if_fail (EC_IS_API_CLIENT (self));
  g_return_if_fail (seconds > 0);

  g_object_set (self->session, "timeout", seconds, NULL);
}

/**
 * ec_api_client_set_retry_delay:
 * @milliseconds: the wait before the first retry; it doubles for each
 *   later one
 *
 * For tests, which should not wait half a second per retry.
 */
void
ec_api_client_set_retry_delay (EcApiClient *self,
                               guint        milliseconds)
{
  g_return_if_fail (EC_IS_API_CLIENT (self));

  self->retry_delay_ms = milliseconds;
}

/**
 * ec_api_client_set_tls_database:
 * @database: (nullable): the certificates to trust, or %NULL for the
 *   system's
 *
 * For a service with a certificate of a test CA.  An untrusted certificate
 * is never accepted otherwise.
 */
void
ec_api_client_set_tls_database (EcApiClient  *self,
                                GTlsDatabase *database)
{
  g_return_if_fail (EC_IS_API_CLIENT (self));
  g_return_if_fail (database == NULL || G_IS_TLS_DATABASE (database));

  soup_session_set_tls_database (self->session, database);
}

/**
 * ec_api_client_set_token:
 * @token: (nullable): a session token, or %NULL to forget it
 *
 * Requests made from now on send it as `Authorization: Bearer`.
 */
void
ec_api_client_set_token (EcApiClient *self,
                         const char  *token)
{
  g_return_if_fail (EC_IS_API_CLIENT (self));

  free_secret (self->token);
  self->token = g_strdup (token);
}

const char *
ec_api_client_get_token (EcApiClient *self)
{
  g_return_val_if_fail (EC_IS_API_CLIENT (self), NULL);

  return self->token;
}

/**
 * _ec_api_client_send_async: (skip)
 *
 * Sends one request.  GET, PUT, DELETE and a POST with @idempotency_key
 * are tried up to %EC_API_CLIENT_MAX_ATTEMPTS times when the service cannot
 * be reached, does not answer in time or fails (5xx); anything else
 * is tried once.  A rate limit is never retried here: the caller waits as
 * long as the error says.
 */
void
_ec_api_client_send_async (EcApiClient        *self,
                           const char         *method,
                           const char         *path,
                           JsonNode           *body,
                           const char         *idempotency_key,
                           const char         *if_none_match,
                           GCancellable       *cancellable,
                           GAsyncReadyCallback callback,
                           gpointer            user_data)
{
  g_autoptr (GTask) task = NULL;
  Request *request;

  g_return_if_fail (EC_IS_API_CLIENT (self));
  g_return_if_fail (method != NULL && path != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, _ec_api_client_send_async);

  request = g_new0 (Request, 1);
  request->method = g_strdup (method);
  request->path = g_strdup (path[0] == '/' ? path + 1 : path);
  request->idempotency_key = g_strdup (idempotency_key);
  request->if_none_match = g_strdup (if_none_match);
  request->token = g_strdup (self->token);
  if (body != NULL)
    {
      g_autofree char *text = json_to_string (body, FALSE);
      gsize            length = strlen (text);

      request->body = g_bytes_new_take (g_steal_pointer (&text), length);
    }
  g_task_set_task_data (task, request, (GDestroyNotify) request_free);

  send_attempt (task);
}

JsonNode *
_ec_api_client_send_finish (EcApiClient  *self,
                            GAsyncResult *result,
                            guint        *out_status,
                            char        **out_etag,
                            GError      **error)
{
  Request *request;

  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_async_result_is_tagged (result, _ec_api_client_send_async), NULL);

  request = g_task_get_task_data (G_TASK (result));
  if (out_status != NULL)
    *out_status = request->status;
  if (out_etag != NULL)
    *out_etag = g_strdup (request->etag);

  return g_task_propagate_pointer (G_TASK (result), error);
}
