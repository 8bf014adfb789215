"""Schema version 1: the workspace settings and every table of the MUS domain.

Frozen copies of the tables as they were at this version, independent of the
application's models (a later model change must not rewrite history). Rendered by
tests/fixtures/render_migration.py; Python-side defaults are left out (they are not schema).
"""

from peewee import (
    BlobField,
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
    TimeField,
    UUIDField,
)


def up(migrator, db):
    class WorkspaceMeta(Model):
        key = CharField(primary_key=True, max_length=64)
        value = TextField()

        class Meta:
            database = db
            table_name = "workspace_meta"

    class Organisation(Model):
        id = UUIDField(primary_key=True)
        created_at = DateTimeField()
        updated_at = DateTimeField()
        name = CharField(max_length=200)
        language = CharField(max_length=8)
        notes = TextField()
        workday_start = TimeField()
        workday_end = TimeField()

        class Meta:
            database = db
            table_name = "organisation"

    class Department(Model):
        id = UUIDField(primary_key=True)
        created_at = DateTimeField()
        updated_at = DateTimeField()
        organisation = ForeignKeyField(Organisation, on_delete="CASCADE")
        parent = ForeignKeyField("self", null=True, on_delete="SET NULL")
        name = CharField(max_length=200)
        sort_order = IntegerField()

        class Meta:
            database = db
            table_name = "department"

    class Employee(Model):
        id = UUIDField(primary_key=True)
        created_at = DateTimeField()
        updated_at = DateTimeField()
        organisation = ForeignKeyField(Organisation, on_delete="CASCADE")
        department = ForeignKeyField(Department, null=True, on_delete="SET NULL")
        leader = ForeignKeyField("self", null=True, on_delete="SET NULL")
        first_name = CharField(max_length=100)
        last_name = CharField(max_length=100)
        job_title = CharField(max_length=200)
        email = CharField(max_length=254)
        phone = CharField(max_length=50)
        start_date = DateField(null=True)
        active = BooleanField()
        left_on = DateField(null=True)
        external_ref = CharField(index=True, null=True, max_length=100)

        class Meta:
            database = db
            table_name = "employee"

    class StrategicGoal(Model):
        id = UUIDField(primary_key=True)
        created_at = DateTimeField()
        updated_at = DateTimeField()
        organisation = ForeignKeyField(Organisation, on_delete="CASCADE")
        department = ForeignKeyField(Department, null=True, on_delete="CASCADE")
        title = CharField(max_length=300)
        description = TextField()
        sort_order = IntegerField()

        class Meta:
            database = db
            table_name = "strategic_goal"

    class QuestionTemplate(Model):
        id = UUIDField(primary_key=True)
        created_at = DateTimeField()
        updated_at = DateTimeField()
        family = UUIDField(index=True)
        version = IntegerField()
        name = CharField(max_length=200)
        language = CharField(max_length=8)
        description = TextField()
        parent = ForeignKeyField("self", null=True, on_delete="SET NULL")
        source = CharField(null=True, max_length=100)
        superseded = BooleanField()

        class Meta:
            database = db
            table_name = "question_template"
            indexes = ((("family", "version"), True),)

    class TemplateSection(Model):
        id = UUIDField(primary_key=True)
        created_at = DateTimeField()
        updated_at = DateTimeField()
        template = ForeignKeyField(QuestionTemplate, on_delete="CASCADE")
        kind = CharField(max_length=32)
        theme = CharField(max_length=64)
        title = CharField(max_length=300)
        intro = TextField()
        sort_order = IntegerField()

        class Meta:
            database = db
            table_name = "template_section"

    class TemplateQuestion(Model):
        id = UUIDField(primary_key=True)
        created_at = DateTimeField()
        updated_at = DateTimeField()
        section = ForeignKeyField(TemplateSection, on_delete="CASCADE")
        key = CharField(max_length=64)
        text = TextField()
        help = TextField()
        kind = CharField(max_length=16)
        sort_order = IntegerField()

        class Meta:
            database = db
            table_name = "template_question"

    class Round(Model):
        id = UUIDField(primary_key=True)
        created_at = DateTimeField()
        updated_at = DateTimeField()
        organisation = ForeignKeyField(Organisation, on_delete="CASCADE")
        department = ForeignKeyField(Department, null=True, on_delete="SET NULL")
        name = CharField(max_length=200)
        period_start = DateField()
        period_end = DateField()
        status = CharField(max_length=32)
        template = ForeignKeyField(QuestionTemplate, null=True, on_delete="SET NULL")
        previous_round = ForeignKeyField("self", null=True, on_delete="SET NULL")
        conversation_minutes = IntegerField()
        notes = TextField()

        class Meta:
            database = db
            table_name = "round"

    class WheelStep(Model):
        id = UUIDField(primary_key=True)
        created_at = DateTimeField()
        updated_at = DateTimeField()
        round = ForeignKeyField(Round, on_delete="CASCADE")
        number = IntegerField()
        key = CharField(max_length=32)
        phase = CharField(max_length=16)
        roles = CharField(max_length=200)
        due_date = DateField(null=True)
        done_date = DateField(null=True)
        notes = TextField()

        class Meta:
            database = db
            table_name = "wheel_step"
            indexes = ((("round", "number"), True),)

    class StepTask(Model):
        id = UUIDField(primary_key=True)
        created_at = DateTimeField()
        updated_at = DateTimeField()
        step = ForeignKeyField(WheelStep, on_delete="CASCADE")
        text = CharField(max_length=500)
        role = CharField(null=True, max_length=32)
        due_date = DateField(null=True)
        done_on = DateField(null=True)
        sort_order = IntegerField()

        class Meta:
            database = db
            table_name = "step_task"

    class GroupConversation(Model):
        id = UUIDField(primary_key=True)
        created_at = DateTimeField()
        updated_at = DateTimeField()
        round = ForeignKeyField(Round, on_delete="CASCADE")
        department = ForeignKeyField(Department, on_delete="CASCADE")
        scheduled_start = DateTimeField(null=True)
        place = CharField(max_length=200)
        participants = TextField()
        department_goals = TextField()
        shared_activities = TextField()
        notes = TextField()
        held_on = DateField(null=True)

        class Meta:
            database = db
            table_name = "group_conversation"

    class Conversation(Model):
        id = UUIDField(primary_key=True)
        created_at = DateTimeField()
        updated_at = DateTimeField()
        round = ForeignKeyField(Round, on_delete="CASCADE")
        employee = ForeignKeyField(Employee, on_delete="CASCADE")
        leader = ForeignKeyField(Employee, null=True, on_delete="SET NULL")
        template = ForeignKeyField(QuestionTemplate, null=True, on_delete="RESTRICT")
        scheduled_start = DateTimeField(null=True)
        scheduled_end = DateTimeField(null=True)
        place = CharField(max_length=200)
        status = CharField(max_length=32)
        version = IntegerField()
        summary = TextField()
        cancel_reason = TextField()

        class Meta:
            database = db
            table_name = "conversation"
            indexes = ((("round", "employee"), True),)

    class Answer(Model):
        id = UUIDField(primary_key=True)
        created_at = DateTimeField()
        updated_at = DateTimeField()
        conversation = ForeignKeyField(Conversation, on_delete="CASCADE")
        question = ForeignKeyField(TemplateQuestion, on_delete="RESTRICT")
        part = CharField(max_length=32)
        text = TextField()

        class Meta:
            database = db
            table_name = "answer"
            indexes = ((("conversation", "question"), True),)

    class PrivateNote(Model):
        id = UUIDField(primary_key=True)
        created_at = DateTimeField()
        updated_at = DateTimeField()
        conversation = ForeignKeyField(Conversation, on_delete="CASCADE")
        text = TextField()

        class Meta:
            database = db
            table_name = "private_note"

    class Agreement(Model):
        id = UUIDField(primary_key=True)
        created_at = DateTimeField()
        updated_at = DateTimeField()
        conversation = ForeignKeyField(Conversation, on_delete="CASCADE")
        kind = CharField(max_length=32)
        text = TextField()
        owner = CharField(null=True, max_length=16)
        due_date = DateField(null=True)
        sort_order = IntegerField()
        carried_from = ForeignKeyField("self", null=True, on_delete="SET NULL")

        class Meta:
            database = db
            table_name = "agreement"

    class StatusChange(Model):
        id = UUIDField(primary_key=True)
        created_at = DateTimeField()
        updated_at = DateTimeField()
        conversation = ForeignKeyField(Conversation, on_delete="CASCADE")
        from_status = CharField(null=True, max_length=32)
        to_status = CharField(max_length=32)
        at = DateTimeField()
        version = IntegerField()

        class Meta:
            database = db
            table_name = "status_change"

    class SignedVersion(Model):
        id = UUIDField(primary_key=True)
        created_at = DateTimeField()
        updated_at = DateTimeField()
        conversation = ForeignKeyField(Conversation, on_delete="CASCADE")
        version = IntegerField()
        snapshot = TextField()
        content_hash = CharField(max_length=64)
        employee_signed_on = DateField()
        leader_signed_on = DateField()
        signed_at = DateTimeField()
        amended_at = DateTimeField(null=True)
        amendment_reason = TextField()

        class Meta:
            database = db
            table_name = "signed_version"
            indexes = ((("conversation", "version"), True),)

    class ScanAttachment(Model):
        id = UUIDField(primary_key=True)
        created_at = DateTimeField()
        updated_at = DateTimeField()
        conversation = ForeignKeyField(Conversation, on_delete="CASCADE")
        signed_version = ForeignKeyField(SignedVersion, null=True, on_delete="SET NULL")
        filename = CharField()
        mime_type = CharField(max_length=100)
        size = IntegerField()
        sha256 = CharField(max_length=64)
        data = BlobField()

        class Meta:
            database = db
            table_name = "scan_attachment"

    class DevelopmentGoal(Model):
        id = UUIDField(primary_key=True)
        created_at = DateTimeField()
        updated_at = DateTimeField()
        employee = ForeignKeyField(Employee, on_delete="CASCADE")
        conversation = ForeignKeyField(Conversation, null=True, on_delete="SET NULL")
        strategic_goal = ForeignKeyField(StrategicGoal, null=True, on_delete="SET NULL")
        title = CharField(max_length=300)
        why = TextField()
        signs_of_success = TextField()
        support = TextField()
        practice_change = TextField()
        status = CharField(max_length=32)
        progress = IntegerField()
        owner = ForeignKeyField(Employee, null=True, on_delete="SET NULL")
        starts_on = DateField(null=True)
        deadline = DateField(null=True)
        cadence = CharField(null=True, max_length=16)
        cadence_days = IntegerField(null=True)
        carried_from = ForeignKeyField("self", null=True, on_delete="SET NULL")
        sort_order = IntegerField()

        class Meta:
            database = db
            table_name = "development_goal"

    class SubGoal(Model):
        id = UUIDField(primary_key=True)
        created_at = DateTimeField()
        updated_at = DateTimeField()
        goal = ForeignKeyField(DevelopmentGoal, on_delete="CASCADE")
        text = CharField(max_length=500)
        due_date = DateField(null=True)
        done_on = DateField(null=True)
        sort_order = IntegerField()

        class Meta:
            database = db
            table_name = "sub_goal"

    class Activity(Model):
        id = UUIDField(primary_key=True)
        created_at = DateTimeField()
        updated_at = DateTimeField()
        goal = ForeignKeyField(DevelopmentGoal, on_delete="CASCADE")
        description = CharField(max_length=500)
        method = CharField(max_length=32)
        starts_on = DateField(null=True)
        ends_on = DateField(null=True)
        done_on = DateField(null=True)
        sort_order = IntegerField()

        class Meta:
            database = db
            table_name = "activity"

    class FollowUpMeeting(Model):
        id = UUIDField(primary_key=True)
        created_at = DateTimeField()
        updated_at = DateTimeField()
        employee = ForeignKeyField(Employee, on_delete="CASCADE")
        conversation = ForeignKeyField(Conversation, null=True, on_delete="SET NULL")
        goal = ForeignKeyField(DevelopmentGoal, null=True, on_delete="CASCADE")
        planned_on = DateField(index=True)
        starts_at = TimeField(null=True)
        status = CharField(max_length=16)
        held_on = DateField(null=True)
        notes = TextField()

        class Meta:
            database = db
            table_name = "follow_up_meeting"

    class GoalProgress(Model):
        id = UUIDField(primary_key=True)
        created_at = DateTimeField()
        updated_at = DateTimeField()
        meeting = ForeignKeyField(FollowUpMeeting, on_delete="CASCADE")
        goal = ForeignKeyField(DevelopmentGoal, on_delete="CASCADE")
        progress = IntegerField()
        note = TextField()

        class Meta:
            database = db
            table_name = "goal_progress"
            indexes = ((("meeting", "goal"), True),)

    class Adjustment(Model):
        id = UUIDField(primary_key=True)
        created_at = DateTimeField()
        updated_at = DateTimeField()
        goal = ForeignKeyField(DevelopmentGoal, on_delete="CASCADE")
        meeting = ForeignKeyField(FollowUpMeeting, null=True, on_delete="SET NULL")
        made_on = DateField()
        description = TextField()
        reason = TextField()

        class Meta:
            database = db
            table_name = "adjustment"

    class Evaluation(Model):
        id = UUIDField(primary_key=True)
        created_at = DateTimeField()
        updated_at = DateTimeField()
        goal = ForeignKeyField(DevelopmentGoal, on_delete="CASCADE")
        evaluated_on = DateField()
        outcome = CharField(max_length=32)
        what_helped = TextField()
        what_next = TextField()

        class Meta:
            database = db
            table_name = "evaluation"

    class Recognition(Model):
        id = UUIDField(primary_key=True)
        created_at = DateTimeField()
        updated_at = DateTimeField()
        employee = ForeignKeyField(Employee, on_delete="CASCADE")
        goal = ForeignKeyField(DevelopmentGoal, null=True, on_delete="SET NULL")
        kind = CharField(max_length=16)
        category = CharField(max_length=32)
        given_on = DateField()
        note = TextField()

        class Meta:
            database = db
            table_name = "recognition"

    class AuditEvent(Model):
        id = UUIDField(primary_key=True)
        created_at = DateTimeField()
        updated_at = DateTimeField()
        at = DateTimeField(index=True)
        action = CharField(max_length=32)
        record_type = CharField(max_length=64)
        record_id = CharField(index=True, max_length=36)
        detail = CharField(max_length=200)

        class Meta:
            database = db
            table_name = "audit_event"

    db.create_tables(
        [
            WorkspaceMeta,
            Organisation,
            Department,
            Employee,
            StrategicGoal,
            QuestionTemplate,
            TemplateSection,
            TemplateQuestion,
            Round,
            WheelStep,
            StepTask,
            GroupConversation,
            Conversation,
            Answer,
            PrivateNote,
            Agreement,
            StatusChange,
            SignedVersion,
            ScanAttachment,
            DevelopmentGoal,
            SubGoal,
            Activity,
            FollowUpMeeting,
            GoalProgress,
            Adjustment,
            Evaluation,
            Recognition,
            AuditEvent,
        ]
    )
