/* ec-test-notifications.c
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ec-test-notifications.h"

/* GApplication sends notifications to org.gtk.Notifications when a process
 * on the session bus owns that name (what GNOME Shell does), and decides so
 * at its first notification.  The test owns it first, on the private bus
 * of build-aux/test-session.sh, so the app's notification really travels
 * over D-Bus, the way a desktop would receive it. */

static const char introspection[] = "<node>"
                                    "  <interface name='org.gtk.Notifications'>"
                                    "    <method name='AddNotification'>"
                                    "      <arg type='s' direction='in'/>"
                                    "      <arg type='s' direction='in'/>"
                                    "      <arg type='a{sv}' direction='in'/>"
                                    "    </method>"
                                    "    <method name='RemoveNotification'>"
                                    "      <arg type='s' direction='in'/>"
                                    "      <arg type='s' direction='in'/>"
                                    "    </method>"
                                    "  </interface>"
                                    "</node>";

struct _EcTestNotifications {
  GDBusConnection *bus;
  GDBusNodeInfo   *info;
  guint            object_id;
  guint            name_id;
  gboolean         owned;
  guint            count;
  char            *id;
  char            *title;
  char            *body;
};

static void
on_method_call_cb (GDBusConnection       *connection,
                   const char            *sender,
                   const char            *path,
                   const char            *interface,
                   const char            *method,
                   GVariant              *parameters,
                   GDBusMethodInvocation *invocation,
                   gpointer               user_data)
{
  EcTestNotifications *self = user_data;

  if (g_str_equal (method, "AddNotification"))
    {
      g_autoptr (GVariant) notification = NULL;
      const char *app_id;
      const char *id;

      g_variant_get (parameters, "(&s&s@a{sv})", &app_id, &id, &notification);
      self->count++;
      g_free (self->id);
      self->id = g_strdup (id);
      g_clear_pointer (&self->title, g_free);
      g_clear_pointer (&self->body, g_free);
      g_variant_lookup (notification, "title", "s", &self->title);
      g_variant_lookup (notification, "body", "s", &self->body);
    }
  g_dbus_method_invocation_return_value (invocation, NULL);
}

static const GDBusInterfaceVTable vtable = { on_method_call_cb, NULL, NULL, { 0 } };

static void
on_name_acquired_cb (GDBusConnection *connection,
                     const char      *name,
                     gpointer         user_data)
{
  ((EcTestNotifications *) user_data)->owned = TRUE;
}

EcTestNotifications *
ec_test_notifications_start (void)
{
  EcTestNotifications *self = g_new0 (EcTestNotifications, 1);
  g_autoptr (GError) error = NULL;

  self->bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, &error);
  g_assert_no_error (error);
  self->info = g_dbus_node_info_new_for_xml (introspection, &error);
  g_assert_no_error (error);
  self->object_id = g_dbus_connection_register_object (self->bus, "/org/gtk/Notifications", self->info->interfaces[0],
                                                       &vtable, self, NULL, &error);
  g_assert_no_error (error);
  self->name_id = g_bus_own_name_on_connection (self->bus, "org.gtk.Notifications", G_BUS_NAME_OWNER_FLAGS_NONE,
                                                on_name_acquired_cb, NULL, self, NULL);
  while (!self->owned)
    g_main_context_iteration (NULL, TRUE);
  return self;
}

void
ec_test_notifications_stop (EcTestNotifications *self)
{
  g_bus_unown_name (self->name_id);
  g_dbus_connection_unregister_object (self->bus, self->object_id);
  g_dbus_node_info_unref (self->info);
  g_object_unref (self->bus);
  g_free (self->id);
  g_free (self->title);
  g_free (self->body);
  g_free (self);
}

guint
ec_test_notifications_get_count (EcTestNotifications *self)
{
  return self->count;
}

const char *
ec_test_notifications_get_id (EcTestNotifications *self)
{
  return self->id;
}

const char *
ec_test_notifications_get_title (EcTestNotifications *self)
{
  return self->title;
}

const char *
ec_test_notifications_get_body (EcTestNotifications *self)
{
  return self->body;
}
