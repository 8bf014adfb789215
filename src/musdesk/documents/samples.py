"""Example documents built from plain data, for tests, the benchmark and visual checks.

No database needed; `long_notes` and `names` let a caller stress the layout.
"""

from __future__ import annotations

import datetime as dt

from musdesk.documents.content import (
    Activity,
    Agreements,
    Context,
    FollowUp,
    Goal,
    GoalReview,
    Invitation,
    LastYear,
    Person,
    PlanDocument,
    PrepSheet,
    QuestionNote,
    Section,
    SubGoal,
    SummaryDocument,
    WheelOverview,
    WheelStep,
)

SAMPLE_ID = "0b7e3c1e-5d55-4a63-9a43-1f0d2f8e6c21"


def sample_context(employee: str = "Søren Ærøskøbing", leader: str = "Åse Øvergård") -> Context:
    return Context(
        organisation="Fjordby Kommune",
        round_name="MUS 2026",
        employee=Person(employee, "Sagsbehandler"),
        leader=Person(leader, "Afdelingsleder"),
        department="Borgerservice",
        starts_at=dt.datetime(2026, 11, 23, 10, 0),
        ends_at=dt.datetime(2026, 11, 23, 11, 30),
        place="Mødelokale 2, Rådhuset",
    )


def sample_goals() -> tuple[Goal, ...]:
    return (
        Goal(
            title="Lead the new intake process",
            why="The department takes over intake from two other teams next spring.",
            linked_to="Faster answers to citizens",
            wanted_change="Runs the Monday intake meeting without the leader.",
            signs_of_success="Backlog under 20 cases; colleagues come with questions.",
            support="Two days of course budget; a mentor from the finance team.",
            deadline=dt.date(2027, 6, 30),
            activities=(
                Activity("Course in process facilitation", "Course or education module"),
                Activity("Shadow the intake coordinator for four weeks", "Peer training"),
            ),
            sub_goals=(
                SubGoal("Map today's intake", dt.date(2027, 1, 31)),
                SubGoal("Run the first meeting", dt.date(2027, 3, 1)),
            ),
            followed_up_by="Åse Øvergård",
            cadence="Monthly",
            status="In progress",
            progress=20,
        ),
        Goal(title="Learn the new case system", deadline=None,
             activities=(Activity("Self-study with the vendor's videos", "Self-study"),)),
    )


def sample_summary(
    *, notes: str | None = None, language: str = "en", context: Context | None = None,
    empty: bool = False,
) -> SummaryDocument:
    answer = notes if notes is not None else (
        "A good year overall. The move to the new building took more time than planned.\n\n"
        "Would like more responsibility for the intake process."
    )
    sections = () if empty else (
        Section("Looking back", (
            QuestionNote("Which tasks went well this year?", answer),
            QuestionNote("How did last year's agreements work out?", "Mostly kept."),
        )),
        Section("Well-being and collaboration", (
            QuestionNote("How do you thrive in the team?", ""),
        )),
        Section("Looking ahead", ()),
    )
    return SummaryDocument(
        document_id=SAMPLE_ID,
        version=2,
        language=language,
        context=context or sample_context(),
        main_points="" if empty else "A calm, open conversation. Focus next year: the intake.",
        sections=sections,
        agreements=Agreements() if empty else Agreements(
            leader_expects="Takes the lead on intake from March.",
            employee_expects="A monthly talk and protected time for the course.",
            actions="Employee signs up for the course by 15 December; leader books the mentor.",
            not_done="No new reporting duties this year, to make room for intake.",
        ),
        goals=() if empty else sample_goals(),
        follow_ups=() if empty else (
            FollowUp(dt.date(2027, 1, 15), "Follow-up 1", "Planned"),
            FollowUp(dt.date(2027, 2, 15), "Follow-up 2", "Planned"),
        ),
    )


def sample_prep_sheet(part: str, language: str = "en") -> PrepSheet:
    return PrepSheet(
        language=language,
        part=part,
        context=sample_context(),
        sections=(
            Section("Looking back", (
                QuestionNote("Which tasks went well this year, and why?"),
                QuestionNote("What would you do differently?"),
            )),
            Section("Looking ahead", (QuestionNote("What would you like to learn next year?"),)),
        ),
        last_year=LastYear(
            round_name="MUS 2025",
            agreements=Agreements(actions="Course in the case system by June."),
            goals=(GoalReview("Learn the new case system", "Partly achieved", "Partly achieved",
                              "Half a day a week with a colleague who knows it", 60),),
        ),
    )


def sample_invitation(language: str = "en") -> Invitation:
    return Invitation(language=language, context=sample_context())


def sample_wheel(language: str = "en") -> WheelOverview:
    phases = ("before", "before", "before", "during", "during", "after", "after", "after")
    return WheelOverview(
        language=language,
        organisation="Fjordby Kommune",
        round_name="MUS 2026",
        period_start=dt.date(2026, 9, 1),
        period_end=dt.date(2027, 8, 31),
        steps=tuple(
            WheelStep(
                number=i, phase=phases[i - 1], title="", about="",
                responsible=("HR/consultant", "Leader") if i < 3 else ("Leader", "Employee"),
                due=dt.date(2026, 9, 1) + dt.timedelta(days=40 * i),
                done=dt.date(2026, 9, 1) + dt.timedelta(days=38 * i) if i < 4 else None,
            )
            for i in range(1, 9)
        ),
    )


def sample_plan(language: str = "en") -> PlanDocument:
    return PlanDocument(
        language=language, context=sample_context(), goals=sample_goals(),
        follow_ups=(FollowUp(dt.date(2027, 1, 15), "Follow-up 1", "Planned"),),
    )
