<?xml version='1.0' encoding='utf-8'?>
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
        <source>Also replace diacritics in the contacts' values</source>
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
    <message>
        <source>{people} recipients × {parts} SMS = {total} SMS</source>
        <translation>{people} destinatari × {parts} SMS = {total} SMS</translation>
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
        <source>No contacts yet. Import the spreadsheet with your customers' numbers.</source>
        <translation>Încă nu există contacte. Importați foaia de calcul cu numerele clienților.</translation>
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
    <message>
        <source>{count} numbers added.</source>
        <translation>{count} numere adăugate.</translation>
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
    <message>
        <source>{count} recipients</source>
        <translation>{count} destinatari</translation>
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
        <source>{count} numbers added to the do-not-contact list.</source>
        <translation>{count} numere adăugate pe lista de necontactat.</translation>
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
    <name>ResultsDialog</name>
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
    <message>
        <source>Schedule 1 message</source>
        <translation>Programează 1 mesaj</translation>
    </message>
    <message>
        <source>Schedule {count} messages</source>
        <translation>Programează {count} mesaje</translation>
    </message>
    <message>
        <source>Send 1 message</source>
        <translation>Trimite 1 mesaj</translation>
    </message>
    <message>
        <source>Send {count} messages</source>
        <translation>Trimite {count} mesaje</translation>
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
    <message>
        <source>Campaign {id} was interrupted: {pending} messages are not sent yet.</source>
        <translation>Campania {id} a fost întreruptă: {pending} mesaje nu au fost încă trimise.</translation>
    </message>
    <message>
        <source>{count} may or may not have been sent (the answer never came): {numbers}</source>
        <translation>{count} poate au fost trimise, poate nu (răspunsul nu a mai venit): {numbers}</translation>
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
</TS>