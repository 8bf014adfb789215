"""Evaluation figures: counts per department, on-time follow-ups, anonymity threshold."""

from __future__ import annotations

import dataclasses
import datetime as dt

from musdesk.services.evaluation import MIN_GROUP, round_figures
from tests.unit.evaluation.conftest import TODAY, RoundBuilder, add_activity, add_meeting


def _by_name(figures) -> dict:
    return {group.name: group for group in figures.departments}


def test_figures_per_department_count_held_signed_and_on_time(builder: RoundBuilder) -> None:
    statuses = ["planned", "held", "held", "signed", "in_follow_up", "closed"]
    convs = [builder.conversation("Drift", status) for status in statuses]
    builder.conversation("Drift", "cancelled")
    for status in ["held"] * 5:
        builder.conversation("Skole", status)
    planned = dt.date(2026, 3, 1)
    add_meeting(convs[4], planned, "held", planned + dt.timedelta(days=2))  # on time
    add_meeting(convs[4], planned, "held", planned + dt.timedelta(days=30))  # late
    add_meeting(convs[5], planned, "missed")
    add_meeting(convs[5], planned, "cancelled")  # not counted
    add_meeting(convs[5], TODAY + dt.timedelta(days=1), "planned")  # not due yet
    figures = round_figures(str(builder.round.id), TODAY)
    drift = _by_name(figures)["Drift"]
    assert (drift.people, drift.held, drift.signed) == (6, 5, 3)
    assert (drift.follow_ups_due, drift.follow_ups_on_time) == (3, 1)
    assert (figures.total.people, figures.total.held, figures.total.signed) == (11, 10, 3)
    assert not figures.total.suppressed


def test_small_departments_are_pooled_and_show_no_figure_alone(builder: RoundBuilder) -> None:
    for _ in range(6):
        builder.conversation("Drift", "held")
    for _ in range(MIN_GROUP):
        builder.conversation("Skole", "signed")
    for _ in range(2):
        builder.conversation("Ledelse", "held")
    figures = round_figures(str(builder.round.id), TODAY, other_departments="Other")
    names = [group.name for group in figures.departments]
    assert "Ledelse" not in names
    # Two people alone would be guessable from the total, so the smallest shown department
    # (Skole, 5) joins them: 7 people in the pool.
    assert names == ["Drift", "Other"]
    other = _by_name(figures)["Other"]
    assert (other.people, other.held, other.signed, other.suppressed) == (7, 7, 5, False)
    for group in figures.departments:
        assert group.people >= MIN_GROUP


def test_a_round_under_the_threshold_has_no_figures_at_all(builder: RoundBuilder) -> None:
    for _ in range(MIN_GROUP - 1):
        conv = builder.conversation("Drift", "signed")
        add_activity(conv, "course")
    figures = round_figures(str(builder.round.id), TODAY)
    assert figures.total.suppressed
    assert figures.total.people is None and figures.total.held is None
    assert all(group.suppressed for group in figures.departments)
    assert figures.learning_methods == []


def test_no_names_leave_the_service(builder: RoundBuilder) -> None:
    for _ in range(MIN_GROUP):
        builder.conversation("Drift", "signed")
    figures = round_figures(str(builder.round.id), TODAY)
    flat = repr(dataclasses.asdict(figures))
    assert "Person" not in flat and "Ørsted" not in flat and "Åse" not in flat


def test_learning_methods_most_used_first(builder: RoundBuilder) -> None:
    convs = [builder.conversation("Drift", "signed") for _ in range(MIN_GROUP)]
    for conv, method in zip(convs, ["mentoring", "course", "mentoring", "project", "course"],
                            strict=True):
        add_activity(conv, method)
    add_activity(convs[0], "course")
    figures = round_figures(str(builder.round.id), TODAY)
    assert figures.learning_methods == [("course", 3), ("mentoring", 2), ("project", 1)]


def test_evaluation_notes_come_from_step_eight(builder: RoundBuilder) -> None:
    builder.steps["evaluation"].notes = "Godt forløb"
    builder.steps["evaluation"].save()
    assert round_figures(str(builder.round.id), TODAY).evaluation_notes == "Godt forløb"
