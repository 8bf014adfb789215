<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccessExportDialog</name>
    <message>
        <source>Data about this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything the workspace holds about {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a request to see one&apos;s own data, or to take it along: a PDF the person can read (conversations with answers and agreements, signed versions, plans, follow-up, recognitions) and a JSON file with the same data for other programs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the two files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the leader&apos;s private notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The leader&apos;s private notes are about this person too, so they may ask for them. They were written as the leader&apos;s own notes: read them before you hand the files over, and tell the leader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written: {pdf} and {json}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityLogDialog</name>
    <message>
        <source>Activity log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done to which record, and when. The log holds no names and no texts, only the kind of record and its ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the activity log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityLogModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityRow</name>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be done to learn it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity done by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning method</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdjustGoalDialog</name>
    <message>
        <source>Adjust goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the goal is stays as signed. These changes are recorded as an adjustment, and the planned meetings from today on are planned again; held, missed and cancelled meetings stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes are recorded as an adjustment, and the planned meetings from today on are planned again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No regular meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goal has a deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We keep working on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementRow</name>
    <message>
        <source>(nobody chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>carried over from last round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this agreement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementsBox</name>
    <message>
        <source>The four agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add: %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the workspace is opened after changes, and before every upgrade and import, musdesk checks the database and takes an encrypted backup; a database that fails the check is never backed up. It keeps the newest ones (see Settings), one a day for a week and one a week for a month. A backup opens with the same passphrase. Restoring one first backs up the current state, so the restore can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups yet. One is taken at the next opening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace goes back to how it was on {when}. Everything entered or changed since then is lost from the workspace. A backup of the current state is taken first, so you can undo this by restoring that backup. People erased since then stay erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was restored. The state before it is kept as the newest backup: restore that one to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened after changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New data key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a restore (restore it to undo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked (older version)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CarryForwardBox</name>
    <message>
        <source>From last round: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agreements were written down last time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(by %s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this agreement to this year&apos;s agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last round&apos;s goals and how they went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What helped: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open goals are left from last round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deadline %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>carried over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry over: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue this goal in this year&apos;s plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Verification certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every summary musdesk prints is signed with this workspace&apos;s own certificate. Give the certificate file to a client or a lawyer: with it as the trusted certificate, a PDF reader or a signature checker confirms that a saved summary is unchanged since it was signed. The same fingerprint is printed at the foot of every summary page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint of the certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the verification certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new passphrase replaces the old one at once. The recovery key stays valid, unless you also replace the data key below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also replace the data key (key rotation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this when an old copy of the workspace folder or of its key file may be in the wrong hands, together with the old passphrase or the recovery key (a lost laptop or USB stick, a colleague who knew the passphrase). The database is encrypted again with a new key, the backups made so far are removed and a new one is taken, and you get a new recovery key: the old one stops working. This takes a little longer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypting the workspace again with a new key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protecting the key with the new passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictReportDialog</name>
    <message>
        <source>Package merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report is also kept inside the workspace. A saved copy is not encrypted: it may hold personal data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationTab</name>
    <message>
        <source>left %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no MUS round yet. Plan a round in the MUS wheel tab; its conversations will then be written down here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This round has no conversations yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the HR consultant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the conversation cancelled? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amend the signed conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed version stays as it is. Say why a new version is needed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This employee has no conversation in that round yet. Add one from the MUS wheel tab.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationTabView</name>
    <message>
        <source>&amp;Round:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Employee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel this conversation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview, print or save this conversation&apos;s documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save invitation for e-mail (.ics + PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the conversation reached each status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new version of the signed conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End this conversation without holding it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts of the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet: a field is empty or a date incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: &lt;b&gt;%s&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next step: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the conversation was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only once the conversation is held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed summary as PDF/A-2b, the archival format personnel files and public archives ask for; same verification code, no attached file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary for signature (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A summary records a conversation that took place: mark the conversation as held first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left the organisation on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation is still open: cancel it, keeping the reason, or hold it if it still takes place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed — version %1. %2 signed on %3, %4 signed on %5 (recorded %6). The content is read-only; use Amend to start a new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conversation was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark prepared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark summary drafted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record signatures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel conversation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary for signature…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the HR consultant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary for the personnel file (PDF/A-2b)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee&apos;s preparation sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader&apos;s preparation sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development plan…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateWorkspaceDialog</name>
    <message>
        <source>Create a new workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is a folder that holds your encrypted data. Choose a passphrase you can remember: without it or the recovery key, nobody can open the data, not even you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder (new or empty):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder is not empty. Choose a new or empty folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayCheck</name>
    <message>
        <source>%1 is a public holiday: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a weekend day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <source>DEMO – the people and conversations here are invented. This workspace is deleted when you quit musdesk or open another workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEMO – {name} – musdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo workspace and everything you entered in it will be deleted when musdesk quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit and delete the demo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DepartmentDialog</name>
    <message>
        <source>Edit department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed under:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the department above from the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentPreview</name>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary for the personnel file (PDF/A-2b)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee&apos;s preparation sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader&apos;s preparation sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MUS wheel overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled after %n file(s) in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One file with the documents of %n people (%2 pages): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n file(s) written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n conversation(s) not held yet: no summary made.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentPreviewDialog</name>
    <message>
        <source>Pages: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DueListModel</name>
    <message>
        <source>Follow-up meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DueReviewModel</name>
    <message>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept before because</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DueReviewPanel</name>
    <message>
        <source>Past the organisation&apos;s retention period: erase each, or keep it with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep with a reason…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due for review ({n})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatesPanel</name>
    <message>
        <source>Possible duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These rows have the name and department of someone already in the roster, but another e-mail or employee number. Choose for each whether it is that person (update) or somebody new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose: update or new…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update {person}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add as a new person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row}: {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditRoundDialog</name>
    <message>
        <source>Edit the round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmployeeDialog</name>
    <message>
        <source>Edit employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no department)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no leader)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s employee number, if any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First and last name are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first name is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last name is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the department from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the leader from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address does not look right.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmployeeTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase {name} and everything about them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase the round {name} with its conversations and plans?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase the organisation {name} with all its people?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This will be erased:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is erased from the database and from every backup: the {count} backups are rewritten without it (one that cannot be opened is removed, since it would keep it). Issued summaries and their seals and scans go with it, and the next calendar export cancels the events. Only a note without content that an erasure happened is kept. This cannot be undone, not even by restoring a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export their data first…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a package first…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand that this cannot be undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasing the records from the database… (you can still cancel: nothing is changed until this step ends)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compacting the database, file 1 of {files}, so that no page keeps the erased data… This can no longer be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewriting the backup {name}, file {number} of {files}… This can no longer be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The erasure was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationDialog</name>
    <message>
        <source>Evaluate a goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What made it work, or what stood in the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What helped:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to carry into the next round&apos;s conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What next:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose whether the goal was achieved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationPanel</name>
    <message>
        <source>Counts only, without names. A group of fewer than %1 people gets no figures of its own; small departments are counted together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation figures per department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round report (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One page for management and the works council: counts only, no names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How did the round go? What should change next year?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The round&apos;s evaluation notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The round&apos;s own evaluation&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fewer than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow-ups on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no figures: fewer than %1 people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Learning methods:&lt;/b&gt; none to show yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Most used learning methods:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpTab</name>
    <message>
        <source>Follow-up meeting (planned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up meeting (held)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up meeting (missed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-goal (done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MUS conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognition (formal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognition (informal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the next 14 days: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a point on the timeline to see what it is and what you can do. Double-click to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the held meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – planned for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the held meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the follow-up meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the meeting with %1 on %2? It stays in the history as cancelled, and the next calendar export removes it from calendars.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal adjusted: %1 planned meetings from today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a follow-up meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjust goal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the calendar file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events written to the calendar file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpView</name>
    <message>
        <source>Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the follow-up meetings and deadlines shown here as an .ics file. It holds no notes or conversation content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the due list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrow keys move between the points of a row and between rows; Enter opens the selected point. The due list beside it holds the same follow-ups as a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a follow-up meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a meeting for the chosen employee (or the selected point&apos;s), on a date and time you choose, for the goals you tick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjust goal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change how often you meet, the start or the deadline of the selected point&apos;s goal, or mark it achieved or dropped. What was signed stays as signed; the planned meetings follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate goal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognition…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormEdits</name>
    <message>
        <source>Remove the agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the agreement “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the development goal “%1” with its sub-goals (%2) and activities (%3)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the goal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormView</name>
    <message>
        <source>From last round: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The employee&apos;s preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The leader&apos;s preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes from the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was said and agreed, in a few paragraphs. It is printed for both to sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main points (the summary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The four agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The employee reads the summary before signing and may add remarks here. They are printed with the summary and signed with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The employee&apos;s comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed and signed paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 was signed on %2 and amended on %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1: a name in the stored copy was replaced by an erasure on %2; the signed paper copy is the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored content of signed version %d no longer matches its fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader&apos;s private notes — never printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for the leader&apos;s own memory. These notes are kept apart from the conversation and are never part of the summary, the signed version or any printout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader&apos;s private notes (never printed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalEditor</name>
    <message>
        <source>Development goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is to be learnt or reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried over from last round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wanted change in daily practice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support and resources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs that the goal is met:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a sub-goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-goals:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not linked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategic goal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followed up by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan starts on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days between follow-up meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the goal a title first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development goal %d</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupConversationDialog</name>
    <message>
        <source>Group conversation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One name or group per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the organisation&apos;s goals mean for this department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development activities the team shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The department&apos;s goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared development activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Strategic goals to break down:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Getting started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvitationExport</name>
    <message>
        <source>Folder for the invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 and %2. Attach both to an e-mail to the employee and the leader; the .ics puts the conversation in their calendars.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving invitations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 invitations saved in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a time yet (no invitation): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitations saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeepDialog</name>
    <message>
        <source>Keep past the retention period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is kept if there is a reason the data is still needed (a pending case, an agreement with the organisation). The reason is recorded, and the item is due for review again after the chosen time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for keeping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review again in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LastYearPage</name>
    <message>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new round follows an earlier round: its agreements and goals appear on the preparation sheets and in the conversation form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The round this round follows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry over open goals and last year&apos;s agreements for everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is carried over, per person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (start afresh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The round starts afresh: no last year on the preparation sheets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one taking part had a conversation in that round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried over: open goals %1, agreements %2, into the conversations of %3 of the %4 people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is carried over now; each goal can still be carried over one by one in the conversation form.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeaversNotice</name>
    <message>
        <source>Cancel their open conversations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left the organisation, with an open conversation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the open conversations of %1, who have left? The reason (left on which day) is kept with each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 conversations were cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rivacy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a printed or saved &amp;summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;verification certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About musdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locking as soon as the background task has stopped…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not locked: an edit could not be saved: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the workspace… this takes a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace: {path} ({state})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarkLeftDialog</name>
    <message>
        <source>Employee has left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} will no longer be part of new MUS rounds. Earlier conversations and plans are kept. You can undo this later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last working day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Follow-up meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting was held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting was missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you talked about and agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support given or promised (time, training, a mentor, tools)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress per goal (0–100 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This employee has no open goals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustments to the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change how often we meet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline moved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meet %1 from now on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the adjustment is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move it to a new date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not plan it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it did not take place (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveMeetingDialog</name>
    <message>
        <source>Move the follow-up meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At a set time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MusWheel</name>
    <message>
        <source>MUS wheel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <source>At least {n} characters; several words are best</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak: easy to guess. Add a few unrelated words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair. A few more words would make it much stronger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase needs at least {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two entries are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Edit organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Norway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of documents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country (public holidays):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackageActions</name>
    <message>
        <source>Package exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{records} records were written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merging the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{added} records added, {updated} updated, {conflicts} conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the package as a new workspace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackageExportDialog</name>
    <message>
        <source>Export package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is one encrypted file; nothing unencrypted is written to disk. Without the passphrase or key it cannot be opened: keep them apart from the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole workspace (to move it to another laptop or keep a copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these organisations, with everything that belongs to them (to hand a client its data):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to protect it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the recipients&apos; public keys (age1…), e.g. the client&apos;s IT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste one or more public keys (age1…), or load a key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load key file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the same passphrase twice (see the hint above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste or load at least one public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>musdesk packages (*.musdesk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackageImportDialog</name>
    <message>
        <source>Import package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the package holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the package and press Inspect: its contents are checked and shown here before anything is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or key file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge into the open workspace (a backup is taken first; conflicts are listed in a report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open as a new workspace in this folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New workspace folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspect the package first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder for the new workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder must be new or empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the new workspace&apos;s passphrase twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge into this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the new workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>musdesk packages (*.musdesk);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decrypting and checking the package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made: {created} (UTC) with musdesk {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From workspace: {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope: {scope}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaperActions</name>
    <message>
        <source>Choose the scan of the signed paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>musdesk cannot show this file. Use Save as… and open the copy with another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of the scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this scan from the workspace? The signed version itself stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaperBox</name>
    <message>
        <source>Printings of the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 · code %2 · printed %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not printed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans of the signed paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scan stored. After both have signed, you can keep a scan of the paper here (inside the encrypted workspace).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a scan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartBox</name>
    <message>
        <source>A number from 1 (not at all) to 5 (very much), and what lies behind it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <source>Who takes part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole organisation or one department (with the departments below it). Untick anyone who is not to have a conversation in this round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees in the round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 employees take part</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeoplePanel</name>
    <message>
        <source>The people in the round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change leader…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the round…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The round&apos;s results as a spreadsheet (XLSX or CSV) for the client&apos;s HR system; private notes are never included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new hire, or someone back from leave, joins the round. A time is proposed at once; it can be moved in the conversation form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no free time found yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was added; proposed time: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take out of the round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s conversation is cancelled; the reason is kept with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was taken out of the round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who holds %1&apos;s conversation in this round (the roster is not changed)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s conversation is now held by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The round was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>There is no one to choose.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanBox</name>
    <message>
        <source>Development plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A good goal says what is to be learnt, how (activities), how it will show in daily work, by when, and how often it is followed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No development goal yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a development &amp;goal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanMeetingDialog</name>
    <message>
        <source>Plan a follow-up meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up meeting with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At a set time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open goals: the meeting is a general one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals to follow up:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintStack</name>
    <message>
        <source>Print in one go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone&apos;s summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone&apos;s invitation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone&apos;s preparation sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The leaders&apos; preparation sheets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone&apos;s development plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All summaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All employees&apos; preparation sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All leaders&apos; preparation sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All development plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to print: no conversation of the round has been held yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The round has no conversations.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> years after the round ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months after leaving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations and plans:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People who have left:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is past these periods appears under “Due for review” in the roster, to be erased or kept with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records and erasure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record of processing (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round to erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase this round…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase this organisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasures made in this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the date and the kind are kept, no names: a restore of an older backup erases them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>employees erased: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rounds erased: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisations erased: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the record of processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressMatrix</name>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (left %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left the organisation on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reached yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Progress of every conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, department or leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only those behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save invitation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecognitionDialog</name>
    <message>
        <source>Recognition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognition for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informal (praise, a celebration)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formal (raise, bonus, new responsibility)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not tied to a goal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the goal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it was for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you ever forget the passphrase, this key is the only other way into the workspace. It is shown now and never again. Print it or save it somewhere safe, away from this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have printed or saved the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>musdesk recovery key

Workspace: {folder}

{key}

Keep this sheet somewhere safe. Anyone with it and the workspace folder can read the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterFollowUpMenu</name>
    <message>
        <source>Plan a follow-up meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <source>Import roster into {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a roster file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rosters ({patterns});;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file “{path}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook, sheet “{sheet}”, {rows} rows with content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text file, {encoding}, separated by “{delimiter}”, {rows} rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this column holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {number}: {cells}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some rows may be people already in the roster: choose for each possible duplicate whether to update that person or add a new one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterImportView</name>
    <message>
        <source>Choose a CSV or Excel file exported from the HR system. Check what each column holds in the first row of the preview; nothing is saved until you press Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or paste a path, choose a file, or drop one here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row that holds the column names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet of the workbook that holds the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column names in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report of what the import will do appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file yet. Choose the roster exported from the client&apos;s HR system (CSV or Excel), or drop the file here. Existing employees are recognised by employee number, e-mail or name and updated, not duplicated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterPreviewModel</name>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each column holds:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterPrivacy</name>
    <message>
        <source>Data about this person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase this person and everything about them, also from the backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterTab</name>
    <message>
        <source>Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add organisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit organisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import roster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename or move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategic goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No strategic goals yet. Add the goals the development goals of this round should serve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add goal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit goal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Departments&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, job title, e-mail, department or leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show people who have left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add employee…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as left…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client organisations yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the organisation you work for, then its departments and employees, or import its roster from the HR system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the first organisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Strategic goals&lt;/b&gt; of {name} and the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Strategic goals&lt;/b&gt; of the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} (department)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No employees here yet. Add one, or import the roster from the HR system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody matches “{text}”. Clear the filter to see everyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} employees in {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} of {total} employees in {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as active</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoundPage</name>
    <message>
        <source>The round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which client, what the round is called, when it runs and which question set the conversations use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MUS %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question sets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy, adapt, import or export question sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the question set asks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standard questions in the organisation&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an organisation in the roster first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the round a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoundPeopleModel</name>
    <message>
        <source>Employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken out on %1 (%2), added back on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken out on %1, added back on %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoundWizard</name>
    <message>
        <source>Plan a MUS round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan the round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning the round…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrying over last year&apos;s goals and agreements: {done} of {total} people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposing times: {done} of {total} conversations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleRow</name>
    <message>
        <source>Date of the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting room, address or video link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;here:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after idle time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups kept:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You, in this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Maja Holm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your firm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs the invitation of an employee who has no leader. Stored in the workspace, not on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Help for the tab shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roster: find a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roster: edit the selected person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MUS wheel: go to a step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1–8, arrow keys, Home, End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation: save now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date fields: a day later or earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up, Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up timeline: move between points, open one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrow keys, Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu keys work on every tab; the others where they are named.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Record the signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that both have signed the printed summary. The conversation then becomes read-only; a later change needs an amendment, which starts a new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by %s on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: a scan of the signed paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan of the signed paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan is stored encrypted inside the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record signatures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlotsPage</name>
    <message>
        <source>Conversation times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times are proposed on working days within these days and hours, with a break between two conversations of the same leader and never two at once. All can be moved later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the leader&apos;s office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed conversation days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One leader can hold up to %1 conversations in these days; the busiest leader has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not everyone gets a time: choose more days or longer hours, or place the rest by hand later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 conversations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StackPreviewDialog</name>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 document(s), %2 page(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print all…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepPanel</name>
    <message>
        <source>Due date of the step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist of the step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new task for this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one in particular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees not past this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Checklist&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Choose a step on the wheel&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a step or use the arrow keys to see its checklist and who is behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark step done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Not past this step yet: %1 of %2&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Everyone is past this step.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepsPage</name>
    <message>
        <source>The eight steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The steps before the conversations are due before the first proposed conversation, the others after the last one; tick who is responsible. Everything can be changed later on the wheel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due dates and responsible roles per step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StrategicGoalDialog</name>
    <message>
        <source>Edit strategic goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add strategic goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For: {scope}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Shorter waiting times for our users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the goal means in practice, and how you will know it is reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StrategyPanel</name>
    <message>
        <source>Strategic goals and their breakdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development goals linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategic goals per department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The department&apos;s goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group conversations per department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit group conversation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Group conversations (GRUS)&lt;/b&gt; — before the individual conversations, each team talks through what the strategy means for it. Individual development goals can then link to these goals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No strategic goals yet (add them in the roster)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the group conversation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not planned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubGoalRow</name>
    <message>
        <source>Sub-goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step on the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-goal due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateEditorDialog</name>
    <message>
        <source>Question sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a set of your own from the chosen one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy in another language is that language&apos;s version of the set: translate its questions, and documents in that language use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description of the set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the set is for, e.g. which client and which changes (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections and questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview this part…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen part as it prints: the employee&apos;s or the leader&apos;s preparation sheet, or the conversation&apos;s questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use by the rounds %1: saving makes a new version, and their conversations keep this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the set that comes with musdesk: make a copy to adapt it for a client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversation uses this set yet: saving changes it in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the section “%1”? Its questions (%2) go with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the question “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as version %1; rounds already planned keep their version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied; give the copy the client&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export question set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question set (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import question set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateItemForm</name>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a section or a question above to see and change its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introduction of the section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hint shown with the question (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free text: lines to write on. Scale 1–5: the preparation sheet asks to circle a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered as</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineLegend</name>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to show here yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnexpectedErrorDialog</name>
    <message>
        <source>An unexpected error occurred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>musdesk ran into a problem it did not expect. Your saved data is safe; the last change you made may not have been saved. You can keep working, or restart musdesk if something looks wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details below were also written to {path}. They contain no names or notes from your workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockNotice</name>
    <message>
        <source>1 follow-up overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 follow-ups overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 due this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 due this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(all organisations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the due list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the notice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Unlock your workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I forgot the passphrase: use the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the demo. Its passphrase is: {passphrase}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace was locked to protect its content. Unlock it to continue where you were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking… deriving the key takes a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key you printed or saved when the workspace was created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the recovery key first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnsavedEdit</name>
    <message>
        <source>An edit is not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An edit could not be saved: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free some space or fix the problem, then retry. If you quit now, the edit is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard and quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free some space or fix the problem, then retry. If you lock now, the edit is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard and lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Check a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a saved summary (PDF), or type the verification code printed on a paper summary. musdesk tells you whether it is exactly what this workspace issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a PDF file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code on the paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing checked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a code, the stored content is shown here to compare with the paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Welcome to musdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>musdesk keeps your clients&apos; rosters, conversations and development plans in an encrypted workspace on this computer. Nothing is sent anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start by creating a workspace protected by a passphrase, or open one you already have, for example copied from another laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an existing workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore the demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo holds invented people only, so you can try everything safely.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WheelTab</name>
    <message>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a round…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status of the round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question sets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done}/{total} tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{passed}/{total} past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The steps of the wheel as a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;No MUS round yet&lt;/h3&gt;&lt;p&gt;Plan a round to see its wheel: the eight steps with their checklists, who is behind, and the figures at the end.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations in this round: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behind: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps overdue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other departments together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MUS wheel overview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All invitations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All employees&apos; preparation sheets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All leaders&apos; preparation sheets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All development plans…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All invitations for e-mail (.ics + PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the round report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceActions</name>
    <message>
        <source>Open a workspace folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From now on, unlock with the new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Row</name>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <source>&lt;h3&gt;musdesk {version}&lt;/h3&gt;&lt;p&gt;Employee development conversations (MUS) for HR consultants: the roster, the MUS wheel, the conversation and the follow-up, in one encrypted workspace.&lt;/p&gt;&lt;p&gt;musdesk works offline and never sends data anywhere.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About musdesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <source>D</source>
        <comment>placeholder letter for the day</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M</source>
        <comment>placeholder letter for the month</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Y</source>
        <comment>placeholder letter for the year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH:MM</source>
        <comment>placeholder of a time of day</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tabs</name>
    <message>
        <source>Roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MUS wheel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
