/* ec-year-summary-view.c
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-year-summary-view"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "ec-core.h"
#include "records/ec-year-summary-view.h"

/* A year at a glance: per network, how many certified hours there are and
 * where they stand, whether the environmental-education minimum is met,
 * and above all which hours will miss the agency's cut-off, while there is
 * still time to do something about it (DOMAIN.md, "Facts from public
 * sources"). */

/* The grid's columns after the network's name. */
enum {
  COLUMN_CERTIFIED = 1,
  COLUMN_UPLOADED,
  COLUMN_PENDING,
  COLUMN_BLOCKED,
  COLUMN_LATE,
  N_COLUMNS
};

struct _EcYearSummaryView {
  GtkBin parent_instance;

  /* Per network, the labels of the grid's row, by column. */
  GtkLabel *cells[EC_N_NETWORKS][N_COLUMNS];

  /* Template children. */
  GtkStack    *stack;
  GtkLabel    *year_label;
  GtkLabel    *roc_year_label;
  GtkGrid     *grid;
  GtkLabel    *late_heading_label;
  GtkLevelBar *env_level_bar;
  GtkLabel    *env_progress_label;
  GtkLabel    *env_status_label;
  GtkWidget   *late_box;
  GtkLabel    *late_label;
};

G_DEFINE_FINAL_TYPE (EcYearSummaryView, ec_year_summary_view, GTK_TYPE_BIN)

static void
set_hours (GtkLabel *label,
           guint     minutes)
{
  g_autofree char *text = ec_minutes_format_hours (minutes);

  gtk_label_set_text (label, text);
}

static void
ec_year_summary_view_class_init (EcYearSummaryViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/ec-year-summary-view.ui");
  gtk_widget_class_bind_template_child (widget_class, EcYearSummaryView, stack);
  gtk_widget_class_bind_template_child (widget_class, EcYearSummaryView, year_label);
  gtk_widget_class_bind_template_child (widget_class, EcYearSummaryView, roc_year_label);
  gtk_widget_class_bind_template_child (widget_class, EcYearSummaryView, grid);
  gtk_widget_class_bind_template_child (widget_class, EcYearSummaryView, late_heading_label);
  gtk_widget_class_bind_template_child (widget_class, EcYearSummaryView, env_level_bar);
  gtk_widget_class_bind_template_child (widget_class, EcYearSummaryView, env_progress_label);
  gtk_widget_class_bind_template_child (widget_class, EcYearSummaryView, env_status_label);
  gtk_widget_class_bind_template_child (widget_class, EcYearSummaryView, late_box);
  gtk_widget_class_bind_template_child (widget_class, EcYearSummaryView, late_label);
}

static void
ec_year_summary_view_init (EcYearSummaryView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* The rows are the networks, which the template cannot name: their
   * labels are translated by the core. */
  for (guint n = 0; n < EC_N_NETWORKS; n++)
    {
      GtkWidget *name = gtk_label_new (ec_network_get_label (n));

      gtk_label_set_xalign (GTK_LABEL (name), 0);
      gtk_widget_show (name);
      gtk_grid_attach (self->grid, name, 0, n + 1, 1, 1);
      self->cells[n][0] = GTK_LABEL (name);

      for (guint column = COLUMN_CERTIFIED; column < N_COLUMNS; column++)
        {
          GtkWidget *cell = gtk_label_new ("0");

          gtk_label_set_xalign (GTK_LABEL (cell), 1);
          gtk_widget_show (cell);
          gtk_grid_attach (self->grid, cell, column, n + 1, 1, 1);
          self->cells[n][column] = GTK_LABEL (cell);
        }
    }

  gtk_stack_set_visible_child_name (self->stack, "placeholder");
}

EcYearSummaryView *
ec_year_summary_view_new (void)
{
  return g_object_new (EC_TYPE_YEAR_SUMMARY_VIEW, NULL);
}

/**
 * ec_year_summary_view_set_summary:
 * @summary: (nullable): the year to show, or %NULL for none
 */
void
ec_year_summary_view_set_summary (EcYearSummaryView   *self,
                                  const EcYearSummary *summary)
{
  g_autofree char *year = NULL;
  g_autofree char *roc_year = NULL;
  g_autofree char *cutoff = NULL;
  g_autofree char *late_heading = NULL;
  g_autofree char *counted = NULL;
  g_autofree char *minimum = NULL;
  g_autofree char *progress = NULL;
  g_autoptr (GString) late = g_string_new (NULL);

  g_return_if_fail (EC_IS_YEAR_SUMMARY_VIEW (self));

  if (summary == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "placeholder");
      return;
    }

  /* Translators: the heading of a year's summary; %u is the year, such
   * as 2026. */
  year = g_strdup_printf (_ ("Year %u"), summary->year);
  gtk_label_set_text (self->year_label, year);
  /* Years before the Republic have no ROC year to show. */
  if (summary->year > EC_ROC_YEAR_OFFSET)
    /* Translators: the year in the ROC (民國) calendar; %u is the ROC
     * year, such as 115. */
    roc_year = g_strdup_printf (_ ("ROC year %u"), summary->year - EC_ROC_YEAR_OFFSET);
  gtk_label_set_text (self->roc_year_label, roc_year != NULL ? roc_year : "");

  cutoff = ec_date_format_long (&summary->cutoff);
  /* Translators: a column heading; %s is the agency's cut-off date. */
  late_heading = g_strdup_printf (_ ("Will miss the cut-off (%s)"), cutoff);
  gtk_label_set_text (self->late_heading_label, late_heading);

  for (guint n = 0; n < EC_N_NETWORKS; n++)
    {
      const EcNetworkSummary *network = &summary->networks[n];

      set_hours (self->cells[n][COLUMN_CERTIFIED], network->certified_minutes);
      set_hours (self->cells[n][COLUMN_UPLOADED], network->uploaded_minutes);
      set_hours (self->cells[n][COLUMN_PENDING], network->pending_minutes);
      set_hours (self->cells[n][COLUMN_BLOCKED], network->blocked_minutes);
      set_hours (self->cells[n][COLUMN_LATE], network->late_minutes);

      if (network->late_minutes > 0)
        {
          g_autofree char *hours = ec_minutes_format_hours (network->late_minutes);

          if (late->len > 0)
            g_string_append_c (late, '\n');
          /* Translators: %s is a network's name, %s a number of hours such
           * as 1.5, %s the cut-off date. */
          g_string_append_printf (late, _ ("%s: %s hours will not be uploaded before the cut-off on %s"),
                                  ec_network_get_label (n), hours, cutoff);
        }
    }
  gtk_label_set_text (self->late_label, late->str);
  gtk_widget_set_visible (self->late_box, late->len > 0);

  gtk_level_bar_set_value (self->env_level_bar, MIN (summary->env_counted_minutes, EC_ENV_YEARLY_MINUTES));
  counted = ec_minutes_format_hours (summary->env_counted_minutes);
  minimum = ec_minutes_format_hours (EC_ENV_YEARLY_MINUTES);
  /* Translators: environmental-education hours that count this year, out
   * of the yearly minimum: "1.5 of 4 hours". */
  progress = g_strdup_printf (_ ("%s of %s hours"), counted, minimum);
  gtk_label_set_text (self->env_progress_label, progress);
  if (summary->env_missing_minutes == 0)
    gtk_label_set_text (self->env_status_label, _ ("Reached"));
  else
    {
      g_autofree char *missing = ec_minutes_format_hours (summary->env_missing_minutes);
      /* Translators: %s is a number of hours, such as 2.5. */
      g_autofree char *text = g_strdup_printf (_ ("%s hours still missing"), missing);

      gtk_label_set_text (self->env_status_label, text);
    }

  gtk_stack_set_visible_child_name (self->stack, "summary");
}
