#!/usr/bin/env python3
"""The baseline of the chart-export budget (SPEC §6): what a user's own script does to draw the
same picture as `insights chart stars` from the same database, with matplotlib's Agg backend.

    python3 bench/chart_matplotlib.py DATA_DIR/insights.db OUT.png [WIDTHxHEIGHT]

It does the same work as the command, no less: the stored stars per day of every repository
(stars counted out by an unstar left out, as the app does), every day from the first star to
today (days without a star included), the running total, a titled line chart with dated x axis
at the same pixel size (default 1600x900, app/chartcommand.h), written as PNG.
"""
import datetime
import sqlite3
import sys

import matplotlib

matplotlib.use("Agg")  # no display: the same offscreen drawing the app does without one
import matplotlib.pyplot as plt  # noqa: E402  (after the backend is chosen)
import numpy as np  # noqa: E402


def main():
    db_path, out = sys.argv[1], sys.argv[2]
    width, height = (int(v) for v in (sys.argv[3] if len(sys.argv) > 3 else "1600x900").split("x"))

    con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    rows = con.execute(
        "SELECT m.date, COUNT(*) FROM insight_metric m "
        "JOIN insight_metric_type t ON t.id = m.metric_type_id "
        "WHERE t.key = 'new_star' AND m.period = 'event' "
        "AND json_extract(m.metadata, '$.unstarred_at') IS NULL "
        "GROUP BY m.date ORDER BY m.date"
    ).fetchall()
    con.close()
    if not rows:
        sys.exit("no stars stored")

    # One value per day, all time: from the first stored day to today, like the app's "all".
    first = datetime.date.fromisoformat(rows[0][0])
    today = datetime.date.today()
    days = (today - first).days + 1
    per_day = np.zeros(days)
    for date, count in rows:
        per_day[(datetime.date.fromisoformat(date) - first).days] += count
    total = np.cumsum(per_day)
    dates = np.arange(np.datetime64(first), np.datetime64(today) + 1)

    dpi = 100
    fig, ax = plt.subplots(figsize=(width / dpi, height / dpi), dpi=dpi)
    ax.plot(dates, total, label="Stars", linewidth=2)
    ax.set_title(f"Stars over time — {first.isoformat()} – {today.isoformat()}")
    ax.set_ylabel("stars")
    ax.set_ylim(bottom=0)
    ax.grid(True, alpha=0.3)
    ax.legend(loc="upper left")
    fig.tight_layout()
    fig.savefig(out, format="png", dpi=dpi)
    print(f"{out}: {int(total[-1])} stars, {first} to {today}, {width}x{height}")


if __name__ == "__main__":
    main()
