<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>AccessExportDialog</name>
    <message>
        <source>Data about this person</source>
        <translation>Opplysninger om personen</translation>
    </message>
    <message>
        <source>Everything the workspace holds about {name}</source>
        <translation>Alt arbeidsområdet inneholder om {name}</translation>
    </message>
    <message>
        <source>For a request to see one&apos;s own data, or to take it along: a PDF the person can read (conversations with answers and agreements, signed versions, plans, follow-up, recognitions) and a JSON file with the same data for other programs.</source>
        <translation>Til en forespørsel om innsyn i egne opplysninger eller om å få dem med seg: en PDF personen kan lese (samtaler med svar og avtaler, signerte versjoner, planer, oppfølging, anerkjennelser), og en JSON-fil med de samme dataene for andre programmer.</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Mappe:</translation>
    </message>
    <message>
        <source>Folder for the two files</source>
        <translation>Mappe for de to filene</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Velg…</translation>
    </message>
    <message>
        <source>Include the leader&apos;s private notes</source>
        <translation>Ta med lederens private notater</translation>
    </message>
    <message>
        <source>The leader&apos;s private notes are about this person too, so they may ask for them. They were written as the leader&apos;s own notes: read them before you hand the files over, and tell the leader.</source>
        <translation>Lederens private notater handler også om personen, så vedkommende kan be om dem. De er skrevet som lederens egne notater: les dem før du gir fra deg filene, og si fra til lederen.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksporter</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>Vis mappe</translation>
    </message>
    <message>
        <source>Folder for the export</source>
        <translation>Mappe for eksporten</translation>
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
        <translation>Aktivitetslogg</translation>
    </message>
    <message>
        <source>What was done to which record, and when. The log holds no names and no texts, only the kind of record and its ID.</source>
        <translation>Hva som ble gjort med hvilken post, og når. Loggen inneholder ingen navn og ingen tekster, bare posttypen og dens ID.</translation>
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
        <translation>Eksporter som CSV…</translation>
    </message>
    <message>
        <source>{n} events</source>
        <translation>{n} hendelser</translation>
    </message>
    <message>
        <source>Export the activity log</source>
        <translation>Eksporter aktivitetsloggen</translation>
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
        <translation>Detalj</translation>
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
        <translation>Hva som gjøres for å lære det</translation>
    </message>
    <message>
        <source>Activity done by</source>
        <translation>Aktiviteten utføres av</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>Utføres av</translation>
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
        <translation>Juster mål</translation>
    </message>
    <message>
        <source>What the goal is stays as signed. These changes are recorded as an adjustment, and the planned meetings from today on are planned again; held, missed and cancelled meetings stay.</source>
        <translation>Selve målet forblir som signert. Endringene registreres som en justering, og de planlagte møtene fra i dag planlegges på nytt; holdte, uteblitte og avlyste møter blir stående.</translation>
    </message>
    <message>
        <source>The changes are recorded as an adjustment, and the planned meetings from today on are planned again.</source>
        <translation>Endringene registreres som en justering, og de planlagte møtene fra i dag planlegges på nytt.</translation>
    </message>
    <message>
        <source>No regular meetings</source>
        <translation>Ingen faste møter</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dager</translation>
    </message>
    <message>
        <source>Meet:</source>
        <translation>Møtes:</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Start:</translation>
    </message>
    <message>
        <source>The goal has a deadline</source>
        <translation>Målet har en frist</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Frist:</translation>
    </message>
    <message>
        <source>We keep working on it</source>
        <translation>Vi jobber videre med det</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Nådd</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Lagt bort</translation>
    </message>
    <message>
        <source>The goal:</source>
        <translation>Målet:</translation>
    </message>
    <message>
        <source>Why (optional)</source>
        <translation>Hvorfor (valgfritt)</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Begrunnelse:</translation>
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
        <translation>Innen:</translation>
    </message>
    <message>
        <source>carried over from last round</source>
        <translation>overført fra forrige runde</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Remove this agreement</source>
        <translation>Fjern denne avtalen</translation>
    </message>
</context>
<context>
    <name>AgreementsBox</name>
    <message>
        <source>The four agreements</source>
        <translation>De fire avtalene</translation>
    </message>
    <message>
        <source>Add an agreement</source>
        <translation>Legg til en avtale</translation>
    </message>
    <message>
        <source>Add: %s</source>
        <translation>Legg til: %s</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Sikkerhetskopier</translation>
    </message>
    <message>
        <source>When the workspace is opened after changes, and before every upgrade and import, musdesk checks the database and takes an encrypted backup; a database that fails the check is never backed up. It keeps the newest ones (see Settings), one a day for a week and one a week for a month. A backup opens with the same passphrase. Restoring one first backs up the current state, so the restore can be undone.</source>
        <translation>Når arbeidsområdet åpnes etter endringer, og før hver oppgradering og import, kontrollerer musdesk databasen og tar en kryptert sikkerhetskopi; en database som ikke består kontrollen, kopieres aldri. De nyeste beholdes (se Innstillinger), én om dagen i en uke og én i uken i en måned. En sikkerhetskopi åpnes med samme passordfrase. Når en gjenopprettes, tas det først en sikkerhetskopi av nåværende tilstand, slik at gjenopprettingen kan angres.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Tatt</translation>
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
        <translation>Ingen sikkerhetskopier ennå. Det tas en neste gang arbeidsområdet åpnes.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Ta sikkerhetskopi nå</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>Vis mappe</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Gjenopprett…</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Gjenopprette denne sikkerhetskopien?</translation>
    </message>
    <message>
        <source>The workspace goes back to how it was on {when}. Everything entered or changed since then is lost from the workspace. A backup of the current state is taken first, so you can undo this by restoring that backup. People erased since then stay erased.</source>
        <translation>Arbeidsområdet føres tilbake til slik det var {when}. Alt som er lagt inn eller endret siden, forsvinner fra arbeidsområdet. Først tas det en sikkerhetskopi av nåværende tilstand, så du kan angre ved å gjenopprette den. Personer som er slettet siden, forblir slettet.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Gjenopprett</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sikkerhetskopien er gjenopprettet</translation>
    </message>
    <message>
        <source>The backup was restored. The state before it is kept as the newest backup: restore that one to undo.</source>
        <translation>Sikkerhetskopien er gjenopprettet. Tilstanden fra før er lagret som den nyeste sikkerhetskopien: gjenopprett den for å angre.</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Opprettet</translation>
    </message>
    <message>
        <source>Opened after changes</source>
        <translation>Åpnet etter endringer</translation>
    </message>
    <message>
        <source>Backed up by hand</source>
        <translation>Tatt manuelt</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Før en oppgradering</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Før en import</translation>
    </message>
    <message>
        <source>Before a merge</source>
        <translation>Før en sammenslåing</translation>
    </message>
    <message>
        <source>New data key</source>
        <translation>Ny datanøkkel</translation>
    </message>
    <message>
        <source>Before a restore (restore it to undo)</source>
        <translation>Før en gjenoppretting (gjenopprett den for å angre)</translation>
    </message>
    <message>
        <source>Not checked (older version)</source>
        <translation>Ikke kontrollert (eldre versjon)</translation>
    </message>
</context>
<context>
    <name>CarryForwardBox</name>
    <message>
        <source>From last round: %s</source>
        <translation>Fra forrige runde: %s</translation>
    </message>
    <message>
        <source>No agreements were written down last time.</source>
        <translation>Det ble ikke skrevet ned avtaler forrige gang.</translation>
    </message>
    <message>
        <source>(by %s)</source>
        <translation>(innen %s)</translation>
    </message>
    <message>
        <source>Add this agreement to this year&apos;s agreements</source>
        <translation>Legg avtalen til årets avtaler</translation>
    </message>
    <message>
        <source>Last round&apos;s goals and how they went</source>
        <translation>Forrige rundes mål og hvordan det gikk</translation>
    </message>
    <message>
        <source>What helped: %s</source>
        <translation>Dette hjalp: %s</translation>
    </message>
    <message>
        <source>No open goals are left from last round.</source>
        <translation>Det er ingen åpne mål igjen fra forrige runde.</translation>
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
        <translation>Fortsett målet i årets plan</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Verification certificate</source>
        <translation>Verifiseringssertifikat</translation>
    </message>
    <message>
        <source>Every summary musdesk prints is signed with this workspace&apos;s own certificate. Give the certificate file to a client or a lawyer: with it as the trusted certificate, a PDF reader or a signature checker confirms that a saved summary is unchanged since it was signed. The same fingerprint is printed at the foot of every summary page.</source>
        <translation>Hvert referat musdesk skriver ut, er signert med dette arbeidsområdets eget sertifikat. Gi sertifikatfilen til en kunde eller en advokat: med den som klarert sertifikat kan en PDF-leser eller et signaturprogram bekrefte at et lagret referat er uendret siden det ble signert. Det samme fingeravtrykket står nederst på hver side av referatet.</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint of the certificate:</source>
        <translation>Sertifikatets SHA-256-fingeravtrykk:</translation>
    </message>
    <message>
        <source>Certificate fingerprint</source>
        <translation>Sertifikatets fingeravtrykk</translation>
    </message>
    <message>
        <source>Save the certificate…</source>
        <translation>Lagre sertifikatet…</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Lagret i %1</translation>
    </message>
    <message>
        <source>Save the verification certificate</source>
        <translation>Lagre verifiseringssertifikatet</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>Sertifikater (*.pem *.crt *.cer)</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Bytt passordfrase</translation>
    </message>
    <message>
        <source>The new passphrase replaces the old one at once. The recovery key stays valid, unless you also replace the data key below.</source>
        <translation>Den nye passordfrasen erstatter den gamle med en gang. Gjenopprettingsnøkkelen gjelder fortsatt, med mindre du også bytter ut datanøkkelen nedenfor.</translation>
    </message>
    <message>
        <source>Also replace the data key (key rotation)</source>
        <translation>Bytt også ut datanøkkelen (nøkkelrotasjon)</translation>
    </message>
    <message>
        <source>Use this when an old copy of the workspace folder or of its key file may be in the wrong hands, together with the old passphrase or the recovery key (a lost laptop or USB stick, a colleague who knew the passphrase). The database is encrypted again with a new key, the backups made so far are removed and a new one is taken, and you get a new recovery key: the old one stops working. This takes a little longer.</source>
        <translation>Bruk dette når en gammel kopi av arbeidsområdets mappe eller nøkkelfilen kan være på avveie sammen med den gamle passordfrasen eller gjenopprettingsnøkkelen (en mistet bærbar PC eller minnepinne, en kollega som kjente passordfrasen). Databasen krypteres på nytt med en ny nøkkel, sikkerhetskopiene så langt slettes og en ny tas, og du får en ny gjenopprettingsnøkkel: den gamle slutter å virke. Det tar litt lengre tid.</translation>
    </message>
    <message>
        <source>Encrypting the workspace again with a new key…</source>
        <translation>Krypterer arbeidsområdet på nytt med en ny nøkkel…</translation>
    </message>
    <message>
        <source>Protecting the key with the new passphrase…</source>
        <translation>Beskytter nøkkelen med den nye passordfrasen …</translation>
    </message>
</context>
<context>
    <name>ConflictReportDialog</name>
    <message>
        <source>Package merged</source>
        <translation>Pakken er flettet inn</translation>
    </message>
    <message>
        <source>Conflict report</source>
        <translation>Konfliktrapport</translation>
    </message>
    <message>
        <source>The report is also kept inside the workspace. A saved copy is not encrypted: it may hold personal data.</source>
        <translation>Rapporten lagres også i arbeidsområdet. En lagret kopi er ikke kryptert: den kan inneholde personopplysninger.</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>Lagre rapport…</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Lagre rapport</translation>
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
        <translation>sluttet %1</translation>
    </message>
    <message>
        <source>There is no MUS round yet. Plan a round in the MUS wheel tab; its conversations will then be written down here.</source>
        <translation>Det finnes ingen MUS-runde ennå. Planlegg en runde i fanen MUS-hjulet; samtalene i runden skrives så ned her.</translation>
    </message>
    <message>
        <source>This round has no conversations yet.</source>
        <translation>Denne runden har ingen samtaler ennå.</translation>
    </message>
    <message>
        <source>the HR consultant</source>
        <translation>HR-konsulenten</translation>
    </message>
    <message>
        <source>Cancel the conversation</source>
        <translation>Avlys samtalen</translation>
    </message>
    <message>
        <source>Why is the conversation cancelled? (optional)</source>
        <translation>Hvorfor avlyses samtalen? (valgfritt)</translation>
    </message>
    <message>
        <source>Amend the signed conversation</source>
        <translation>Endre den signerte samtalen</translation>
    </message>
    <message>
        <source>The signed version stays as it is. Say why a new version is needed:</source>
        <translation>Den signerte versjonen forblir som den er. Skriv hvorfor det trengs en ny versjon:</translation>
    </message>
    <message>
        <source>This employee has no conversation in that round yet. Add one from the MUS wheel tab.</source>
        <translation>Medarbeideren har ennå ingen samtale i den runden. Legg til en fra fanen MUS-hjulet.</translation>
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
        <translation>&amp;Medarbeider:</translation>
    </message>
    <message>
        <source>Cancel this conversation…</source>
        <translation>Avlys denne samtalen…</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Dokumenter</translation>
    </message>
    <message>
        <source>Preview, print or save this conversation&apos;s documents</source>
        <translation>Forhåndsvis, skriv ut eller lagre samtalens dokumenter</translation>
    </message>
    <message>
        <source>Save invitation for e-mail (.ics + PDF)…</source>
        <translation>Lagre invitasjon til e-post (.ics + PDF) …</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>Histori&amp;kk</translation>
    </message>
    <message>
        <source>When the conversation reached each status</source>
        <translation>Når samtalen nådde hver status</translation>
    </message>
    <message>
        <source>&amp;Amend…</source>
        <translation>&amp;Endre …</translation>
    </message>
    <message>
        <source>Start a new version of the signed conversation</source>
        <translation>Start en ny versjon av den signerte samtalen</translation>
    </message>
    <message>
        <source>End this conversation without holding it</source>
        <translation>Avslutt samtalen uten å holde den</translation>
    </message>
    <message>
        <source>Parts of the form</source>
        <translation>Skjemaets deler</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Lagrer …</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Lagret</translation>
    </message>
    <message>
        <source>Not saved yet: a field is empty or a date incomplete</source>
        <translation>Ikke lagret ennå: et felt er tomt, eller en dato er ufullstendig</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke lagret</translation>
    </message>
    <message>
        <source>Not saved: %s</source>
        <translation>Ikke lagret: %s</translation>
    </message>
    <message>
        <source>Status: &lt;b&gt;%s&lt;/b&gt;</source>
        <translation>Status: &lt;b&gt;%s&lt;/b&gt;</translation>
    </message>
    <message>
        <source>next step: %s</source>
        <translation>neste trinn: %s</translation>
    </message>
    <message>
        <source>the conversation was cancelled</source>
        <translation>samtalen er avlyst</translation>
    </message>
    <message>
        <source>only once the conversation is held</source>
        <translation>først når samtalen er holdt</translation>
    </message>
    <message>
        <source>The signed summary as PDF/A-2b, the archival format personnel files and public archives ask for; same verification code, no attached file.</source>
        <translation>Det signerte referatet som PDF/A-2b, arkivformatet personalmapper og offentlige arkiver krever; samme verifiseringskode, ingen vedlagt fil.</translation>
    </message>
    <message>
        <source>Summary for signature (%1)</source>
        <translation>Referat til signering (%1)</translation>
    </message>
    <message>
        <source>A summary records a conversation that took place: mark the conversation as held first.</source>
        <translation>Et referat beskriver en samtale som har funnet sted: marker først samtalen som holdt.</translation>
    </message>
    <message>
        <source>%1 left the organisation on %2.</source>
        <translation>%1 sluttet i organisasjonen %2.</translation>
    </message>
    <message>
        <source>The conversation is still open: cancel it, keeping the reason, or hold it if it still takes place.</source>
        <translation>Samtalen er fortsatt åpen: avlys den, så årsaken lagres, eller hold den hvis den fortsatt skal finne sted.</translation>
    </message>
    <message>
        <source>Signed — version %1. %2 signed on %3, %4 signed on %5 (recorded %6). The content is read-only; use Amend to start a new version.</source>
        <translation>Signert – versjon %1. %2 signerte %3, %4 signerte %5 (registrert %6). Innholdet kan ikke endres; bruk Endre for å starte en ny versjon.</translation>
    </message>
    <message>
        <source>the employee</source>
        <translation>medarbeideren</translation>
    </message>
    <message>
        <source>This conversation was cancelled.</source>
        <translation>Denne samtalen ble avlyst.</translation>
    </message>
    <message>
        <source>Reason: %s</source>
        <translation>Begrunnelse: %s</translation>
    </message>
    <message>
        <source>Mark invited</source>
        <translation>Merk som invitert</translation>
    </message>
    <message>
        <source>Mark prepared</source>
        <translation>Merk som forberedt</translation>
    </message>
    <message>
        <source>Mark held</source>
        <translation>Merk som holdt</translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation>Tilbake til utkast</translation>
    </message>
    <message>
        <source>Mark summary drafted</source>
        <translation>Merk referatet som skrevet</translation>
    </message>
    <message>
        <source>Send for approval</source>
        <translation>Send til godkjenning</translation>
    </message>
    <message>
        <source>Record signatures…</source>
        <translation>Registrer signaturer …</translation>
    </message>
    <message>
        <source>Start follow-up</source>
        <translation>Start oppfølging</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Cancel conversation…</source>
        <translation>Avlys samtalen …</translation>
    </message>
    <message>
        <source>Summary for signature…</source>
        <translation>Referat til signering …</translation>
    </message>
    <message>
        <source>the HR consultant</source>
        <translation>HR-konsulenten</translation>
    </message>
    <message>
        <source>Summary for the personnel file (PDF/A-2b)…</source>
        <translation>Referat til personalmappen (PDF/A-2b) …</translation>
    </message>
    <message>
        <source>Invitation…</source>
        <translation>Invitasjon …</translation>
    </message>
    <message>
        <source>Employee&apos;s preparation sheet…</source>
        <translation>Medarbeiderens forberedelsesark …</translation>
    </message>
    <message>
        <source>Leader&apos;s preparation sheet…</source>
        <translation>Lederens forberedelsesark …</translation>
    </message>
    <message>
        <source>Development plan…</source>
        <translation>Utviklingsplan …</translation>
    </message>
</context>
<context>
    <name>CreateWorkspaceDialog</name>
    <message>
        <source>Create a new workspace</source>
        <translation>Opprett et nytt arbeidsområde</translation>
    </message>
    <message>
        <source>The workspace is a folder that holds your encrypted data. Choose a passphrase you can remember: without it or the recovery key, nobody can open the data, not even you.</source>
        <translation>Arbeidsområdet er en mappe med dine krypterte data. Velg en passordfrase du kan huske: uten den eller gjenopprettingsnøkkelen kan ingen åpne dataene, heller ikke du.</translation>
    </message>
    <message>
        <source>Folder (new or empty):</source>
        <translation>Mappe (ny eller tom):</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Velg …</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Opprett</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Velg en mappe</translation>
    </message>
    <message>
        <source>This folder is not empty. Choose a new or empty folder.</source>
        <translation>Mappen er ikke tom. Velg en ny eller tom mappe.</translation>
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
        <translation>%1 er en helgedag.</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <source>DEMO – the people and conversations here are invented. This workspace is deleted when you quit musdesk or open another workspace.</source>
        <translation>DEMO – personene og samtalene her er oppdiktet. Dette arbeidsområdet slettes når du avslutter musdesk eller åpner et annet arbeidsområde.</translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation>Demo-arbeidsområde</translation>
    </message>
    <message>
        <source>DEMO – {name} – musdesk</source>
        <translation>DEMO – {name} – musdesk</translation>
    </message>
    <message>
        <source>Quit the demo</source>
        <translation>Avslutt demoen</translation>
    </message>
    <message>
        <source>The demo workspace and everything you entered in it will be deleted when musdesk quits.</source>
        <translation>Demo-arbeidsområdet og alt du har skrevet i det, slettes når musdesk avsluttes.</translation>
    </message>
    <message>
        <source>Quit and delete the demo</source>
        <translation>Avslutt og slett demoen</translation>
    </message>
</context>
<context>
    <name>DepartmentDialog</name>
    <message>
        <source>Edit department</source>
        <translation>Rediger avdeling</translation>
    </message>
    <message>
        <source>Add department</source>
        <translation>Legg til avdeling</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(øverste nivå)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Navn:</translation>
    </message>
    <message>
        <source>Placed under:</source>
        <translation>Plassert under:</translation>
    </message>
    <message>
        <source>Choose the department above from the list.</source>
        <translation>Velg den overordnede avdelingen i listen.</translation>
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
        <translation>Referat til personalmappen (PDF/A-2b)</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Invitasjon</translation>
    </message>
    <message>
        <source>Employee&apos;s preparation sheet</source>
        <translation>Medarbeiderens forberedelsesark</translation>
    </message>
    <message>
        <source>Leader&apos;s preparation sheet</source>
        <translation>Lederens forberedelsesark</translation>
    </message>
    <message>
        <source>MUS wheel overview</source>
        <translation>Oversikt over MUS-hjulet</translation>
    </message>
    <message>
        <source>Development plan</source>
        <translation>Utviklingsplan</translation>
    </message>
    <message>
        <source>Making documents…</source>
        <translation>Lager dokumentene …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Cancelled after %n file(s) in %1.</source>
        <translation>Avbrutt etter %n fil(er) i %1.</translation>
    </message>
    <message>
        <source>One file with the documents of %n people (%2 pages): %1.</source>
        <translation>Én fil med dokumentene til %n personer (%2 sider): %1.</translation>
    </message>
    <message>
        <source>%n file(s) written to %1.</source>
        <translation>%n fil(er) skrevet til %1.</translation>
    </message>
    <message>
        <source>%n conversation(s) not held yet: no summary made.</source>
        <translation>%n samtale(r) er ikke holdt ennå: ikke noe referat laget.</translation>
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
        <translation>Zoom ut</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom inn</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Tilpass bredden</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Skriv ut …</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Lagre som …</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>Lagre dokumentet</translation>
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
        <translation>Oppfølgingsmøte</translation>
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
        <translation>%1 dager for sent</translation>
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
        <translation>om %1 dager</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Medarbeider</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisasjon</translation>
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
        <translation>Sluttet</translation>
    </message>
    <message>
        <source>Due since</source>
        <translation>Til gjennomgang siden</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hva</translation>
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
        <translation>Beholdt før fordi</translation>
    </message>
</context>
<context>
    <name>DueReviewPanel</name>
    <message>
        <source>Past the organisation&apos;s retention period: erase each, or keep it with a reason.</source>
        <translation>Over organisasjonens oppbevaringsperiode: slett hver enkelt, eller behold den med en begrunnelse.</translation>
    </message>
    <message>
        <source>Due for review</source>
        <translation>Til gjennomgang</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Slett…</translation>
    </message>
    <message>
        <source>Keep with a reason…</source>
        <translation>Behold med begrunnelse…</translation>
    </message>
    <message>
        <source>Due for review ({n})</source>
        <translation>Til gjennomgang ({n})</translation>
    </message>
</context>
<context>
    <name>DuplicatesPanel</name>
    <message>
        <source>Possible duplicates</source>
        <translation>Mulige duplikater</translation>
    </message>
    <message>
        <source>These rows have the name and department of someone already in the roster, but another e-mail or employee number. Choose for each whether it is that person (update) or somebody new.</source>
        <translation>Disse radene har samme navn og avdeling som en som allerede står i medarbeiderlisten, men en annen e-post eller et annet ansattnummer. Velg for hver om det er den personen (oppdater) eller en ny.</translation>
    </message>
    <message>
        <source>Choose: update or new…</source>
        <translation>Velg: oppdater eller ny …</translation>
    </message>
    <message>
        <source>Update {person}</source>
        <translation>Oppdater {person}</translation>
    </message>
    <message>
        <source>Add as a new person</source>
        <translation>Opprett som ny person</translation>
    </message>
    <message>
        <source>Row {row}: {name}</source>
        <translation>Rad {row}: {name}</translation>
    </message>
</context>
<context>
    <name>EditRoundDialog</name>
    <message>
        <source>Edit the round</source>
        <translation>Rediger runden</translation>
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
        <translation>Lagre</translation>
    </message>
</context>
<context>
    <name>EmployeeDialog</name>
    <message>
        <source>Edit employee</source>
        <translation>Rediger medarbeider</translation>
    </message>
    <message>
        <source>Add employee</source>
        <translation>Legg til medarbeider</translation>
    </message>
    <message>
        <source>Known:</source>
        <translation>Kjent:</translation>
    </message>
    <message>
        <source>(no department)</source>
        <translation>(ingen avdeling)</translation>
    </message>
    <message>
        <source>(no leader)</source>
        <translation>(ingen leder)</translation>
    </message>
    <message>
        <source>The client&apos;s employee number, if any</source>
        <translation>Kundens ansattnummer, hvis det finnes</translation>
    </message>
    <message>
        <source>First name:</source>
        <translation>Fornavn:</translation>
    </message>
    <message>
        <source>Last name:</source>
        <translation>Etternavn:</translation>
    </message>
    <message>
        <source>Job title:</source>
        <translation>Stilling:</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Avdeling:</translation>
    </message>
    <message>
        <source>Leader:</source>
        <translation>Leder:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-post:</translation>
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
        <translation>Ansattnummer:</translation>
    </message>
    <message>
        <source>First and last name are required.</source>
        <translation>Fornavn og etternavn må fylles ut.</translation>
    </message>
    <message>
        <source>The first name is missing.</source>
        <translation>Fornavnet mangler.</translation>
    </message>
    <message>
        <source>The last name is missing.</source>
        <translation>Etternavnet mangler.</translation>
    </message>
    <message>
        <source>Choose the department from the list.</source>
        <translation>Velg avdelingen i listen.</translation>
    </message>
    <message>
        <source>Choose the leader from the list.</source>
        <translation>Velg lederen i listen.</translation>
    </message>
    <message>
        <source>The e-mail address does not look right.</source>
        <translation>E-postadressen ser ikke riktig ut.</translation>
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
        <translation>Avdeling</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Leder</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Ansatt</translation>
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
        <translation>Sluttet</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase personal data</source>
        <translation>Slett personopplysninger</translation>
    </message>
    <message>
        <source>Erase {name} and everything about them?</source>
        <translation>Slette {name} og alt om personen?</translation>
    </message>
    <message>
        <source>Erase the round {name} with its conversations and plans?</source>
        <translation>Slette runden {name} med samtalene og planene?</translation>
    </message>
    <message>
        <source>Erase the organisation {name} with all its people?</source>
        <translation>Slette organisasjonen {name} med alle personene?</translation>
    </message>
    <message>
        <source>This will be erased:</source>
        <translation>Dette slettes:</translation>
    </message>
    <message>
        <source>It is erased from the database and from every backup: the {count} backups are rewritten without it (one that cannot be opened is removed, since it would keep it). Issued summaries and their seals and scans go with it, and the next calendar export cancels the events. Only a note without content that an erasure happened is kept. This cannot be undone, not even by restoring a backup.</source>
        <translation>Det slettes fra databasen og fra alle sikkerhetskopier: de {count} sikkerhetskopiene skrives om uten det (en som ikke kan åpnes, fjernes, siden den ellers ville beholdt det). Utstedte referater med segl og skanninger slettes også, og den neste kalendereksporten avlyser avtalene. Bare et notat uten innhold om at det er slettet, blir igjen. Det kan ikke angres, heller ikke ved å gjenopprette en sikkerhetskopi.</translation>
    </message>
    <message>
        <source>Export their data first…</source>
        <translation>Eksporter personens data først…</translation>
    </message>
    <message>
        <source>Export a package first…</source>
        <translation>Eksporter en pakke først…</translation>
    </message>
    <message>
        <source>I understand that this cannot be undone</source>
        <translation>Jeg forstår at det ikke kan angres</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Erasing</source>
        <translation>Sletter</translation>
    </message>
    <message>
        <source>Erasing the records from the database… (you can still cancel: nothing is changed until this step ends)</source>
        <translation>Sletter opplysningene i databasen… (du kan fortsatt avbryte: ingenting endres før dette trinnet er ferdig)</translation>
    </message>
    <message>
        <source>Compacting the database, file 1 of {files}, so that no page keeps the erased data… This can no longer be cancelled.</source>
        <translation>Komprimerer databasen, fil 1 av {files}, slik at ingen side beholder de slettede dataene… Dette kan ikke lenger avbrytes.</translation>
    </message>
    <message>
        <source>Rewriting the backup {name}, file {number} of {files}… This can no longer be cancelled.</source>
        <translation>Skriver om sikkerhetskopien {name}, fil {number} av {files}… Dette kan ikke lenger avbrytes.</translation>
    </message>
    <message>
        <source>The erasure was cancelled; nothing was changed.</source>
        <translation>Slettingen ble avbrutt; ingenting ble endret.</translation>
    </message>
</context>
<context>
    <name>EvaluationDialog</name>
    <message>
        <source>Evaluate a goal</source>
        <translation>Evaluer et mål</translation>
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
        <translation>Hva som fikk det til å lykkes, eller hva som sto i veien</translation>
    </message>
    <message>
        <source>What helped:</source>
        <translation>Hva hjalp:</translation>
    </message>
    <message>
        <source>What to carry into the next round&apos;s conversation</source>
        <translation>Hva som skal tas med inn i neste rundes samtale</translation>
    </message>
    <message>
        <source>What next:</source>
        <translation>Hva nå:</translation>
    </message>
    <message>
        <source>Choose whether the goal was achieved.</source>
        <translation>Velg om målet ble nådd.</translation>
    </message>
</context>
<context>
    <name>EvaluationPanel</name>
    <message>
        <source>Counts only, without names. A group of fewer than %1 people gets no figures of its own; small departments are counted together.</source>
        <translation>Bare antall, uten navn. En gruppe på færre enn %1 personer får ingen egne tall; små avdelinger telles sammen.</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Avdeling</translation>
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
        <translation>Signert</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Oppfølginger som forfaller</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>I tide</translation>
    </message>
    <message>
        <source>Evaluation figures per department</source>
        <translation>Evalueringstall per avdeling</translation>
    </message>
    <message>
        <source>Round report (PDF)…</source>
        <translation>Rapport om runden (PDF) …</translation>
    </message>
    <message>
        <source>One page for management and the works council: counts only, no names</source>
        <translation>Én side til ledelsen og arbeidsmiljøutvalget: bare antall, ingen navn</translation>
    </message>
    <message>
        <source>How did the round go? What should change next year?</source>
        <translation>Hvordan gikk runden? Hva bør endres neste år?</translation>
    </message>
    <message>
        <source>The round&apos;s evaluation notes</source>
        <translation>Notater fra evalueringen av runden</translation>
    </message>
    <message>
        <source>&lt;b&gt;The round&apos;s own evaluation&lt;/b&gt;</source>
        <translation>&lt;b&gt;Evaluering av selve runden&lt;/b&gt;</translation>
    </message>
    <message>
        <source>fewer than %1</source>
        <translation>færre enn %1</translation>
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
        <translation>signert</translation>
    </message>
    <message>
        <source>follow-ups on time</source>
        <translation>oppfølginger i tide</translation>
    </message>
    <message>
        <source>no figures: fewer than %1 people</source>
        <translation>ingen tall: færre enn %1 personer</translation>
    </message>
    <message>
        <source>&lt;b&gt;Learning methods:&lt;/b&gt; none to show yet.</source>
        <translation>&lt;b&gt;Læringsformer:&lt;/b&gt; ingen å vise ennå.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Most used learning methods:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Mest brukte læringsformer:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Not saved yet…</source>
        <translation>Ikke lagret ennå …</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Lagret</translation>
    </message>
</context>
<context>
    <name>FollowUpTab</name>
    <message>
        <source>Follow-up meeting (planned)</source>
        <translation>Oppfølgingsmøte (planlagt)</translation>
    </message>
    <message>
        <source>Follow-up meeting (held)</source>
        <translation>Oppfølgingsmøte (holdt)</translation>
    </message>
    <message>
        <source>Follow-up meeting (missed)</source>
        <translation>Oppfølgingsmøte (ikke holdt)</translation>
    </message>
    <message>
        <source>Follow-up meeting</source>
        <translation>Oppfølgingsmøte</translation>
    </message>
    <message>
        <source>Sub-goal (done)</source>
        <translation>Delmål (nådd)</translation>
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
        <translation>Referat signert</translation>
    </message>
    <message>
        <source>Goal deadline</source>
        <translation>Frist for mål</translation>
    </message>
    <message>
        <source>Goal evaluated</source>
        <translation>Mål evaluert</translation>
    </message>
    <message>
        <source>Recognition (formal)</source>
        <translation>Anerkjennelse (formell)</translation>
    </message>
    <message>
        <source>Recognition (informal)</source>
        <translation>Anerkjennelse (uformell)</translation>
    </message>
    <message>
        <source>Record meeting…</source>
        <translation>Registrer møte …</translation>
    </message>
    <message>
        <source>Open conversation</source>
        <translation>Åpne samtale</translation>
    </message>
    <message>
        <source>Due list</source>
        <translation>Forfallsliste</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Alle avdelinger</translation>
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
        <translation>over fristen: %1</translation>
    </message>
    <message>
        <source>in the next 14 days: %1</source>
        <translation>de neste 14 dagene: %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Over fristen</translation>
    </message>
    <message>
        <source>Select a point on the timeline to see what it is and what you can do. Double-click to open it.</source>
        <translation>Velg et punkt på tidslinjen for å se hva det er og hva du kan gjøre. Dobbeltklikk for å åpne det.</translation>
    </message>
    <message>
        <source>Correct the held meeting…</source>
        <translation>Rett det holdte møtet …</translation>
    </message>
    <message>
        <source>%1 – planned for %2</source>
        <translation>%1 – planlagt til %2</translation>
    </message>
    <message>
        <source>Correct the held meeting</source>
        <translation>Rett det holdte møtet</translation>
    </message>
    <message>
        <source>Cancel the follow-up meeting</source>
        <translation>Avlys oppfølgingsmøtet</translation>
    </message>
    <message>
        <source>Cancel the meeting with %1 on %2? It stays in the history as cancelled, and the next calendar export removes it from calendars.</source>
        <translation>Vil du avlyse møtet med %1 den %2? Det blir stående i historikken som avlyst, og neste kalendereksport fjerner det fra kalenderne.</translation>
    </message>
    <message>
        <source>Goal adjusted: %1 planned meetings from today.</source>
        <translation>Målet er justert: %1 planlagte møter fra i dag.</translation>
    </message>
    <message>
        <source>Plan a follow-up meeting…</source>
        <translation>Planlegg et oppfølgingsmøte …</translation>
    </message>
    <message>
        <source>Adjust goal…</source>
        <translation>Juster mål…</translation>
    </message>
    <message>
        <source>Move meeting…</source>
        <translation>Flytt møtet …</translation>
    </message>
    <message>
        <source>Cancel meeting…</source>
        <translation>Avlys møtet …</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Eksporter kalender</translation>
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
        <translation>%1 hendelser skrevet til kalenderfilen.</translation>
    </message>
</context>
<context>
    <name>FollowUpView</name>
    <message>
        <source>Organisation:</source>
        <translation>Organisasjon:</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Avdeling:</translation>
    </message>
    <message>
        <source>Employee:</source>
        <translation>Medarbeider:</translation>
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
        <translation>Eksporter kalender …</translation>
    </message>
    <message>
        <source>Write the follow-up meetings and deadlines shown here as an .ics file. It holds no notes or conversation content.</source>
        <translation>Lagre oppfølgingsmøtene og fristene som vises her, som en .ics-fil. Den inneholder verken notater eller innhold fra samtaler.</translation>
    </message>
    <message>
        <source>Show the due list</source>
        <translation>Vis listen over forfalte</translation>
    </message>
    <message>
        <source>Close this notice</source>
        <translation>Lukk denne meldingen</translation>
    </message>
    <message>
        <source>Follow-up timeline</source>
        <translation>Tidslinje for oppfølging</translation>
    </message>
    <message>
        <source>Arrow keys move between the points of a row and between rows; Enter opens the selected point. The due list beside it holds the same follow-ups as a table.</source>
        <translation>Piltastene flytter mellom punktene i en rad og mellom radene; Enter åpner det valgte punktet. Forfallslisten ved siden av viser de samme oppfølgingene som en tabell.</translation>
    </message>
    <message>
        <source>Plan a follow-up meeting…</source>
        <translation>Planlegg et oppfølgingsmøte …</translation>
    </message>
    <message>
        <source>Plan a meeting for the chosen employee (or the selected point&apos;s), on a date and time you choose, for the goals you tick.</source>
        <translation>Planlegg et møte for den valgte medarbeideren (eller det valgte punktets) på en dato og et tidspunkt du velger, for målene du krysser av.</translation>
    </message>
    <message>
        <source>Move meeting…</source>
        <translation>Flytt møtet …</translation>
    </message>
    <message>
        <source>Cancel meeting…</source>
        <translation>Avlys møtet …</translation>
    </message>
    <message>
        <source>Record meeting…</source>
        <translation>Registrer møte …</translation>
    </message>
    <message>
        <source>Adjust goal…</source>
        <translation>Juster mål…</translation>
    </message>
    <message>
        <source>Change how often you meet, the start or the deadline of the selected point&apos;s goal, or mark it achieved or dropped. What was signed stays as signed; the planned meetings follow.</source>
        <translation>Endre hvor ofte dere møtes, start eller frist for det valgte punktets mål, eller merk det som nådd eller lagt bort. Det signerte forblir som signert; de planlagte møtene følger med.</translation>
    </message>
    <message>
        <source>Evaluate goal…</source>
        <translation>Evaluer mål …</translation>
    </message>
    <message>
        <source>Recognition…</source>
        <translation>Anerkjennelse …</translation>
    </message>
    <message>
        <source>Open conversation</source>
        <translation>Åpne samtale</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laster inn …</translation>
    </message>
    <message>
        <source>Due list</source>
        <translation>Forfallsliste</translation>
    </message>
</context>
<context>
    <name>FormEdits</name>
    <message>
        <source>Remove the agreement</source>
        <translation>Fjern avtalen</translation>
    </message>
    <message>
        <source>Remove the agreement “%1”?</source>
        <translation>Fjerne avtalen “%1”?</translation>
    </message>
    <message>
        <source>Remove the development goal “%1” with its sub-goals (%2) and activities (%3)?</source>
        <translation>Fjerne utviklingsmålet “%1” med delmålene (%2) og aktivitetene (%3)?</translation>
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
        <translation>Fra forrige runde: %s</translation>
    </message>
    <message>
        <source>The employee&apos;s preparation</source>
        <translation>Medarbeiderens forberedelse</translation>
    </message>
    <message>
        <source>The leader&apos;s preparation</source>
        <translation>Lederens forberedelse</translation>
    </message>
    <message>
        <source>Notes from the conversation</source>
        <translation>Notater fra samtalen</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Private notater</translation>
    </message>
    <message>
        <source>What was said and agreed, in a few paragraphs. It is printed for both to sign.</source>
        <translation>Hva som ble sagt og avtalt, i noen få avsnitt. Det skrives ut slik at begge kan signere.</translation>
    </message>
    <message>
        <source>Main points (the summary)</source>
        <translation>Hovedpunkter (referatet)</translation>
    </message>
    <message>
        <source>The four agreements</source>
        <translation>De fire avtalene</translation>
    </message>
    <message>
        <source>Development plan</source>
        <translation>Utviklingsplan</translation>
    </message>
    <message>
        <source>The employee reads the summary before signing and may add remarks here. They are printed with the summary and signed with it.</source>
        <translation>Medarbeideren leser referatet før det signeres, og kan skrive sine merknader her. De skrives ut med referatet og signeres sammen med det.</translation>
    </message>
    <message>
        <source>The employee&apos;s comments</source>
        <translation>Medarbeiderens kommentarer</translation>
    </message>
    <message>
        <source>Printed and signed paper</source>
        <translation>Utskrevet og signert papir</translation>
    </message>
    <message>
        <source>with %s</source>
        <translation>med %s</translation>
    </message>
    <message>
        <source>version %d</source>
        <translation>versjon %d</translation>
    </message>
    <message>
        <source>Version %1 was signed on %2 and amended on %3: %4</source>
        <translation>Versjon %1 ble signert %2 og endret %3: %4</translation>
    </message>
    <message>
        <source>Version %1: a name in the stored copy was replaced by an erasure on %2; the signed paper copy is the record.</source>
        <translation>Versjon %1: et navn i den lagrede kopien ble erstattet ved en sletting %2; den signerte papirkopien er dokumentasjonen.</translation>
    </message>
    <message>
        <source>The stored content of signed version %d no longer matches its fingerprint.</source>
        <translation>Det lagrede innholdet i signert versjon %d stemmer ikke lenger med fingeravtrykket.</translation>
    </message>
    <message>
        <source>Leader&apos;s private notes — never printed</source>
        <translation>Lederens private notater – skrives aldri ut</translation>
    </message>
    <message>
        <source>Only for the leader&apos;s own memory. These notes are kept apart from the conversation and are never part of the summary, the signed version or any printout.</source>
        <translation>Bare til lederens egen hukommelse. Notatene holdes atskilt fra samtalen og kommer aldri med i referatet, den signerte versjonen eller noen utskrift.</translation>
    </message>
    <message>
        <source>Leader&apos;s private notes (never printed)</source>
        <translation>Lederens private notater (skrives aldri ut)</translation>
    </message>
</context>
<context>
    <name>GoalEditor</name>
    <message>
        <source>Development goal</source>
        <translation>Utviklingsmål</translation>
    </message>
    <message>
        <source>What is to be learnt or reached</source>
        <translation>Hva som skal læres eller nås</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Mål:</translation>
    </message>
    <message>
        <source>Carried over from last round</source>
        <translation>Overført fra forrige runde</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Hvorfor:</translation>
    </message>
    <message>
        <source>Wanted change in daily practice:</source>
        <translation>Ønsket endring i hverdagen:</translation>
    </message>
    <message>
        <source>Support and resources:</source>
        <translation>Støtte og ressurser:</translation>
    </message>
    <message>
        <source>Signs that the goal is met:</source>
        <translation>Tegn på at målet er nådd:</translation>
    </message>
    <message>
        <source>Add an activity</source>
        <translation>Legg til en aktivitet</translation>
    </message>
    <message>
        <source>Activities:</source>
        <translation>Aktiviteter:</translation>
    </message>
    <message>
        <source>Add a sub-goal</source>
        <translation>Legg til et delmål</translation>
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
        <translation>Følges opp av:</translation>
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
        <translation>Oppfølgingsrytme</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(ikke angitt)</translation>
    </message>
    <message>
        <source>Days between follow-up meetings</source>
        <translation>Dager mellom oppfølgingsmøter</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dager</translation>
    </message>
    <message>
        <source>Follow-up:</source>
        <translation>Oppfølging:</translation>
    </message>
    <message>
        <source>Remove this goal</source>
        <translation>Fjern dette målet</translation>
    </message>
    <message>
        <source>Give the goal a title first</source>
        <translation>Gi målet en tittel først</translation>
    </message>
    <message>
        <source>Development goal %d</source>
        <translation>Utviklingsmål %d</translation>
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
        <translation>Ett navn eller én gruppe per linje</translation>
    </message>
    <message>
        <source>What the organisation&apos;s goals mean for this department</source>
        <translation>Hva organisasjonens mål betyr for denne avdelingen</translation>
    </message>
    <message>
        <source>Development activities the team shares</source>
        <translation>Utviklingsaktiviteter som teamet har felles</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Holdt</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltakere</translation>
    </message>
    <message>
        <source>The department&apos;s goals</source>
        <translation>Avdelingens mål</translation>
    </message>
    <message>
        <source>Shared development activities</source>
        <translation>Felles utviklingsaktiviteter</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
    <message>
        <source>&lt;b&gt;Strategic goals to break down:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Strategiske mål som skal brytes ned:&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Getting started</source>
        <translation>Kom i gang</translation>
    </message>
</context>
<context>
    <name>InvitationExport</name>
    <message>
        <source>Folder for the invitations</source>
        <translation>Mappe for invitasjonene</translation>
    </message>
    <message>
        <source>Invitation saved</source>
        <translation>Invitasjonen er lagret</translation>
    </message>
    <message>
        <source>Saved %1 and %2. Attach both to an e-mail to the employee and the leader; the .ics puts the conversation in their calendars.</source>
        <translation>%1 og %2 er lagret. Legg ved begge i en e-post til medarbeideren og lederen; .ics-filen legger samtalen inn i kalenderne deres.</translation>
    </message>
    <message>
        <source>Saving invitations…</source>
        <translation>Lagrer invitasjoner …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>%1 invitations saved in %2.</source>
        <translation>%1 invitasjoner lagret i %2.</translation>
    </message>
    <message>
        <source>Without a time yet (no invitation): %1.</source>
        <translation>Ennå uten tidspunkt (ingen invitasjon): %1.</translation>
    </message>
    <message>
        <source>Invitations saved</source>
        <translation>Invitasjonene er lagret</translation>
    </message>
</context>
<context>
    <name>KeepDialog</name>
    <message>
        <source>Keep past the retention period</source>
        <translation>Behold utover oppbevaringsperioden</translation>
    </message>
    <message>
        <source>{name} is kept if there is a reason the data is still needed (a pending case, an agreement with the organisation). The reason is recorded, and the item is due for review again after the chosen time.</source>
        <translation>{name} beholdes hvis det er en grunn til at opplysningene fortsatt trengs (en pågående sak, en avtale med organisasjonen). Begrunnelsen lagres, og punktet skal gjennomgås igjen etter valgt tid.</translation>
    </message>
    <message>
        <source>Reason for keeping</source>
        <translation>Begrunnelse for å beholde</translation>
    </message>
    <message>
        <source> months</source>
        <translation> måneder</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Begrunnelse:</translation>
    </message>
    <message>
        <source>Review again in:</source>
        <translation>Gjennomgå igjen om:</translation>
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
        <translation>I fjor</translation>
    </message>
    <message>
        <source>The new round follows an earlier round: its agreements and goals appear on the preparation sheets and in the conversation form.</source>
        <translation>Den nye runden følger en tidligere runde: avtalene og målene derfra står på forberedelsesarkene og i samtaleskjemaet.</translation>
    </message>
    <message>
        <source>The round this round follows</source>
        <translation>Runden som denne runden følger</translation>
    </message>
    <message>
        <source>Carry over open goals and last year&apos;s agreements for everyone</source>
        <translation>Overfør åpne mål og fjorårets avtaler for alle</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Medarbeider</translation>
    </message>
    <message>
        <source>Open goals</source>
        <translation>Åpne mål</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Avtaler</translation>
    </message>
    <message>
        <source>What is carried over, per person</source>
        <translation>Hva som overføres, per person</translation>
    </message>
    <message>
        <source>Follows</source>
        <translation>Følger</translation>
    </message>
    <message>
        <source>None (start afresh)</source>
        <translation>Ingen (start på nytt)</translation>
    </message>
    <message>
        <source>The round starts afresh: no last year on the preparation sheets.</source>
        <translation>Runden starter på nytt: ingenting fra i fjor på forberedelsesarkene.</translation>
    </message>
    <message>
        <source>No one taking part had a conversation in that round.</source>
        <translation>Ingen av deltakerne hadde en samtale i den runden.</translation>
    </message>
    <message>
        <source>Carried over: open goals %1, agreements %2, into the conversations of %3 of the %4 people.</source>
        <translation>Overføres: åpne mål %1, avtaler %2, til samtalene for %3 av de %4 personene.</translation>
    </message>
    <message>
        <source>Nothing is carried over now; each goal can still be carried over one by one in the conversation form.</source>
        <translation>Ingenting overføres nå; hvert mål kan fortsatt overføres ett og ett i samtaleskjemaet.</translation>
    </message>
</context>
<context>
    <name>LeaversNotice</name>
    <message>
        <source>Cancel their open conversations…</source>
        <translation>Avlys de åpne samtalene deres …</translation>
    </message>
    <message>
        <source>Left the organisation, with an open conversation: %1</source>
        <translation>Sluttet, med en åpen samtale: %1</translation>
    </message>
    <message>
        <source>Cancel conversations</source>
        <translation>Avlys samtaler</translation>
    </message>
    <message>
        <source>Cancel the open conversations of %1, who have left? The reason (left on which day) is kept with each.</source>
        <translation>Avlyse de åpne samtalene for %1, som har sluttet? Årsaken (sluttet hvilken dag) lagres ved hver samtale.</translation>
    </message>
    <message>
        <source>%1 conversations were cancelled.</source>
        <translation>%1 samtaler er avlyst.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;Nytt arbeidsområde …</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Åpne arbeidsområde …</translation>
    </message>
    <message>
        <source>Open the &amp;demo workspace</source>
        <translation>Åpne &amp;demo-arbeidsområdet</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lås</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>Bytt &amp;passordfrase …</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Sikkerhetskopier …</translation>
    </message>
    <message>
        <source>P&amp;rivacy…</source>
        <translation>&amp;Personvern…</translation>
    </message>
    <message>
        <source>Check a printed or saved &amp;summary…</source>
        <translation>Kontroller et utskrevet eller lagret &amp;referat …</translation>
    </message>
    <message>
        <source>Export &amp;verification certificate…</source>
        <translation>Eksporter &amp;verifiseringssertifikat…</translation>
    </message>
    <message>
        <source>&amp;Export package…</source>
        <translation>&amp;Eksporter pakke…</translation>
    </message>
    <message>
        <source>&amp;Import package…</source>
        <translation>&amp;Importer pakke…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Innstillinger …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>&amp;Kom i gang</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Hurtigtaster</translation>
    </message>
    <message>
        <source>&amp;About musdesk</source>
        <translation>&amp;Om musdesk</translation>
    </message>
    <message>
        <source>Locking as soon as the background task has stopped…</source>
        <translation>Låser så snart bakgrunnsoppgaven har stoppet …</translation>
    </message>
    <message>
        <source>Not locked: an edit could not be saved: %s</source>
        <translation>Ikke låst: en endring kunne ikke lagres: %s</translation>
    </message>
    <message>
        <source>Preparing the workspace… this takes a moment.</source>
        <translation>Klargjør arbeidsområdet … det tar et øyeblikk.</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>Ingen arbeidsområde åpent</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>låst</translation>
    </message>
    <message>
        <source>unlocking…</source>
        <translation>låser opp …</translation>
    </message>
    <message>
        <source>unlocked</source>
        <translation>låst opp</translation>
    </message>
    <message>
        <source>Workspace: {path} ({state})</source>
        <translation>Arbeidsområde: {path} ({state})</translation>
    </message>
</context>
<context>
    <name>MarkLeftDialog</name>
    <message>
        <source>Employee has left</source>
        <translation>Medarbeideren har sluttet</translation>
    </message>
    <message>
        <source>{name} will no longer be part of new MUS rounds. Earlier conversations and plans are kept. You can undo this later.</source>
        <translation>{name} blir ikke lenger med i nye MUS-runder. Tidligere samtaler og planer beholdes. Du kan angre dette senere.</translation>
    </message>
    <message>
        <source>Last working day:</source>
        <translation>Siste arbeidsdag:</translation>
    </message>
    <message>
        <source>Mark as left</source>
        <translation>Merk som sluttet</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Follow-up meeting</source>
        <translation>Oppfølgingsmøte</translation>
    </message>
    <message>
        <source>The meeting was held</source>
        <translation>Møtet ble holdt</translation>
    </message>
    <message>
        <source>The meeting was missed</source>
        <translation>Møtet ble ikke noe av</translation>
    </message>
    <message>
        <source>Held on:</source>
        <translation>Holdt:</translation>
    </message>
    <message>
        <source>What you talked about and agreed</source>
        <translation>Hva dere snakket om og avtalte</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notater:</translation>
    </message>
    <message>
        <source>Support given or promised (time, training, a mentor, tools)</source>
        <translation>Støtte gitt eller lovet (tid, kurs, en mentor, verktøy)</translation>
    </message>
    <message>
        <source>Support:</source>
        <translation>Støtte:</translation>
    </message>
    <message>
        <source>Progress per goal (0–100 %)</source>
        <translation>Fremdrift per mål (0–100 %)</translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <translation>Fremdrift for %1</translation>
    </message>
    <message>
        <source>This employee has no open goals.</source>
        <translation>Medarbeideren har ingen åpne mål.</translation>
    </message>
    <message>
        <source>Adjustments to the plan</source>
        <translation>Justeringer av planen</translation>
    </message>
    <message>
        <source>Move the deadline</source>
        <translation>Flytt fristen</translation>
    </message>
    <message>
        <source>Change how often we meet</source>
        <translation>Endre hvor ofte dere møtes</translation>
    </message>
    <message>
        <source>Add an activity</source>
        <translation>Legg til en aktivitet</translation>
    </message>
    <message>
        <source>Other change</source>
        <translation>Annen endring</translation>
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
        <translation>Endring:</translation>
    </message>
    <message>
        <source>New deadline:</source>
        <translation>Ny frist:</translation>
    </message>
    <message>
        <source>Meet:</source>
        <translation>Møtes:</translation>
    </message>
    <message>
        <source>Learning method:</source>
        <translation>Læringsform:</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>Hva:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Begrunnelse:</translation>
    </message>
    <message>
        <source>Add adjustment</source>
        <translation>Legg til justering</translation>
    </message>
    <message>
        <source>The activity</source>
        <translation>Aktiviteten</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>Hva som endres</translation>
    </message>
    <message>
        <source>Deadline moved to %1</source>
        <translation>Fristen er flyttet til %1</translation>
    </message>
    <message>
        <source>Meet %1 from now on</source>
        <translation>Møtes fremover: %1</translation>
    </message>
    <message>
        <source>Say what the adjustment is.</source>
        <translation>Skriv hva justeringen går ut på.</translation>
    </message>
    <message>
        <source>Move it to a new date</source>
        <translation>Flytt det til en ny dato</translation>
    </message>
    <message>
        <source>Do not plan it again</source>
        <translation>Ikke planlegg det på nytt</translation>
    </message>
    <message>
        <source>Why it did not take place (optional)</source>
        <translation>Hvorfor det ikke ble noe av (valgfritt)</translation>
    </message>
    <message>
        <source>New date:</source>
        <translation>Ny dato:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notat:</translation>
    </message>
</context>
<context>
    <name>MoveMeetingDialog</name>
    <message>
        <source>Move the follow-up meeting</source>
        <translation>Flytt oppfølgingsmøtet</translation>
    </message>
    <message>
        <source>New date:</source>
        <translation>Ny dato:</translation>
    </message>
    <message>
        <source>At a set time</source>
        <translation>På et bestemt klokkeslett</translation>
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
        <translation>Minst {n} tegn; flere ord er best</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>Vis passordfrase</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>Ny passordfrase:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>Gjenta den:</translation>
    </message>
    <message>
        <source>Too short.</source>
        <translation>For kort.</translation>
    </message>
    <message>
        <source>Weak: easy to guess. Add a few unrelated words.</source>
        <translation>Svak: lett å gjette. Legg til noen ord som ikke hører sammen.</translation>
    </message>
    <message>
        <source>Fair. A few more words would make it much stronger.</source>
        <translation>Grei. Et par ord til ville gjøre den mye sterkere.</translation>
    </message>
    <message>
        <source>Good.</source>
        <translation>God.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Sterk.</translation>
    </message>
    <message>
        <source>The passphrase needs at least {n} characters.</source>
        <translation>Passordfrasen må ha minst {n} tegn.</translation>
    </message>
    <message>
        <source>The two entries are not the same.</source>
        <translation>De to inntastingene er ikke like.</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Edit organisation</source>
        <translation>Rediger organisasjon</translation>
    </message>
    <message>
        <source>Add organisation</source>
        <translation>Legg til organisasjon</translation>
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
        <translation>Dokumentenes språk:</translation>
    </message>
    <message>
        <source>Country (public holidays):</source>
        <translation>Land (helligdager):</translation>
    </message>
</context>
<context>
    <name>PackageActions</name>
    <message>
        <source>Package exported</source>
        <translation>Pakken er eksportert</translation>
    </message>
    <message>
        <source>{records} records were written to {path}.</source>
        <translation>{records} poster ble skrevet til {path}.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Arbeider…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Merging the package</source>
        <translation>Fletter inn pakken</translation>
    </message>
    <message>
        <source>{added} records added, {updated} updated, {conflicts} conflicts.</source>
        <translation>{added} poster lagt til, {updated} oppdatert, {conflicts} konflikter.</translation>
    </message>
    <message>
        <source>Opening the package as a new workspace</source>
        <translation>Åpner pakken som et nytt arbeidsområde</translation>
    </message>
</context>
<context>
    <name>PackageExportDialog</name>
    <message>
        <source>Export package</source>
        <translation>Eksporter pakke</translation>
    </message>
    <message>
        <source>The package is one encrypted file; nothing unencrypted is written to disk. Without the passphrase or key it cannot be opened: keep them apart from the file.</source>
        <translation>Pakken er én kryptert fil; ingenting ukryptert skrives til disken. Uten passordfrasen eller nøkkelen kan den ikke åpnes: oppbevar dem atskilt fra filen.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksporter</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Hva skal eksporteres</translation>
    </message>
    <message>
        <source>The whole workspace (to move it to another laptop or keep a copy)</source>
        <translation>Hele arbeidsområdet (for å flytte det til en annen datamaskin eller ta en kopi)</translation>
    </message>
    <message>
        <source>Only these organisations, with everything that belongs to them (to hand a client its data):</source>
        <translation>Bare disse organisasjonene med alt som hører til dem (for å gi en kunde dataene sine):</translation>
    </message>
    <message>
        <source>Organisations to export</source>
        <translation>Organisasjoner som skal eksporteres</translation>
    </message>
    <message>
        <source>How to protect it</source>
        <translation>Slik beskyttes den</translation>
    </message>
    <message>
        <source>With a passphrase</source>
        <translation>Med en passordfrase</translation>
    </message>
    <message>
        <source>For the recipients&apos; public keys (age1…), e.g. the client&apos;s IT</source>
        <translation>Til mottakernes offentlige nøkler (age1…), f.eks. kundens IT</translation>
    </message>
    <message>
        <source>Paste one or more public keys (age1…), or load a key file</source>
        <translation>Lim inn en eller flere offentlige nøkler (age1…), eller last inn en nøkkelfil</translation>
    </message>
    <message>
        <source>Recipient keys</source>
        <translation>Mottakernøkler</translation>
    </message>
    <message>
        <source>Load key file…</source>
        <translation>Last inn nøkkelfil…</translation>
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
        <translation>Velg…</translation>
    </message>
    <message>
        <source>Tick at least one organisation.</source>
        <translation>Kryss av for minst én organisasjon.</translation>
    </message>
    <message>
        <source>Enter the same passphrase twice (see the hint above).</source>
        <translation>Skriv den samme passordfrasen to ganger (se tipset ovenfor).</translation>
    </message>
    <message>
        <source>Paste or load at least one public key.</source>
        <translation>Lim inn eller last inn minst én offentlig nøkkel.</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Velg filen som skal skrives.</translation>
    </message>
    <message>
        <source>musdesk packages (*.musdesk)</source>
        <translation>musdesk-pakker (*.musdesk)</translation>
    </message>
    <message>
        <source>Load key file</source>
        <translation>Last inn nøkkelfil</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was written.</source>
        <translation>Avbrutt. Ingenting ble skrevet.</translation>
    </message>
</context>
<context>
    <name>PackageImportDialog</name>
    <message>
        <source>Import package</source>
        <translation>Importer pakke</translation>
    </message>
    <message>
        <source>What the package holds</source>
        <translation>Hva pakken inneholder</translation>
    </message>
    <message>
        <source>Choose the package and press Inspect: its contents are checked and shown here before anything is written.</source>
        <translation>Velg pakken og trykk Undersøk: innholdet kontrolleres og vises her før noe skrives.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
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
        <translation>Velg…</translation>
    </message>
    <message>
        <source>Package passphrase</source>
        <translation>Pakkens passordfrase</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Nøkkelfil</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>Undersøk</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fil:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Passordfrase:</translation>
    </message>
    <message>
        <source>Or key file:</source>
        <translation>Eller nøkkelfil:</translation>
    </message>
    <message>
        <source>Import into</source>
        <translation>Importer til</translation>
    </message>
    <message>
        <source>Merge into the open workspace (a backup is taken first; conflicts are listed in a report)</source>
        <translation>Flett inn i det åpne arbeidsområdet (det tas først en sikkerhetskopi; konflikter samles i en rapport)</translation>
    </message>
    <message>
        <source>Open as a new workspace in this folder:</source>
        <translation>Åpne som et nytt arbeidsområde i denne mappen:</translation>
    </message>
    <message>
        <source>New workspace folder</source>
        <translation>Mappe for det nye arbeidsområdet</translation>
    </message>
    <message>
        <source>Inspect the package first.</source>
        <translation>Undersøk pakken først.</translation>
    </message>
    <message>
        <source>Choose a folder for the new workspace.</source>
        <translation>Velg en mappe for det nye arbeidsområdet.</translation>
    </message>
    <message>
        <source>The folder must be new or empty.</source>
        <translation>Mappen må være ny eller tom.</translation>
    </message>
    <message>
        <source>Enter the new workspace&apos;s passphrase twice.</source>
        <translation>Skriv passordfrasen til det nye arbeidsområdet to ganger.</translation>
    </message>
    <message>
        <source>Merge into this workspace</source>
        <translation>Slå sammen med dette arbeidsområdet</translation>
    </message>
    <message>
        <source>Create the new workspace</source>
        <translation>Opprett det nye arbeidsområdet</translation>
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
        <translation>Hele arbeidsområdet</translation>
    </message>
    <message>
        <source>Chosen organisations</source>
        <translation>Valgte organisasjoner</translation>
    </message>
    <message>
        <source>Made: {created} (UTC) with musdesk {app}</source>
        <translation>Laget: {created} (UTC) med musdesk {app}</translation>
    </message>
    <message>
        <source>From workspace: {source}</source>
        <translation>Fra arbeidsområde: {source}</translation>
    </message>
    <message>
        <source>Scope: {scope}</source>
        <translation>Omfang: {scope}</translation>
    </message>
    <message>
        <source>Organisations:</source>
        <translation>Organisasjoner:</translation>
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
        <translation>Velg skanningen av det signerte papiret</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation>Skanninger (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
        <source>musdesk cannot show this file. Use Save as… and open the copy with another program.</source>
        <translation>musdesk kan ikke vise denne filen. Bruk Lagre som… og åpne kopien med et annet program.</translation>
    </message>
    <message>
        <source>Save a copy of the scan</source>
        <translation>Lagre en kopi av skanningen</translation>
    </message>
    <message>
        <source>Remove the scan</source>
        <translation>Fjern skanningen</translation>
    </message>
    <message>
        <source>Remove this scan from the workspace? The signed version itself stays as it is.</source>
        <translation>Fjerne denne skanningen fra arbeidsområdet? Selve den signerte versjonen forblir som den er.</translation>
    </message>
</context>
<context>
    <name>PaperBox</name>
    <message>
        <source>Printings of the summary</source>
        <translation>Utskrifter av referatet</translation>
    </message>
    <message>
        <source>Version %1 · code %2 · printed %3</source>
        <translation>Versjon %1 · kode %2 · skrevet ut %3</translation>
    </message>
    <message>
        <source>Not printed yet.</source>
        <translation>Ikke skrevet ut ennå.</translation>
    </message>
    <message>
        <source>Scans of the signed paper</source>
        <translation>Skanninger av det signerte papiret</translation>
    </message>
    <message>
        <source>No scan stored. After both have signed, you can keep a scan of the paper here (inside the encrypted workspace).</source>
        <translation>Ingen skanning lagret. Når dere begge har signert, kan du lagre en skanning av papiret her (i det krypterte arbeidsområdet).</translation>
    </message>
    <message>
        <source>Add a scan…</source>
        <translation>Legg til en skanning…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Lagre som…</translation>
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
        <translation>Et tall fra 1 (ikke i det hele tatt) til 5 (i stor grad) og det som ligger bak</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <source>Who takes part</source>
        <translation>Hvem deltar</translation>
    </message>
    <message>
        <source>The whole organisation or one department (with the departments below it). Untick anyone who is not to have a conversation in this round.</source>
        <translation>Hele organisasjonen eller én avdeling (med avdelingene under den). Fjern haken ved dem som ikke skal ha en samtale i denne runden.</translation>
    </message>
    <message>
        <source>Employees in the round</source>
        <translation>Medarbeidere i runden</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Omfang</translation>
    </message>
    <message>
        <source>The whole organisation</source>
        <translation>Hele organisasjonen</translation>
    </message>
    <message>
        <source>%1 of %2 employees take part</source>
        <translation>%1 av %2 medarbeidere deltar</translation>
    </message>
</context>
<context>
    <name>PeoplePanel</name>
    <message>
        <source>The people in the round</source>
        <translation>Personene i runden</translation>
    </message>
    <message>
        <source>Add a person…</source>
        <translation>Legg til en person …</translation>
    </message>
    <message>
        <source>Take out…</source>
        <translation>Ta ut …</translation>
    </message>
    <message>
        <source>Change leader…</source>
        <translation>Bytt leder …</translation>
    </message>
    <message>
        <source>Edit the round…</source>
        <translation>Rediger runden …</translation>
    </message>
    <message>
        <source>Export results…</source>
        <translation>Eksporter resultater …</translation>
    </message>
    <message>
        <source>The round&apos;s results as a spreadsheet (XLSX or CSV) for the client&apos;s HR system; private notes are never included</source>
        <translation>Rundens resultater som regneark (XLSX eller CSV) til kundens HR-system; private notater blir aldri tatt med</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Legg til en person</translation>
    </message>
    <message>
        <source>A new hire, or someone back from leave, joins the round. A time is proposed at once; it can be moved in the conversation form.</source>
        <translation>En nyansatt eller en som er tilbake etter permisjon, blir med i runden. Et tidspunkt foreslås med en gang; det kan flyttes i samtaleskjemaet.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Legg til</translation>
    </message>
    <message>
        <source>no free time found yet</source>
        <translation>ingen ledig tid funnet ennå</translation>
    </message>
    <message>
        <source>%1 was added; proposed time: %2.</source>
        <translation>%1 er lagt til; foreslått tidspunkt: %2.</translation>
    </message>
    <message>
        <source>Take out of the round</source>
        <translation>Ta ut av runden</translation>
    </message>
    <message>
        <source>%1&apos;s conversation is cancelled; the reason is kept with it.</source>
        <translation>Samtalen med %1 avlyses; begrunnelsen lagres sammen med den.</translation>
    </message>
    <message>
        <source>%1 was taken out of the round.</source>
        <translation>%1 er tatt ut av runden.</translation>
    </message>
    <message>
        <source>Change leader</source>
        <translation>Bytt leder</translation>
    </message>
    <message>
        <source>Who holds %1&apos;s conversation in this round (the roster is not changed)?</source>
        <translation>Hvem holder samtalen med %1 i denne runden (medarbeiderlisten endres ikke)?</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Bytt</translation>
    </message>
    <message>
        <source>%1&apos;s conversation is now held by %2.</source>
        <translation>Samtalen med %1 holdes nå av %2.</translation>
    </message>
    <message>
        <source>The round was changed.</source>
        <translation>Runden er endret.</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Eksporter resultater</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel-arbeidsbok (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Eksporterer …</translation>
    </message>
    <message>
        <source>%1 rows written to %2.</source>
        <translation>%1 rader skrevet til %2.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>There is no one to choose.</source>
        <translation>Det er ingen å velge.</translation>
    </message>
</context>
<context>
    <name>PlanBox</name>
    <message>
        <source>Development plan</source>
        <translation>Utviklingsplan</translation>
    </message>
    <message>
        <source>A good goal says what is to be learnt, how (activities), how it will show in daily work, by when, and how often it is followed up.</source>
        <translation>Et godt mål sier hva som skal læres, hvordan (aktiviteter), hvordan det vil synes i hverdagen, innen når, og hvor ofte det følges opp.</translation>
    </message>
    <message>
        <source>No development goal yet.</source>
        <translation>Ingen utviklingsmål ennå.</translation>
    </message>
    <message>
        <source>Add a development &amp;goal</source>
        <translation>Legg til et utviklings&amp;mål</translation>
    </message>
</context>
<context>
    <name>PlanMeetingDialog</name>
    <message>
        <source>Plan a follow-up meeting</source>
        <translation>Planlegg et oppfølgingsmøte</translation>
    </message>
    <message>
        <source>Follow-up meeting with %1</source>
        <translation>Oppfølgingsmøte med %1</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Dato:</translation>
    </message>
    <message>
        <source>At a set time</source>
        <translation>På et bestemt klokkeslett</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Tidspunkt:</translation>
    </message>
    <message>
        <source>No open goals: the meeting is a general one.</source>
        <translation>Ingen åpne mål: møtet er et generelt oppfølgingsmøte.</translation>
    </message>
    <message>
        <source>Goals to follow up:</source>
        <translation>Mål som følges opp:</translation>
    </message>
</context>
<context>
    <name>PrintStack</name>
    <message>
        <source>Print in one go</source>
        <translation>Skriv ut på én gang</translation>
    </message>
    <message>
        <source>Everyone&apos;s summary…</source>
        <translation>Alles referater…</translation>
    </message>
    <message>
        <source>Everyone&apos;s invitation…</source>
        <translation>Alles invitasjoner…</translation>
    </message>
    <message>
        <source>Everyone&apos;s preparation sheet…</source>
        <translation>Alles forberedelsesskjema…</translation>
    </message>
    <message>
        <source>The leaders&apos; preparation sheets…</source>
        <translation>Ledernes forberedelsesskjema…</translation>
    </message>
    <message>
        <source>Everyone&apos;s development plan…</source>
        <translation>Alles utviklingsplaner…</translation>
    </message>
    <message>
        <source>All summaries</source>
        <translation>Alle referater</translation>
    </message>
    <message>
        <source>All invitations</source>
        <translation>Alle invitasjoner</translation>
    </message>
    <message>
        <source>All employees&apos; preparation sheets</source>
        <translation>Alle medarbeideres forberedelsesskjema</translation>
    </message>
    <message>
        <source>All leaders&apos; preparation sheets</source>
        <translation>Alle lederes forberedelsesskjema</translation>
    </message>
    <message>
        <source>All development plans</source>
        <translation>Alle utviklingsplaner</translation>
    </message>
    <message>
        <source>Making documents…</source>
        <translation>Dokumentene lages…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Cancelled: nothing printed.</source>
        <translation>Avbrutt: ingenting er skrevet ut.</translation>
    </message>
    <message>
        <source>There is nothing to print: no conversation of the round has been held yet.</source>
        <translation>Det er ingenting å skrive ut: ingen av rundens samtaler er holdt ennå.</translation>
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
        <translation>Personvern</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisasjon:</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Oppbevaring</translation>
    </message>
    <message>
        <source> years after the round ends</source>
        <translation> år etter at runden er avsluttet</translation>
    </message>
    <message>
        <source> months after leaving</source>
        <translation> måneder etter at de sluttet</translation>
    </message>
    <message>
        <source>Conversations and plans:</source>
        <translation>Samtaler og planer:</translation>
    </message>
    <message>
        <source>People who have left:</source>
        <translation>De som har sluttet:</translation>
    </message>
    <message>
        <source>Save retention</source>
        <translation>Lagre oppbevaring</translation>
    </message>
    <message>
        <source>What is past these periods appears under “Due for review” in the roster, to be erased or kept with a reason.</source>
        <translation>Det som er utover disse periodene, vises under «Til gjennomgang» i medarbeiderlisten og skal slettes eller beholdes med en begrunnelse.</translation>
    </message>
    <message>
        <source>Records and erasure</source>
        <translation>Protokoller og sletting</translation>
    </message>
    <message>
        <source>Record of processing (PDF)…</source>
        <translation>Protokoll over behandlinger (PDF)…</translation>
    </message>
    <message>
        <source>Activity log…</source>
        <translation>Aktivitetslogg…</translation>
    </message>
    <message>
        <source>Round to erase</source>
        <translation>Runde som skal slettes</translation>
    </message>
    <message>
        <source>Erase this round…</source>
        <translation>Slett denne runden…</translation>
    </message>
    <message>
        <source>Round:</source>
        <translation>Runde:</translation>
    </message>
    <message>
        <source>Erase this organisation…</source>
        <translation>Slett denne organisasjonen…</translation>
    </message>
    <message>
        <source>Erasures made in this workspace</source>
        <translation>Slettinger gjort i dette arbeidsområdet</translation>
    </message>
    <message>
        <source>Only the date and the kind are kept, no names: a restore of an older backup erases them again.</source>
        <translation>Bare dato og type lagres, ingen navn: en gjenoppretting av en eldre sikkerhetskopi sletter dem igjen.</translation>
    </message>
    <message>
        <source>employees erased: {count}</source>
        <translation>medarbeidere slettet: {count}</translation>
    </message>
    <message>
        <source>rounds erased: {count}</source>
        <translation>runder slettet: {count}</translation>
    </message>
    <message>
        <source>organisations erased: {count}</source>
        <translation>organisasjoner slettet: {count}</translation>
    </message>
    <message>
        <source>None so far.</source>
        <translation>Ingen ennå.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Lagret</translation>
    </message>
    <message>
        <source>Save the record of processing</source>
        <translation>Lagre protokollen over behandlinger</translation>
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
        <translation>Invitert</translation>
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
        <translation>Signert</translation>
    </message>
    <message>
        <source>In follow-up</source>
        <translation>I oppfølging</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Medarbeider</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Avdeling</translation>
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
        <translation>over fristen</translation>
    </message>
    <message>
        <source>%1 (left %2)</source>
        <translation>%1 (sluttet %2)</translation>
    </message>
    <message>
        <source>Left the organisation on %1</source>
        <translation>Sluttet i organisasjonen %1</translation>
    </message>
    <message>
        <source>Reached on %1</source>
        <translation>Nådd %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Over fristen</translation>
    </message>
    <message>
        <source>Not reached yet</source>
        <translation>Ikke nådd ennå</translation>
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
        <translation>Filtrer etter navn, avdeling eller leder</translation>
    </message>
    <message>
        <source>Only those behind</source>
        <translation>Bare dem som ligger etter</translation>
    </message>
    <message>
        <source>Open conversation</source>
        <translation>Åpne samtale</translation>
    </message>
    <message>
        <source>Save invitation…</source>
        <translation>Lagre invitasjon …</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 av %2 vist</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason</source>
        <translation>Begrunnelse</translation>
    </message>
</context>
<context>
    <name>RecognitionDialog</name>
    <message>
        <source>Recognition</source>
        <translation>Anerkjennelse</translation>
    </message>
    <message>
        <source>Recognition for %1</source>
        <translation>Anerkjennelse til %1</translation>
    </message>
    <message>
        <source>Informal (praise, a celebration)</source>
        <translation>Uformell (ros, en feiring)</translation>
    </message>
    <message>
        <source>Formal (raise, bonus, new responsibility)</source>
        <translation>Formell (lønnsøkning, bonus, nytt ansvar)</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>Hva:</translation>
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
        <translation>Hva den var for</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notat:</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Your recovery key</source>
        <translation>Din gjenopprettingsnøkkel</translation>
    </message>
    <message>
        <source>If you ever forget the passphrase, this key is the only other way into the workspace. It is shown now and never again. Print it or save it somewhere safe, away from this laptop.</source>
        <translation>Hvis du en dag glemmer passordfrasen, er denne nøkkelen den eneste andre veien inn i arbeidsområdet. Den vises nå og aldri igjen. Skriv den ut eller lagre den et trygt sted – ikke på denne maskinen.</translation>
    </message>
    <message>
        <source>I have printed or saved the recovery key</source>
        <translation>Jeg har skrevet ut eller lagret gjenopprettingsnøkkelen</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Skriv ut …</translation>
    </message>
    <message>
        <source>Save to a file…</source>
        <translation>Lagre i en fil …</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortsett</translation>
    </message>
    <message>
        <source>musdesk recovery key

Workspace: {folder}

{key}

Keep this sheet somewhere safe. Anyone with it and the workspace folder can read the data.</source>
        <translation>Gjenopprettingsnøkkel for musdesk

Arbeidsområde: {folder}

{key}

Oppbevar dette arket et trygt sted. Alle som har det og arbeidsområdets mappe, kan lese dataene.</translation>
    </message>
    <message>
        <source>Save the recovery key</source>
        <translation>Lagre gjenopprettingsnøkkelen</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Tekstfiler (*.txt)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke lagret</translation>
    </message>
</context>
<context>
    <name>RosterFollowUpMenu</name>
    <message>
        <source>Plan a follow-up meeting…</source>
        <translation>Planlegg et oppfølgingsmøte …</translation>
    </message>
    <message>
        <source>Show the follow-up</source>
        <translation>Vis oppfølgingen</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Rediger …</translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <source>Import roster into {name}</source>
        <translation>Importer ansattliste til {name}</translation>
    </message>
    <message>
        <source>Import roster</source>
        <translation>Importer ansattliste</translation>
    </message>
    <message>
        <source>Choose a roster file</source>
        <translation>Velg en fil med ansattlisten</translation>
    </message>
    <message>
        <source>Rosters ({patterns});;All files (*)</source>
        <translation>Ansattlister ({patterns});;Alle filer (*)</translation>
    </message>
    <message>
        <source>There is no file “{path}”.</source>
        <translation>Filen «{path}» finnes ikke.</translation>
    </message>
    <message>
        <source>Excel workbook, sheet “{sheet}”, {rows} rows with content</source>
        <translation>Excel-arbeidsbok, ark «{sheet}», {rows} rader med innhold</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulator</translation>
    </message>
    <message>
        <source>Text file, {encoding}, separated by “{delimiter}”, {rows} rows</source>
        <translation>Tekstfil, {encoding}, skilt med «{delimiter}», {rows} rader</translation>
    </message>
    <message>
        <source>What this column holds</source>
        <translation>Hva kolonnen inneholder</translation>
    </message>
    <message>
        <source>Row {number}: {cells}</source>
        <translation>Rad {number}: {cells}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Some rows may be people already in the roster: choose for each possible duplicate whether to update that person or add a new one.</source>
        <translation>Noen rader kan være personer som allerede står i medarbeiderlisten: velg for hvert mulige duplikat om den personen skal oppdateres, eller om det skal opprettes en ny.</translation>
    </message>
</context>
<context>
    <name>RosterImportView</name>
    <message>
        <source>Choose a CSV or Excel file exported from the HR system. Check what each column holds in the first row of the preview; nothing is saved until you press Import.</source>
        <translation>Velg en CSV- eller Excel-fil eksportert fra HR-systemet. Sjekk i forhåndsvisningens første rad hva hver kolonne inneholder; ingenting lagres før du trykker Importer.</translation>
    </message>
    <message>
        <source>Type or paste a path, choose a file, or drop one here</source>
        <translation>Skriv eller lim inn en sti, velg en fil, eller dra en fil hit</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Velg fil …</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <source>The row that holds the column names</source>
        <translation>Raden med kolonnenavnene</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Ark:</translation>
    </message>
    <message>
        <source>The sheet of the workbook that holds the roster</source>
        <translation>Arket i arbeidsboken som inneholder ansattlisten</translation>
    </message>
    <message>
        <source>Column names in:</source>
        <translation>Kolonnenavn i:</translation>
    </message>
    <message>
        <source>The report of what the import will do appears here.</source>
        <translation>Her vises en oversikt over hva importen vil gjøre.</translation>
    </message>
    <message>
        <source>No file yet. Choose the roster exported from the client&apos;s HR system (CSV or Excel), or drop the file here. Existing employees are recognised by employee number, e-mail or name and updated, not duplicated.</source>
        <translation>Ingen fil ennå. Velg ansattlisten eksportert fra kundens HR-system (CSV eller Excel), eller dra filen hit. Eksisterende medarbeidere gjenkjennes på ansattnummer, e-post eller navn og oppdateres i stedet for å bli opprettet på nytt.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
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
        <translation>Hver kolonne inneholder:</translation>
    </message>
</context>
<context>
    <name>RosterPrivacy</name>
    <message>
        <source>Data about this person…</source>
        <translation>Opplysninger om personen…</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Slett…</translation>
    </message>
    <message>
        <source>Erase this person and everything about them, also from the backups</source>
        <translation>Slett personen og alt om vedkommende, også i sikkerhetskopiene</translation>
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
        <translation>Organisasjon:</translation>
    </message>
    <message>
        <source>Add organisation…</source>
        <translation>Legg til organisasjon …</translation>
    </message>
    <message>
        <source>Edit organisation…</source>
        <translation>Rediger organisasjon …</translation>
    </message>
    <message>
        <source>Import roster…</source>
        <translation>Importer ansattliste …</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Avdelinger</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Legg til …</translation>
    </message>
    <message>
        <source>Rename or move…</source>
        <translation>Gi nytt navn eller flytt …</translation>
    </message>
    <message>
        <source>Strategic goals</source>
        <translation>Strategiske mål</translation>
    </message>
    <message>
        <source>No strategic goals yet. Add the goals the development goals of this round should serve.</source>
        <translation>Ingen strategiske mål ennå. Legg til målene som rundens utviklingsmål skal støtte.</translation>
    </message>
    <message>
        <source>Add goal…</source>
        <translation>Legg til mål …</translation>
    </message>
    <message>
        <source>Edit goal…</source>
        <translation>Rediger mål …</translation>
    </message>
    <message>
        <source>&lt;b&gt;Departments&lt;/b&gt;</source>
        <translation>&lt;b&gt;Avdelinger&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Filter by name, job title, e-mail, department or leader</source>
        <translation>Filtrer etter navn, stilling, e-post, avdeling eller leder</translation>
    </message>
    <message>
        <source>Filter the employees</source>
        <translation>Filtrer medarbeiderne</translation>
    </message>
    <message>
        <source>Show people who have left</source>
        <translation>Vis dem som har sluttet</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Medarbeidere</translation>
    </message>
    <message>
        <source>Add employee…</source>
        <translation>Legg til medarbeider …</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Rediger …</translation>
    </message>
    <message>
        <source>Mark as left…</source>
        <translation>Merk som sluttet …</translation>
    </message>
    <message>
        <source>No client organisations yet</source>
        <translation>Ingen kundeorganisasjoner ennå</translation>
    </message>
    <message>
        <source>Add the organisation you work for, then its departments and employees, or import its roster from the HR system.</source>
        <translation>Legg til organisasjonen du jobber for, og deretter avdelingene og medarbeiderne – eller importer ansattlisten fra HR-systemet.</translation>
    </message>
    <message>
        <source>Add the first organisation…</source>
        <translation>Legg til den første organisasjonen …</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Alle avdelinger</translation>
    </message>
    <message>
        <source>&lt;b&gt;Strategic goals&lt;/b&gt; of {name} and the organisation</source>
        <translation>&lt;b&gt;Strategiske mål&lt;/b&gt; for {name} og organisasjonen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Strategic goals&lt;/b&gt; of the organisation</source>
        <translation>&lt;b&gt;Strategiske mål&lt;/b&gt; for organisasjonen</translation>
    </message>
    <message>
        <source>{title} (department)</source>
        <translation>{title} (avdeling)</translation>
    </message>
    <message>
        <source>No employees here yet. Add one, or import the roster from the HR system.</source>
        <translation>Ingen medarbeidere her ennå. Legg til en, eller importer ansattlisten fra HR-systemet.</translation>
    </message>
    <message>
        <source>Nobody matches “{text}”. Clear the filter to see everyone.</source>
        <translation>Ingen passer til «{text}». Tøm filteret for å se alle.</translation>
    </message>
    <message>
        <source>{n} employees in {place}</source>
        <translation>{n} medarbeidere i {place}</translation>
    </message>
    <message>
        <source>{shown} of {total} employees in {place}</source>
        <translation>{shown} av {total} medarbeidere i {place}</translation>
    </message>
    <message>
        <source>Mark as active</source>
        <translation>Merk som aktiv</translation>
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
        <translation>Hvilken kunde, hva runden heter, når den pågår, og hvilket spørsmålssett samtalene bruker.</translation>
    </message>
    <message>
        <source>MUS %1</source>
        <translation>MUS %1</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisasjon</translation>
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
        <translation>Spørsmålssett …</translation>
    </message>
    <message>
        <source>Copy, adapt, import or export question sets</source>
        <translation>Kopier, tilpass, importer eller eksporter spørsmålssett</translation>
    </message>
    <message>
        <source>Question template</source>
        <translation>Spørsmålsmal</translation>
    </message>
    <message>
        <source>What the question set asks</source>
        <translation>Dette spør settet om</translation>
    </message>
    <message>
        <source>The standard questions in the organisation&apos;s language</source>
        <translation>Standardspørsmålene på organisasjonens språk</translation>
    </message>
    <message>
        <source>%1 questions</source>
        <translation>%1 spørsmål</translation>
    </message>
    <message>
        <source>Add an organisation in the roster first.</source>
        <translation>Legg først til en organisasjon under Ansatte.</translation>
    </message>
    <message>
        <source>Give the round a name.</source>
        <translation>Gi runden et navn.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Perioden slutter før den begynner.</translation>
    </message>
</context>
<context>
    <name>RoundPeopleModel</name>
    <message>
        <source>Employee</source>
        <translation>Medarbeider</translation>
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
        <translation>Foreslått tidspunkt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ikke ennå</translation>
    </message>
    <message>
        <source>Left on %1</source>
        <translation>Sluttet %1</translation>
    </message>
    <message>
        <source>Taken out on %1 (%2), added back on %3</source>
        <translation>Tatt ut %1 (%2), lagt til igjen %3</translation>
    </message>
    <message>
        <source>Taken out on %1, added back on %3</source>
        <translation>Tatt ut %1, lagt til igjen %3</translation>
    </message>
</context>
<context>
    <name>RoundWizard</name>
    <message>
        <source>Plan a MUS round</source>
        <translation>Planlegg en MUS-runde</translation>
    </message>
    <message>
        <source>Plan the round</source>
        <translation>Planlegg runden</translation>
    </message>
    <message>
        <source>Planning the round…</source>
        <translation>Planlegger runden…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Carrying over last year&apos;s goals and agreements: {done} of {total} people</source>
        <translation>Overfører fjorårets mål og avtaler: {done} av {total} personer</translation>
    </message>
    <message>
        <source>Proposing times: {done} of {total} conversations</source>
        <translation>Foreslår tidspunkter: {done} av {total} samtaler</translation>
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
        <translation>Møterom, adresse eller videolenke</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Når:</translation>
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
        <translation>Innstillinger</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Som systemet</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Språk:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lock after idle time:</source>
        <translation>Lås etter inaktivitet:</translation>
    </message>
    <message>
        <source>Backups kept:</source>
        <translation>Sikkerhetskopier som beholdes:</translation>
    </message>
    <message>
        <source>You, in this workspace</source>
        <translation>Deg i dette arbeidsområdet</translation>
    </message>
    <message>
        <source>e.g. Maja Holm</source>
        <translation>f.eks. Maja Holm</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Ditt navn:</translation>
    </message>
    <message>
        <source>Your firm:</source>
        <translation>Ditt firma:</translation>
    </message>
    <message>
        <source>Signs the invitation of an employee who has no leader. Stored in the workspace, not on this computer.</source>
        <translation>Signerer invitasjonen til en medarbeider uten leder. Lagres i arbeidsområdet, ikke på denne datamaskinen.</translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation>Det nye språket brukes fra neste oppstart.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Help for the tab shown</source>
        <translation>Hjelp til fanen som vises</translation>
    </message>
    <message>
        <source>Roster: find a person</source>
        <translation>Ansatte: finn en person</translation>
    </message>
    <message>
        <source>Roster: edit the selected person</source>
        <translation>Ansatte: rediger den valgte personen</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>MUS wheel: go to a step</source>
        <translation>MUS-hjulet: gå til et trinn</translation>
    </message>
    <message>
        <source>1–8, arrow keys, Home, End</source>
        <translation>1–8, piltaster, Home, End</translation>
    </message>
    <message>
        <source>Conversation: save now</source>
        <translation>Samtale: lagre nå</translation>
    </message>
    <message>
        <source>Date fields: a day later or earlier</source>
        <translation>Datofelt: en dag senere eller tidligere</translation>
    </message>
    <message>
        <source>Up, Down</source>
        <translation>Pil opp, pil ned</translation>
    </message>
    <message>
        <source>Follow-up timeline: move between points, open one</source>
        <translation>Oppfølgingens tidslinje: gå mellom punkter, åpne ett</translation>
    </message>
    <message>
        <source>Arrow keys, Enter</source>
        <translation>Piltaster, Enter</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Hurtigtaster</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Taster</translation>
    </message>
    <message>
        <source>Menu keys work on every tab; the others where they are named.</source>
        <translation>Menyenes hurtigtaster virker på alle faner, de andre der de er nevnt.</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Record the signatures</source>
        <translation>Registrer signaturene</translation>
    </message>
    <message>
        <source>Record that both have signed the printed summary. The conversation then becomes read-only; a later change needs an amendment, which starts a new version.</source>
        <translation>Registrer at begge har signert det utskrevne referatet. Samtalen kan deretter ikke endres; en senere endring krever en ny versjon.</translation>
    </message>
    <message>
        <source>Signed by %s on:</source>
        <translation>Signert av %s den:</translation>
    </message>
    <message>
        <source>the employee</source>
        <translation>medarbeideren</translation>
    </message>
    <message>
        <source>the leader</source>
        <translation>lederen</translation>
    </message>
    <message>
        <source>Optional: a scan of the signed paper</source>
        <translation>Valgfritt: en skanning av det signerte papiret</translation>
    </message>
    <message>
        <source>Scan of the signed paper</source>
        <translation>Skanning av det signerte papiret</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Velg …</translation>
    </message>
    <message>
        <source>Scan:</source>
        <translation>Skanning:</translation>
    </message>
    <message>
        <source>The scan is stored encrypted inside the workspace.</source>
        <translation>Skanningen lagres kryptert i arbeidsområdet.</translation>
    </message>
    <message>
        <source>Record signatures</source>
        <translation>Registrer signaturer</translation>
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
        <translation>Tider foreslås på arbeidsdager innenfor disse dagene og timene, med en pause mellom to samtaler hos samme leder og aldri to samtidig. Alle kan flyttes senere.</translation>
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
        <translation>Foreslåtte samtaledager</translation>
    </message>
    <message>
        <source>Proposed days</source>
        <translation>Foreslåtte dager</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Varighet</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Første dag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Siste dag</translation>
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
        <translation>En leder kan holde opptil %1 samtaler i disse dagene; den travleste lederen har %2.</translation>
    </message>
    <message>
        <source>Not everyone gets a time: choose more days or longer hours, or place the rest by hand later.</source>
        <translation>Ikke alle får en tid: velg flere dager eller lengre tidsrom, eller plasser resten manuelt senere.</translation>
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
        <translation>Skriv ut alle…</translation>
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
        <translation>Oppgave</translation>
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
        <translation>Trinnets sjekkliste</translation>
    </message>
    <message>
        <source>A new task for this step</source>
        <translation>En ny oppgave for dette trinnet</translation>
    </message>
    <message>
        <source>No one in particular</source>
        <translation>Ingen bestemt</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>Legg til oppgave</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Medarbeider</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Avdeling</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Employees not past this step</source>
        <translation>Medarbeidere som ikke er forbi dette trinnet</translation>
    </message>
    <message>
        <source>Open conversation</source>
        <translation>Åpne samtale</translation>
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
        <translation>&lt;b&gt;Sjekkliste&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Choose a step on the wheel&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Velg et trinn på hjulet&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Click a step or use the arrow keys to see its checklist and who is behind.</source>
        <translation>Klikk på et trinn, eller bruk piltastene, for å se sjekklisten og hvem som ligger etter.</translation>
    </message>
    <message>
        <source>Phase: %1</source>
        <translation>Fase: %1</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Utført: %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Over fristen</translation>
    </message>
    <message>
        <source>Reopen step</source>
        <translation>Gjenåpne trinn</translation>
    </message>
    <message>
        <source>Mark step done</source>
        <translation>Merk trinnet som utført</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not past this step yet: %1 of %2&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ennå ikke forbi dette trinnet: %1 av %2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Everyone is past this step.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Alle er forbi dette trinnet.&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>StepsPage</name>
    <message>
        <source>The eight steps</source>
        <translation>De åtte trinnene</translation>
    </message>
    <message>
        <source>The steps before the conversations are due before the first proposed conversation, the others after the last one; tick who is responsible. Everything can be changed later on the wheel.</source>
        <translation>Trinnene før samtalene har frist før den første foreslåtte samtalen, de andre etter den siste; kryss av for de ansvarlige. Alt kan endres senere på hjulet.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Trinn</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Due dates and responsible roles per step</source>
        <translation>Frister og ansvarlige roller per trinn</translation>
    </message>
</context>
<context>
    <name>StrategicGoalDialog</name>
    <message>
        <source>Edit strategic goal</source>
        <translation>Rediger strategisk mål</translation>
    </message>
    <message>
        <source>Add strategic goal</source>
        <translation>Legg til strategisk mål</translation>
    </message>
    <message>
        <source>For: {scope}</source>
        <translation>For: {scope}</translation>
    </message>
    <message>
        <source>e.g. Shorter waiting times for our users</source>
        <translation>f.eks. Kortere ventetid for brukerne våre</translation>
    </message>
    <message>
        <source>What the goal means in practice, and how you will know it is reached</source>
        <translation>Hva målet betyr i praksis, og hvordan dere ser at det er nådd</translation>
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
        <translation>Strategiske mål og hvordan de brytes ned</translation>
    </message>
    <message>
        <source>Development goals linked</source>
        <translation>Tilknyttede utviklingsmål</translation>
    </message>
    <message>
        <source>Strategic goals per department</source>
        <translation>Strategiske mål per avdeling</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Avdeling</translation>
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
        <translation>Avdelingens mål</translation>
    </message>
    <message>
        <source>Group conversations per department</source>
        <translation>Gruppesamtaler per avdeling</translation>
    </message>
    <message>
        <source>Edit group conversation…</source>
        <translation>Rediger gruppesamtale …</translation>
    </message>
    <message>
        <source>&lt;b&gt;Group conversations (GRUS)&lt;/b&gt; — before the individual conversations, each team talks through what the strategy means for it. Individual development goals can then link to these goals.</source>
        <translation>&lt;b&gt;Gruppesamtaler&lt;/b&gt; – før de individuelle samtalene snakker hvert team om hva strategien betyr for det. De individuelle utviklingsmålene kan deretter knyttes til disse målene.</translation>
    </message>
    <message>
        <source>The organisation</source>
        <translation>Organisasjonen</translation>
    </message>
    <message>
        <source>No strategic goals yet (add them in the roster)</source>
        <translation>Ingen strategiske mål ennå (legg dem til under Ansatte)</translation>
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
        <translation>Et steg på veien</translation>
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
        <translation>Spørsmålssett</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopier</translation>
    </message>
    <message>
        <source>Make a set of your own from the chosen one</source>
        <translation>Lag ditt eget sett ut fra det valgte</translation>
    </message>
    <message>
        <source>Language of the copy</source>
        <translation>Kopiens språk</translation>
    </message>
    <message>
        <source>A copy in another language is that language&apos;s version of the set: translate its questions, and documents in that language use it</source>
        <translation>En kopi på et annet språk er settets versjon på det språket: oversett spørsmålene, så bruker dokumenter på det språket den</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer …</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Eksporter …</translation>
    </message>
    <message>
        <source>Description of the set</source>
        <translation>Beskrivelse av settet</translation>
    </message>
    <message>
        <source>What the set is for, e.g. which client and which changes (optional)</source>
        <translation>Hva settet brukes til, f.eks. hvilken kunde og hvilke endringer (valgfritt)</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Sections and questions</source>
        <translation>Avsnitt og spørsmål</translation>
    </message>
    <message>
        <source>Add section</source>
        <translation>Legg til avsnitt</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Legg til spørsmål</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Flytt opp</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Fjern…</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flytt ned</translation>
    </message>
    <message>
        <source>Preview this part…</source>
        <translation>Forhåndsvis denne delen…</translation>
    </message>
    <message>
        <source>The chosen part as it prints: the employee&apos;s or the leader&apos;s preparation sheet, or the conversation&apos;s questions</source>
        <translation>Den valgte delen slik den skrives ut: medarbeiderens eller lederens forberedelsesark eller samtalens spørsmål</translation>
    </message>
    <message>
        <source>In use by the rounds %1: saving makes a new version, and their conversations keep this one.</source>
        <translation>Brukes av rundene %1: når du lagrer, lages en ny versjon, og samtalene deres beholder denne.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
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
        <translation>i bruk</translation>
    </message>
    <message>
        <source>This is the set that comes with musdesk: make a copy to adapt it for a client.</source>
        <translation>Dette er settet som følger med musdesk: lag en kopi for å tilpasse det til en kunde.</translation>
    </message>
    <message>
        <source>No conversation uses this set yet: saving changes it in place.</source>
        <translation>Ingen samtale bruker settet ennå: når du lagrer, endres det direkte.</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Ikke lagret ennå.</translation>
    </message>
    <message>
        <source>New section</source>
        <translation>Nytt avsnitt</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>Nytt spørsmål</translation>
    </message>
    <message>
        <source>Remove the section “%1”? Its questions (%2) go with it.</source>
        <translation>Fjerne avsnittet “%1”? Spørsmålene i det (%2) fjernes også.</translation>
    </message>
    <message>
        <source>Remove the question “%1”?</source>
        <translation>Fjerne spørsmålet “%1”?</translation>
    </message>
    <message>
        <source>Saved as version %1; rounds already planned keep their version.</source>
        <translation>Lagret som versjon %1; runder som allerede er planlagt, beholder sin versjon.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Lagret.</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>Kopi av %1</translation>
    </message>
    <message>
        <source>Copied; give the copy the client&apos;s name.</source>
        <translation>Kopiert; gi kopien kundens navn.</translation>
    </message>
    <message>
        <source>Export question set</source>
        <translation>Eksporter spørsmålssett</translation>
    </message>
    <message>
        <source>Question set (*.json)</source>
        <translation>Spørsmålssett (*.json)</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>Skrevet til %1.</translation>
    </message>
    <message>
        <source>Import question set</source>
        <translation>Importer spørsmålssett</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Filen kunne ikke leses: %1</translation>
    </message>
    <message>
        <source>Imported “%1”.</source>
        <translation>Importert: «%1».</translation>
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
        <translation>Velg et avsnitt eller et spørsmål ovenfor for å se og endre detaljene.</translation>
    </message>
    <message>
        <source>Introduction of the section</source>
        <translation>Avsnittets innledning</translation>
    </message>
    <message>
        <source>Section title</source>
        <translation>Avsnittets tittel</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Innledning</translation>
    </message>
    <message>
        <source>The question</source>
        <translation>Spørsmålet</translation>
    </message>
    <message>
        <source>A hint shown with the question (optional)</source>
        <translation>Et hint som vises med spørsmålet (valgfritt)</translation>
    </message>
    <message>
        <source>Free text: lines to write on. Scale 1–5: the preparation sheet asks to circle a number.</source>
        <translation>Fritekst: linjer å skrive på. Skala 1–5: på forberedelsesarket settes ring rundt et tall.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Spørsmål</translation>
    </message>
    <message>
        <source>Help text</source>
        <translation>Hjelpetekst</translation>
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
        <translation>Signert</translation>
    </message>
    <message>
        <source>Meeting planned</source>
        <translation>Møte planlagt</translation>
    </message>
    <message>
        <source>Meeting held</source>
        <translation>Møte holdt</translation>
    </message>
    <message>
        <source>Meeting missed</source>
        <translation>Møte ikke holdt</translation>
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
        <translation>Anerkjennelse</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Over fristen</translation>
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
        <translation>Ingenting å vise her ennå.</translation>
    </message>
</context>
<context>
    <name>UnexpectedErrorDialog</name>
    <message>
        <source>An unexpected error occurred</source>
        <translation>Det oppstod en uventet feil</translation>
    </message>
    <message>
        <source>musdesk ran into a problem it did not expect. Your saved data is safe; the last change you made may not have been saved. You can keep working, or restart musdesk if something looks wrong.</source>
        <translation>musdesk støtte på et problem det ikke hadde forventet. De lagrede dataene dine er trygge; den siste endringen din er kanskje ikke lagret. Du kan jobbe videre, eller starte musdesk på nytt hvis noe ser feil ut.</translation>
    </message>
    <message>
        <source>The details below were also written to {path}. They contain no names or notes from your workspace.</source>
        <translation>Detaljene nedenfor er også skrevet til {path}. De inneholder ingen navn eller notater fra arbeidsområdet ditt.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Kopier detaljer</translation>
    </message>
</context>
<context>
    <name>UnlockNotice</name>
    <message>
        <source>1 follow-up overdue</source>
        <translation>1 oppfølging er over fristen</translation>
    </message>
    <message>
        <source>%1 follow-ups overdue</source>
        <translation>%1 oppfølginger er over fristen</translation>
    </message>
    <message>
        <source>1 due this week</source>
        <translation>1 forfaller denne uken</translation>
    </message>
    <message>
        <source>%1 due this week</source>
        <translation>%1 forfaller denne uken</translation>
    </message>
    <message>
        <source>(all organisations)</source>
        <translation>(alle organisasjoner)</translation>
    </message>
    <message>
        <source>Show the due list</source>
        <translation>Vis listen over forfalte</translation>
    </message>
    <message>
        <source>Close the notice</source>
        <translation>Lukk meldingen</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Unlock your workspace</source>
        <translation>Lås opp arbeidsområdet ditt</translation>
    </message>
    <message>
        <source>I forgot the passphrase: use the recovery key</source>
        <translation>Jeg har glemt passordfrasen: bruk gjenopprettingsnøkkelen</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Lås opp</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Open another workspace…</source>
        <translation>Åpne et annet arbeidsområde …</translation>
    </message>
    <message>
        <source>Create a new workspace…</source>
        <translation>Opprett et nytt arbeidsområde …</translation>
    </message>
    <message>
        <source>Workspace: {path}</source>
        <translation>Arbeidsområde: {path}</translation>
    </message>
    <message>
        <source>This is the demo. Its passphrase is: {passphrase}</source>
        <translation>Dette er demoen. Passordfrasen er: {passphrase}</translation>
    </message>
    <message>
        <source>The workspace was locked to protect its content. Unlock it to continue where you were.</source>
        <translation>Arbeidsområdet ble låst for å beskytte innholdet. Lås det opp for å fortsette der du var.</translation>
    </message>
    <message>
        <source>Unlocking… deriving the key takes a moment.</source>
        <translation>Låser opp … det tar et øyeblikk å utlede nøkkelen.</translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation>&amp;Gjenopprettingsnøkkel:</translation>
    </message>
    <message>
        <source>The key you printed or saved when the workspace was created</source>
        <translation>Nøkkelen du skrev ut eller lagret da arbeidsområdet ble opprettet</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passordfrase:</translation>
    </message>
    <message>
        <source>Type the recovery key first.</source>
        <translation>Skriv inn gjenopprettingsnøkkelen først.</translation>
    </message>
    <message>
        <source>Type the passphrase first.</source>
        <translation>Skriv inn passordfrasen først.</translation>
    </message>
</context>
<context>
    <name>UnsavedEdit</name>
    <message>
        <source>An edit is not saved</source>
        <translation>En endring er ikke lagret</translation>
    </message>
    <message>
        <source>An edit could not be saved: %s</source>
        <translation>En endring kunne ikke lagres: %s</translation>
    </message>
    <message>
        <source>Free some space or fix the problem, then retry. If you quit now, the edit is lost.</source>
        <translation>Frigjør plass eller rett problemet, og prøv igjen. Hvis du avslutter nå, går endringen tapt.</translation>
    </message>
    <message>
        <source>&amp;Discard and quit</source>
        <translation>&amp;Forkast og avslutt</translation>
    </message>
    <message>
        <source>Free some space or fix the problem, then retry. If you lock now, the edit is lost.</source>
        <translation>Frigjør plass eller rett problemet, og prøv igjen. Hvis du låser nå, går endringen tapt.</translation>
    </message>
    <message>
        <source>&amp;Discard and lock</source>
        <translation>&amp;Forkast og lås</translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>&amp;Prøv igjen nå</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Check a document</source>
        <translation>Kontroller et dokument</translation>
    </message>
    <message>
        <source>Choose a saved summary (PDF), or type the verification code printed on a paper summary. musdesk tells you whether it is exactly what this workspace issued.</source>
        <translation>Velg et lagret referat (PDF), eller skriv inn kontrollkoden som står på et papirreferat. musdesk forteller om det er nøyaktig det dette arbeidsområdet utstedte.</translation>
    </message>
    <message>
        <source>Check a PDF file…</source>
        <translation>Kontroller en PDF-fil …</translation>
    </message>
    <message>
        <source>Check code</source>
        <translation>Kontroller kode</translation>
    </message>
    <message>
        <source>Saved file:</source>
        <translation>Lagret fil:</translation>
    </message>
    <message>
        <source>Code on the paper:</source>
        <translation>Kode på papiret:</translation>
    </message>
    <message>
        <source>Nothing checked yet.</source>
        <translation>Ingenting kontrollert ennå.</translation>
    </message>
    <message>
        <source>For a code, the stored content is shown here to compare with the paper.</source>
        <translation>For en kode vises det lagrede innholdet her, slik at det kan sammenlignes med papiret.</translation>
    </message>
    <message>
        <source>Choose a summary</source>
        <translation>Velg et referat</translation>
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
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Kontrollerer filen …</translation>
    </message>
    <message>
        <source>Not checked: cancelled.</source>
        <translation>Ikke kontrollert: avbrutt.</translation>
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
        <translation>musdesk lagrer kundenes ansattlister, samtaler og utviklingsplaner i et kryptert arbeidsområde på denne maskinen. Ingenting sendes noe sted.</translation>
    </message>
    <message>
        <source>Start by creating a workspace protected by a passphrase, or open one you already have, for example copied from another laptop.</source>
        <translation>Begynn med å opprette et arbeidsområde beskyttet av en passordfrase, eller åpne et du allerede har – for eksempel kopiert fra en annen maskin.</translation>
    </message>
    <message>
        <source>Create a new workspace…</source>
        <translation>Opprett et nytt arbeidsområde …</translation>
    </message>
    <message>
        <source>Open an existing workspace…</source>
        <translation>Åpne et eksisterende arbeidsområde …</translation>
    </message>
    <message>
        <source>Explore the demo workspace</source>
        <translation>Utforsk demo-arbeidsområdet</translation>
    </message>
    <message>
        <source>The demo holds invented people only, so you can try everything safely.</source>
        <translation>Demoen inneholder bare oppdiktede personer, så du trygt kan prøve alt.</translation>
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
        <translation>Planlegg en runde …</translation>
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
        <translation>Spørsmålssett …</translation>
    </message>
    <message>
        <source>{done}/{total} tasks</source>
        <translation>{done}/{total} oppgaver</translation>
    </message>
    <message>
        <source>{passed}/{total} past</source>
        <translation>{passed}/{total} forbi</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>over fristen</translation>
    </message>
    <message>
        <source>done</source>
        <translation>utført</translation>
    </message>
    <message>
        <source>The steps of the wheel as a list</source>
        <translation>Hjulets trinn som liste</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Trinn</translation>
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
        <translation>&lt;h3&gt;Ingen MUS-runde ennå&lt;/h3&gt;&lt;p&gt;Planlegg en runde for å se hjulet: de åtte trinnene med sjekklister, hvem som ligger etter, og tallene til slutt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Conversations in this round: %1</source>
        <translation>Samtaler i denne runden: %1</translation>
    </message>
    <message>
        <source>Behind: %1</source>
        <translation>Ligger etter: %1</translation>
    </message>
    <message>
        <source>Steps overdue: %1</source>
        <translation>Trinn over fristen: %1</translation>
    </message>
    <message>
        <source>No department</source>
        <translation>Ingen avdeling</translation>
    </message>
    <message>
        <source>Other departments together</source>
        <translation>Øvrige avdelinger samlet</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumenter</translation>
    </message>
    <message>
        <source>MUS wheel overview…</source>
        <translation>Oversikt over MUS-hjulet …</translation>
    </message>
    <message>
        <source>All invitations…</source>
        <translation>Alle invitasjoner …</translation>
    </message>
    <message>
        <source>All employees&apos; preparation sheets…</source>
        <translation>Alle medarbeideres forberedelsesark …</translation>
    </message>
    <message>
        <source>All leaders&apos; preparation sheets…</source>
        <translation>Alle lederes forberedelsesark …</translation>
    </message>
    <message>
        <source>All development plans…</source>
        <translation>Alle utviklingsplaner …</translation>
    </message>
    <message>
        <source>All invitations for e-mail (.ics + PDF)…</source>
        <translation>Alle invitasjoner til e-post (.ics + PDF) …</translation>
    </message>
    <message>
        <source>Folder for the documents</source>
        <translation>Mappe for dokumentene</translation>
    </message>
    <message>
        <source>Save the round report</source>
        <translation>Lagre rapporten om runden</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Lagret: %1</translation>
    </message>
</context>
<context>
    <name>WorkspaceActions</name>
    <message>
        <source>Open a workspace folder</source>
        <translation>Åpne en arbeidsområdemappe</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Passordfrasen er byttet</translation>
    </message>
    <message>
        <source>From now on, unlock with the new passphrase.</source>
        <translation>Fra nå av låser du opp med den nye passordfrasen.</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Sikkerhetskopien gjenopprettes…</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Gjenopprett en sikkerhetskopi</translation>
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
        <translation>&lt;h3&gt;musdesk {version}&lt;/h3&gt;&lt;p&gt;Medarbeidersamtaler (MUS) for HR-rådgivere: ansattlisten, MUS-hjulet, samtalen og oppfølgingen i ett kryptert arbeidsområde.&lt;/p&gt;&lt;p&gt;musdesk virker uten nettverk og sender aldri data noe sted.&lt;/p&gt;</translation>
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
        <translation>Noe gikk galt</translation>
    </message>
</context>
<context>
    <name>tabs</name>
    <message>
        <source>Roster</source>
        <translation>Ansatte</translation>
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
        <translation>Oppfølging</translation>
    </message>
</context>
</TS>
