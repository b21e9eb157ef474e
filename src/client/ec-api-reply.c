/* ec-api-reply.c
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-api-reply"

#include "config.h"

#include "ec-api-reply.h"
#include "ec-client-error.h"

static guint
parse_retry_after (SoupMessageHeaders *headers)
{
  const char *value = soup_message_headers_get_one (headers, "Retry-After");
  guint64     seconds = 0;

  if (value == NULL)
    return 0;

  if (g_ascii_string_to_unsigned (value, 10, 0, G_MAXUINT, &seconds, NULL))
    return (guint) seconds;

  /* RFC 9110 also allows a date. */
  {
    g_autoptr (GDateTime) when = soup_date_time_new_from_http_string (value);
    g_autoptr (GDateTime) now = g_date_time_new_now_utc ();
    GTimeSpan span;

    if (when == NULL)
      return 0;
    span = g_date_time_difference (when, now) / G_TIME_SPAN_SECOND;
    return (guint) CLAMP (span, 0, G_MAXUINT);
  }
}

/* The `missing` member of a refused application: a list of field names. */
static GStrv
parse_missing (JsonObject *error_object)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  JsonNode  *node = json_object_get_member (error_object, "missing");
  JsonArray *array;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return NULL;

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);

      if (!JSON_NODE_HOLDS_VALUE (element) || json_node_get_value_type (element) != G_TYPE_STRING)
        return NULL;
      g_strv_builder_add (builder, json_node_get_string (element));
    }

  return g_strv_builder_end (builder);
}

static const char *
error_member (JsonObject *error_object,
              const char *name)
{
  JsonNode *node = error_object != NULL ? json_object_get_member (error_object, name) : NULL;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

static EcClientError
code_for_status (guint       status,
                 const char *server_code)
{
  switch (status)
    {
    case SOUP_STATUS_UNAUTHORIZED:
      if (g_strcmp0 (server_code, "invalid_credentials") == 0)
        return EC_CLIENT_ERROR_INVALID_CREDENTIALS;
      if (g_strcmp0 (server_code, "session_expired") == 0)
        return EC_CLIENT_ERROR_SESSION_EXPIRED;
      return EC_CLIENT_ERROR_UNAUTHORIZED;
    case SOUP_STATUS_FORBIDDEN:
      if (g_strcmp0 (server_code, "account_locked") == 0)
        return EC_CLIENT_ERROR_ACCOUNT_LOCKED;
      return EC_CLIENT_ERROR_FORBIDDEN;
    case SOUP_STATUS_NOT_FOUND:
      return EC_CLIENT_ERROR_NOT_FOUND;
    case SOUP_STATUS_CONFLICT:
      return EC_CLIENT_ERROR_CONFLICT;
    case SOUP_STATUS_REQUEST_TIMEOUT:
      return EC_CLIENT_ERROR_TIMED_OUT;
    case 429: /* Too Many Requests: libsoup 3.2 has no name for it */
      return EC_CLIENT_ERROR_RATE_LIMITED;
    default:
      break;
    }

  if (status >= 500 && status < 600)
    return EC_CLIENT_ERROR_SERVER;
  if (status >= 400 && status < 500)
    return EC_CLIENT_ERROR_INVALID_INPUT;

  /* Redirects are not followed (a redirect could carry the token to
   * another host) and the API never sends one, nor anything else. */
  return EC_CLIENT_ERROR_MALFORMED_REPLY;
}

/* Parses a JSON body; %NULL if it is not UTF-8 JSON. */
static JsonNode *
parse_json (GBytes *bytes)
{
  g_autoptr (JsonParser) parser = json_parser_new_immutable ();
  gsize       size = 0;
  const char *data = g_bytes_get_data (bytes, &size);
  JsonNode   *root;

  if (size == 0 || !g_utf8_validate_len (data, size, NULL)
      || !json_parser_load_from_data (parser, data, size, NULL))
    return NULL;

  root = json_parser_get_root (parser);
  return root != NULL ? json_node_copy (root) : NULL;
}

static gboolean
is_json_reply (SoupMessage *msg)
{
  const char *type = soup_message_headers_get_content_type (soup_message_get_response_headers (msg), NULL);

  return g_strcmp0 (type, "application/json") == 0;
}

/* An error reply: the status decides, the service's code refines it.  The
 * service's message is English for logs: it goes to the debug log (never
 * a request body, so never a password or an ID number), and the learner
 * sees the client's own translated text. */
GError *
ec_api_reply_error_new (SoupMessage *msg,
                        const char  *method,
                        const char  *path,
                        GBytes      *bytes)
{
  guint status = soup_message_get_status (msg);
  g_autoptr (JsonNode) root = is_json_reply (msg) ? parse_json (bytes) : NULL;
  g_auto (GStrv) missing = NULL;
  JsonObject   *error_object = NULL;
  const char   *server_code, *field;
  EcClientError code;
  guint         retry_after = 0;
  GError       *error;

  if (root != NULL && JSON_NODE_HOLDS_OBJECT (root))
    {
      JsonNode *node = json_object_get_member (json_node_get_object (root), "error");

      if (node != NULL && JSON_NODE_HOLDS_OBJECT (node))
        error_object = json_node_get_object (node);
    }

  server_code = error_member (error_object, "code");
  field = error_member (error_object, "field");
  g_debug ("%s %s: HTTP %u, %s: %s", method, path, status,
           server_code != NULL ? server_code : "(no code)",
           error_member (error_object, "message") != NULL ? error_member (error_object, "message") : "");

  code = code_for_status (status, server_code);
  if (code == EC_CLIENT_ERROR_ACCOUNT_LOCKED || code == EC_CLIENT_ERROR_RATE_LIMITED)
    retry_after = parse_retry_after (soup_message_get_response_headers (msg));
  /* The learner waits as long as this says before trying again: never
   * zero, so that a reply without the header does not invite hammering. */
  if (code == EC_CLIENT_ERROR_RATE_LIMITED)
    retry_after = MAX (retry_after, 1);

  error = ec_client_error_new (code, server_code, field, retry_after);
  if (error_object != NULL && (missing = parse_missing (error_object)) != NULL)
    ec_client_error_set_missing (error, (const char *const *) missing);
  return error;
}

/* A request that got no HTTP answer.  Cancellation is the caller's own
 * doing and passes through as it is. */
GError *
ec_api_reply_transport_error_new (SoupMessage  *msg,
                                  const char   *method,
                                  const char   *path,
                                  const GError *error)
{
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return g_error_copy (error);

  g_debug ("%s %s: %s (%s %d)", method, path, error->message,
           g_quark_to_string (error->domain), error->code);

  if (error->domain == G_TLS_ERROR
      || (msg != NULL && soup_message_get_tls_peer_certificate_errors (msg) != 0))
    return ec_client_error_new (EC_CLIENT_ERROR_TLS, NULL, NULL, 0);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT))
    return ec_client_error_new (EC_CLIENT_ERROR_TIMED_OUT, NULL, NULL, 0);
  if (g_error_matches (error, SOUP_SESSION_ERROR, SOUP_SESSION_ERROR_ENCODING))
    return ec_client_error_new (EC_CLIENT_ERROR_MALFORMED_REPLY, NULL, NULL, 0);

  /* Refused, unreachable, a name that does not resolve, a connection
   * closed or cut before the reply was whole, an HTTP answer that could
   * not be parsed: the service cannot be reached right now. */
  return ec_client_error_new (EC_CLIENT_ERROR_OFFLINE, NULL, NULL, 0);
}

/**
 * ec_api_reply_malformed_error_new: (skip)
 * @what: the defect, for the debug log
 *
 * Returns: (transfer full): %EC_CLIENT_ERROR_MALFORMED_REPLY.
 */
GError *
ec_api_reply_malformed_error_new (const char *method,
                                  const char *path,
                                  const char *what)
{
  g_debug ("%s %s: malformed reply: %s", method, path, what);
  return ec_client_error_new (EC_CLIENT_ERROR_MALFORMED_REPLY, NULL, NULL, 0);
}

/**
 * ec_api_reply_read_success: (skip)
 * @msg: a request answered with a success status (or 304)
 * @bytes: the answer's body
 *
 * Returns: (transfer full) (nullable): the answer's JSON, or %NULL for an
 *   empty one (204, 304) or with @error set.
 */
JsonNode *
ec_api_reply_read_success (SoupMessage *msg,
                           const char  *method,
                           const char  *path,
                           GBytes      *bytes,
                           GError     **error)
{
  guint     status = soup_message_get_status (msg);
  JsonNode *root;

  if (status == SOUP_STATUS_NO_CONTENT || status == SOUP_STATUS_NOT_MODIFIED)
    return NULL;

  if (!is_json_reply (msg))
    {
      /* A captive portal's login page, say: 200, but not the service. */
      g_propagate_error (error, ec_api_reply_malformed_error_new (method, path,
                                                                  "not application/json"));
      return NULL;
    }

  root = parse_json (bytes);
  if (root == NULL)
    g_propagate_error (error, ec_api_reply_malformed_error_new (method, path,
                                                                "not JSON"));
  return root;
}
