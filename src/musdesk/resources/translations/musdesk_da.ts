<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>AccessExportDialog</name>
    <message>
        <source>Data about this person</source>
        <translation>Oplysninger om personen</translation>
    </message>
    <message>
        <source>Everything the workspace holds about {name}</source>
        <translation>Alt, hvad arbejdsområdet indeholder om {name}</translation>
    </message>
    <message>
        <source>For a request to see one&apos;s own data, or to take it along: a PDF the person can read (conversations with answers and agreements, signed versions, plans, follow-up, recognitions) and a JSON file with the same data for other programs.</source>
        <translation>Til en anmodning om indsigt i egne oplysninger eller om at få dem med: en PDF, personen kan læse (samtaler med svar og aftaler, underskrevne versioner, planer, opfølgning, anerkendelser), og en JSON-fil med de samme data til andre programmer.</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Mappe:</translation>
    </message>
    <message>
        <source>Folder for the two files</source>
        <translation>Mappe til de to filer</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Vælg…</translation>
    </message>
    <message>
        <source>Include the leader&apos;s private notes</source>
        <translation>Tag lederens private notater med</translation>
    </message>
    <message>
        <source>The leader&apos;s private notes are about this person too, so they may ask for them. They were written as the leader&apos;s own notes: read them before you hand the files over, and tell the leader.</source>
        <translation>Lederens private notater handler også om personen, så vedkommende kan bede om dem. De er skrevet som lederens egne notater: læs dem, før du udleverer filerne, og giv lederen besked.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksportér</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>Vis mappe</translation>
    </message>
    <message>
        <source>Folder for the export</source>
        <translation>Mappe til eksporten</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Skriver…</translation>
    </message>
    <message>
        <source>Written: {pdf} and {json}</source>
        <translation>Skrevet: {pdf} og {json}</translation>
    </message>
</context>
<context>
    <name>ActivityLogDialog</name>
    <message>
        <source>Activity log</source>
        <translation>Aktivitetslog</translation>
    </message>
    <message>
        <source>What was done to which record, and when. The log holds no names and no texts, only the kind of record and its ID.</source>
        <translation>Hvad der blev gjort ved hvilken post, og hvornår. Loggen indeholder ingen navne og ingen tekster, kun posttypen og dens ID.</translation>
    </message>
    <message>
        <source>Record type:</source>
        <translation>Posttype:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Fra:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Til:</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>Eksportér som CSV…</translation>
    </message>
    <message>
        <source>{n} events</source>
        <translation>{n} hændelser</translation>
    </message>
    <message>
        <source>Export the activity log</source>
        <translation>Eksportér aktivitetsloggen</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
</context>
<context>
    <name>ActivityLogModel</name>
    <message>
        <source>Time</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Posttype</translation>
    </message>
    <message>
        <source>Record ID</source>
        <translation>Post-ID</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalje</translation>
    </message>
</context>
<context>
    <name>ActivityRow</name>
    <message>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <source>What will be done to learn it</source>
        <translation>Hvad der gøres for at lære det</translation>
    </message>
    <message>
        <source>Activity done by</source>
        <translation>Aktiviteten udføres af</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>Udføres af</translation>
    </message>
    <message>
        <source>Learning method</source>
        <translation>Læringsform</translation>
    </message>
</context>
<context>
    <name>AdjustGoalDialog</name>
    <message>
        <source>Adjust goal</source>
        <translation>Justér mål</translation>
    </message>
    <message>
        <source>What the goal is stays as signed. These changes are recorded as an adjustment, and the planned meetings from today on are planned again; held, missed and cancelled meetings stay.</source>
        <translation>Selve målet forbliver som underskrevet. Ændringerne registreres som en justering, og de planlagte møder fra i dag planlægges igen; afholdte, udeblevne og aflyste møder bliver stående.</translation>
    </message>
    <message>
        <source>The changes are recorded as an adjustment, and the planned meetings from today on are planned again.</source>
        <translation>Ændringerne registreres som en justering, og de planlagte møder fra i dag planlægges igen.</translation>
    </message>
    <message>
        <source>No regular meetings</source>
        <translation>Ingen faste møder</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dage</translation>
    </message>
    <message>
        <source>Meet:</source>
        <translation>Mødes:</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Start:</translation>
    </message>
    <message>
        <source>The goal has a deadline</source>
        <translation>Målet har en deadline</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Deadline:</translation>
    </message>
    <message>
        <source>We keep working on it</source>
        <translation>Vi arbejder videre med det</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Nået</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Opgivet</translation>
    </message>
    <message>
        <source>The goal:</source>
        <translation>Målet:</translation>
    </message>
    <message>
        <source>Why (optional)</source>
        <translation>Hvorfor (valgfrit)</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Begrundelse:</translation>
    </message>
</context>
<context>
    <name>AgreementRow</name>
    <message>
        <source>(nobody chosen)</source>
        <translation>(ingen valgt)</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>Hvem:</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>Senest:</translation>
    </message>
    <message>
        <source>carried over from last round</source>
        <translation>overført fra sidste runde</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Remove this agreement</source>
        <translation>Fjern denne aftale</translation>
    </message>
</context>
<context>
    <name>AgreementsBox</name>
    <message>
        <source>The four agreements</source>
        <translation>De fire aftaler</translation>
    </message>
    <message>
        <source>Add an agreement</source>
        <translation>Tilføj en aftale</translation>
    </message>
    <message>
        <source>Add: %s</source>
        <translation>Tilføj: %s</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Sikkerhedskopier</translation>
    </message>
    <message>
        <source>When the workspace is opened after changes, and before every upgrade and import, musdesk checks the database and takes an encrypted backup; a database that fails the check is never backed up. It keeps the newest ones (see Settings), one a day for a week and one a week for a month. A backup opens with the same passphrase. Restoring one first backs up the current state, so the restore can be undone.</source>
        <translation>Når arbejdsområdet åbnes efter ændringer, og før hver opgradering og import, kontrollerer musdesk databasen og tager en krypteret sikkerhedskopi; en database, der ikke består kontrollen, kopieres aldrig. De nyeste gemmes (se Indstillinger), én om dagen i en uge og én om ugen i en måned. En sikkerhedskopi åbnes med samme adgangssætning. Når en gendannes, tages der først en sikkerhedskopi af den nuværende tilstand, så gendannelsen kan fortrydes.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Taget</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Hvorfor</translation>
    </message>
    <message>
        <source>No backups yet. One is taken at the next opening.</source>
        <translation>Ingen sikkerhedskopier endnu. Der tages en, næste gang arbejdsområdet åbnes.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Tag sikkerhedskopi nu</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>Vis mappe</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Gendan…</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Gendan denne sikkerhedskopi?</translation>
    </message>
    <message>
        <source>The workspace goes back to how it was on {when}. Everything entered or changed since then is lost from the workspace. A backup of the current state is taken first, so you can undo this by restoring that backup. People erased since then stay erased.</source>
        <translation>Arbejdsområdet føres tilbage til, som det var {when}. Alt, hvad der er indtastet eller ændret siden, forsvinder fra arbejdsområdet. Først tages en sikkerhedskopi af den nuværende tilstand, så du kan fortryde ved at gendanne den. Personer, der er slettet siden, forbliver slettet.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Gendan</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sikkerhedskopien er gendannet</translation>
    </message>
    <message>
        <source>The backup was restored. The state before it is kept as the newest backup: restore that one to undo.</source>
        <translation>Sikkerhedskopien er gendannet. Tilstanden fra før er gemt som den nyeste sikkerhedskopi: gendan den for at fortryde.</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Oprettet</translation>
    </message>
    <message>
        <source>Opened after changes</source>
        <translation>Åbnet efter ændringer</translation>
    </message>
    <message>
        <source>Backed up by hand</source>
        <translation>Taget manuelt</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Før en opgradering</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Før en import</translation>
    </message>
    <message>
        <source>Before a merge</source>
        <translation>Før en sammenlægning</translation>
    </message>
    <message>
        <source>New data key</source>
        <translation>Ny datanøgle</translation>
    </message>
    <message>
        <source>Before a restore (restore it to undo)</source>
        <translation>Før en gendannelse (gendan den for at fortryde)</translation>
    </message>
    <message>
        <source>Not checked (older version)</source>
        <translation>Ikke kontrolleret (ældre version)</translation>
    </message>
</context>
<context>
    <name>CarryForwardBox</name>
    <message>
        <source>From last round: %s</source>
        <translation>Fra sidste runde: %s</translation>
    </message>
    <message>
        <source>No agreements were written down last time.</source>
        <translation>Der blev ikke skrevet aftaler ned sidste gang.</translation>
    </message>
    <message>
        <source>(by %s)</source>
        <translation>(senest %s)</translation>
    </message>
    <message>
        <source>Add this agreement to this year&apos;s agreements</source>
        <translation>Føj aftalen til årets aftaler</translation>
    </message>
    <message>
        <source>Last round&apos;s goals and how they went</source>
        <translation>Sidste rundes mål og hvordan det gik</translation>
    </message>
    <message>
        <source>What helped: %s</source>
        <translation>Det hjalp: %s</translation>
    </message>
    <message>
        <source>No open goals are left from last round.</source>
        <translation>Der er ingen åbne mål tilbage fra sidste runde.</translation>
    </message>
    <message>
        <source>deadline %s</source>
        <translation>frist %s</translation>
    </message>
    <message>
        <source>carried over</source>
        <translation>overført</translation>
    </message>
    <message>
        <source>Carry over</source>
        <translation>Overfør</translation>
    </message>
    <message>
        <source>Carry over: %s</source>
        <translation>Overfør: %s</translation>
    </message>
    <message>
        <source>Continue this goal in this year&apos;s plan</source>
        <translation>Fortsæt målet i årets plan</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Verification certificate</source>
        <translation>Verifikationscertifikat</translation>
    </message>
    <message>
        <source>Every summary musdesk prints is signed with this workspace&apos;s own certificate. Give the certificate file to a client or a lawyer: with it as the trusted certificate, a PDF reader or a signature checker confirms that a saved summary is unchanged since it was signed. The same fingerprint is printed at the foot of every summary page.</source>
        <translation>Hvert referat, musdesk udskriver, er signeret med dette arbejdsområdes eget certifikat. Giv certifikatfilen til en kunde eller en advokat: med den som betroet certifikat kan en PDF-læser eller et signaturprogram bekræfte, at et gemt referat er uændret, siden det blev signeret. Det samme fingeraftryk står nederst på hver side af referatet.</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint of the certificate:</source>
        <translation>Certifikatets SHA-256-fingeraftryk:</translation>
    </message>
    <message>
        <source>Certificate fingerprint</source>
        <translation>Certifikatets fingeraftryk</translation>
    </message>
    <message>
        <source>Save the certificate…</source>
        <translation>Gem certifikatet…</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Gemt i %1</translation>
    </message>
    <message>
        <source>Save the verification certificate</source>
        <translation>Gem verifikationscertifikatet</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>Certifikater (*.pem *.crt *.cer)</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Skift adgangssætning</translation>
    </message>
    <message>
        <source>The new passphrase replaces the old one at once. The recovery key stays valid, unless you also replace the data key below.</source>
        <translation>Den nye adgangssætning erstatter den gamle med det samme. Gendannelsesnøglen gælder fortsat, medmindre du også udskifter datanøglen nedenfor.</translation>
    </message>
    <message>
        <source>Also replace the data key (key rotation)</source>
        <translation>Udskift også datanøglen (nøglerotation)</translation>
    </message>
    <message>
        <source>Use this when an old copy of the workspace folder or of its key file may be in the wrong hands, together with the old passphrase or the recovery key (a lost laptop or USB stick, a colleague who knew the passphrase). The database is encrypted again with a new key, the backups made so far are removed and a new one is taken, and you get a new recovery key: the old one stops working. This takes a little longer.</source>
        <translation>Brug dette, når en gammel kopi af arbejdsområdets mappe eller dens nøglefil kan være i de forkerte hænder sammen med den gamle adgangssætning eller gendannelsesnøglen (en mistet bærbar eller USB-nøgle, en kollega, der kendte adgangssætningen). Databasen krypteres igen med en ny nøgle, de hidtidige sikkerhedskopier slettes, og en ny tages, og du får en ny gendannelsesnøgle: den gamle holder op med at virke. Det tager lidt længere tid.</translation>
    </message>
    <message>
        <source>Encrypting the workspace again with a new key…</source>
        <translation>Krypterer arbejdsområdet igen med en ny nøgle…</translation>
    </message>
    <message>
        <source>Protecting the key with the new passphrase…</source>
        <translation>Beskytter nøglen med den nye adgangssætning …</translation>
    </message>
</context>
<context>
    <name>ConflictReportDialog</name>
    <message>
        <source>Package merged</source>
        <translation>Pakken er flettet ind</translation>
    </message>
    <message>
        <source>Conflict report</source>
        <translation>Konfliktrapport</translation>
    </message>
    <message>
        <source>The report is also kept inside the workspace. A saved copy is not encrypted: it may hold personal data.</source>
        <translation>Rapporten gemmes også i arbejdsområdet. En gemt kopi er ikke krypteret: den kan indeholde personoplysninger.</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>Gem rapport…</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Gem rapport</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Tekstfiler (*.txt)</translation>
    </message>
</context>
<context>
    <name>ConversationTab</name>
    <message>
        <source>left %1</source>
        <translation>fratrådt %1</translation>
    </message>
    <message>
        <source>There is no MUS round yet. Plan a round in the MUS wheel tab; its conversations will then be written down here.</source>
        <translation>Der er ingen MUS-runde endnu. Planlæg en runde under fanen MUS-hjulet; rundens samtaler skrives så ned her.</translation>
    </message>
    <message>
        <source>This round has no conversations yet.</source>
        <translation>Denne runde har ingen samtaler endnu.</translation>
    </message>
    <message>
        <source>the HR consultant</source>
        <translation>HR-konsulenten</translation>
    </message>
    <message>
        <source>Cancel the conversation</source>
        <translation>Aflys samtalen</translation>
    </message>
    <message>
        <source>Why is the conversation cancelled? (optional)</source>
        <translation>Hvorfor aflyses samtalen? (valgfrit)</translation>
    </message>
    <message>
        <source>Amend the signed conversation</source>
        <translation>Ret den underskrevne samtale til</translation>
    </message>
    <message>
        <source>The signed version stays as it is. Say why a new version is needed:</source>
        <translation>Den underskrevne version forbliver som den er. Skriv, hvorfor der er brug for en ny version:</translation>
    </message>
    <message>
        <source>This employee has no conversation in that round yet. Add one from the MUS wheel tab.</source>
        <translation>Medarbejderen har endnu ingen samtale i den runde. Tilføj en fra fanen MUS-hjulet.</translation>
    </message>
</context>
<context>
    <name>ConversationTabView</name>
    <message>
        <source>&amp;Round:</source>
        <translation>&amp;Runde:</translation>
    </message>
    <message>
        <source>&amp;Employee:</source>
        <translation>&amp;Medarbejder:</translation>
    </message>
    <message>
        <source>Cancel this conversation…</source>
        <translation>Aflys denne samtale…</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Dokumenter</translation>
    </message>
    <message>
        <source>Preview, print or save this conversation&apos;s documents</source>
        <translation>Se, udskriv eller gem samtalens dokumenter</translation>
    </message>
    <message>
        <source>Save invitation for e-mail (.ics + PDF)…</source>
        <translation>Gem invitation til e-mail (.ics + PDF) …</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>Histori&amp;k</translation>
    </message>
    <message>
        <source>When the conversation reached each status</source>
        <translation>Hvornår samtalen nåede hver status</translation>
    </message>
    <message>
        <source>&amp;Amend…</source>
        <translation>Ret &amp;til …</translation>
    </message>
    <message>
        <source>Start a new version of the signed conversation</source>
        <translation>Start en ny version af den underskrevne samtale</translation>
    </message>
    <message>
        <source>End this conversation without holding it</source>
        <translation>Afslut samtalen uden at holde den</translation>
    </message>
    <message>
        <source>Parts of the form</source>
        <translation>Skemaets dele</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Gemmer …</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gemt</translation>
    </message>
    <message>
        <source>Not saved yet: a field is empty or a date incomplete</source>
        <translation>Ikke gemt endnu: et felt er tomt, eller en dato er ufuldstændig</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke gemt</translation>
    </message>
    <message>
        <source>Not saved: %s</source>
        <translation>Ikke gemt: %s</translation>
    </message>
    <message>
        <source>Status: &lt;b&gt;%s&lt;/b&gt;</source>
        <translation>Status: &lt;b&gt;%s&lt;/b&gt;</translation>
    </message>
    <message>
        <source>next step: %s</source>
        <translation>næste trin: %s</translation>
    </message>
    <message>
        <source>the conversation was cancelled</source>
        <translation>samtalen er aflyst</translation>
    </message>
    <message>
        <source>only once the conversation is held</source>
        <translation>først når samtalen er holdt</translation>
    </message>
    <message>
        <source>The signed summary as PDF/A-2b, the archival format personnel files and public archives ask for; same verification code, no attached file.</source>
        <translation>Det underskrevne referat som PDF/A-2b, det arkivformat personalemapper og offentlige arkiver kræver; samme verifikationskode, ingen vedhæftet fil.</translation>
    </message>
    <message>
        <source>Summary for signature (%1)</source>
        <translation>Referat til underskrift (%1)</translation>
    </message>
    <message>
        <source>A summary records a conversation that took place: mark the conversation as held first.</source>
        <translation>Et referat beskriver en samtale, der har fundet sted: markér først samtalen som holdt.</translation>
    </message>
    <message>
        <source>%1 left the organisation on %2.</source>
        <translation>%1 fratrådte organisationen %2.</translation>
    </message>
    <message>
        <source>The conversation is still open: cancel it, keeping the reason, or hold it if it still takes place.</source>
        <translation>Samtalen er stadig åben: aflys den, så årsagen gemmes, eller hold den, hvis den stadig skal finde sted.</translation>
    </message>
    <message>
        <source>Signed — version %1. %2 signed on %3, %4 signed on %5 (recorded %6). The content is read-only; use Amend to start a new version.</source>
        <translation>Underskrevet – version %1. %2 skrev under den %3, %4 skrev under den %5 (registreret %6). Indholdet kan ikke ændres; brug Ret til for at starte en ny version.</translation>
    </message>
    <message>
        <source>the employee</source>
        <translation>medarbejderen</translation>
    </message>
    <message>
        <source>This conversation was cancelled.</source>
        <translation>Denne samtale blev aflyst.</translation>
    </message>
    <message>
        <source>Reason: %s</source>
        <translation>Begrundelse: %s</translation>
    </message>
    <message>
        <source>Mark invited</source>
        <translation>Markér som inviteret</translation>
    </message>
    <message>
        <source>Mark prepared</source>
        <translation>Markér som forberedt</translation>
    </message>
    <message>
        <source>Mark held</source>
        <translation>Markér som holdt</translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation>Tilbage til kladde</translation>
    </message>
    <message>
        <source>Mark summary drafted</source>
        <translation>Markér referatet som skrevet</translation>
    </message>
    <message>
        <source>Send for approval</source>
        <translation>Send til godkendelse</translation>
    </message>
    <message>
        <source>Record signatures…</source>
        <translation>Registrér underskrifter …</translation>
    </message>
    <message>
        <source>Start follow-up</source>
        <translation>Start opfølgning</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Cancel conversation…</source>
        <translation>Aflys samtalen …</translation>
    </message>
    <message>
        <source>Summary for signature…</source>
        <translation>Referat til underskrift …</translation>
    </message>
    <message>
        <source>the HR consultant</source>
        <translation>HR-konsulenten</translation>
    </message>
    <message>
        <source>Summary for the personnel file (PDF/A-2b)…</source>
        <translation>Referat til personalemappen (PDF/A-2b) …</translation>
    </message>
    <message>
        <source>Invitation…</source>
        <translation>Invitation …</translation>
    </message>
    <message>
        <source>Employee&apos;s preparation sheet…</source>
        <translation>Medarbejderens forberedelsesark …</translation>
    </message>
    <message>
        <source>Leader&apos;s preparation sheet…</source>
        <translation>Lederens forberedelsesark …</translation>
    </message>
    <message>
        <source>Development plan…</source>
        <translation>Udviklingsplan …</translation>
    </message>
</context>
<context>
    <name>CreateWorkspaceDialog</name>
    <message>
        <source>Create a new workspace</source>
        <translation>Opret et nyt arbejdsområde</translation>
    </message>
    <message>
        <source>The workspace is a folder that holds your encrypted data. Choose a passphrase you can remember: without it or the recovery key, nobody can open the data, not even you.</source>
        <translation>Arbejdsområdet er en mappe med dine krypterede data. Vælg en adgangssætning, du kan huske: uden den eller gendannelsesnøglen kan ingen åbne dataene, heller ikke du.</translation>
    </message>
    <message>
        <source>Folder (new or empty):</source>
        <translation>Mappe (ny eller tom):</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Vælg …</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Opret</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Vælg en mappe</translation>
    </message>
    <message>
        <source>This folder is not empty. Choose a new or empty folder.</source>
        <translation>Mappen er ikke tom. Vælg en ny eller tom mappe.</translation>
    </message>
</context>
<context>
    <name>DayCheck</name>
    <message>
        <source>%1 is a public holiday: %2.</source>
        <translation>%1 er en helligdag: %2.</translation>
    </message>
    <message>
        <source>%1 is a weekend day.</source>
        <translation>%1 er en weekenddag.</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <source>DEMO – the people and conversations here are invented. This workspace is deleted when you quit musdesk or open another workspace.</source>
        <translation>DEMO – personerne og samtalerne her er opdigtede. Dette arbejdsområde slettes, når du afslutter musdesk eller åbner et andet arbejdsområde.</translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation>Demo-arbejdsområde</translation>
    </message>
    <message>
        <source>DEMO – {name} – musdesk</source>
        <translation>DEMO – {name} – musdesk</translation>
    </message>
    <message>
        <source>Quit the demo</source>
        <translation>Afslut demoen</translation>
    </message>
    <message>
        <source>The demo workspace and everything you entered in it will be deleted when musdesk quits.</source>
        <translation>Demo-arbejdsområdet og alt, hvad du har skrevet i det, slettes, når musdesk afsluttes.</translation>
    </message>
    <message>
        <source>Quit and delete the demo</source>
        <translation>Afslut og slet demoen</translation>
    </message>
</context>
<context>
    <name>DepartmentDialog</name>
    <message>
        <source>Edit department</source>
        <translation>Redigér afdeling</translation>
    </message>
    <message>
        <source>Add department</source>
        <translation>Tilføj afdeling</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(øverste niveau)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Navn:</translation>
    </message>
    <message>
        <source>Placed under:</source>
        <translation>Placeret under:</translation>
    </message>
    <message>
        <source>Choose the department above from the list.</source>
        <translation>Vælg den overordnede afdeling på listen.</translation>
    </message>
</context>
<context>
    <name>DocumentPreview</name>
    <message>
        <source>Summary</source>
        <translation>Referat</translation>
    </message>
    <message>
        <source>Summary for the personnel file (PDF/A-2b)</source>
        <translation>Referat til personalemappen (PDF/A-2b)</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <source>Employee&apos;s preparation sheet</source>
        <translation>Medarbejderens forberedelsesark</translation>
    </message>
    <message>
        <source>Leader&apos;s preparation sheet</source>
        <translation>Lederens forberedelsesark</translation>
    </message>
    <message>
        <source>MUS wheel overview</source>
        <translation>Oversigt over MUS-hjulet</translation>
    </message>
    <message>
        <source>Development plan</source>
        <translation>Udviklingsplan</translation>
    </message>
    <message>
        <source>Making documents…</source>
        <translation>Laver dokumenterne …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>Cancelled after %n file(s) in %1.</source>
        <translation>Annulleret efter %n fil(er) i %1.</translation>
    </message>
    <message>
        <source>One file with the documents of %n people (%2 pages): %1.</source>
        <translation>Én fil med dokumenterne for %n personer (%2 sider): %1.</translation>
    </message>
    <message>
        <source>%n file(s) written to %1.</source>
        <translation>%n fil(er) skrevet til %1.</translation>
    </message>
    <message>
        <source>%n conversation(s) not held yet: no summary made.</source>
        <translation>%n samtale(r) er ikke holdt endnu: intet referat lavet.</translation>
    </message>
</context>
<context>
    <name>DocumentPreviewDialog</name>
    <message>
        <source>Pages: %1</source>
        <translation>Sider: %1</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom ud</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom ind</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Tilpas bredden</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Udskriv …</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Gem som …</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>Gem dokumentet</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
</context>
<context>
    <name>DueListModel</name>
    <message>
        <source>Follow-up meeting</source>
        <translation>Opfølgningsmøde</translation>
    </message>
    <message>
        <source>Goal deadline</source>
        <translation>Frist for mål</translation>
    </message>
    <message>
        <source>Sub-goal</source>
        <translation>Delmål</translation>
    </message>
    <message>
        <source>1 day late</source>
        <translation>1 dag for sent</translation>
    </message>
    <message>
        <source>%1 days late</source>
        <translation>%1 dage for sent</translation>
    </message>
    <message>
        <source>today</source>
        <translation>i dag</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>i morgen</translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation>om %1 dage</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Medarbejder</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
</context>
<context>
    <name>DueReviewModel</name>
    <message>
        <source>Round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>Leaver</source>
        <translation>Fratrådt</translation>
    </message>
    <message>
        <source>Due since</source>
        <translation>Til gennemgang siden</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Hvorfor</translation>
    </message>
    <message>
        <source>Kept before because</source>
        <translation>Beholdt før, fordi</translation>
    </message>
</context>
<context>
    <name>DueReviewPanel</name>
    <message>
        <source>Past the organisation&apos;s retention period: erase each, or keep it with a reason.</source>
        <translation>Ud over organisationens opbevaringsperiode: slet hver enkelt, eller behold den med en begrundelse.</translation>
    </message>
    <message>
        <source>Due for review</source>
        <translation>Til gennemgang</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Slet…</translation>
    </message>
    <message>
        <source>Keep with a reason…</source>
        <translation>Behold med begrundelse…</translation>
    </message>
    <message>
        <source>Due for review ({n})</source>
        <translation>Til gennemgang ({n})</translation>
    </message>
</context>
<context>
    <name>DuplicatesPanel</name>
    <message>
        <source>Possible duplicates</source>
        <translation>Mulige dubletter</translation>
    </message>
    <message>
        <source>These rows have the name and department of someone already in the roster, but another e-mail or employee number. Choose for each whether it is that person (update) or somebody new.</source>
        <translation>Disse rækker har samme navn og afdeling som en, der allerede er i medarbejderlisten, men en anden e-mail eller et andet medarbejdernummer. Vælg for hver, om det er den person (opdatér), eller om det er en ny.</translation>
    </message>
    <message>
        <source>Choose: update or new…</source>
        <translation>Vælg: opdatér eller ny …</translation>
    </message>
    <message>
        <source>Update {person}</source>
        <translation>Opdatér {person}</translation>
    </message>
    <message>
        <source>Add as a new person</source>
        <translation>Opret som ny person</translation>
    </message>
    <message>
        <source>Row {row}: {name}</source>
        <translation>Række {row}: {name}</translation>
    </message>
</context>
<context>
    <name>EditRoundDialog</name>
    <message>
        <source>Edit the round</source>
        <translation>Redigér runden</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Periode fra</translation>
    </message>
    <message>
        <source>Period until</source>
        <translation>Periode til</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
</context>
<context>
    <name>EmployeeDialog</name>
    <message>
        <source>Edit employee</source>
        <translation>Redigér medarbejder</translation>
    </message>
    <message>
        <source>Add employee</source>
        <translation>Tilføj medarbejder</translation>
    </message>
    <message>
        <source>Known:</source>
        <translation>Kendt:</translation>
    </message>
    <message>
        <source>(no department)</source>
        <translation>(ingen afdeling)</translation>
    </message>
    <message>
        <source>(no leader)</source>
        <translation>(ingen leder)</translation>
    </message>
    <message>
        <source>The client&apos;s employee number, if any</source>
        <translation>Kundens medarbejdernummer, hvis der er et</translation>
    </message>
    <message>
        <source>First name:</source>
        <translation>Fornavn:</translation>
    </message>
    <message>
        <source>Last name:</source>
        <translation>Efternavn:</translation>
    </message>
    <message>
        <source>Job title:</source>
        <translation>Stilling:</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Afdeling:</translation>
    </message>
    <message>
        <source>Leader:</source>
        <translation>Leder:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>Start date:</source>
        <translation>Startdato:</translation>
    </message>
    <message>
        <source>Employee number:</source>
        <translation>Medarbejdernummer:</translation>
    </message>
    <message>
        <source>First and last name are required.</source>
        <translation>Fornavn og efternavn skal udfyldes.</translation>
    </message>
    <message>
        <source>The first name is missing.</source>
        <translation>Fornavnet mangler.</translation>
    </message>
    <message>
        <source>The last name is missing.</source>
        <translation>Efternavnet mangler.</translation>
    </message>
    <message>
        <source>Choose the department from the list.</source>
        <translation>Vælg afdelingen på listen.</translation>
    </message>
    <message>
        <source>Choose the leader from the list.</source>
        <translation>Vælg lederen på listen.</translation>
    </message>
    <message>
        <source>The e-mail address does not look right.</source>
        <translation>E-mailadressen ser ikke rigtig ud.</translation>
    </message>
</context>
<context>
    <name>EmployeeTableModel</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Stilling</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Leder</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Ansat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Fratrådt</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase personal data</source>
        <translation>Slet personoplysninger</translation>
    </message>
    <message>
        <source>Erase {name} and everything about them?</source>
        <translation>Slet {name} og alt om personen?</translation>
    </message>
    <message>
        <source>Erase the round {name} with its conversations and plans?</source>
        <translation>Slet runden {name} med dens samtaler og planer?</translation>
    </message>
    <message>
        <source>Erase the organisation {name} with all its people?</source>
        <translation>Slet organisationen {name} med alle dens personer?</translation>
    </message>
    <message>
        <source>This will be erased:</source>
        <translation>Dette slettes:</translation>
    </message>
    <message>
        <source>It is erased from the database and from every backup: the {count} backups are rewritten without it (one that cannot be opened is removed, since it would keep it). Issued summaries and their seals and scans go with it, and the next calendar export cancels the events. Only a note without content that an erasure happened is kept. This cannot be undone, not even by restoring a backup.</source>
        <translation>Det slettes fra databasen og fra alle sikkerhedskopier: de {count} sikkerhedskopier skrives om uden det (en, der ikke kan åbnes, fjernes, da den ellers ville beholde det). Udstedte referater med segl og scanninger slettes med, og den næste kalendereksport aflyser aftalerne. Kun en note uden indhold om, at der er slettet, bliver tilbage. Det kan ikke fortrydes, heller ikke ved at gendanne en sikkerhedskopi.</translation>
    </message>
    <message>
        <source>Export their data first…</source>
        <translation>Eksportér personens data først…</translation>
    </message>
    <message>
        <source>Export a package first…</source>
        <translation>Eksportér en pakke først…</translation>
    </message>
    <message>
        <source>I understand that this cannot be undone</source>
        <translation>Jeg forstår, at det ikke kan fortrydes</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Slet</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <source>Erasing</source>
        <translation>Sletter</translation>
    </message>
    <message>
        <source>Erasing the records from the database… (you can still cancel: nothing is changed until this step ends)</source>
        <translation>Sletter oplysningerne i databasen… (du kan stadig annullere: intet ændres, før dette trin er færdigt)</translation>
    </message>
    <message>
        <source>Compacting the database, file 1 of {files}, so that no page keeps the erased data… This can no longer be cancelled.</source>
        <translation>Komprimerer databasen, fil 1 af {files}, så ingen side beholder de slettede data… Dette kan ikke længere annulleres.</translation>
    </message>
    <message>
        <source>Rewriting the backup {name}, file {number} of {files}… This can no longer be cancelled.</source>
        <translation>Omskriver sikkerhedskopien {name}, fil {number} af {files}… Dette kan ikke længere annulleres.</translation>
    </message>
    <message>
        <source>The erasure was cancelled; nothing was changed.</source>
        <translation>Sletningen blev annulleret; intet blev ændret.</translation>
    </message>
</context>
<context>
    <name>EvaluationDialog</name>
    <message>
        <source>Evaluate a goal</source>
        <translation>Evaluér et mål</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Resultat:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Dato:</translation>
    </message>
    <message>
        <source>What made it work, or what stood in the way</source>
        <translation>Hvad der fik det til at lykkes, eller hvad der stod i vejen</translation>
    </message>
    <message>
        <source>What helped:</source>
        <translation>Hvad hjalp:</translation>
    </message>
    <message>
        <source>What to carry into the next round&apos;s conversation</source>
        <translation>Hvad der skal med ind i næste rundes samtale</translation>
    </message>
    <message>
        <source>What next:</source>
        <translation>Hvad nu:</translation>
    </message>
    <message>
        <source>Choose whether the goal was achieved.</source>
        <translation>Vælg, om målet blev nået.</translation>
    </message>
</context>
<context>
    <name>EvaluationPanel</name>
    <message>
        <source>Counts only, without names. A group of fewer than %1 people gets no figures of its own; small departments are counted together.</source>
        <translation>Kun antal, uden navne. En gruppe på færre end %1 personer får ingen egne tal; små afdelinger tælles sammen.</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Holdt</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Underskrevet</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Opfølgninger, der forfalder</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Til tiden</translation>
    </message>
    <message>
        <source>Evaluation figures per department</source>
        <translation>Evalueringstal pr. afdeling</translation>
    </message>
    <message>
        <source>Round report (PDF)…</source>
        <translation>Rapport om runden (PDF) …</translation>
    </message>
    <message>
        <source>One page for management and the works council: counts only, no names</source>
        <translation>Én side til ledelsen og samarbejdsudvalget: kun antal, ingen navne</translation>
    </message>
    <message>
        <source>How did the round go? What should change next year?</source>
        <translation>Hvordan gik runden? Hvad skal ændres næste år?</translation>
    </message>
    <message>
        <source>The round&apos;s evaluation notes</source>
        <translation>Noter fra evalueringen af runden</translation>
    </message>
    <message>
        <source>&lt;b&gt;The round&apos;s own evaluation&lt;/b&gt;</source>
        <translation>&lt;b&gt;Evaluering af selve runden&lt;/b&gt;</translation>
    </message>
    <message>
        <source>fewer than %1</source>
        <translation>færre end %1</translation>
    </message>
    <message>
        <source>Whole round</source>
        <translation>Hele runden</translation>
    </message>
    <message>
        <source>held</source>
        <translation>holdt</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>underskrevet</translation>
    </message>
    <message>
        <source>follow-ups on time</source>
        <translation>opfølgninger til tiden</translation>
    </message>
    <message>
        <source>no figures: fewer than %1 people</source>
        <translation>ingen tal: færre end %1 personer</translation>
    </message>
    <message>
        <source>&lt;b&gt;Learning methods:&lt;/b&gt; none to show yet.</source>
        <translation>&lt;b&gt;Læringsformer:&lt;/b&gt; ingen at vise endnu.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Most used learning methods:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Mest brugte læringsformer:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Not saved yet…</source>
        <translation>Ikke gemt endnu …</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gemt</translation>
    </message>
</context>
<context>
    <name>FollowUpTab</name>
    <message>
        <source>Follow-up meeting (planned)</source>
        <translation>Opfølgningsmøde (planlagt)</translation>
    </message>
    <message>
        <source>Follow-up meeting (held)</source>
        <translation>Opfølgningsmøde (holdt)</translation>
    </message>
    <message>
        <source>Follow-up meeting (missed)</source>
        <translation>Opfølgningsmøde (ikke holdt)</translation>
    </message>
    <message>
        <source>Follow-up meeting</source>
        <translation>Opfølgningsmøde</translation>
    </message>
    <message>
        <source>Sub-goal (done)</source>
        <translation>Delmål (nået)</translation>
    </message>
    <message>
        <source>Sub-goal</source>
        <translation>Delmål</translation>
    </message>
    <message>
        <source>MUS conversation</source>
        <translation>MUS-samtale</translation>
    </message>
    <message>
        <source>Summary signed</source>
        <translation>Referat underskrevet</translation>
    </message>
    <message>
        <source>Goal deadline</source>
        <translation>Frist for mål</translation>
    </message>
    <message>
        <source>Goal evaluated</source>
        <translation>Mål evalueret</translation>
    </message>
    <message>
        <source>Recognition (formal)</source>
        <translation>Anerkendelse (formel)</translation>
    </message>
    <message>
        <source>Recognition (informal)</source>
        <translation>Anerkendelse (uformel)</translation>
    </message>
    <message>
        <source>Record meeting…</source>
        <translation>Registrér møde …</translation>
    </message>
    <message>
        <source>Open conversation</source>
        <translation>Åbn samtale</translation>
    </message>
    <message>
        <source>Due list</source>
        <translation>Forfaldsliste</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Alle afdelinger</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>i %1</translation>
    </message>
    <message>
        <source>overdue: %1</source>
        <translation>overskredet: %1</translation>
    </message>
    <message>
        <source>in the next 14 days: %1</source>
        <translation>de næste 14 dage: %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overskredet</translation>
    </message>
    <message>
        <source>Select a point on the timeline to see what it is and what you can do. Double-click to open it.</source>
        <translation>Vælg et punkt på tidslinjen for at se, hvad det er, og hvad du kan gøre. Dobbeltklik for at åbne det.</translation>
    </message>
    <message>
        <source>Correct the held meeting…</source>
        <translation>Ret det holdte møde …</translation>
    </message>
    <message>
        <source>%1 – planned for %2</source>
        <translation>%1 – planlagt til %2</translation>
    </message>
    <message>
        <source>Correct the held meeting</source>
        <translation>Ret det holdte møde</translation>
    </message>
    <message>
        <source>Cancel the follow-up meeting</source>
        <translation>Aflys opfølgningsmødet</translation>
    </message>
    <message>
        <source>Cancel the meeting with %1 on %2? It stays in the history as cancelled, and the next calendar export removes it from calendars.</source>
        <translation>Vil du aflyse mødet med %1 den %2? Det bliver stående i historikken som aflyst, og næste kalendereksport fjerner det fra kalenderne.</translation>
    </message>
    <message>
        <source>Goal adjusted: %1 planned meetings from today.</source>
        <translation>Målet er justeret: %1 planlagte møder fra i dag.</translation>
    </message>
    <message>
        <source>Plan a follow-up meeting…</source>
        <translation>Planlæg et opfølgningsmøde …</translation>
    </message>
    <message>
        <source>Adjust goal…</source>
        <translation>Justér mål…</translation>
    </message>
    <message>
        <source>Move meeting…</source>
        <translation>Flyt mødet …</translation>
    </message>
    <message>
        <source>Cancel meeting…</source>
        <translation>Aflys mødet …</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Eksportér kalender</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderfiler (*.ics)</translation>
    </message>
    <message>
        <source>Writing the calendar file…</source>
        <translation>Skriver kalenderfilen …</translation>
    </message>
    <message>
        <source>%1 events written to the calendar file.</source>
        <translation>%1 begivenheder skrevet til kalenderfilen.</translation>
    </message>
</context>
<context>
    <name>FollowUpView</name>
    <message>
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Afdeling:</translation>
    </message>
    <message>
        <source>Employee:</source>
        <translation>Medarbejder:</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Kvartal</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Export calendar…</source>
        <translation>Eksportér kalender …</translation>
    </message>
    <message>
        <source>Write the follow-up meetings and deadlines shown here as an .ics file. It holds no notes or conversation content.</source>
        <translation>Gem de viste opfølgningsmøder og frister som en .ics-fil. Den indeholder hverken noter eller indhold fra samtaler.</translation>
    </message>
    <message>
        <source>Show the due list</source>
        <translation>Vis listen over forfaldne</translation>
    </message>
    <message>
        <source>Close this notice</source>
        <translation>Luk denne besked</translation>
    </message>
    <message>
        <source>Follow-up timeline</source>
        <translation>Tidslinje for opfølgning</translation>
    </message>
    <message>
        <source>Arrow keys move between the points of a row and between rows; Enter opens the selected point. The due list beside it holds the same follow-ups as a table.</source>
        <translation>Piletasterne flytter mellem punkterne i en række og mellem rækkerne; Enter åbner det valgte punkt. Forfaldslisten ved siden af viser de samme opfølgninger som en tabel.</translation>
    </message>
    <message>
        <source>Plan a follow-up meeting…</source>
        <translation>Planlæg et opfølgningsmøde …</translation>
    </message>
    <message>
        <source>Plan a meeting for the chosen employee (or the selected point&apos;s), on a date and time you choose, for the goals you tick.</source>
        <translation>Planlæg et møde for den valgte medarbejder (eller det valgte punkts) på en dato og et tidspunkt, du vælger, for de mål, du krydser af.</translation>
    </message>
    <message>
        <source>Move meeting…</source>
        <translation>Flyt mødet …</translation>
    </message>
    <message>
        <source>Cancel meeting…</source>
        <translation>Aflys mødet …</translation>
    </message>
    <message>
        <source>Record meeting…</source>
        <translation>Registrér møde …</translation>
    </message>
    <message>
        <source>Adjust goal…</source>
        <translation>Justér mål…</translation>
    </message>
    <message>
        <source>Change how often you meet, the start or the deadline of the selected point&apos;s goal, or mark it achieved or dropped. What was signed stays as signed; the planned meetings follow.</source>
        <translation>Ændr hvor ofte I mødes, start eller deadline for det valgte punkts mål, eller markér det som nået eller opgivet. Det underskrevne forbliver som underskrevet; de planlagte møder følger med.</translation>
    </message>
    <message>
        <source>Evaluate goal…</source>
        <translation>Evaluér mål …</translation>
    </message>
    <message>
        <source>Recognition…</source>
        <translation>Anerkendelse …</translation>
    </message>
    <message>
        <source>Open conversation</source>
        <translation>Åbn samtale</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Indlæser …</translation>
    </message>
    <message>
        <source>Due list</source>
        <translation>Forfaldsliste</translation>
    </message>
</context>
<context>
    <name>FormEdits</name>
    <message>
        <source>Remove the agreement</source>
        <translation>Fjern aftalen</translation>
    </message>
    <message>
        <source>Remove the agreement “%1”?</source>
        <translation>Fjern aftalen “%1”?</translation>
    </message>
    <message>
        <source>Remove the development goal “%1” with its sub-goals (%2) and activities (%3)?</source>
        <translation>Fjern udviklingsmålet “%1” med dets delmål (%2) og aktiviteter (%3)?</translation>
    </message>
    <message>
        <source>Remove the goal</source>
        <translation>Fjern målet</translation>
    </message>
</context>
<context>
    <name>FormView</name>
    <message>
        <source>From last round: %s</source>
        <translation>Fra sidste runde: %s</translation>
    </message>
    <message>
        <source>The employee&apos;s preparation</source>
        <translation>Medarbejderens forberedelse</translation>
    </message>
    <message>
        <source>The leader&apos;s preparation</source>
        <translation>Lederens forberedelse</translation>
    </message>
    <message>
        <source>Notes from the conversation</source>
        <translation>Noter fra samtalen</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Private noter</translation>
    </message>
    <message>
        <source>What was said and agreed, in a few paragraphs. It is printed for both to sign.</source>
        <translation>Hvad der blev sagt og aftalt, i nogle få afsnit. Det udskrives, så begge kan skrive under.</translation>
    </message>
    <message>
        <source>Main points (the summary)</source>
        <translation>Hovedpunkter (referatet)</translation>
    </message>
    <message>
        <source>The four agreements</source>
        <translation>De fire aftaler</translation>
    </message>
    <message>
        <source>Development plan</source>
        <translation>Udviklingsplan</translation>
    </message>
    <message>
        <source>The employee reads the summary before signing and may add remarks here. They are printed with the summary and signed with it.</source>
        <translation>Medarbejderen læser referatet, før det underskrives, og kan skrive sine bemærkninger her. De udskrives med referatet og underskrives sammen med det.</translation>
    </message>
    <message>
        <source>The employee&apos;s comments</source>
        <translation>Medarbejderens kommentarer</translation>
    </message>
    <message>
        <source>Printed and signed paper</source>
        <translation>Udskrevet og underskrevet papir</translation>
    </message>
    <message>
        <source>with %s</source>
        <translation>med %s</translation>
    </message>
    <message>
        <source>version %d</source>
        <translation>version %d</translation>
    </message>
    <message>
        <source>Version %1 was signed on %2 and amended on %3: %4</source>
        <translation>Version %1 blev underskrevet den %2 og tilrettet den %3: %4</translation>
    </message>
    <message>
        <source>Version %1: a name in the stored copy was replaced by an erasure on %2; the signed paper copy is the record.</source>
        <translation>Version %1: et navn i den gemte kopi blev erstattet ved en sletning %2; den underskrevne papirkopi er dokumentationen.</translation>
    </message>
    <message>
        <source>The stored content of signed version %d no longer matches its fingerprint.</source>
        <translation>Det gemte indhold af underskrevet version %d passer ikke længere til sit fingeraftryk.</translation>
    </message>
    <message>
        <source>Leader&apos;s private notes — never printed</source>
        <translation>Lederens private noter – udskrives aldrig</translation>
    </message>
    <message>
        <source>Only for the leader&apos;s own memory. These notes are kept apart from the conversation and are never part of the summary, the signed version or any printout.</source>
        <translation>Kun til lederens egen hukommelse. Noterne holdes adskilt fra samtalen og kommer aldrig med i referatet, den underskrevne version eller nogen udskrift.</translation>
    </message>
    <message>
        <source>Leader&apos;s private notes (never printed)</source>
        <translation>Lederens private noter (udskrives aldrig)</translation>
    </message>
</context>
<context>
    <name>GoalEditor</name>
    <message>
        <source>Development goal</source>
        <translation>Udviklingsmål</translation>
    </message>
    <message>
        <source>What is to be learnt or reached</source>
        <translation>Hvad der skal læres eller nås</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Mål:</translation>
    </message>
    <message>
        <source>Carried over from last round</source>
        <translation>Overført fra sidste runde</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Hvorfor:</translation>
    </message>
    <message>
        <source>Wanted change in daily practice:</source>
        <translation>Ønsket ændring i hverdagen:</translation>
    </message>
    <message>
        <source>Support and resources:</source>
        <translation>Støtte og ressourcer:</translation>
    </message>
    <message>
        <source>Signs that the goal is met:</source>
        <translation>Tegn på, at målet er nået:</translation>
    </message>
    <message>
        <source>Add an activity</source>
        <translation>Tilføj en aktivitet</translation>
    </message>
    <message>
        <source>Activities:</source>
        <translation>Aktiviteter:</translation>
    </message>
    <message>
        <source>Add a sub-goal</source>
        <translation>Tilføj et delmål</translation>
    </message>
    <message>
        <source>Sub-goals:</source>
        <translation>Delmål:</translation>
    </message>
    <message>
        <source>(not linked)</source>
        <translation>(ikke knyttet)</translation>
    </message>
    <message>
        <source>Strategic goal:</source>
        <translation>Strategisk mål:</translation>
    </message>
    <message>
        <source>(nobody chosen)</source>
        <translation>(ingen valgt)</translation>
    </message>
    <message>
        <source>Followed up by:</source>
        <translation>Følges op af:</translation>
    </message>
    <message>
        <source>Plan starts on</source>
        <translation>Planen starter</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <source>Plan period:</source>
        <translation>Planperiode:</translation>
    </message>
    <message>
        <source>Follow-up cadence</source>
        <translation>Opfølgningsrytme</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(ikke angivet)</translation>
    </message>
    <message>
        <source>Days between follow-up meetings</source>
        <translation>Dage mellem opfølgningsmøder</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dage</translation>
    </message>
    <message>
        <source>Follow-up:</source>
        <translation>Opfølgning:</translation>
    </message>
    <message>
        <source>Remove this goal</source>
        <translation>Fjern dette mål</translation>
    </message>
    <message>
        <source>Give the goal a title first</source>
        <translation>Giv først målet en titel</translation>
    </message>
    <message>
        <source>Development goal %d</source>
        <translation>Udviklingsmål %d</translation>
    </message>
</context>
<context>
    <name>GroupConversationDialog</name>
    <message>
        <source>Group conversation: %1</source>
        <translation>Gruppesamtale: %1</translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation>Planlagt til</translation>
    </message>
    <message>
        <source>One name or group per line</source>
        <translation>Ét navn eller én gruppe pr. linje</translation>
    </message>
    <message>
        <source>What the organisation&apos;s goals mean for this department</source>
        <translation>Hvad organisationens mål betyder for denne afdeling</translation>
    </message>
    <message>
        <source>Development activities the team shares</source>
        <translation>Udviklingsaktiviteter, som teamet har fælles</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Holdt den</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagere</translation>
    </message>
    <message>
        <source>The department&apos;s goals</source>
        <translation>Afdelingens mål</translation>
    </message>
    <message>
        <source>Shared development activities</source>
        <translation>Fælles udviklingsaktiviteter</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source>&lt;b&gt;Strategic goals to break down:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Strategiske mål, der skal brydes ned:&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Getting started</source>
        <translation>Kom godt i gang</translation>
    </message>
</context>
<context>
    <name>InvitationExport</name>
    <message>
        <source>Folder for the invitations</source>
        <translation>Mappe til invitationerne</translation>
    </message>
    <message>
        <source>Invitation saved</source>
        <translation>Invitationen er gemt</translation>
    </message>
    <message>
        <source>Saved %1 and %2. Attach both to an e-mail to the employee and the leader; the .ics puts the conversation in their calendars.</source>
        <translation>%1 og %2 er gemt. Vedhæft begge i en e-mail til medarbejderen og lederen; .ics-filen sætter samtalen i deres kalendere.</translation>
    </message>
    <message>
        <source>Saving invitations…</source>
        <translation>Gemmer invitationer …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <source>%1 invitations saved in %2.</source>
        <translation>%1 invitationer gemt i %2.</translation>
    </message>
    <message>
        <source>Without a time yet (no invitation): %1.</source>
        <translation>Endnu uden tidspunkt (ingen invitation): %1.</translation>
    </message>
    <message>
        <source>Invitations saved</source>
        <translation>Invitationerne er gemt</translation>
    </message>
</context>
<context>
    <name>KeepDialog</name>
    <message>
        <source>Keep past the retention period</source>
        <translation>Behold ud over opbevaringsperioden</translation>
    </message>
    <message>
        <source>{name} is kept if there is a reason the data is still needed (a pending case, an agreement with the organisation). The reason is recorded, and the item is due for review again after the chosen time.</source>
        <translation>{name} beholdes, hvis der er en grund til, at oplysningerne stadig er nødvendige (en verserende sag, en aftale med organisationen). Begrundelsen gemmes, og punktet skal gennemgås igen efter den valgte tid.</translation>
    </message>
    <message>
        <source>Reason for keeping</source>
        <translation>Begrundelse for at beholde</translation>
    </message>
    <message>
        <source> months</source>
        <translation> måneder</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Begrundelse:</translation>
    </message>
    <message>
        <source>Review again in:</source>
        <translation>Gennemgå igen om:</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behold</translation>
    </message>
</context>
<context>
    <name>LastYearPage</name>
    <message>
        <source>Last year</source>
        <translation>Sidste år</translation>
    </message>
    <message>
        <source>The new round follows an earlier round: its agreements and goals appear on the preparation sheets and in the conversation form.</source>
        <translation>Den nye runde følger en tidligere runde: dens aftaler og mål står på forberedelsesarkene og i samtaleskemaet.</translation>
    </message>
    <message>
        <source>The round this round follows</source>
        <translation>Runden som denne runde følger</translation>
    </message>
    <message>
        <source>Carry over open goals and last year&apos;s agreements for everyone</source>
        <translation>Overfør åbne mål og sidste års aftaler for alle</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Medarbejder</translation>
    </message>
    <message>
        <source>Open goals</source>
        <translation>Åbne mål</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Aftaler</translation>
    </message>
    <message>
        <source>What is carried over, per person</source>
        <translation>Hvad der overføres, pr. person</translation>
    </message>
    <message>
        <source>Follows</source>
        <translation>Følger</translation>
    </message>
    <message>
        <source>None (start afresh)</source>
        <translation>Ingen (start forfra)</translation>
    </message>
    <message>
        <source>The round starts afresh: no last year on the preparation sheets.</source>
        <translation>Runden starter forfra: intet fra sidste år på forberedelsesarkene.</translation>
    </message>
    <message>
        <source>No one taking part had a conversation in that round.</source>
        <translation>Ingen af deltagerne havde en samtale i den runde.</translation>
    </message>
    <message>
        <source>Carried over: open goals %1, agreements %2, into the conversations of %3 of the %4 people.</source>
        <translation>Overføres: åbne mål %1, aftaler %2, til samtalerne for %3 af de %4 personer.</translation>
    </message>
    <message>
        <source>Nothing is carried over now; each goal can still be carried over one by one in the conversation form.</source>
        <translation>Intet overføres nu; hvert mål kan stadig overføres enkeltvis i samtaleskemaet.</translation>
    </message>
</context>
<context>
    <name>LeaversNotice</name>
    <message>
        <source>Cancel their open conversations…</source>
        <translation>Aflys deres åbne samtaler …</translation>
    </message>
    <message>
        <source>Left the organisation, with an open conversation: %1</source>
        <translation>Fratrådt, med en åben samtale: %1</translation>
    </message>
    <message>
        <source>Cancel conversations</source>
        <translation>Aflys samtaler</translation>
    </message>
    <message>
        <source>Cancel the open conversations of %1, who have left? The reason (left on which day) is kept with each.</source>
        <translation>Aflys de åbne samtaler for %1, som er fratrådt? Årsagen (fratrådt hvilken dag) gemmes ved hver samtale.</translation>
    </message>
    <message>
        <source>%1 conversations were cancelled.</source>
        <translation>%1 samtaler er aflyst.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;Nyt arbejdsområde …</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Åbn arbejdsområde …</translation>
    </message>
    <message>
        <source>Open the &amp;demo workspace</source>
        <translation>Åbn &amp;demo-arbejdsområdet</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lås</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>Skift &amp;adgangssætning …</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Sikkerhedskopier …</translation>
    </message>
    <message>
        <source>P&amp;rivacy…</source>
        <translation>&amp;Databeskyttelse…</translation>
    </message>
    <message>
        <source>Check a printed or saved &amp;summary…</source>
        <translation>Kontrollér et udskrevet eller gemt &amp;referat …</translation>
    </message>
    <message>
        <source>Export &amp;verification certificate…</source>
        <translation>Eksportér &amp;verifikationscertifikat…</translation>
    </message>
    <message>
        <source>&amp;Export package…</source>
        <translation>&amp;Eksportér pakke…</translation>
    </message>
    <message>
        <source>&amp;Import package…</source>
        <translation>&amp;Importér pakke…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Indstillinger …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>&amp;Kom godt i gang</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastaturgenveje</translation>
    </message>
    <message>
        <source>&amp;About musdesk</source>
        <translation>&amp;Om musdesk</translation>
    </message>
    <message>
        <source>Locking as soon as the background task has stopped…</source>
        <translation>Låser, så snart baggrundsopgaven er stoppet …</translation>
    </message>
    <message>
        <source>Not locked: an edit could not be saved: %s</source>
        <translation>Ikke låst: en ændring kunne ikke gemmes: %s</translation>
    </message>
    <message>
        <source>Preparing the workspace… this takes a moment.</source>
        <translation>Klargør arbejdsområdet … det tager et øjeblik.</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>Intet arbejdsområde åbent</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>låst</translation>
    </message>
    <message>
        <source>unlocking…</source>
        <translation>låser op …</translation>
    </message>
    <message>
        <source>unlocked</source>
        <translation>låst op</translation>
    </message>
    <message>
        <source>Workspace: {path} ({state})</source>
        <translation>Arbejdsområde: {path} ({state})</translation>
    </message>
</context>
<context>
    <name>MarkLeftDialog</name>
    <message>
        <source>Employee has left</source>
        <translation>Medarbejderen er fratrådt</translation>
    </message>
    <message>
        <source>{name} will no longer be part of new MUS rounds. Earlier conversations and plans are kept. You can undo this later.</source>
        <translation>{name} kommer ikke længere med i nye MUS-runder. Tidligere samtaler og planer bevares. Du kan fortryde det senere.</translation>
    </message>
    <message>
        <source>Last working day:</source>
        <translation>Sidste arbejdsdag:</translation>
    </message>
    <message>
        <source>Mark as left</source>
        <translation>Markér som fratrådt</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Follow-up meeting</source>
        <translation>Opfølgningsmøde</translation>
    </message>
    <message>
        <source>The meeting was held</source>
        <translation>Mødet blev holdt</translation>
    </message>
    <message>
        <source>The meeting was missed</source>
        <translation>Mødet blev ikke til noget</translation>
    </message>
    <message>
        <source>Held on:</source>
        <translation>Holdt den:</translation>
    </message>
    <message>
        <source>What you talked about and agreed</source>
        <translation>Hvad I talte om og aftalte</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Noter:</translation>
    </message>
    <message>
        <source>Support given or promised (time, training, a mentor, tools)</source>
        <translation>Støtte givet eller lovet (tid, kurser, en mentor, værktøjer)</translation>
    </message>
    <message>
        <source>Support:</source>
        <translation>Støtte:</translation>
    </message>
    <message>
        <source>Progress per goal (0–100 %)</source>
        <translation>Fremdrift pr. mål (0–100 %)</translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <translation>Fremdrift for %1</translation>
    </message>
    <message>
        <source>This employee has no open goals.</source>
        <translation>Medarbejderen har ingen åbne mål.</translation>
    </message>
    <message>
        <source>Adjustments to the plan</source>
        <translation>Justeringer af planen</translation>
    </message>
    <message>
        <source>Move the deadline</source>
        <translation>Flyt fristen</translation>
    </message>
    <message>
        <source>Change how often we meet</source>
        <translation>Ændr, hvor ofte I mødes</translation>
    </message>
    <message>
        <source>Add an activity</source>
        <translation>Tilføj en aktivitet</translation>
    </message>
    <message>
        <source>Other change</source>
        <translation>Anden ændring</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Hvorfor</translation>
    </message>
    <message>
        <source>Goal:</source>
        <translation>Mål:</translation>
    </message>
    <message>
        <source>Change:</source>
        <translation>Ændring:</translation>
    </message>
    <message>
        <source>New deadline:</source>
        <translation>Ny frist:</translation>
    </message>
    <message>
        <source>Meet:</source>
        <translation>Mødes:</translation>
    </message>
    <message>
        <source>Learning method:</source>
        <translation>Læringsform:</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>Hvad:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Begrundelse:</translation>
    </message>
    <message>
        <source>Add adjustment</source>
        <translation>Tilføj justering</translation>
    </message>
    <message>
        <source>The activity</source>
        <translation>Aktiviteten</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>Hvad der ændres</translation>
    </message>
    <message>
        <source>Deadline moved to %1</source>
        <translation>Fristen er flyttet til %1</translation>
    </message>
    <message>
        <source>Meet %1 from now on</source>
        <translation>Mødes fremover: %1</translation>
    </message>
    <message>
        <source>Say what the adjustment is.</source>
        <translation>Skriv, hvad justeringen går ud på.</translation>
    </message>
    <message>
        <source>Move it to a new date</source>
        <translation>Flyt det til en ny dato</translation>
    </message>
    <message>
        <source>Do not plan it again</source>
        <translation>Planlæg det ikke igen</translation>
    </message>
    <message>
        <source>Why it did not take place (optional)</source>
        <translation>Hvorfor det ikke blev til noget (valgfrit)</translation>
    </message>
    <message>
        <source>New date:</source>
        <translation>Ny dato:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
</context>
<context>
    <name>MoveMeetingDialog</name>
    <message>
        <source>Move the follow-up meeting</source>
        <translation>Flyt opfølgningsmødet</translation>
    </message>
    <message>
        <source>New date:</source>
        <translation>Ny dato:</translation>
    </message>
    <message>
        <source>At a set time</source>
        <translation>På et bestemt klokkeslæt</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Tidspunkt:</translation>
    </message>
</context>
<context>
    <name>MusWheel</name>
    <message>
        <source>MUS wheel</source>
        <translation>MUS-hjulet</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <source>At least {n} characters; several words are best</source>
        <translation>Mindst {n} tegn; flere ord er bedst</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>Vis adgangssætning</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>Ny adgangssætning:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>Gentag den:</translation>
    </message>
    <message>
        <source>Too short.</source>
        <translation>For kort.</translation>
    </message>
    <message>
        <source>Weak: easy to guess. Add a few unrelated words.</source>
        <translation>Svag: let at gætte. Tilføj et par ord, der ikke hører sammen.</translation>
    </message>
    <message>
        <source>Fair. A few more words would make it much stronger.</source>
        <translation>Rimelig. Et par ord mere ville gøre den meget stærkere.</translation>
    </message>
    <message>
        <source>Good.</source>
        <translation>God.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Stærk.</translation>
    </message>
    <message>
        <source>The passphrase needs at least {n} characters.</source>
        <translation>Adgangssætningen skal have mindst {n} tegn.</translation>
    </message>
    <message>
        <source>The two entries are not the same.</source>
        <translation>De to indtastninger er ikke ens.</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Edit organisation</source>
        <translation>Redigér organisation</translation>
    </message>
    <message>
        <source>Add organisation</source>
        <translation>Tilføj organisation</translation>
    </message>
    <message>
        <source>The client&apos;s name</source>
        <translation>Kundens navn</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>Danmark</translation>
    </message>
    <message>
        <source>Norway</source>
        <translation>Norge</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Navn:</translation>
    </message>
    <message>
        <source>Language of documents:</source>
        <translation>Dokumenternes sprog:</translation>
    </message>
    <message>
        <source>Country (public holidays):</source>
        <translation>Land (helligdage):</translation>
    </message>
</context>
<context>
    <name>PackageActions</name>
    <message>
        <source>Package exported</source>
        <translation>Pakken er eksporteret</translation>
    </message>
    <message>
        <source>{records} records were written to {path}.</source>
        <translation>{records} poster blev skrevet til {path}.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Arbejder…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <source>Merging the package</source>
        <translation>Fletter pakken ind</translation>
    </message>
    <message>
        <source>{added} records added, {updated} updated, {conflicts} conflicts.</source>
        <translation>{added} poster tilføjet, {updated} opdateret, {conflicts} konflikter.</translation>
    </message>
    <message>
        <source>Opening the package as a new workspace</source>
        <translation>Åbner pakken som et nyt arbejdsområde</translation>
    </message>
</context>
<context>
    <name>PackageExportDialog</name>
    <message>
        <source>Export package</source>
        <translation>Eksportér pakke</translation>
    </message>
    <message>
        <source>The package is one encrypted file; nothing unencrypted is written to disk. Without the passphrase or key it cannot be opened: keep them apart from the file.</source>
        <translation>Pakken er én krypteret fil; intet ukrypteret skrives til disken. Uden adgangssætningen eller nøglen kan den ikke åbnes: opbevar dem adskilt fra filen.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksportér</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Hvad skal eksporteres</translation>
    </message>
    <message>
        <source>The whole workspace (to move it to another laptop or keep a copy)</source>
        <translation>Hele arbejdsområdet (for at flytte det til en anden computer eller gemme en kopi)</translation>
    </message>
    <message>
        <source>Only these organisations, with everything that belongs to them (to hand a client its data):</source>
        <translation>Kun disse organisationer med alt, der hører til dem (for at give en kunde dens data):</translation>
    </message>
    <message>
        <source>Organisations to export</source>
        <translation>Organisationer, der skal eksporteres</translation>
    </message>
    <message>
        <source>How to protect it</source>
        <translation>Sådan beskyttes den</translation>
    </message>
    <message>
        <source>With a passphrase</source>
        <translation>Med en adgangssætning</translation>
    </message>
    <message>
        <source>For the recipients&apos; public keys (age1…), e.g. the client&apos;s IT</source>
        <translation>Til modtagernes offentlige nøgler (age1…), fx kundens IT</translation>
    </message>
    <message>
        <source>Paste one or more public keys (age1…), or load a key file</source>
        <translation>Indsæt en eller flere offentlige nøgler (age1…), eller indlæs en nøglefil</translation>
    </message>
    <message>
        <source>Recipient keys</source>
        <translation>Modtagernøgler</translation>
    </message>
    <message>
        <source>Load key file…</source>
        <translation>Indlæs nøglefil…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fil:</translation>
    </message>
    <message>
        <source>Package file</source>
        <translation>Pakkefil</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Vælg…</translation>
    </message>
    <message>
        <source>Tick at least one organisation.</source>
        <translation>Sæt flueben ved mindst én organisation.</translation>
    </message>
    <message>
        <source>Enter the same passphrase twice (see the hint above).</source>
        <translation>Skriv den samme adgangssætning to gange (se tippet ovenfor).</translation>
    </message>
    <message>
        <source>Paste or load at least one public key.</source>
        <translation>Indsæt eller indlæs mindst én offentlig nøgle.</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Vælg filen, der skal skrives.</translation>
    </message>
    <message>
        <source>musdesk packages (*.musdesk)</source>
        <translation>musdesk-pakker (*.musdesk)</translation>
    </message>
    <message>
        <source>Load key file</source>
        <translation>Indlæs nøglefil</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was written.</source>
        <translation>Annulleret. Intet blev skrevet.</translation>
    </message>
</context>
<context>
    <name>PackageImportDialog</name>
    <message>
        <source>Import package</source>
        <translation>Importér pakke</translation>
    </message>
    <message>
        <source>What the package holds</source>
        <translation>Hvad pakken indeholder</translation>
    </message>
    <message>
        <source>Choose the package and press Inspect: its contents are checked and shown here before anything is written.</source>
        <translation>Vælg pakken, og tryk på Undersøg: indholdet kontrolleres og vises her, før noget skrives.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importér</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Pakke</translation>
    </message>
    <message>
        <source>Package file</source>
        <translation>Pakkefil</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Vælg…</translation>
    </message>
    <message>
        <source>Package passphrase</source>
        <translation>Pakkens adgangssætning</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Nøglefil</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>Undersøg</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fil:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Adgangssætning:</translation>
    </message>
    <message>
        <source>Or key file:</source>
        <translation>Eller nøglefil:</translation>
    </message>
    <message>
        <source>Import into</source>
        <translation>Importér til</translation>
    </message>
    <message>
        <source>Merge into the open workspace (a backup is taken first; conflicts are listed in a report)</source>
        <translation>Flet ind i det åbne arbejdsområde (der tages først en sikkerhedskopi; konflikter samles i en rapport)</translation>
    </message>
    <message>
        <source>Open as a new workspace in this folder:</source>
        <translation>Åbn som et nyt arbejdsområde i denne mappe:</translation>
    </message>
    <message>
        <source>New workspace folder</source>
        <translation>Mappe til det nye arbejdsområde</translation>
    </message>
    <message>
        <source>Inspect the package first.</source>
        <translation>Undersøg pakken først.</translation>
    </message>
    <message>
        <source>Choose a folder for the new workspace.</source>
        <translation>Vælg en mappe til det nye arbejdsområde.</translation>
    </message>
    <message>
        <source>The folder must be new or empty.</source>
        <translation>Mappen skal være ny eller tom.</translation>
    </message>
    <message>
        <source>Enter the new workspace&apos;s passphrase twice.</source>
        <translation>Skriv det nye arbejdsområdes adgangssætning to gange.</translation>
    </message>
    <message>
        <source>Merge into this workspace</source>
        <translation>Flet ind i dette arbejdsområde</translation>
    </message>
    <message>
        <source>Create the new workspace</source>
        <translation>Opret det nye arbejdsområde</translation>
    </message>
    <message>
        <source>musdesk packages (*.musdesk);;All files (*)</source>
        <translation>musdesk-pakker (*.musdesk);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Decrypting and checking the package…</source>
        <translation>Dekrypterer og kontrollerer pakken…</translation>
    </message>
    <message>
        <source>The whole workspace</source>
        <translation>Hele arbejdsområdet</translation>
    </message>
    <message>
        <source>Chosen organisations</source>
        <translation>Valgte organisationer</translation>
    </message>
    <message>
        <source>Made: {created} (UTC) with musdesk {app}</source>
        <translation>Lavet: {created} (UTC) med musdesk {app}</translation>
    </message>
    <message>
        <source>From workspace: {source}</source>
        <translation>Fra arbejdsområde: {source}</translation>
    </message>
    <message>
        <source>Scope: {scope}</source>
        <translation>Omfang: {scope}</translation>
    </message>
    <message>
        <source>Organisations:</source>
        <translation>Organisationer:</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>Poster:</translation>
    </message>
</context>
<context>
    <name>PaperActions</name>
    <message>
        <source>Choose the scan of the signed paper</source>
        <translation>Vælg scanningen af det underskrevne papir</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation>Scanninger (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
        <source>musdesk cannot show this file. Use Save as… and open the copy with another program.</source>
        <translation>musdesk kan ikke vise denne fil. Brug Gem som… og åbn kopien med et andet program.</translation>
    </message>
    <message>
        <source>Save a copy of the scan</source>
        <translation>Gem en kopi af scanningen</translation>
    </message>
    <message>
        <source>Remove the scan</source>
        <translation>Fjern scanningen</translation>
    </message>
    <message>
        <source>Remove this scan from the workspace? The signed version itself stays as it is.</source>
        <translation>Fjern denne scanning fra arbejdsområdet? Selve den underskrevne version forbliver, som den er.</translation>
    </message>
</context>
<context>
    <name>PaperBox</name>
    <message>
        <source>Printings of the summary</source>
        <translation>Udskrifter af referatet</translation>
    </message>
    <message>
        <source>Version %1 · code %2 · printed %3</source>
        <translation>Version %1 · kode %2 · udskrevet %3</translation>
    </message>
    <message>
        <source>Not printed yet.</source>
        <translation>Ikke udskrevet endnu.</translation>
    </message>
    <message>
        <source>Scans of the signed paper</source>
        <translation>Scanninger af det underskrevne papir</translation>
    </message>
    <message>
        <source>No scan stored. After both have signed, you can keep a scan of the paper here (inside the encrypted workspace).</source>
        <translation>Ingen scanning gemt. Når I begge har skrevet under, kan du gemme en scanning af papiret her (i det krypterede arbejdsområde).</translation>
    </message>
    <message>
        <source>Add a scan…</source>
        <translation>Tilføj en scanning…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åbn</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Gem som…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
</context>
<context>
    <name>PartBox</name>
    <message>
        <source>A number from 1 (not at all) to 5 (very much), and what lies behind it</source>
        <translation>Et tal fra 1 (slet ikke) til 5 (i høj grad) og det, der ligger bag</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <source>Who takes part</source>
        <translation>Hvem deltager</translation>
    </message>
    <message>
        <source>The whole organisation or one department (with the departments below it). Untick anyone who is not to have a conversation in this round.</source>
        <translation>Hele organisationen eller én afdeling (med afdelingerne under den). Fjern fluebenet ved dem, der ikke skal have en samtale i denne runde.</translation>
    </message>
    <message>
        <source>Employees in the round</source>
        <translation>Medarbejdere i runden</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Omfang</translation>
    </message>
    <message>
        <source>The whole organisation</source>
        <translation>Hele organisationen</translation>
    </message>
    <message>
        <source>%1 of %2 employees take part</source>
        <translation>%1 af %2 medarbejdere deltager</translation>
    </message>
</context>
<context>
    <name>PeoplePanel</name>
    <message>
        <source>The people in the round</source>
        <translation>Personerne i runden</translation>
    </message>
    <message>
        <source>Add a person…</source>
        <translation>Tilføj en person …</translation>
    </message>
    <message>
        <source>Take out…</source>
        <translation>Tag ud …</translation>
    </message>
    <message>
        <source>Change leader…</source>
        <translation>Skift leder …</translation>
    </message>
    <message>
        <source>Edit the round…</source>
        <translation>Redigér runden …</translation>
    </message>
    <message>
        <source>Export results…</source>
        <translation>Eksportér resultater …</translation>
    </message>
    <message>
        <source>The round&apos;s results as a spreadsheet (XLSX or CSV) for the client&apos;s HR system; private notes are never included</source>
        <translation>Rundens resultater som regneark (XLSX eller CSV) til kundens HR-system; private noter kommer aldrig med</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Tilføj en person</translation>
    </message>
    <message>
        <source>A new hire, or someone back from leave, joins the round. A time is proposed at once; it can be moved in the conversation form.</source>
        <translation>En nyansat eller en, der er tilbage efter orlov, kommer med i runden. Der foreslås straks et tidspunkt; det kan flyttes i samtaleskemaet.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tilføj</translation>
    </message>
    <message>
        <source>no free time found yet</source>
        <translation>endnu ingen ledig tid fundet</translation>
    </message>
    <message>
        <source>%1 was added; proposed time: %2.</source>
        <translation>%1 er tilføjet; foreslået tidspunkt: %2.</translation>
    </message>
    <message>
        <source>Take out of the round</source>
        <translation>Tag ud af runden</translation>
    </message>
    <message>
        <source>%1&apos;s conversation is cancelled; the reason is kept with it.</source>
        <translation>Samtalen med %1 aflyses; begrundelsen gemmes sammen med den.</translation>
    </message>
    <message>
        <source>%1 was taken out of the round.</source>
        <translation>%1 er taget ud af runden.</translation>
    </message>
    <message>
        <source>Change leader</source>
        <translation>Skift leder</translation>
    </message>
    <message>
        <source>Who holds %1&apos;s conversation in this round (the roster is not changed)?</source>
        <translation>Hvem holder samtalen med %1 i denne runde (medarbejderlisten ændres ikke)?</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Skift</translation>
    </message>
    <message>
        <source>%1&apos;s conversation is now held by %2.</source>
        <translation>Samtalen med %1 holdes nu af %2.</translation>
    </message>
    <message>
        <source>The round was changed.</source>
        <translation>Runden er ændret.</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Eksportér resultater</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel-projektmappe (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Eksporterer …</translation>
    </message>
    <message>
        <source>%1 rows written to %2.</source>
        <translation>%1 rækker skrevet til %2.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>There is no one to choose.</source>
        <translation>Der er ingen at vælge.</translation>
    </message>
</context>
<context>
    <name>PlanBox</name>
    <message>
        <source>Development plan</source>
        <translation>Udviklingsplan</translation>
    </message>
    <message>
        <source>A good goal says what is to be learnt, how (activities), how it will show in daily work, by when, and how often it is followed up.</source>
        <translation>Et godt mål siger, hvad der skal læres, hvordan (aktiviteter), hvordan det vil kunne ses i hverdagen, hvornår, og hvor ofte der følges op.</translation>
    </message>
    <message>
        <source>No development goal yet.</source>
        <translation>Intet udviklingsmål endnu.</translation>
    </message>
    <message>
        <source>Add a development &amp;goal</source>
        <translation>Tilføj et udviklings&amp;mål</translation>
    </message>
</context>
<context>
    <name>PlanMeetingDialog</name>
    <message>
        <source>Plan a follow-up meeting</source>
        <translation>Planlæg et opfølgningsmøde</translation>
    </message>
    <message>
        <source>Follow-up meeting with %1</source>
        <translation>Opfølgningsmøde med %1</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Dato:</translation>
    </message>
    <message>
        <source>At a set time</source>
        <translation>På et bestemt klokkeslæt</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Tidspunkt:</translation>
    </message>
    <message>
        <source>No open goals: the meeting is a general one.</source>
        <translation>Ingen åbne mål: mødet er et generelt opfølgningsmøde.</translation>
    </message>
    <message>
        <source>Goals to follow up:</source>
        <translation>Mål, der følges op:</translation>
    </message>
</context>
<context>
    <name>PrintStack</name>
    <message>
        <source>Print in one go</source>
        <translation>Udskriv i én omgang</translation>
    </message>
    <message>
        <source>Everyone&apos;s summary…</source>
        <translation>Alles referater…</translation>
    </message>
    <message>
        <source>Everyone&apos;s invitation…</source>
        <translation>Alles invitationer…</translation>
    </message>
    <message>
        <source>Everyone&apos;s preparation sheet…</source>
        <translation>Alles forberedelsesark…</translation>
    </message>
    <message>
        <source>The leaders&apos; preparation sheets…</source>
        <translation>Ledernes forberedelsesark…</translation>
    </message>
    <message>
        <source>Everyone&apos;s development plan…</source>
        <translation>Alles udviklingsplaner…</translation>
    </message>
    <message>
        <source>All summaries</source>
        <translation>Alle referater</translation>
    </message>
    <message>
        <source>All invitations</source>
        <translation>Alle invitationer</translation>
    </message>
    <message>
        <source>All employees&apos; preparation sheets</source>
        <translation>Alle medarbejderes forberedelsesark</translation>
    </message>
    <message>
        <source>All leaders&apos; preparation sheets</source>
        <translation>Alle lederes forberedelsesark</translation>
    </message>
    <message>
        <source>All development plans</source>
        <translation>Alle udviklingsplaner</translation>
    </message>
    <message>
        <source>Making documents…</source>
        <translation>Dokumenterne laves…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <source>Cancelled: nothing printed.</source>
        <translation>Annulleret: intet er udskrevet.</translation>
    </message>
    <message>
        <source>There is nothing to print: no conversation of the round has been held yet.</source>
        <translation>Der er intet at udskrive: ingen af rundens samtaler er holdt endnu.</translation>
    </message>
    <message>
        <source>The round has no conversations.</source>
        <translation>Runden har ingen samtaler.</translation>
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message>
        <source>Privacy</source>
        <translation>Databeskyttelse</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Opbevaring</translation>
    </message>
    <message>
        <source> years after the round ends</source>
        <translation> år efter rundens afslutning</translation>
    </message>
    <message>
        <source> months after leaving</source>
        <translation> måneder efter fratrædelsen</translation>
    </message>
    <message>
        <source>Conversations and plans:</source>
        <translation>Samtaler og planer:</translation>
    </message>
    <message>
        <source>People who have left:</source>
        <translation>Fratrådte:</translation>
    </message>
    <message>
        <source>Save retention</source>
        <translation>Gem opbevaring</translation>
    </message>
    <message>
        <source>What is past these periods appears under “Due for review” in the roster, to be erased or kept with a reason.</source>
        <translation>Det, der er ud over disse perioder, vises under »Til gennemgang« i medarbejderlisten og skal slettes eller beholdes med en begrundelse.</translation>
    </message>
    <message>
        <source>Records and erasure</source>
        <translation>Fortegnelser og sletning</translation>
    </message>
    <message>
        <source>Record of processing (PDF)…</source>
        <translation>Fortegnelse over behandlinger (PDF)…</translation>
    </message>
    <message>
        <source>Activity log…</source>
        <translation>Aktivitetslog…</translation>
    </message>
    <message>
        <source>Round to erase</source>
        <translation>Runde, der skal slettes</translation>
    </message>
    <message>
        <source>Erase this round…</source>
        <translation>Slet denne runde…</translation>
    </message>
    <message>
        <source>Round:</source>
        <translation>Runde:</translation>
    </message>
    <message>
        <source>Erase this organisation…</source>
        <translation>Slet denne organisation…</translation>
    </message>
    <message>
        <source>Erasures made in this workspace</source>
        <translation>Sletninger foretaget i dette arbejdsområde</translation>
    </message>
    <message>
        <source>Only the date and the kind are kept, no names: a restore of an older backup erases them again.</source>
        <translation>Kun dato og art gemmes, ingen navne: en gendannelse af en ældre sikkerhedskopi sletter dem igen.</translation>
    </message>
    <message>
        <source>employees erased: {count}</source>
        <translation>medarbejdere slettet: {count}</translation>
    </message>
    <message>
        <source>rounds erased: {count}</source>
        <translation>runder slettet: {count}</translation>
    </message>
    <message>
        <source>organisations erased: {count}</source>
        <translation>organisationer slettet: {count}</translation>
    </message>
    <message>
        <source>None so far.</source>
        <translation>Ingen endnu.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gemt</translation>
    </message>
    <message>
        <source>Save the record of processing</source>
        <translation>Gem fortegnelsen over behandlinger</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Written: {name}</source>
        <translation>Skrevet: {name}</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Slettet</translation>
    </message>
</context>
<context>
    <name>ProgressMatrix</name>
    <message>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Inviteret</translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation>Forberedt</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Holdt</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Referat</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Underskrevet</translation>
    </message>
    <message>
        <source>In follow-up</source>
        <translation>I opfølgning</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Medarbejder</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Leder</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overskredet</translation>
    </message>
    <message>
        <source>%1 (left %2)</source>
        <translation>%1 (fratrådt %2)</translation>
    </message>
    <message>
        <source>Left the organisation on %1</source>
        <translation>Fratrådte organisationen %1</translation>
    </message>
    <message>
        <source>Reached on %1</source>
        <translation>Nået den %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overskredet</translation>
    </message>
    <message>
        <source>Not reached yet</source>
        <translation>Ikke nået endnu</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Progress of every conversation</source>
        <translation>Fremdrift for hver samtale</translation>
    </message>
    <message>
        <source>Filter by name, department or leader</source>
        <translation>Filtrér efter navn, afdeling eller leder</translation>
    </message>
    <message>
        <source>Only those behind</source>
        <translation>Kun dem, der er bagud</translation>
    </message>
    <message>
        <source>Open conversation</source>
        <translation>Åbn samtale</translation>
    </message>
    <message>
        <source>Save invitation…</source>
        <translation>Gem invitation …</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 af %2 vist</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason</source>
        <translation>Begrundelse</translation>
    </message>
</context>
<context>
    <name>RecognitionDialog</name>
    <message>
        <source>Recognition</source>
        <translation>Anerkendelse</translation>
    </message>
    <message>
        <source>Recognition for %1</source>
        <translation>Anerkendelse til %1</translation>
    </message>
    <message>
        <source>Informal (praise, a celebration)</source>
        <translation>Uformel (ros, en fejring)</translation>
    </message>
    <message>
        <source>Formal (raise, bonus, new responsibility)</source>
        <translation>Formel (lønforhøjelse, bonus, nyt ansvar)</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>Hvad:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Dato:</translation>
    </message>
    <message>
        <source>(not tied to a goal)</source>
        <translation>(ikke knyttet til et mål)</translation>
    </message>
    <message>
        <source>For the goal:</source>
        <translation>For målet:</translation>
    </message>
    <message>
        <source>What it was for</source>
        <translation>Hvad den var for</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Your recovery key</source>
        <translation>Din gendannelsesnøgle</translation>
    </message>
    <message>
        <source>If you ever forget the passphrase, this key is the only other way into the workspace. It is shown now and never again. Print it or save it somewhere safe, away from this laptop.</source>
        <translation>Hvis du en dag glemmer adgangssætningen, er denne nøgle den eneste anden vej ind i arbejdsområdet. Den vises nu og aldrig igen. Udskriv den, eller gem den et sikkert sted – ikke på denne computer.</translation>
    </message>
    <message>
        <source>I have printed or saved the recovery key</source>
        <translation>Jeg har udskrevet eller gemt gendannelsesnøglen</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Udskriv …</translation>
    </message>
    <message>
        <source>Save to a file…</source>
        <translation>Gem i en fil …</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortsæt</translation>
    </message>
    <message>
        <source>musdesk recovery key

Workspace: {folder}

{key}

Keep this sheet somewhere safe. Anyone with it and the workspace folder can read the data.</source>
        <translation>Gendannelsesnøgle til musdesk

Arbejdsområde: {folder}

{key}

Opbevar dette ark et sikkert sted. Alle, der har det og arbejdsområdets mappe, kan læse dataene.</translation>
    </message>
    <message>
        <source>Save the recovery key</source>
        <translation>Gem gendannelsesnøglen</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Tekstfiler (*.txt)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke gemt</translation>
    </message>
</context>
<context>
    <name>RosterFollowUpMenu</name>
    <message>
        <source>Plan a follow-up meeting…</source>
        <translation>Planlæg et opfølgningsmøde …</translation>
    </message>
    <message>
        <source>Show the follow-up</source>
        <translation>Vis opfølgningen</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Redigér …</translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <source>Import roster into {name}</source>
        <translation>Indlæs medarbejderliste i {name}</translation>
    </message>
    <message>
        <source>Import roster</source>
        <translation>Indlæs medarbejderliste</translation>
    </message>
    <message>
        <source>Choose a roster file</source>
        <translation>Vælg en fil med medarbejderlisten</translation>
    </message>
    <message>
        <source>Rosters ({patterns});;All files (*)</source>
        <translation>Medarbejderlister ({patterns});;Alle filer (*)</translation>
    </message>
    <message>
        <source>There is no file “{path}”.</source>
        <translation>Filen “{path}” findes ikke.</translation>
    </message>
    <message>
        <source>Excel workbook, sheet “{sheet}”, {rows} rows with content</source>
        <translation>Excel-projektmappe, ark “{sheet}”, {rows} rækker med indhold</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulator</translation>
    </message>
    <message>
        <source>Text file, {encoding}, separated by “{delimiter}”, {rows} rows</source>
        <translation>Tekstfil, {encoding}, adskilt med “{delimiter}”, {rows} rækker</translation>
    </message>
    <message>
        <source>What this column holds</source>
        <translation>Hvad kolonnen indeholder</translation>
    </message>
    <message>
        <source>Row {number}: {cells}</source>
        <translation>Række {number}: {cells}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Some rows may be people already in the roster: choose for each possible duplicate whether to update that person or add a new one.</source>
        <translation>Nogle rækker kan være personer, der allerede er i medarbejderlisten: vælg for hver mulig dublet, om den person skal opdateres, eller om der skal oprettes en ny.</translation>
    </message>
</context>
<context>
    <name>RosterImportView</name>
    <message>
        <source>Choose a CSV or Excel file exported from the HR system. Check what each column holds in the first row of the preview; nothing is saved until you press Import.</source>
        <translation>Vælg en CSV- eller Excel-fil eksporteret fra HR-systemet. Tjek i forhåndsvisningens første række, hvad hver kolonne indeholder; intet gemmes, før du trykker Indlæs.</translation>
    </message>
    <message>
        <source>Type or paste a path, choose a file, or drop one here</source>
        <translation>Skriv eller indsæt en sti, vælg en fil, eller træk en fil hertil</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Vælg fil …</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <source>The row that holds the column names</source>
        <translation>Rækken med kolonnenavnene</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Ark:</translation>
    </message>
    <message>
        <source>The sheet of the workbook that holds the roster</source>
        <translation>Det ark i projektmappen, der indeholder medarbejderlisten</translation>
    </message>
    <message>
        <source>Column names in:</source>
        <translation>Kolonnenavne i:</translation>
    </message>
    <message>
        <source>The report of what the import will do appears here.</source>
        <translation>Her vises en oversigt over, hvad indlæsningen vil gøre.</translation>
    </message>
    <message>
        <source>No file yet. Choose the roster exported from the client&apos;s HR system (CSV or Excel), or drop the file here. Existing employees are recognised by employee number, e-mail or name and updated, not duplicated.</source>
        <translation>Ingen fil endnu. Vælg medarbejderlisten eksporteret fra kundens HR-system (CSV eller Excel), eller træk filen hertil. Eksisterende medarbejdere genkendes på medarbejdernummer, e-mail eller navn og opdateres i stedet for at blive oprettet igen.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Indlæs</translation>
    </message>
</context>
<context>
    <name>RosterPreviewModel</name>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Column {number}</source>
        <translation>Kolonne {number}</translation>
    </message>
    <message>
        <source>Each column holds:</source>
        <translation>Hver kolonne indeholder:</translation>
    </message>
</context>
<context>
    <name>RosterPrivacy</name>
    <message>
        <source>Data about this person…</source>
        <translation>Oplysninger om personen…</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Slet…</translation>
    </message>
    <message>
        <source>Erase this person and everything about them, also from the backups</source>
        <translation>Slet personen og alt om vedkommende, også i sikkerhedskopierne</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Slettet</translation>
    </message>
</context>
<context>
    <name>RosterTab</name>
    <message>
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>Add organisation…</source>
        <translation>Tilføj organisation …</translation>
    </message>
    <message>
        <source>Edit organisation…</source>
        <translation>Redigér organisation …</translation>
    </message>
    <message>
        <source>Import roster…</source>
        <translation>Indlæs medarbejderliste …</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Afdelinger</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Tilføj …</translation>
    </message>
    <message>
        <source>Rename or move…</source>
        <translation>Omdøb eller flyt …</translation>
    </message>
    <message>
        <source>Strategic goals</source>
        <translation>Strategiske mål</translation>
    </message>
    <message>
        <source>No strategic goals yet. Add the goals the development goals of this round should serve.</source>
        <translation>Ingen strategiske mål endnu. Tilføj de mål, som rundens udviklingsmål skal støtte.</translation>
    </message>
    <message>
        <source>Add goal…</source>
        <translation>Tilføj mål …</translation>
    </message>
    <message>
        <source>Edit goal…</source>
        <translation>Redigér mål …</translation>
    </message>
    <message>
        <source>&lt;b&gt;Departments&lt;/b&gt;</source>
        <translation>&lt;b&gt;Afdelinger&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Filter by name, job title, e-mail, department or leader</source>
        <translation>Filtrér efter navn, stilling, e-mail, afdeling eller leder</translation>
    </message>
    <message>
        <source>Filter the employees</source>
        <translation>Filtrér medarbejderne</translation>
    </message>
    <message>
        <source>Show people who have left</source>
        <translation>Vis fratrådte</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Medarbejdere</translation>
    </message>
    <message>
        <source>Add employee…</source>
        <translation>Tilføj medarbejder …</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Redigér …</translation>
    </message>
    <message>
        <source>Mark as left…</source>
        <translation>Markér som fratrådt …</translation>
    </message>
    <message>
        <source>No client organisations yet</source>
        <translation>Ingen kundeorganisationer endnu</translation>
    </message>
    <message>
        <source>Add the organisation you work for, then its departments and employees, or import its roster from the HR system.</source>
        <translation>Tilføj den organisation, du arbejder for, og derefter dens afdelinger og medarbejdere – eller indlæs medarbejderlisten fra HR-systemet.</translation>
    </message>
    <message>
        <source>Add the first organisation…</source>
        <translation>Tilføj den første organisation …</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Alle afdelinger</translation>
    </message>
    <message>
        <source>&lt;b&gt;Strategic goals&lt;/b&gt; of {name} and the organisation</source>
        <translation>&lt;b&gt;Strategiske mål&lt;/b&gt; for {name} og organisationen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Strategic goals&lt;/b&gt; of the organisation</source>
        <translation>&lt;b&gt;Strategiske mål&lt;/b&gt; for organisationen</translation>
    </message>
    <message>
        <source>{title} (department)</source>
        <translation>{title} (afdeling)</translation>
    </message>
    <message>
        <source>No employees here yet. Add one, or import the roster from the HR system.</source>
        <translation>Ingen medarbejdere her endnu. Tilføj en, eller indlæs medarbejderlisten fra HR-systemet.</translation>
    </message>
    <message>
        <source>Nobody matches “{text}”. Clear the filter to see everyone.</source>
        <translation>Ingen passer til “{text}”. Ryd filteret for at se alle.</translation>
    </message>
    <message>
        <source>{n} employees in {place}</source>
        <translation>{n} medarbejdere i {place}</translation>
    </message>
    <message>
        <source>{shown} of {total} employees in {place}</source>
        <translation>{shown} af {total} medarbejdere i {place}</translation>
    </message>
    <message>
        <source>Mark as active</source>
        <translation>Markér som aktiv</translation>
    </message>
</context>
<context>
    <name>RoundPage</name>
    <message>
        <source>The round</source>
        <translation>Runden</translation>
    </message>
    <message>
        <source>Which client, what the round is called, when it runs and which question set the conversations use.</source>
        <translation>Hvilken kunde, hvad runden hedder, hvornår den løber, og hvilket spørgesæt samtalerne bruger.</translation>
    </message>
    <message>
        <source>MUS %1</source>
        <translation>MUS %1</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Periode fra</translation>
    </message>
    <message>
        <source>Period until</source>
        <translation>Periode til</translation>
    </message>
    <message>
        <source>Question sets…</source>
        <translation>Spørgsmålssæt …</translation>
    </message>
    <message>
        <source>Copy, adapt, import or export question sets</source>
        <translation>Kopiér, tilpas, importér eller eksportér spørgsmålssæt</translation>
    </message>
    <message>
        <source>Question template</source>
        <translation>Spørgeskabelon</translation>
    </message>
    <message>
        <source>What the question set asks</source>
        <translation>Det spørger sættet om</translation>
    </message>
    <message>
        <source>The standard questions in the organisation&apos;s language</source>
        <translation>Standardspørgsmålene på organisationens sprog</translation>
    </message>
    <message>
        <source>%1 questions</source>
        <translation>%1 spørgsmål</translation>
    </message>
    <message>
        <source>Add an organisation in the roster first.</source>
        <translation>Tilføj først en organisation under Medarbejdere.</translation>
    </message>
    <message>
        <source>Give the round a name.</source>
        <translation>Giv runden et navn.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Perioden slutter, før den begynder.</translation>
    </message>
</context>
<context>
    <name>RoundPeopleModel</name>
    <message>
        <source>Employee</source>
        <translation>Medarbejder</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Leder</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Proposed time</source>
        <translation>Foreslået tidspunkt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Bemærkning</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>endnu ikke</translation>
    </message>
    <message>
        <source>Left on %1</source>
        <translation>Fratrådt %1</translation>
    </message>
    <message>
        <source>Taken out on %1 (%2), added back on %3</source>
        <translation>Taget ud %1 (%2), tilføjet igen %3</translation>
    </message>
    <message>
        <source>Taken out on %1, added back on %3</source>
        <translation>Taget ud %1, tilføjet igen %3</translation>
    </message>
</context>
<context>
    <name>RoundWizard</name>
    <message>
        <source>Plan a MUS round</source>
        <translation>Planlæg en MUS-runde</translation>
    </message>
    <message>
        <source>Plan the round</source>
        <translation>Planlæg runden</translation>
    </message>
    <message>
        <source>Planning the round…</source>
        <translation>Planlægger runden…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <source>Carrying over last year&apos;s goals and agreements: {done} of {total} people</source>
        <translation>Overfører sidste års mål og aftaler: {done} af {total} personer</translation>
    </message>
    <message>
        <source>Proposing times: {done} of {total} conversations</source>
        <translation>Foreslår tidspunkter: {done} af {total} samtaler</translation>
    </message>
</context>
<context>
    <name>ScheduleRow</name>
    <message>
        <source>Date of the conversation</source>
        <translation>Samtalens dato</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Starttidspunkt</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>Meeting room, address or video link</source>
        <translation>Mødelokale, adresse eller videolink</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Hvornår:</translation>
    </message>
    <message>
        <source>W&amp;here:</source>
        <translation>H&amp;vor:</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Som systemet</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprog:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min.</translation>
    </message>
    <message>
        <source>Lock after idle time:</source>
        <translation>Lås efter inaktivitet:</translation>
    </message>
    <message>
        <source>Backups kept:</source>
        <translation>Sikkerhedskopier, der gemmes:</translation>
    </message>
    <message>
        <source>You, in this workspace</source>
        <translation>Dig i dette arbejdsområde</translation>
    </message>
    <message>
        <source>e.g. Maja Holm</source>
        <translation>fx Maja Holm</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Dit navn:</translation>
    </message>
    <message>
        <source>Your firm:</source>
        <translation>Dit firma:</translation>
    </message>
    <message>
        <source>Signs the invitation of an employee who has no leader. Stored in the workspace, not on this computer.</source>
        <translation>Underskriver invitationen til en medarbejder uden leder. Gemmes i arbejdsområdet, ikke på denne computer.</translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation>Det nye sprog bruges fra næste start.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Help for the tab shown</source>
        <translation>Hjælp til den viste fane</translation>
    </message>
    <message>
        <source>Roster: find a person</source>
        <translation>Medarbejdere: find en person</translation>
    </message>
    <message>
        <source>Roster: edit the selected person</source>
        <translation>Medarbejdere: redigér den valgte person</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>MUS wheel: go to a step</source>
        <translation>MUS-hjulet: gå til et trin</translation>
    </message>
    <message>
        <source>1–8, arrow keys, Home, End</source>
        <translation>1–8, piletaster, Home, End</translation>
    </message>
    <message>
        <source>Conversation: save now</source>
        <translation>Samtale: gem nu</translation>
    </message>
    <message>
        <source>Date fields: a day later or earlier</source>
        <translation>Datofelter: en dag senere eller tidligere</translation>
    </message>
    <message>
        <source>Up, Down</source>
        <translation>Pil op, pil ned</translation>
    </message>
    <message>
        <source>Follow-up timeline: move between points, open one</source>
        <translation>Opfølgningens tidslinje: gå mellem punkter, åbn et</translation>
    </message>
    <message>
        <source>Arrow keys, Enter</source>
        <translation>Piletaster, Enter</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastaturgenveje</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Taster</translation>
    </message>
    <message>
        <source>Menu keys work on every tab; the others where they are named.</source>
        <translation>Menuernes genveje virker på alle faner, de øvrige der, hvor de er nævnt.</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Record the signatures</source>
        <translation>Registrér underskrifterne</translation>
    </message>
    <message>
        <source>Record that both have signed the printed summary. The conversation then becomes read-only; a later change needs an amendment, which starts a new version.</source>
        <translation>Registrér, at begge har skrevet under på det udskrevne referat. Samtalen kan derefter ikke ændres; en senere ændring kræver en tilretning, som starter en ny version.</translation>
    </message>
    <message>
        <source>Signed by %s on:</source>
        <translation>Underskrevet af %s den:</translation>
    </message>
    <message>
        <source>the employee</source>
        <translation>medarbejderen</translation>
    </message>
    <message>
        <source>the leader</source>
        <translation>lederen</translation>
    </message>
    <message>
        <source>Optional: a scan of the signed paper</source>
        <translation>Valgfrit: en scanning af det underskrevne papir</translation>
    </message>
    <message>
        <source>Scan of the signed paper</source>
        <translation>Scanning af det underskrevne papir</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Vælg …</translation>
    </message>
    <message>
        <source>Scan:</source>
        <translation>Scanning:</translation>
    </message>
    <message>
        <source>The scan is stored encrypted inside the workspace.</source>
        <translation>Scanningen gemmes krypteret i arbejdsområdet.</translation>
    </message>
    <message>
        <source>Record signatures</source>
        <translation>Registrér underskrifter</translation>
    </message>
</context>
<context>
    <name>SlotsPage</name>
    <message>
        <source>Conversation times</source>
        <translation>Samtaletidspunkter</translation>
    </message>
    <message>
        <source>Times are proposed on working days within these days and hours, with a break between two conversations of the same leader and never two at once. All can be moved later.</source>
        <translation>Der foreslås tider på arbejdsdage inden for disse dage og timer, med en pause mellem to samtaler hos samme leder og aldrig to på én gang. Alle kan flyttes senere.</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutter</translation>
    </message>
    <message>
        <source>e.g. the leader&apos;s office</source>
        <translation>f.eks. lederens kontor</translation>
    </message>
    <message>
        <source>Proposed conversation days</source>
        <translation>Foreslåede samtaledage</translation>
    </message>
    <message>
        <source>Proposed days</source>
        <translation>Foreslåede dage</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Varighed</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Første dag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Sidste dag</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>One leader can hold up to %1 conversations in these days; the busiest leader has %2.</source>
        <translation>En leder kan holde op til %1 samtaler i disse dage; den travleste leder har %2.</translation>
    </message>
    <message>
        <source>Not everyone gets a time: choose more days or longer hours, or place the rest by hand later.</source>
        <translation>Ikke alle får en tid: vælg flere dage eller længere tidsrum, eller placér resten manuelt senere.</translation>
    </message>
    <message>
        <source>%1: %2 conversations</source>
        <translation>%1: %2 samtaler</translation>
    </message>
</context>
<context>
    <name>StackPreviewDialog</name>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>%1 document(s), %2 page(s)</source>
        <translation>%1 dokument(er), %2 side(r)</translation>
    </message>
    <message>
        <source>Print all…</source>
        <translation>Udskriv alle…</translation>
    </message>
</context>
<context>
    <name>StepPanel</name>
    <message>
        <source>Due date of the step</source>
        <translation>Frist for trinnet</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Opgave</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Checklist of the step</source>
        <translation>Trinnets tjekliste</translation>
    </message>
    <message>
        <source>A new task for this step</source>
        <translation>En ny opgave til dette trin</translation>
    </message>
    <message>
        <source>No one in particular</source>
        <translation>Ingen bestemt</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>Tilføj opgave</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Medarbejder</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Employees not past this step</source>
        <translation>Medarbejdere, der ikke er forbi dette trin</translation>
    </message>
    <message>
        <source>Open conversation</source>
        <translation>Åbn samtale</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Frist:</translation>
    </message>
    <message>
        <source>Responsible:</source>
        <translation>Ansvarlig:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Checklist&lt;/b&gt;</source>
        <translation>&lt;b&gt;Tjekliste&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Choose a step on the wheel&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Vælg et trin på hjulet&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Click a step or use the arrow keys to see its checklist and who is behind.</source>
        <translation>Klik på et trin, eller brug piletasterne, for at se dets tjekliste, og hvem der er bagud.</translation>
    </message>
    <message>
        <source>Phase: %1</source>
        <translation>Fase: %1</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Udført: %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overskredet</translation>
    </message>
    <message>
        <source>Reopen step</source>
        <translation>Genåbn trin</translation>
    </message>
    <message>
        <source>Mark step done</source>
        <translation>Markér trinnet som udført</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not past this step yet: %1 of %2&lt;/b&gt;</source>
        <translation>&lt;b&gt;Endnu ikke forbi dette trin: %1 af %2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Everyone is past this step.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Alle er forbi dette trin.&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>StepsPage</name>
    <message>
        <source>The eight steps</source>
        <translation>De otte trin</translation>
    </message>
    <message>
        <source>The steps before the conversations are due before the first proposed conversation, the others after the last one; tick who is responsible. Everything can be changed later on the wheel.</source>
        <translation>Trinene før samtalerne har frist før den første foreslåede samtale, de øvrige efter den sidste; sæt flueben ved de ansvarlige. Alt kan ændres senere på hjulet.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Trin</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Due dates and responsible roles per step</source>
        <translation>Frister og ansvarlige roller pr. trin</translation>
    </message>
</context>
<context>
    <name>StrategicGoalDialog</name>
    <message>
        <source>Edit strategic goal</source>
        <translation>Redigér strategisk mål</translation>
    </message>
    <message>
        <source>Add strategic goal</source>
        <translation>Tilføj strategisk mål</translation>
    </message>
    <message>
        <source>For: {scope}</source>
        <translation>For: {scope}</translation>
    </message>
    <message>
        <source>e.g. Shorter waiting times for our users</source>
        <translation>f.eks. Kortere ventetid for vores brugere</translation>
    </message>
    <message>
        <source>What the goal means in practice, and how you will know it is reached</source>
        <translation>Hvad målet betyder i praksis, og hvordan I kan se, at det er nået</translation>
    </message>
    <message>
        <source>Goal:</source>
        <translation>Mål:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beskrivelse:</translation>
    </message>
</context>
<context>
    <name>StrategyPanel</name>
    <message>
        <source>Strategic goals and their breakdown</source>
        <translation>Strategiske mål og deres nedbrydning</translation>
    </message>
    <message>
        <source>Development goals linked</source>
        <translation>Tilknyttede udviklingsmål</translation>
    </message>
    <message>
        <source>Strategic goals per department</source>
        <translation>Strategiske mål pr. afdeling</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>Group conversation</source>
        <translation>Gruppesamtale</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Holdt</translation>
    </message>
    <message>
        <source>The department&apos;s goals</source>
        <translation>Afdelingens mål</translation>
    </message>
    <message>
        <source>Group conversations per department</source>
        <translation>Gruppesamtaler pr. afdeling</translation>
    </message>
    <message>
        <source>Edit group conversation…</source>
        <translation>Redigér gruppesamtale …</translation>
    </message>
    <message>
        <source>&lt;b&gt;Group conversations (GRUS)&lt;/b&gt; — before the individual conversations, each team talks through what the strategy means for it. Individual development goals can then link to these goals.</source>
        <translation>&lt;b&gt;Gruppesamtaler (GRUS)&lt;/b&gt; – før de individuelle samtaler taler hvert team om, hvad strategien betyder for det. De individuelle udviklingsmål kan derefter knyttes til disse mål.</translation>
    </message>
    <message>
        <source>The organisation</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>No strategic goals yet (add them in the roster)</source>
        <translation>Ingen strategiske mål endnu (tilføj dem under Medarbejdere)</translation>
    </message>
    <message>
        <source>From the group conversation: %1</source>
        <translation>Fra gruppesamtalen: %1</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>ingen dato</translation>
    </message>
    <message>
        <source>not planned</source>
        <translation>ikke planlagt</translation>
    </message>
</context>
<context>
    <name>SubGoalRow</name>
    <message>
        <source>Sub-goal</source>
        <translation>Delmål</translation>
    </message>
    <message>
        <source>A step on the way</source>
        <translation>Et skridt på vejen</translation>
    </message>
    <message>
        <source>Sub-goal due date</source>
        <translation>Frist for delmål</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Frist</translation>
    </message>
</context>
<context>
    <name>TemplateEditorDialog</name>
    <message>
        <source>Question sets</source>
        <translation>Spørgsmålssæt</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiér</translation>
    </message>
    <message>
        <source>Make a set of your own from the chosen one</source>
        <translation>Lav dit eget sæt ud fra det valgte</translation>
    </message>
    <message>
        <source>Language of the copy</source>
        <translation>Kopiens sprog</translation>
    </message>
    <message>
        <source>A copy in another language is that language&apos;s version of the set: translate its questions, and documents in that language use it</source>
        <translation>En kopi på et andet sprog er sættets version på det sprog: oversæt spørgsmålene, så bruger dokumenter på det sprog den</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importér …</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Eksportér …</translation>
    </message>
    <message>
        <source>Description of the set</source>
        <translation>Beskrivelse af sættet</translation>
    </message>
    <message>
        <source>What the set is for, e.g. which client and which changes (optional)</source>
        <translation>Hvad sættet bruges til, fx hvilken kunde og hvilke ændringer (valgfrit)</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Sections and questions</source>
        <translation>Afsnit og spørgsmål</translation>
    </message>
    <message>
        <source>Add section</source>
        <translation>Tilføj afsnit</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Tilføj spørgsmål</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Flyt op</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Fjern…</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flyt ned</translation>
    </message>
    <message>
        <source>Preview this part…</source>
        <translation>Vis denne del…</translation>
    </message>
    <message>
        <source>The chosen part as it prints: the employee&apos;s or the leader&apos;s preparation sheet, or the conversation&apos;s questions</source>
        <translation>Den valgte del, som den udskrives: medarbejderens eller lederens forberedelsesark eller samtalens spørgsmål</translation>
    </message>
    <message>
        <source>In use by the rounds %1: saving makes a new version, and their conversations keep this one.</source>
        <translation>Bruges af runderne %1: når du gemmer, oprettes en ny version, og deres samtaler beholder denne.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>i brug</translation>
    </message>
    <message>
        <source>This is the set that comes with musdesk: make a copy to adapt it for a client.</source>
        <translation>Dette er sættet, der følger med musdesk: lav en kopi for at tilpasse det til en kunde.</translation>
    </message>
    <message>
        <source>No conversation uses this set yet: saving changes it in place.</source>
        <translation>Ingen samtale bruger sættet endnu: når du gemmer, ændres det direkte.</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Ikke gemt endnu.</translation>
    </message>
    <message>
        <source>New section</source>
        <translation>Nyt afsnit</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>Nyt spørgsmål</translation>
    </message>
    <message>
        <source>Remove the section “%1”? Its questions (%2) go with it.</source>
        <translation>Fjern afsnittet “%1”? Dets spørgsmål (%2) fjernes også.</translation>
    </message>
    <message>
        <source>Remove the question “%1”?</source>
        <translation>Fjern spørgsmålet “%1”?</translation>
    </message>
    <message>
        <source>Saved as version %1; rounds already planned keep their version.</source>
        <translation>Gemt som version %1; allerede planlagte runder beholder deres version.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gemt.</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>Kopi af %1</translation>
    </message>
    <message>
        <source>Copied; give the copy the client&apos;s name.</source>
        <translation>Kopieret; giv kopien kundens navn.</translation>
    </message>
    <message>
        <source>Export question set</source>
        <translation>Eksportér spørgsmålssæt</translation>
    </message>
    <message>
        <source>Question set (*.json)</source>
        <translation>Spørgsmålssæt (*.json)</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>Skrevet til %1.</translation>
    </message>
    <message>
        <source>Import question set</source>
        <translation>Importér spørgsmålssæt</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Filen kunne ikke læses: %1</translation>
    </message>
    <message>
        <source>Imported “%1”.</source>
        <translation>Importeret: “%1”.</translation>
    </message>
</context>
<context>
    <name>TemplateItemForm</name>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>Choose a section or a question above to see and change its details.</source>
        <translation>Vælg et afsnit eller et spørgsmål ovenfor for at se og ændre detaljerne.</translation>
    </message>
    <message>
        <source>Introduction of the section</source>
        <translation>Afsnittets indledning</translation>
    </message>
    <message>
        <source>Section title</source>
        <translation>Afsnittets titel</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Indledning</translation>
    </message>
    <message>
        <source>The question</source>
        <translation>Spørgsmålet</translation>
    </message>
    <message>
        <source>A hint shown with the question (optional)</source>
        <translation>En vejledning, der vises med spørgsmålet (valgfri)</translation>
    </message>
    <message>
        <source>Free text: lines to write on. Scale 1–5: the preparation sheet asks to circle a number.</source>
        <translation>Fri tekst: linjer at skrive på. Skala 1–5: på forberedelsesarket sættes ring om et tal.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Spørgsmål</translation>
    </message>
    <message>
        <source>Help text</source>
        <translation>Hjælpetekst</translation>
    </message>
    <message>
        <source>Answered as</source>
        <translation>Besvares som</translation>
    </message>
</context>
<context>
    <name>TimelineLegend</name>
    <message>
        <source>Conversation</source>
        <translation>Samtale</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Underskrevet</translation>
    </message>
    <message>
        <source>Meeting planned</source>
        <translation>Møde planlagt</translation>
    </message>
    <message>
        <source>Meeting held</source>
        <translation>Møde holdt</translation>
    </message>
    <message>
        <source>Meeting missed</source>
        <translation>Møde ikke holdt</translation>
    </message>
    <message>
        <source>Goal deadline</source>
        <translation>Frist for mål</translation>
    </message>
    <message>
        <source>Sub-goal</source>
        <translation>Delmål</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluering</translation>
    </message>
    <message>
        <source>Recognition</source>
        <translation>Anerkendelse</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overskredet</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Nothing to show here yet.</source>
        <translation>Intet at vise her endnu.</translation>
    </message>
</context>
<context>
    <name>UnexpectedErrorDialog</name>
    <message>
        <source>An unexpected error occurred</source>
        <translation>Der opstod en uventet fejl</translation>
    </message>
    <message>
        <source>musdesk ran into a problem it did not expect. Your saved data is safe; the last change you made may not have been saved. You can keep working, or restart musdesk if something looks wrong.</source>
        <translation>musdesk stødte på et problem, det ikke havde forventet. Dine gemte data er i sikkerhed; din seneste ændring er måske ikke blevet gemt. Du kan arbejde videre eller genstarte musdesk, hvis noget ser forkert ud.</translation>
    </message>
    <message>
        <source>The details below were also written to {path}. They contain no names or notes from your workspace.</source>
        <translation>Detaljerne nedenfor er også skrevet til {path}. De indeholder ingen navne eller noter fra dit arbejdsområde.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Kopiér detaljer</translation>
    </message>
</context>
<context>
    <name>UnlockNotice</name>
    <message>
        <source>1 follow-up overdue</source>
        <translation>1 opfølgning er overskredet</translation>
    </message>
    <message>
        <source>%1 follow-ups overdue</source>
        <translation>%1 opfølgninger er overskredet</translation>
    </message>
    <message>
        <source>1 due this week</source>
        <translation>1 forfalder i denne uge</translation>
    </message>
    <message>
        <source>%1 due this week</source>
        <translation>%1 forfalder i denne uge</translation>
    </message>
    <message>
        <source>(all organisations)</source>
        <translation>(alle organisationer)</translation>
    </message>
    <message>
        <source>Show the due list</source>
        <translation>Vis listen over forfaldne</translation>
    </message>
    <message>
        <source>Close the notice</source>
        <translation>Luk meddelelsen</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Unlock your workspace</source>
        <translation>Lås dit arbejdsområde op</translation>
    </message>
    <message>
        <source>I forgot the passphrase: use the recovery key</source>
        <translation>Jeg har glemt adgangssætningen: brug gendannelsesnøglen</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Lås op</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Open another workspace…</source>
        <translation>Åbn et andet arbejdsområde …</translation>
    </message>
    <message>
        <source>Create a new workspace…</source>
        <translation>Opret et nyt arbejdsområde …</translation>
    </message>
    <message>
        <source>Workspace: {path}</source>
        <translation>Arbejdsområde: {path}</translation>
    </message>
    <message>
        <source>This is the demo. Its passphrase is: {passphrase}</source>
        <translation>Dette er demoen. Dens adgangssætning er: {passphrase}</translation>
    </message>
    <message>
        <source>The workspace was locked to protect its content. Unlock it to continue where you were.</source>
        <translation>Arbejdsområdet blev låst for at beskytte indholdet. Lås det op for at fortsætte, hvor du slap.</translation>
    </message>
    <message>
        <source>Unlocking… deriving the key takes a moment.</source>
        <translation>Låser op … det tager et øjeblik at udlede nøglen.</translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation>&amp;Gendannelsesnøgle:</translation>
    </message>
    <message>
        <source>The key you printed or saved when the workspace was created</source>
        <translation>Nøglen, du udskrev eller gemte, da arbejdsområdet blev oprettet</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Adgangssætning:</translation>
    </message>
    <message>
        <source>Type the recovery key first.</source>
        <translation>Skriv først gendannelsesnøglen.</translation>
    </message>
    <message>
        <source>Type the passphrase first.</source>
        <translation>Skriv først adgangssætningen.</translation>
    </message>
</context>
<context>
    <name>UnsavedEdit</name>
    <message>
        <source>An edit is not saved</source>
        <translation>En ændring er ikke gemt</translation>
    </message>
    <message>
        <source>An edit could not be saved: %s</source>
        <translation>En ændring kunne ikke gemmes: %s</translation>
    </message>
    <message>
        <source>Free some space or fix the problem, then retry. If you quit now, the edit is lost.</source>
        <translation>Frigør plads eller ret problemet, og prøv igen. Hvis du afslutter nu, går ændringen tabt.</translation>
    </message>
    <message>
        <source>&amp;Discard and quit</source>
        <translation>&amp;Kassér og afslut</translation>
    </message>
    <message>
        <source>Free some space or fix the problem, then retry. If you lock now, the edit is lost.</source>
        <translation>Frigør plads eller ret problemet, og prøv igen. Hvis du låser nu, går ændringen tabt.</translation>
    </message>
    <message>
        <source>&amp;Discard and lock</source>
        <translation>&amp;Kassér og lås</translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>&amp;Prøv igen nu</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Check a document</source>
        <translation>Kontrollér et dokument</translation>
    </message>
    <message>
        <source>Choose a saved summary (PDF), or type the verification code printed on a paper summary. musdesk tells you whether it is exactly what this workspace issued.</source>
        <translation>Vælg et gemt referat (PDF), eller skriv kontrolkoden, der står på et papirreferat. musdesk fortæller, om det er præcis det, dette arbejdsområde udstedte.</translation>
    </message>
    <message>
        <source>Check a PDF file…</source>
        <translation>Kontrollér en PDF-fil …</translation>
    </message>
    <message>
        <source>Check code</source>
        <translation>Kontrollér kode</translation>
    </message>
    <message>
        <source>Saved file:</source>
        <translation>Gemt fil:</translation>
    </message>
    <message>
        <source>Code on the paper:</source>
        <translation>Kode på papiret:</translation>
    </message>
    <message>
        <source>Nothing checked yet.</source>
        <translation>Intet kontrolleret endnu.</translation>
    </message>
    <message>
        <source>For a code, the stored content is shown here to compare with the paper.</source>
        <translation>For en kode vises det gemte indhold her, så det kan sammenlignes med papiret.</translation>
    </message>
    <message>
        <source>Choose a summary</source>
        <translation>Vælg et referat</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Kontrollerer %1 …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Kontrollerer filen …</translation>
    </message>
    <message>
        <source>Not checked: cancelled.</source>
        <translation>Ikke kontrolleret: annulleret.</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Welcome to musdesk</source>
        <translation>Velkommen til musdesk</translation>
    </message>
    <message>
        <source>musdesk keeps your clients&apos; rosters, conversations and development plans in an encrypted workspace on this computer. Nothing is sent anywhere.</source>
        <translation>musdesk gemmer dine kunders medarbejderlister, samtaler og udviklingsplaner i et krypteret arbejdsområde på denne computer. Intet sendes nogen steder hen.</translation>
    </message>
    <message>
        <source>Start by creating a workspace protected by a passphrase, or open one you already have, for example copied from another laptop.</source>
        <translation>Begynd med at oprette et arbejdsområde beskyttet af en adgangssætning, eller åbn et, du allerede har – for eksempel kopieret fra en anden computer.</translation>
    </message>
    <message>
        <source>Create a new workspace…</source>
        <translation>Opret et nyt arbejdsområde …</translation>
    </message>
    <message>
        <source>Open an existing workspace…</source>
        <translation>Åbn et eksisterende arbejdsområde …</translation>
    </message>
    <message>
        <source>Explore the demo workspace</source>
        <translation>Udforsk demo-arbejdsområdet</translation>
    </message>
    <message>
        <source>The demo holds invented people only, so you can try everything safely.</source>
        <translation>Demoen indeholder kun opdigtede personer, så du trygt kan prøve alt.</translation>
    </message>
</context>
<context>
    <name>WheelTab</name>
    <message>
        <source>Round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>Plan a round…</source>
        <translation>Planlæg en runde …</translation>
    </message>
    <message>
        <source>Status of the round</source>
        <translation>Rundens status</translation>
    </message>
    <message>
        <source>Round:</source>
        <translation>Runde:</translation>
    </message>
    <message>
        <source>Question sets…</source>
        <translation>Spørgsmålssæt …</translation>
    </message>
    <message>
        <source>{done}/{total} tasks</source>
        <translation>{done}/{total} opgaver</translation>
    </message>
    <message>
        <source>{passed}/{total} past</source>
        <translation>{passed}/{total} forbi</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overskredet</translation>
    </message>
    <message>
        <source>done</source>
        <translation>udført</translation>
    </message>
    <message>
        <source>The steps of the wheel as a list</source>
        <translation>Hjulets trin som liste</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Trin</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fremdrift</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategi</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluering</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No MUS round yet&lt;/h3&gt;&lt;p&gt;Plan a round to see its wheel: the eight steps with their checklists, who is behind, and the figures at the end.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ingen MUS-runde endnu&lt;/h3&gt;&lt;p&gt;Planlæg en runde for at se dens hjul: de otte trin med deres tjeklister, hvem der er bagud, og tallene til sidst.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Conversations in this round: %1</source>
        <translation>Samtaler i denne runde: %1</translation>
    </message>
    <message>
        <source>Behind: %1</source>
        <translation>Bagud: %1</translation>
    </message>
    <message>
        <source>Steps overdue: %1</source>
        <translation>Trin over fristen: %1</translation>
    </message>
    <message>
        <source>No department</source>
        <translation>Ingen afdeling</translation>
    </message>
    <message>
        <source>Other departments together</source>
        <translation>Øvrige afdelinger samlet</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumenter</translation>
    </message>
    <message>
        <source>MUS wheel overview…</source>
        <translation>Oversigt over MUS-hjulet …</translation>
    </message>
    <message>
        <source>All invitations…</source>
        <translation>Alle invitationer …</translation>
    </message>
    <message>
        <source>All employees&apos; preparation sheets…</source>
        <translation>Alle medarbejderes forberedelsesark …</translation>
    </message>
    <message>
        <source>All leaders&apos; preparation sheets…</source>
        <translation>Alle lederes forberedelsesark …</translation>
    </message>
    <message>
        <source>All development plans…</source>
        <translation>Alle udviklingsplaner …</translation>
    </message>
    <message>
        <source>All invitations for e-mail (.ics + PDF)…</source>
        <translation>Alle invitationer til e-mail (.ics + PDF) …</translation>
    </message>
    <message>
        <source>Folder for the documents</source>
        <translation>Mappe til dokumenterne</translation>
    </message>
    <message>
        <source>Save the round report</source>
        <translation>Gem rapporten om runden</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Gemt: %1</translation>
    </message>
</context>
<context>
    <name>WorkspaceActions</name>
    <message>
        <source>Open a workspace folder</source>
        <translation>Åbn en arbejdsområde-mappe</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Adgangssætningen er skiftet</translation>
    </message>
    <message>
        <source>From now on, unlock with the new passphrase.</source>
        <translation>Fremover låser du op med den nye adgangssætning.</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Sikkerhedskopien gendannes…</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Gendan en sikkerhedskopi</translation>
    </message>
</context>
<context>
    <name>_Row</name>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <source>&lt;h3&gt;musdesk {version}&lt;/h3&gt;&lt;p&gt;Employee development conversations (MUS) for HR consultants: the roster, the MUS wheel, the conversation and the follow-up, in one encrypted workspace.&lt;/p&gt;&lt;p&gt;musdesk works offline and never sends data anywhere.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;musdesk {version}&lt;/h3&gt;&lt;p&gt;Medarbejderudviklingssamtaler (MUS) for HR-konsulenter: medarbejderlisten, MUS-hjulet, samtalen og opfølgningen i ét krypteret arbejdsområde.&lt;/p&gt;&lt;p&gt;musdesk virker uden netværk og sender aldrig data nogen steder hen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About musdesk</source>
        <translation>Om musdesk</translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <source>D</source>
        <comment>placeholder letter for the day</comment>
        <translation>D</translation>
    </message>
    <message>
        <source>M</source>
        <comment>placeholder letter for the month</comment>
        <translation>M</translation>
    </message>
    <message>
        <source>Y</source>
        <comment>placeholder letter for the year</comment>
        <translation>Å</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <comment>placeholder of a time of day</comment>
        <translation>TT:MM</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Something went wrong</source>
        <translation>Noget gik galt</translation>
    </message>
</context>
<context>
    <name>tabs</name>
    <message>
        <source>Roster</source>
        <translation>Medarbejdere</translation>
    </message>
    <message>
        <source>MUS wheel</source>
        <translation>MUS-hjulet</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Samtale</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Opfølgning</translation>
    </message>
</context>
</TS>
