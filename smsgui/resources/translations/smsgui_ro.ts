<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro_RO">
<context>
    <name>ComposerPanel</name>
    <message>
        <source>2 · Message</source>
        <translation>2 · Mesaj</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mesaj</translation>
    </message>
    <message>
        <source>Write the message your customers receive…</source>
        <translation>Scrieți mesajul pe care îl primesc clienții…</translation>
    </message>
    <message>
        <source>Message length</source>
        <translation>Lungimea mesajului</translation>
    </message>
    <message>
        <source>Message problems</source>
        <translation>Probleme ale mesajului</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Previzualizare</translation>
    </message>
    <message>
        <source>Replace &amp;diacritics</source>
        <translation>Înlocuiește &amp;diacriticele</translation>
    </message>
    <message>
        <source>ș→s, ț→t, ă→a, î→i, typographic quotes and dashes → plain ones</source>
        <translation>ș→s, ț→t, ă→a, î→i, ghilimele și liniuțe tipografice → simple</translation>
    </message>
    <message>
        <source>Also replace diacritics in the contacts&apos; values</source>
        <translation>Înlocuiește diacriticele și în datele contactelor</translation>
    </message>
    <message>
        <source>Insert field</source>
        <translation>Inserează câmp</translation>
    </message>
    <message>
        <source>Insert &amp;field</source>
        <translation>Inserează &amp;câmp</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Șabloane</translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation>Ș&amp;abloane</translation>
    </message>
    <message>
        <source>Import contacts to use their columns in the message</source>
        <translation>Importați contactele pentru a folosi coloanele lor în mesaj</translation>
    </message>
    <message>
        <source>{count} / {limit} characters · {parts} SMS</source>
        <translation>{count} / {limit} caractere · {parts} SMS</translation>
    </message>
    <message>
        <source>{chars} characters · {parts} SMS (longest: row {row})</source>
        <translation>{chars} caractere · {parts} SMS (cel mai lung: rândul {row})</translation>
    </message>
    <message>
        <source>Unicode ({chars})</source>
        <translation>Unicode ({chars})</translation>
    </message>
    <message>
        <source>At least {n} characters.</source>
        <translation>Cel puțin {n} caractere.</translation>
    </message>
    <message>
        <source>{over} characters too many: the service takes at most {n}.</source>
        <translation>{over} caractere în plus: serviciul acceptă cel mult {n}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s) × {parts} SMS = {total} SMS</source>
        <translation>
            <numerusform>%Ln destinatar × {parts} SMS = {total} SMS</numerusform>
            <numerusform>%Ln destinatari × {parts} SMS = {total} SMS</numerusform>
            <numerusform>%Ln de destinatari × {parts} SMS = {total} SMS</numerusform>
        </translation>
    </message>
    <message>
        <source>Row {row} receives: {message}</source>
        <translation>Rândul {row} primește: {message}</translation>
    </message>
    <message>
        <source>&amp;Save as template…</source>
        <translation>&amp;Salvează ca șablon…</translation>
    </message>
    <message>
        <source>&amp;Use</source>
        <translation>&amp;Folosește</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Redenumește…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Șter&amp;ge</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Salvează ca șablon</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nume:</translation>
    </message>
    <message>
        <source>Rename template</source>
        <translation>Redenumește șablonul</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nume nou:</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Send the campaign?</source>
        <translation>Trimiteți campania?</translation>
    </message>
    <message>
        <source>Send a &amp;test to my number first</source>
        <translation>Trimite întâi un &amp;test la numărul meu</translation>
    </message>
    <message>
        <source>My number</source>
        <translation>Numărul meu</translation>
    </message>
    <message>
        <source>Your mobile number</source>
        <translation>Numărul dvs. de mobil</translation>
    </message>
    <message>
        <source>Send &amp;test</source>
        <translation>Trimite &amp;testul</translation>
    </message>
    <message>
        <source>That is not a mobile number.</source>
        <translation>Acesta nu este un număr de mobil.</translation>
    </message>
    <message>
        <source>Sending the test…</source>
        <translation>Se trimite testul…</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>Row</source>
        <translation>Rând</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>Sends to</source>
        <translation>Se trimite la</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatar</translation>
    </message>
    <message>
        <source>Invalid: {reason}</source>
        <translation>Invalid: {reason}</translation>
    </message>
    <message>
        <source>Duplicate of row {row}</source>
        <translation>Duplicat al rândului {row}</translation>
    </message>
    <message>
        <source>Not mobile ({kind})</source>
        <translation>Nu e mobil ({kind})</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>Nu contactați</translation>
    </message>
</context>
<context>
    <name>ContactsPanel</name>
    <message>
        <source>1 · Contacts</source>
        <translation>1 · Contacte</translation>
    </message>
    <message>
        <source>&amp;Import contacts…</source>
        <translation>&amp;Importă contacte…</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Importă contacte</translation>
    </message>
    <message>
        <source>Try with &amp;sample contacts</source>
        <translation>Încearcă cu contacte de &amp;exemplu</translation>
    </message>
    <message>
        <source>Eight made-up customers, to try every step</source>
        <translation>Opt clienți inventați, pentru a încerca fiecare pas</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Arată</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Toate rândurile</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinatari</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Invalide</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Not mobile</source>
        <translation>Nu sunt mobile</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>Nu contactați</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Caută în contacte</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Caută…</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacte</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progresul importului</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Anulează importul</translation>
    </message>
    <message>
        <source>Contacts summary</source>
        <translation>Rezumatul contactelor</translation>
    </message>
    <message>
        <source>&amp;Remove rows</source>
        <translation>Elimină &amp;rândurile</translation>
    </message>
    <message>
        <source>&amp;Never text these</source>
        <translation>&amp;Nu le trimite niciodată</translation>
    </message>
    <message>
        <source>Add the selected numbers to the do-not-contact list</source>
        <translation>Adaugă numerele selectate pe lista de necontactat</translation>
    </message>
    <message>
        <source>&amp;Export invalid rows…</source>
        <translation>&amp;Exportă rândurile invalide…</translation>
    </message>
    <message>
        <source>No contacts yet. Import the spreadsheet with your customers&apos; numbers.</source>
        <translation>Încă nu există contacte. Importați foaia de calcul cu numerele clienților.</translation>
    </message>
    <message>
        <source>Spreadsheets ({patterns});;All files (*)</source>
        <translation>Foi de calcul ({patterns});;Toate fișierele (*)</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Se citește {name}…</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>Se importă {name}…</translation>
    </message>
    <message>
        <source>Import cancelled; nothing changed.</source>
        <translation>Import anulat; nimic nu s-a schimbat.</translation>
    </message>
    <message>
        <source>The file could not be imported because of an unexpected error.</source>
        <translation>Fișierul nu a putut fi importat din cauza unei erori neașteptate.</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Nu se poate importa</translation>
    </message>
    <message>
        <source>Export invalid rows</source>
        <translation>Exportă rândurile invalide</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Nu se poate exporta</translation>
    </message>
    <message>
        <source>invalid rows saved to {name}</source>
        <translation>rândurile invalide au fost salvate în {name}</translation>
    </message>
</context>
<context>
    <name>DeliveryPanel</name>
    <message>
        <source>3 · When and how</source>
        <translation>3 · Când și cum</translation>
    </message>
    <message>
        <source>Send &amp;now</source>
        <translation>Trimite &amp;acum</translation>
    </message>
    <message>
        <source>Sc&amp;hedule</source>
        <translation>Pro&amp;gramează</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Început</translation>
    </message>
    <message>
        <source>Stop sending &amp;after</source>
        <translation>Oprește trimiterea &amp;după</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Sfârșit</translation>
    </message>
    <message>
        <source>smsadvert &amp;network</source>
        <translation>Rețeaua &amp;smsadvert</translation>
    </message>
    <message>
        <source>&amp;My phones</source>
        <translation>&amp;Telefoanele mele</translation>
    </message>
    <message>
        <source>If my phones cannot send, use the smsadvert network</source>
        <translation>Dacă nu pot, trimite prin rețeaua smsadvert</translation>
    </message>
    <message>
        <source>Delivery report address</source>
        <translation>Adresa pentru rapoartele de livrare</translation>
    </message>
    <message>
        <source>Optional: https://… to receive delivery reports</source>
        <translation>Opțional: https://… pentru rapoartele de livrare</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Când:</translation>
    </message>
    <message>
        <source>Through:</source>
        <translation>Prin:</translation>
    </message>
    <message>
        <source>Reports:</source>
        <translation>Rapoarte:</translation>
    </message>
    <message>
        <source>Delivery problems</source>
        <translation>Probleme de livrare</translation>
    </message>
    <message>
        <source>A stop time only applies to a scheduled campaign: choose Schedule.</source>
        <translation>Ora de oprire se aplică doar unei campanii programate: alegeți Programează.</translation>
    </message>
    <message>
        <source>The start time is in the past.</source>
        <translation>Ora de început este în trecut.</translation>
    </message>
    <message>
        <source>The stop time comes before the start.</source>
        <translation>Ora de oprire este înaintea începutului.</translation>
    </message>
    <message>
        <source>The report address must start with http:// or https://.</source>
        <translation>Adresa pentru rapoarte trebuie să înceapă cu http:// sau https://.</translation>
    </message>
    <message>
        <source>Today {time}</source>
        <translation>Azi {time}</translation>
    </message>
    <message>
        <source>Tomorrow {time}</source>
        <translation>Mâine {time}</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Acum</translation>
    </message>
    <message>
        <source>my phones</source>
        <translation>telefoanele mele</translation>
    </message>
    <message>
        <source> with fallback</source>
        <translation> cu rezervă</translation>
    </message>
    <message>
        <source>smsadvert network</source>
        <translation>rețeaua smsadvert</translation>
    </message>
</context>
<context>
    <name>DoNotContactDialog</name>
    <message>
        <source>Do-not-contact list</source>
        <translation>Lista de necontactat</translation>
    </message>
    <message>
        <source>Numbers never texted</source>
        <translation>Numere cărora nu li se scrie niciodată</translation>
    </message>
    <message>
        <source>Numbers to add</source>
        <translation>Numere de adăugat</translation>
    </message>
    <message>
        <source>Type numbers, separated by commas</source>
        <translation>Scrieți numerele, separate prin virgulă</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Adaugă</translation>
    </message>
    <message>
        <source>Add from &amp;file…</source>
        <translation>Adaugă din &amp;fișier…</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>&amp;Elimină selecția</translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s) added.</source>
        <translation>
            <numerusform>%Ln număr adăugat.</numerusform>
            <numerusform>%Ln numere adăugate.</numerusform>
            <numerusform>%Ln de numere adăugate.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not phone numbers: {values}</source>
        <translation>Nu sunt numere de telefon: {values}</translation>
    </message>
    <message>
        <source>Add numbers from a file</source>
        <translation>Adaugă numere dintr-un fișier</translation>
    </message>
    <message>
        <source>Cannot read the file.</source>
        <translation>Fișierul nu poate fi citit.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Campaign history</source>
        <translation>Istoricul campaniilor</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mesaj</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinatari</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptate</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Eșuate</translation>
    </message>
    <message>
        <source>Uncertain</source>
        <translation>Incerte</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campanii</translation>
    </message>
    <message>
        <source>&amp;Open results</source>
        <translation>&amp;Deschide rezultatele</translation>
    </message>
    <message>
        <source>&amp;Duplicate as new</source>
        <translation>&amp;Duplică drept campanie nouă</translation>
    </message>
    <message>
        <source>smsadvert network</source>
        <translation>rețeaua smsadvert</translation>
    </message>
    <message>
        <source>my phones + fallback</source>
        <translation>telefoanele mele + rezervă</translation>
    </message>
    <message>
        <source>my phones</source>
        <translation>telefoanele mele</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import {name}</source>
        <translation>Import {name}</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Foaie</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>Rândul de antet</translation>
    </message>
    <message>
        <source>none</source>
        <translation>niciunul</translation>
    </message>
    <message>
        <source>Phone column</source>
        <translation>Coloana de telefon</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Previzualizare</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importă</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Foaie:</translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation>Rândul de &amp;antet:</translation>
    </message>
    <message>
        <source>&amp;Phone column:</source>
        <translation>Coloana de &amp;telefon:</translation>
    </message>
    <message>
        <source>First rows:</source>
        <translation>Primele rânduri:</translation>
    </message>
    <message>
        <source>(choose the column with the numbers)</source>
        <translation>(alegeți coloana cu numerele)</translation>
    </message>
    <message>
        <source>No column looks like phone numbers: choose it above.</source>
        <translation>Nicio coloană nu pare să conțină numere de telefon: alegeți-o mai sus.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Se citește…</translation>
    </message>
    <message>
        <source>This sheet cannot be read.</source>
        <translation>Această foaie nu poate fi citită.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Demo mode</source>
        <translation>Mod demonstrativ</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo mode.&lt;/b&gt; Messages go to the built-in simulator: no real SMS is sent.</source>
        <translation>&lt;b&gt;Mod demonstrativ.&lt;/b&gt; Mesajele ajung la simulatorul inclus: nu se trimite niciun SMS real.</translation>
    </message>
    <message>
        <source>Enter your API &amp;token…</source>
        <translation>Introduceți &amp;tokenul API…</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mod</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fișier</translation>
    </message>
    <message>
        <source>&amp;Import contacts…</source>
        <translation>&amp;Importă contacte…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Deschise &amp;recent</translation>
    </message>
    <message>
        <source>&amp;Export results…</source>
        <translation>&amp;Exportă rezultatele…</translation>
    </message>
    <message>
        <source>Export &amp;invalid rows…</source>
        <translation>Exportă rândurile &amp;invalide…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Ieși&amp;re</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editare</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Anulează</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refă</translation>
    </message>
    <message>
        <source>Replace &amp;diacritics</source>
        <translation>Înlocuiește &amp;diacriticele</translation>
    </message>
    <message>
        <source>&amp;Campaign</source>
        <translation>&amp;Campanie</translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation>&amp;Trimite…</translation>
    </message>
    <message>
        <source>Send a &amp;test…</source>
        <translation>Trimite un &amp;test…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Istoric…</translation>
    </message>
    <message>
        <source>&amp;Do-not-contact list…</source>
        <translation>Lista de &amp;necontactat…</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Setări</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Setări…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;jutor</translation>
    </message>
    <message>
        <source>&amp;About smsgui</source>
        <translation>&amp;Despre smsgui</translation>
    </message>
    <message>
        <source>About smsgui</source>
        <translation>Despre smsgui</translation>
    </message>
    <message>
        <source>smsgui {version}
Send SMS campaigns through smsadvert.

Data folder: {folder}</source>
        <translation>smsgui {version}
Trimiteți campanii SMS prin smsadvert.

Dosarul de date: {folder}</translation>
    </message>
    <message>
        <source>1 · Contacts</source>
        <translation>1 · Contacte</translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s)</source>
        <translation>
            <numerusform>%Ln destinatar</numerusform>
            <numerusform>%Ln destinatari</numerusform>
            <numerusform>%Ln de destinatari</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s) added to the do-not-contact list.</source>
        <translation>
            <numerusform>%Ln număr adăugat în lista de excluderi.</numerusform>
            <numerusform>%Ln numere adăugate în lista de excluderi.</numerusform>
            <numerusform>%Ln de numere adăugate în lista de excluderi.</numerusform>
        </translation>
    </message>
    <message>
        <source>No API token is stored.</source>
        <translation>Nu este păstrat niciun token API.</translation>
    </message>
    <message>
        <source>{parts} SMS each</source>
        <translation>{parts} SMS fiecare</translation>
    </message>
    <message>
        <source>2 · Message</source>
        <translation>2 · Mesaj</translation>
    </message>
    <message>
        <source>3 · When and how</source>
        <translation>3 · Când și cum</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(niciunul încă)</translation>
    </message>
    <message>
        <source>Looking for the API token…</source>
        <translation>Se caută tokenul API…</translation>
    </message>
    <message>
        <source>Demo mode: built-in simulator, no real SMS</source>
        <translation>Mod demonstrativ: simulator inclus, fără SMS reale</translation>
    </message>
    <message>
        <source>Real mode · token in the system keyring</source>
        <translation>Mod real · token în portcheiul sistemului</translation>
    </message>
    <message>
        <source>Real mode · token from SMSGUI_TOKEN</source>
        <translation>Mod real · token din SMSGUI_TOKEN</translation>
    </message>
    <message>
        <source>Real mode · token kept for this session only</source>
        <translation>Mod real · token păstrat doar pentru această sesiune</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Selectează tot</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Crește</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>&amp;Scade</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Caută în:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Nume fișier:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Fișiere de tipul:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Deschide</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvează</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Deschide</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Salvează ca</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Înapoi</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Înainte</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Dosarul părinte</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Creează un dosar nou</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Vedere listă</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Vedere detaliată</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Computerul meu</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Locuri recente</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Dosar:</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dosar</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Dosar nou</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>Dosar &amp;nou</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Ș&amp;terge</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Redenumește</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Arată fișierele &amp;ascunse</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Mergi înapoi</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Mergi înainte</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Mergi la dosarul părinte</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Creează un dosar nou</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Treci la vederea listă</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Treci la vederea detaliată</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Bară laterală</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fișiere</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Toate fișierele (*)</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 există deja.
Doriți să îl înlocuiți?</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Fișierul nu a fost găsit.
Verificați dacă numele fișierului este corect.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Necunoscut</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Mărime</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Data modificării</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Anulează</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refă</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Taie</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiază</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Lipește</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Șterge</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Selectează tot</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Arată detaliile…</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Ascunde detaliile…</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>Save</source>
        <translation>Salvează</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Deschide</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Da</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nu</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abandonează</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reîncearcă</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignoră</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Închide</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Renunță</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ajutor</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplică</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Resetează</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restabilește valorile implicite</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Anulează</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refă</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Taie</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiază</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Lipește</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Șterge</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Selectează tot</translation>
    </message>
</context>
<context>
    <name>ResultsDialog</name>
    <message>
        <source>Accepted</source>
        <translation>Acceptate</translation>
    </message>
    <message>
        <source>Treated as sent</source>
        <translation>Considerat trimis</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Respins</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Eșuate</translation>
    </message>
    <message>
        <source>Uncertain</source>
        <translation>Incerte</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Netrimis încă</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Se trimite</translation>
    </message>
    <message numerus="yes">
        <source>%Ln accepted</source>
        <translation>
            <numerusform>%Ln acceptat</numerusform>
            <numerusform>%Ln acceptate</numerusform>
            <numerusform>%Ln de acceptate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln treated as sent</source>
        <translation>
            <numerusform>%Ln considerat trimis</numerusform>
            <numerusform>%Ln considerate trimise</numerusform>
            <numerusform>%Ln considerate trimise</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected</source>
        <translation>
            <numerusform>%Ln respins</numerusform>
            <numerusform>%Ln respinse</numerusform>
            <numerusform>%Ln de respinse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln eșuat</numerusform>
            <numerusform>%Ln eșuate</numerusform>
            <numerusform>%Ln de eșuate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln uncertain</source>
        <translation>
            <numerusform>%Ln incert</numerusform>
            <numerusform>%Ln incerte</numerusform>
            <numerusform>%Ln incerte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not sent yet</source>
        <translation>
            <numerusform>%Ln netrimis încă</numerusform>
            <numerusform>%Ln netrimise încă</numerusform>
            <numerusform>%Ln netrimise încă</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sending</source>
        <translation>
            <numerusform>%Ln în curs de trimitere</numerusform>
            <numerusform>%Ln în curs de trimitere</numerusform>
            <numerusform>%Ln în curs de trimitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rând</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Rezultat</translation>
    </message>
    <message>
        <source>Message id</source>
        <translation>ID mesaj</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalii</translation>
    </message>
    <message>
        <source>Campaign {id}: results</source>
        <translation>Campania {id}: rezultate</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Rezultate</translation>
    </message>
    <message>
        <source>&amp;Retry failed</source>
        <translation>&amp;Reîncearcă eșuatele</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportă…</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Exportă rezultatele</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Nu se poate exporta</translation>
    </message>
    <message>
        <source>{created} (for {start})</source>
        <translation>{created} (pentru {start})</translation>
    </message>
</context>
<context>
    <name>SendPanel</name>
    <message>
        <source>4 · Send</source>
        <translation>4 · Trimitere</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Trimite</translation>
    </message>
    <message>
        <source>Sending progress</source>
        <translation>Progresul trimiterii</translation>
    </message>
    <message>
        <source>Nothing sent yet</source>
        <translation>Nimic trimis încă</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pauză</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Ce lipsește</translation>
    </message>
    <message>
        <source>about {time} left</source>
        <translation>mai sunt circa {time}</translation>
    </message>
    <message>
        <source>{done} / {total} sent</source>
        <translation>{done} / {total} trimise</translation>
    </message>
    <message numerus="yes">
        <source>Schedule %Ln message(s)</source>
        <translation>
            <numerusform>Programează %Ln mesaj</numerusform>
            <numerusform>Programează %Ln mesaje</numerusform>
            <numerusform>Programează %Ln de mesaje</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send %Ln message(s)</source>
        <translation>
            <numerusform>Trimite %Ln mesaj</numerusform>
            <numerusform>Trimite %Ln mesaje</numerusform>
            <numerusform>Trimite %Ln de mesaje</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendingFlow</name>
    <message>
        <source>Demo mode: no real SMS is sent.</source>
        <translation>Mod demonstrativ: nu se trimite niciun SMS real.</translation>
    </message>
    <message>
        <source>Cannot send</source>
        <translation>Nu se poate trimite</translation>
    </message>
    <message>
        <source>Test sent to {number}.</source>
        <translation>Test trimis la {number}.</translation>
    </message>
    <message>
        <source>Sending campaign {id}…</source>
        <translation>Se trimite campania {id}…</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pauză</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Continuă</translation>
    </message>
    <message>
        <source>Sending stopped</source>
        <translation>Trimiterea s-a oprit</translation>
    </message>
    <message>
        <source>An unexpected error stopped sending.</source>
        <translation>O eroare neașteptată a oprit trimiterea.</translation>
    </message>
    <message>
        <source>Campaign {id} done.</source>
        <translation>Campania {id} s-a încheiat.</translation>
    </message>
    <message>
        <source>The journal cannot be opened</source>
        <translation>Jurnalul nu poate fi deschis</translation>
    </message>
    <message>
        <source>Unfinished campaign</source>
        <translation>Campanie neterminată</translation>
    </message>
    <message numerus="yes">
        <source>Campaign {id} was interrupted: %Ln message(s) not sent yet.</source>
        <translation>
            <numerusform>Campania {id} a fost întreruptă: %Ln mesaj nu a fost trimis încă.</numerusform>
            <numerusform>Campania {id} a fost întreruptă: %Ln mesaje nu au fost trimise încă.</numerusform>
            <numerusform>Campania {id} a fost întreruptă: %Ln de mesaje nu au fost trimise încă.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln may or may not have been sent (the answer never came): {numbers}</source>
        <translation>
            <numerusform>%Ln mesaj poate a fost trimis, poate nu (răspunsul nu a mai venit): {numbers}</numerusform>
            <numerusform>%Ln mesaje poate au fost trimise, poate nu (răspunsul nu a mai venit): {numbers}</numerusform>
            <numerusform>%Ln de mesaje poate au fost trimise, poate nu (răspunsul nu a mai venit): {numbers}</numerusform>
        </translation>
    </message>
    <message>
        <source>Send those again (may duplicate)</source>
        <translation>Trimite-le din nou (pot ajunge de două ori)</translation>
    </message>
    <message>
        <source>Treat those as sent</source>
        <translation>Consideră-le trimise</translation>
    </message>
    <message>
        <source>Resume sending</source>
        <translation>Continuă trimiterea</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Mai târziu</translation>
    </message>
    <message>
        <source>No campaign has been sent yet.</source>
        <translation>Nicio campanie nu a fost trimisă încă.</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Exportă rezultatele</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Nu se poate exporta</translation>
    </message>
    <message>
        <source>Results saved to {name}.</source>
        <translation>Rezultatele au fost salvate în {name}.</translation>
    </message>
    <message>
        <source>Messages are being sent</source>
        <translation>Se trimit mesaje</translation>
    </message>
    <message>
        <source>Stop sending and close? The messages on their way are recorded first; the rest can be sent later (Campaign › History, or at the next start).</source>
        <translation>Opriți trimiterea și închideți? Mesajele pe drum sunt înregistrate întâi; restul pot fi trimise mai târziu (Campanie › Istoric sau la următoarea pornire).</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Setări</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Token API</translation>
    </message>
    <message>
        <source>Paste the token from your smsadvert account</source>
        <translation>Lipiți tokenul din contul smsadvert</translation>
    </message>
    <message>
        <source>&amp;Forget token</source>
        <translation>&amp;Uită tokenul</translation>
    </message>
    <message>
        <source>Default country for phone numbers</source>
        <translation>Țara implicită pentru numerele de telefon</translation>
    </message>
    <message>
        <source>Messages sent at the same time</source>
        <translation>Mesaje trimise în același timp</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Limba</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Ca sistemul</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>Adresa API</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>&amp;Token API:</translation>
    </message>
    <message>
        <source>Default &amp;country:</source>
        <translation>Țara &amp;implicită:</translation>
    </message>
    <message>
        <source>Requests at the same &amp;time:</source>
        <translation>Cereri în același &amp;timp:</translation>
    </message>
    <message>
        <source>&amp;Language (from the next start):</source>
        <translation>&amp;Limba (de la următoarea pornire):</translation>
    </message>
    <message>
        <source>API &amp;address:</source>
        <translation>&amp;Adresa API:</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>No secure password store</source>
        <translation>Nu există un depozit sigur de parole</translation>
    </message>
    <message>
        <source>Keep the token for this session only?</source>
        <translation>Păstrați tokenul doar pentru această sesiune?</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Something went wrong ({kind}). The details are in the log: {log}</source>
        <translation>Ceva nu a mers bine ({kind}). Detaliile sunt în jurnal: {log}</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <source>There is no phone number to send to.</source>
        <translation>Nu există niciun număr de telefon căruia să-i trimitem.</translation>
    </message>
    <message>
        <source>“{value}” is not a phone number in international form (like +40740123456).</source>
        <translation>„{value}” nu este un număr de telefon în format internațional (de exemplu +40740123456).</translation>
    </message>
    <message>
        <source>The list of numbers ends with a comma.</source>
        <translation>Lista de numere se termină cu o virgulă.</translation>
    </message>
    <message>
        <source>{value} numbers in one request; the service takes at most 1000.</source>
        <translation>{value} numere într-o singură cerere; serviciul acceptă cel mult 1000.</translation>
    </message>
    <message>
        <source>There is no message text.</source>
        <translation>Mesajul nu are text.</translation>
    </message>
    <message>
        <source>The message has {value} characters; it needs at least 3.</source>
        <translation>Mesajul are {value} caractere; trebuie să aibă cel puțin 3.</translation>
    </message>
    <message>
        <source>The message has {value} characters; the service takes at most 480.</source>
        <translation>Mesajul are {value} caractere; serviciul acceptă cel mult 480.</translation>
    </message>
    <message>
        <source>The channel must be the smsadvert network or your own phones.</source>
        <translation>Canalul trebuie să fie rețeaua smsadvert sau telefoanele dumneavoastră.</translation>
    </message>
    <message>
        <source>The date {value} is not a valid time.</source>
        <translation>Data {value} nu este un moment valid.</translation>
    </message>
    <message>
        <source>The end comes before the start.</source>
        <translation>Sfârșitul este înaintea începutului.</translation>
    </message>
    <message>
        <source>Fallback can only be the smsadvert network.</source>
        <translation>Rezerva poate fi doar rețeaua smsadvert.</translation>
    </message>
    <message>
        <source>Fallback to the smsadvert network only applies when sending from your own phones.</source>
        <translation>Rezerva prin rețeaua smsadvert se aplică doar când trimiteți de pe telefoanele dumneavoastră.</translation>
    </message>
    <message>
        <source>The delivery-report address “{value}” is not an http(s) web address.</source>
        <translation>Adresa pentru rapoartele de livrare „{value}” nu este o adresă web http(s).</translation>
    </message>
    <message>
        <source>“{address}” is not a web address.</source>
        <translation>„{address}” nu este o adresă web.</translation>
    </message>
    <message>
        <source>“{address}” is not a web address (it should start with https://).</source>
        <translation>„{address}” nu este o adresă web (ar trebui să înceapă cu https://).</translation>
    </message>
    <message>
        <source>“{address}” is not encrypted (http). Use an https:// address so the token is never sent in clear text.</source>
        <translation>„{address}” nu este criptată (http). Folosiți o adresă https://, ca tokenul să nu fie trimis niciodată necriptat.</translation>
    </message>
    <message>
        <source>Accepted.</source>
        <translation>Acceptat.</translation>
    </message>
    <message>
        <source>The service refused the API token. Check it in Settings.</source>
        <translation>Serviciul a refuzat tokenul API. Verificați-l în Setări.</translation>
    </message>
    <message>
        <source>(The service said: {detail})</source>
        <translation>(Serviciul a spus: {detail})</translation>
    </message>
    <message>
        <source>The service asks to slow down.</source>
        <translation>Serviciul cere să trimitem mai rar.</translation>
    </message>
    <message>
        <source>The service could not take the message: {reason}</source>
        <translation>Serviciul nu a putut prelua mesajul: {reason}</translation>
    </message>
    <message>
        <source>The service gave an unexpected answer, so the message may or may not have been taken ({answer}).</source>
        <translation>Serviciul a dat un răspuns neașteptat, deci mesajul poate a fost preluat, poate nu ({answer}).</translation>
    </message>
    <message>
        <source>The service gave an unexpected answer ({answer}).</source>
        <translation>Serviciul a dat un răspuns neașteptat ({answer}).</translation>
    </message>
    <message>
        <source>The service did not answer the connection.</source>
        <translation>Serviciul nu a răspuns la conectare.</translation>
    </message>
    <message>
        <source>The secure connection to the service could not be verified ({reason}).</source>
        <translation>Conexiunea securizată cu serviciul nu a putut fi verificată ({reason}).</translation>
    </message>
    <message>
        <source>Could not connect to the service ({reason}).</source>
        <translation>Nu ne-am putut conecta la serviciu ({reason}).</translation>
    </message>
    <message>
        <source>Too many requests were waiting to be sent.</source>
        <translation>Prea multe cereri așteptau să fie trimise.</translation>
    </message>
    <message>
        <source>The service address is not usable.</source>
        <translation>Adresa serviciului nu poate fi folosită.</translation>
    </message>
    <message>
        <source>The service took too long to answer, so the message may or may not have been taken.</source>
        <translation>Serviciul a răspuns prea târziu, deci mesajul poate a fost preluat, poate nu.</translation>
    </message>
    <message>
        <source>The connection was dropped before the service answered, so the message may or may not have been taken.</source>
        <translation>Conexiunea s-a întrerupt înainte ca serviciul să răspundă, deci mesajul poate a fost preluat, poate nu.</translation>
    </message>
    <message>
        <source>The connection failed while the message was being sent, so it may or may not have been taken.</source>
        <translation>Conexiunea a căzut în timp ce mesajul era trimis, deci poate a fost preluat, poate nu.</translation>
    </message>
    <message>
        <source>The request failed ({error}), so the message may or may not have been taken.</source>
        <translation>Cererea a eșuat ({error}), deci mesajul poate a fost preluat, poate nu.</translation>
    </message>
    <message>
        <source>There is no API token.</source>
        <translation>Nu există niciun token API.</translation>
    </message>
    <message>
        <source>The API token has characters a token cannot have.</source>
        <translation>Tokenul API conține caractere pe care un token nu le poate avea.</translation>
    </message>
    <message>
        <source>There are no recipients yet: import your contacts.</source>
        <translation>Nu există încă destinatari: importați contactele.</translation>
    </message>
    <message>
        <source>The delivery-report address “{address}” is not a web address starting with http:// or https://.</source>
        <translation>Adresa pentru rapoartele de livrare „{address}” nu este o adresă web care începe cu http:// sau https://.</translation>
    </message>
    <message>
        <source>Write the message.</source>
        <translation>Scrieți mesajul.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>niciuna</translation>
    </message>
    <message>
        <source>The message uses {placeholder}, but the contacts have no such column (columns: {columns}).</source>
        <translation>Mesajul folosește {placeholder}, dar contactele nu au o astfel de coloană (coloane: {columns}).</translation>
    </message>
    <message numerus="yes">
        <source>The message for row {row} would have {length} characters; the service takes at most {limit} (%Ln recipient(s) in all).</source>
        <translation>
            <numerusform>Mesajul pentru rândul {row} ar avea {length} caractere; serviciul acceptă cel mult {limit} (%Ln destinatar în total).</numerusform>
            <numerusform>Mesajul pentru rândul {row} ar avea {length} caractere; serviciul acceptă cel mult {limit} (%Ln destinatari în total).</numerusform>
            <numerusform>Mesajul pentru rândul {row} ar avea {length} caractere; serviciul acceptă cel mult {limit} (%Ln de destinatari în total).</numerusform>
        </translation>
    </message>
    <message>
        <source>The message for row {row} would have {length} characters; the service takes at most {limit}.</source>
        <translation>Mesajul pentru rândul {row} ar avea {length} caractere; serviciul acceptă cel mult {limit}.</translation>
    </message>
    <message>
        <source>The message would have {length} characters; the service takes at most {limit}.</source>
        <translation>Mesajul ar avea {length} caractere; serviciul acceptă cel mult {limit}.</translation>
    </message>
    <message>
        <source>The message for row {row} would have fewer than {limit} characters.</source>
        <translation>Mesajul pentru rândul {row} ar avea mai puțin de {limit} caractere.</translation>
    </message>
    <message>
        <source>The message would have fewer than {limit} characters.</source>
        <translation>Mesajul ar avea mai puțin de {limit} caractere.</translation>
    </message>
    <message>
        <source>A time has no time zone.</source>
        <translation>O oră nu are fus orar.</translation>
    </message>
    <message>
        <source>The start time is in the past.</source>
        <translation>Ora de început este în trecut.</translation>
    </message>
    <message>
        <source>The end time is in the past.</source>
        <translation>Ora de sfârșit este în trecut.</translation>
    </message>
    <message>
        <source>{recipients}, {parts} in total.</source>
        <translation>{recipients}, {parts} în total.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln SMS part(s)</source>
        <translation>
            <numerusform>%Ln parte SMS</numerusform>
            <numerusform>%Ln părți SMS</numerusform>
            <numerusform>%Ln de părți SMS</numerusform>
        </translation>
    </message>
    <message>
        <source>Through the smsadvert network.</source>
        <translation>Prin rețeaua smsadvert.</translation>
    </message>
    <message>
        <source>Through your own phones with fallback to the smsadvert network.</source>
        <translation>Prin telefoanele dumneavoastră, cu rezervă prin rețeaua smsadvert.</translation>
    </message>
    <message>
        <source>Through your own phones.</source>
        <translation>Prin telefoanele dumneavoastră.</translation>
    </message>
    <message>
        <source>When: now.</source>
        <translation>Când: acum.</translation>
    </message>
    <message>
        <source>When: {time}.</source>
        <translation>Când: {time}.</translation>
    </message>
    <message>
        <source>Stops at {time}.</source>
        <translation>Se oprește la {time}.</translation>
    </message>
    <message>
        <source>Left out: {rows}.</source>
        <translation>Excluși: {rows}.</translation>
    </message>
    <message>
        <source>Column {letter}</source>
        <translation>Coloana {letter}</translation>
    </message>
    <message>
        <source>duplicate of row {row}</source>
        <translation>duplicat al rândului {row}</translation>
    </message>
    <message>
        <source>on the do-not-contact list</source>
        <translation>în lista de excluderi</translation>
    </message>
    <message>
        <source>not a mobile number ({kind})</source>
        <translation>nu este număr de mobil ({kind})</translation>
    </message>
    <message>
        <source>Original row</source>
        <translation>Rândul original</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problemă</translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s)</source>
        <translation>
            <numerusform>%Ln destinatar</numerusform>
            <numerusform>%Ln destinatari</numerusform>
            <numerusform>%Ln de destinatari</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invalid</source>
        <translation>
            <numerusform>%Ln invalid</numerusform>
            <numerusform>%Ln invalide</numerusform>
            <numerusform>%Ln de invalide</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicate(s)</source>
        <translation>
            <numerusform>%Ln duplicat</numerusform>
            <numerusform>%Ln duplicate</numerusform>
            <numerusform>%Ln de duplicate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not mobile</source>
        <translation>
            <numerusform>%Ln care nu e mobil</numerusform>
            <numerusform>%Ln care nu sunt mobile</numerusform>
            <numerusform>%Ln care nu sunt mobile</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln do-not-contact</source>
        <translation>
            <numerusform>%Ln exclus</numerusform>
            <numerusform>%Ln excluși</numerusform>
            <numerusform>%Ln de excluși</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no column number {number}.</source>
        <translation>Nu există coloana cu numărul {number}.</translation>
    </message>
    <message>
        <source>There is no column “{column}”. The columns are: {columns}.</source>
        <translation>Nu există coloana „{column}”. Coloanele sunt: {columns}.</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” is empty.</source>
        <translation>Foaia „{sheet}” este goală.</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” has column names but no contacts under them.</source>
        <translation>Foaia „{sheet}” are nume de coloane, dar niciun contact sub ele.</translation>
    </message>
    <message>
        <source>No column of the sheet “{sheet}” looks like phone numbers. Choose the phone column yourself.</source>
        <translation>Nicio coloană din foaia „{sheet}” nu pare să conțină numere de telefon. Alegeți dumneavoastră coloana cu telefoane.</translation>
    </message>
    <message>
        <source>The message has a broken character in it (often from pasted text).</source>
        <translation>Mesajul conține un caracter stricat (adesea din text lipit).</translation>
    </message>
    <message>
        <source>The journal {path} cannot be opened ({error}). It may be damaged or in use by a newer smsgui.</source>
        <translation>Jurnalul {path} nu poate fi deschis ({error}). Poate este deteriorat sau folosit de o versiune mai nouă a smsgui.</translation>
    </message>
    <message>
        <source>A template needs a name.</source>
        <translation>Un șablon are nevoie de un nume.</translation>
    </message>
    <message>
        <source>There is already a template named “{name}”.</source>
        <translation>Există deja un șablon numit „{name}”.</translation>
    </message>
    <message>
        <source>The program stopped while this was being sent; it may or may not have arrived.</source>
        <translation>Programul s-a oprit în timp ce acesta era trimis; poate a ajuns, poate nu.</translation>
    </message>
    <message>
        <source>Treated as sent.</source>
        <translation>Considerat trimis.</translation>
    </message>
    <message>
        <source>landline</source>
        <translation>fix</translation>
    </message>
    <message>
        <source>toll-free</source>
        <translation>număr gratuit</translation>
    </message>
    <message>
        <source>premium-rate</source>
        <translation>număr cu tarif special</translation>
    </message>
    <message>
        <source>shared-cost</source>
        <translation>număr cu cost împărțit</translation>
    </message>
    <message>
        <source>VoIP</source>
        <translation>VoIP</translation>
    </message>
    <message>
        <source>personal number</source>
        <translation>număr personal</translation>
    </message>
    <message>
        <source>pager</source>
        <translation>pager</translation>
    </message>
    <message>
        <source>company number</source>
        <translation>număr de firmă</translation>
    </message>
    <message>
        <source>voicemail</source>
        <translation>mesagerie vocală</translation>
    </message>
    <message>
        <source>no phone number</source>
        <translation>fără număr de telefon</translation>
    </message>
    <message>
        <source>not a mobile</source>
        <translation>nu este mobil</translation>
    </message>
    <message>
        <source>not a mobile number</source>
        <translation>nu este număr de mobil</translation>
    </message>
    <message>
        <source>unknown country code</source>
        <translation>prefix de țară necunoscut</translation>
    </message>
    <message>
        <source>too short</source>
        <translation>prea scurt</translation>
    </message>
    <message>
        <source>too long</source>
        <translation>prea lung</translation>
    </message>
    <message>
        <source>not a phone number</source>
        <translation>nu este număr de telefon</translation>
    </message>
    <message>
        <source>not a valid number</source>
        <translation>nu este un număr valid</translation>
    </message>
    <message>
        <source>not a whole number</source>
        <translation>nu este un număr întreg</translation>
    </message>
    <message>
        <source>a date, not a phone number</source>
        <translation>o dată, nu un număr de telefon</translation>
    </message>
    <message>
        <source>shortened by Excel to scientific notation (like 4.07E+10)</source>
        <translation>scurtat de Excel în notație științifică (de exemplu 4,07E+10)</translation>
    </message>
    <message>
        <source>has letters in it</source>
        <translation>conține litere</translation>
    </message>
    <message>
        <source>This computer has no secure password store (keyring), so the API token cannot be saved. It can be kept for this session only and must be entered again next time.</source>
        <translation>Acest computer nu are un depozit securizat de parole (keyring), deci tokenul API nu poate fi salvat. Poate fi păstrat doar pentru această sesiune și trebuie introdus din nou data viitoare.</translation>
    </message>
    <message>
        <source>The API token comes from the {variable} environment variable.</source>
        <translation>Tokenul API vine din variabila de mediu {variable}.</translation>
    </message>
    <message>
        <source>The API token is kept in memory for this session only.</source>
        <translation>Tokenul API este păstrat în memorie doar pentru această sesiune.</translation>
    </message>
    <message>
        <source>The API token is stored in the system keyring ({keyring}).</source>
        <translation>Tokenul API este păstrat în keyring-ul sistemului ({keyring}).</translation>
    </message>
    <message>
        <source>No API token is stored, and this computer has no secure password store.</source>
        <translation>Nu este păstrat niciun token API, iar acest computer nu are un depozit securizat de parole.</translation>
    </message>
    <message>
        <source>No API token is stored (it would go to the system keyring: {keyring}).</source>
        <translation>Nu este păstrat niciun token API (ar merge în keyring-ul sistemului: {keyring}).</translation>
    </message>
    <message>
        <source>The system keyring could not be read; it may be locked.</source>
        <translation>Keyring-ul sistemului nu a putut fi citit; poate este blocat.</translation>
    </message>
    <message>
        <source>The token is empty.</source>
        <translation>Tokenul este gol.</translation>
    </message>
    <message>
        <source>The system keyring refused to store the token; it may be locked.</source>
        <translation>Keyring-ul sistemului a refuzat să păstreze tokenul; poate este blocat.</translation>
    </message>
    <message>
        <source>The system keyring refused to delete the token; it may be locked.</source>
        <translation>Keyring-ul sistemului a refuzat să șteargă tokenul; poate este blocat.</translation>
    </message>
    <message>
        <source>Cancelled; the messages not sent yet stay pending.</source>
        <translation>Anulat; mesajele netrimise încă rămân în așteptare.</translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation>Netrimis.</translation>
    </message>
    <message>
        <source>There is no sheet named “{sheet}” in this file.</source>
        <translation>În acest fișier nu există o foaie numită „{sheet}”.</translation>
    </message>
    <message>
        <source>“{file}” is damaged or incomplete and cannot be read.</source>
        <translation>„{file}” este deteriorat sau incomplet și nu poate fi citit.</translation>
    </message>
    <message>
        <source>“{file}” is a web page (an HTML table) saved with a {suffix} name, not a real spreadsheet. Open it in Excel or LibreOffice, save it as .xlsx or .csv, and import that file.</source>
        <translation>„{file}” este o pagină web (un tabel HTML) salvată cu extensia {suffix}, nu o foaie de calcul adevărată. Deschideți-o în Excel sau LibreOffice, salvați-o ca .xlsx sau .csv și importați acel fișier.</translation>
    </message>
    <message>
        <source>“{file}” is plain text, not a {suffix} workbook. If it is a list separated by commas or semicolons, rename it to .csv and import it again.</source>
        <translation>„{file}” este text simplu, nu un registru {suffix}. Dacă este o listă separată prin virgule sau punct și virgulă, redenumiți-l în .csv și importați-l din nou.</translation>
    </message>
    <message>
        <source>“{file}” is protected by a password. Open it in Excel or LibreOffice, remove the password (or save an unprotected copy), and import that.</source>
        <translation>„{file}” este protejat cu parolă. Deschideți-l în Excel sau LibreOffice, eliminați parola (sau salvați o copie neprotejată) și importați-o.</translation>
    </message>
    <message>
        <source>files without an extension</source>
        <translation>fișiere fără extensie</translation>
    </message>
    <message>
        <source>smsgui cannot read {kind}. Use an Excel (.xlsx, .xls), LibreOffice (.ods) or CSV (.csv) file.</source>
        <translation>smsgui nu poate citi {kind}. Folosiți un fișier Excel (.xlsx, .xls), LibreOffice (.ods) sau CSV (.csv).</translation>
    </message>
    <message>
        <source>“{file}” does not exist (any more).</source>
        <translation>„{file}” nu (mai) există.</translation>
    </message>
    <message>
        <source>“{file}” is a folder, not a file.</source>
        <translation>„{file}” este un dosar, nu un fișier.</translation>
    </message>
    <message>
        <source>“{file}” cannot be opened: {error}.</source>
        <translation>„{file}” nu poate fi deschis: {error}.</translation>
    </message>
    <message>
        <source>“{file}” is empty.</source>
        <translation>„{file}” este gol.</translation>
    </message>
    <message>
        <source>“{file}” has no sheets.</source>
        <translation>„{file}” nu are nicio foaie.</translation>
    </message>
    <message>
        <source>The text file cannot be read as a table: {error}.</source>
        <translation>Fișierul text nu poate fi citit ca tabel: {error}.</translation>
    </message>
    <message>
        <source>The message has a lone “{token}”. Write {open} or {close} for a brace, or a column&apos;s name in braces (like {example}) for its value.</source>
        <translation>Mesajul are un „{token}” singur. Scrieți {open} sau {close} pentru o acoladă, ori numele unei coloane între acolade (de exemplu {example}) pentru valoarea ei.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>The message has an empty placeholder “{braces}”.</source>
        <translation>Mesajul are un câmp gol „{braces}”.</translation>
    </message>
    <message>
        <source>The message has a lone “{token}”.</source>
        <translation>Mesajul are un „{token}” singur.</translation>
    </message>
</context>
</TS>
